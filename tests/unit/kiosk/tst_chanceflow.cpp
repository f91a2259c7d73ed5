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
        ChanceFlow flow({QStringLiteral("demo"), QStringLiteral("Demo"), u'K'}, cache.store,
                        backend, clock, translations, printer);
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
        ChanceFlow flow({QStringLiteral("demo"), QStringLiteral("Demo"), u'K'}, cache.store,
                        backend, clock, translations, printer);
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
        ChanceFlow flow({QStringLiteral("demo"), QStringLiteral("Demo"), u'K'}, cache.store,
                        backend, clock, translations, printer);
        flow.choose(QStringLiteral("nonesuch"));
        QCOMPARE(flow.step(), ChanceFlow::Step::Unavailable);
        QVERIFY(printer.slips.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChanceFlow)
#include "tst_chanceflow.moc"
