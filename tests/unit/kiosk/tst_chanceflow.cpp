// Chance queue: errand → ticket with an honest estimate, or no promise.

#include "chanceflow.h"
#include "kiosktestsupport.h"
#include "translations.h"

#include <QTest>

using namespace bk;

namespace {

/// A backend with no free time left today.
class FullBackend final : public BookingBackend
{
public:
    QList<Service> services() override { return demo::site().services; }
    QList<DayAvailability> days(const ServiceId &, QDate, int) override { return {}; }
    QList<SlotAvailability> freeSlots(const ServiceId &, QDate) override { return {}; }
    void book(const BookingRequest &, std::function<void(BookingAnswer)> done) override
    {
        done({});
    }
};

} // namespace

class TestChanceFlow : public QObject
{
    Q_OBJECT

private slots:
    void ticketWithEstimate()
    {
        test::DemoCache cache(test::tuesdayMorning());
        QVERIFY(cache.ok);
        FixedClock clock(test::tuesdayMorning());
        Translations translations(nullptr);
        test::RecordingSlipPrinter printer;
        test::ScriptedBookingBackend backend(demo::site().services);
        ChanceFlow flow(
            {QStringLiteral("demo"), QStringLiteral("Demo"), ChanceFlow::fixedLetter(u'K')},
            cache.store, backend, clock, translations, printer);
        QCOMPARE(flow.errands().size(), demo::site().services.size());
        flow.choose(QStringLiteral("pas"));
        QCOMPARE(flow.step(), ChanceFlow::Step::Ticket);
        QCOMPARE(flow.ticket(), QStringLiteral("K001"));
        QVERIFY(flow.canPromise());
        QCOMPARE(flow.expectedTime(), QStringLiteral("10:00")); // 09:00 UTC in winter
        QCOMPARE(printer.slips.size(), 1);
        QCOMPARE(printer.slips[0].kind, Slip::Kind::ChanceTicket);
        QVERIFY(printer.slips[0].expectedAt.has_value());
        flow.reset();
        flow.choose(QStringLiteral("pas"));
        QCOMPARE(flow.ticket(), QStringLiteral("K002"));
    }

    void noFreeTimeMeansNoPromise()
    {
        test::DemoCache cache(test::tuesdayMorning());
        FixedClock clock(test::tuesdayMorning());
        Translations translations(nullptr);
        test::RecordingSlipPrinter printer;
        FullBackend backend;
        ChanceFlow flow(
            {QStringLiteral("demo"), QStringLiteral("Demo"), ChanceFlow::fixedLetter(u'K')},
            cache.store, backend, clock, translations, printer);
        flow.choose(QStringLiteral("byggesag"));
        QCOMPARE(flow.step(), ChanceFlow::Step::Ticket);
        QVERIFY(!flow.canPromise());
        QVERIFY(flow.expectedTime().isEmpty());
        QVERIFY(!printer.slips[0].expectedAt.has_value());
    }

    void unknownErrandIsUnavailable()
    {
        test::DemoCache cache(test::tuesdayMorning());
        FixedClock clock(test::tuesdayMorning());
        Translations translations(nullptr);
        test::RecordingSlipPrinter printer;
        FullBackend backend;
        ChanceFlow flow(
            {QStringLiteral("demo"), QStringLiteral("Demo"), ChanceFlow::fixedLetter(u'K')},
            cache.store, backend, clock, translations, printer);
        flow.choose(QStringLiteral("nonesuch"));
        QCOMPARE(flow.step(), ChanceFlow::Step::Unavailable);
        QVERIFY(printer.slips.isEmpty());
    }

    void letterComesFromTheSite()
    {
        // Whatever letter the site has (the central's, read at every ticket), never a fixed one.
        test::DemoCache cache(test::tuesdayMorning());
        FixedClock clock(test::tuesdayMorning());
        Translations translations(nullptr);
        test::RecordingSlipPrinter printer;
        FullBackend backend;
        std::optional<QChar> letter = u'Q';
        ChanceFlow flow(
            {QStringLiteral("demo"), QStringLiteral("Demo"), [&letter] { return letter; }},
            cache.store, backend, clock, translations, printer);
        flow.choose(QStringLiteral("pas"));
        QCOMPARE(flow.ticket(), QStringLiteral("Q001"));
        QCOMPARE(printer.slips.size(), 1);
        QCOMPARE(printer.slips[0].ticket, QStringLiteral("Q001"));
        flow.reset();
        letter = u'W'; // the central renamed the queue: the next ticket follows
        flow.choose(QStringLiteral("pas"));
        QCOMPARE(flow.ticket(), QStringLiteral("W001"));
        flow.reset();
        letter.reset(); // never synced: no ticket under a made-up letter
        flow.choose(QStringLiteral("pas"));
        QCOMPARE(flow.step(), ChanceFlow::Step::Unavailable);
        QVERIFY(flow.ticket().isEmpty());
        QCOMPARE(printer.slips.size(), 2);
    }

    void noLetterSourceIsUnavailable()
    {
        test::DemoCache cache(test::tuesdayMorning());
        FixedClock clock(test::tuesdayMorning());
        Translations translations(nullptr);
        test::RecordingSlipPrinter printer;
        FullBackend backend;
        ChanceFlow flow({QStringLiteral("demo"), QStringLiteral("Demo"), {}}, cache.store, backend,
                        clock, translations, printer);
        flow.choose(QStringLiteral("pas"));
        QCOMPARE(flow.step(), ChanceFlow::Step::Unavailable);
        QVERIFY(printer.slips.isEmpty());
    }

    void oneTapOneTicket()
    {
        // A double tap, a bouncing panel or touch plus synthesised mouse: the second choose()
        // arrives before the page has changed. One ticket issued, one receipt printed.
        test::DemoCache cache(test::tuesdayMorning());
        FixedClock clock(test::tuesdayMorning());
        Translations translations(nullptr);
        test::RecordingSlipPrinter printer;
        FullBackend backend;
        ChanceFlow flow(
            {QStringLiteral("demo"), QStringLiteral("Demo"), ChanceFlow::fixedLetter(u'K')},
            cache.store, backend, clock, translations, printer);
        flow.choose(QStringLiteral("pas"));
        flow.choose(QStringLiteral("pas"));
        flow.choose(QStringLiteral("kørekort"));
        QCOMPARE(flow.ticket(), QStringLiteral("K001"));
        QCOMPARE(printer.slips.size(), 1);
        // Only one number was used up: the next citizen gets K002.
        flow.reset();
        flow.choose(QStringLiteral("pas"));
        QCOMPARE(flow.ticket(), QStringLiteral("K002"));
    }

    void wrongClockIssuesNoNumber()
    {
        test::DemoCache cache(test::tuesdayMorning());
        FixedClock clock(test::tuesdayMorning());
        Translations translations(nullptr);
        test::RecordingSlipPrinter printer;
        FullBackend backend;
        bool trusted = false;
        ChanceFlow flow({QStringLiteral("demo"), QStringLiteral("Demo"),
                         ChanceFlow::fixedLetter(u'K'), [&trusted] { return trusted; }},
                        cache.store, backend, clock, translations, printer);
        flow.choose(QStringLiteral("pas"));
        QCOMPARE(flow.step(), ChanceFlow::Step::Unavailable);
        QVERIFY(printer.slips.isEmpty());
        trusted = true;
        flow.reset();
        flow.choose(QStringLiteral("pas"));
        QCOMPARE(flow.ticket(), QStringLiteral("K001")); // no number was used up meanwhile
    }
};

QTEST_GUILESS_MAIN(TestChanceFlow)
#include "tst_chanceflow.moc"
