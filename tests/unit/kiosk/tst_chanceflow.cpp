// Chance queue: errand → ticket with an honest estimate, or no promise.

#include "kiosk/chanceflow.h"
#include "kiosk/translations.h"
#include "kiosktestsupport.h"

#include <QSignalSpy>
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

/// A demo cache at Tuesday morning, a recording printer and a backend with no free time.
struct Rig
{
    test::DemoCache cache{test::tuesdayMorning()};
    FixedClock clock{test::tuesdayMorning()};
    Translations translations{nullptr};
    test::RecordingSlipPrinter printer;
    FullBackend backend;

    /// A flow on the rig with the given letter source and clock gate.
    std::unique_ptr<ChanceFlow>
    flow(ChanceFlow::LetterSource letter = ChanceFlow::fixedLetter(u'K'),
         std::function<bool()> clockTrusted = {})
    {
        return std::make_unique<ChanceFlow>(
            ChanceFlow::Options{QStringLiteral("demo"), QStringLiteral("Demo"), std::move(letter),
                                std::move(clockTrusted)},
            cache.store, backend, clock, translations, printer);
    }
};

} // namespace

class TestChanceFlow : public QObject
{
    Q_OBJECT

private slots:
    // The errand choice's pages (ErrandFlow): the page's layout sets how many errands a page
    // holds; the pages slice the errands in order, turn within their ends, say where they are,
    // keep the page in range when a page holds more, and start again at the first on reset.
    void errandPages()
    {
        Rig rig;
        QVERIFY(rig.cache.ok);
        auto flow = rig.flow();
        const QVariantList all = flow->errands();
        QCOMPARE(all.size(), 8);
        QCOMPARE(flow->errandPageCount(), 1); // no size from a layout yet: one page
        QCOMPARE(flow->pageErrands(), all);
        QSignalSpy turned(flow.get(), &ErrandFlow::errandPageTurned);
        flow->setErrandsPerPage(3);
        QCOMPARE(flow->errandPageCount(), 3);
        QCOMPARE(flow->pageErrands(), all.mid(0, 3));
        QVERIFY(flow->spokenText().contains(QStringLiteral("Page 1 of 3")));
        flow->previousErrands(); // nothing before the first
        QCOMPARE(flow->errandPage(), 0);
        flow->moreErrands();
        flow->moreErrands();
        flow->moreErrands(); // nothing after the last
        QCOMPARE(flow->errandPage(), 2);
        QCOMPARE(turned.size(), 2);
        QCOMPARE(flow->pageErrands(), all.mid(6, 2));
        const QString third = all[6].toMap().value(QStringLiteral("name")).toString();
        const QString first = all[0].toMap().value(QStringLiteral("name")).toString();
        QVERIFY(flow->spokenErrandPage().startsWith(QStringLiteral("Page 3 of 3.")));
        QVERIFY(flow->spokenText().contains(third));
        QVERIFY(!flow->spokenText().contains(u'\n' + first + u'.'));
        flow->setErrandsPerPage(4); // larger pages (normal text again): still a page in range
        QCOMPARE(flow->errandPage(), 1);
        QCOMPARE(flow->pageErrands(), all.mid(4, 4));
        flow->setErrandsPerPage(0); // all fit
        QCOMPARE(flow->errandPageCount(), 1);
        QCOMPARE(flow->pageErrands(), all);
        QVERIFY(!flow->spokenText().contains(QStringLiteral("Page")));
        flow->setErrandsPerPage(3);
        flow->moreErrands();
        flow->reset();
        QCOMPARE(flow->errandPage(), 0);
    }

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

    void ticketCarriesItsQueuePage()
    {
        Rig rig;
        ChanceFlow flow({QStringLiteral("demo"),
                         QStringLiteral("Demo"),
                         ChanceFlow::fixedLetter(u'K'),
                         {},
                         [] { return QStringLiteral("https://koe.example.dk/"); }},
                        rig.cache.store, rig.backend, rig.clock, rig.translations, rig.printer);
        flow.choose(QStringLiteral("pas"));
        const QString first = test::lastSentQueueToken(rig.cache.store);
        QVERIFY2(queuetoken::isWellFormed(first), qPrintable(first));
        QCOMPARE(rig.printer.slips.value(0).queuePageUrl,
                 QStringLiteral("https://koe.example.dk/q/") + first);
        flow.reset();
        flow.choose(QStringLiteral("pas"));
        const QString second = test::lastSentQueueToken(rig.cache.store);
        QVERIFY(second != first); // each ticket its own page
        QCOMPARE(rig.printer.slips.value(1).queuePageUrl,
                 QStringLiteral("https://koe.example.dk/q/") + second);

        // No address (no central, or one that sends none): no page on the slip.
        auto plain = rig.flow();
        plain->choose(QStringLiteral("pas"));
        QVERIFY(rig.printer.slips.value(2).queuePageUrl.isEmpty());
    }

    void noFreeTimeMeansNoPromise()
    {
        Rig rig;
        auto flow = rig.flow();
        flow->choose(QStringLiteral("byggesag"));
        QCOMPARE(flow->step(), ChanceFlow::Step::Ticket);
        QVERIFY(!flow->canPromise());
        QVERIFY(flow->expectedTime().isEmpty());
        QVERIFY(!rig.printer.slips[0].expectedAt.has_value());
    }

    void unknownErrandIsUnavailable()
    {
        Rig rig;
        auto flow = rig.flow();
        flow->choose(QStringLiteral("nonesuch"));
        QCOMPARE(flow->step(), ChanceFlow::Step::Unavailable);
        QVERIFY(rig.printer.slips.isEmpty());
    }

    void letterComesFromTheSite()
    {
        // Whatever letter the site has (the central's, read at every ticket), never a fixed one.
        Rig rig;
        std::optional<QChar> letter = u'Q';
        auto flow = rig.flow([&letter] { return letter; });
        flow->choose(QStringLiteral("pas"));
        QCOMPARE(flow->ticket(), QStringLiteral("Q001"));
        QCOMPARE(rig.printer.slips.size(), 1);
        QCOMPARE(rig.printer.slips[0].ticket, QStringLiteral("Q001"));
        flow->reset();
        letter = u'W'; // the central renamed the queue: the next ticket follows
        flow->choose(QStringLiteral("pas"));
        QCOMPARE(flow->ticket(), QStringLiteral("W001"));
        flow->reset();
        letter.reset(); // never synced: no ticket under a made-up letter
        flow->choose(QStringLiteral("pas"));
        QCOMPARE(flow->step(), ChanceFlow::Step::Unavailable);
        QVERIFY(flow->ticket().isEmpty());
        QCOMPARE(rig.printer.slips.size(), 2);
    }

    void noLetterSourceIsUnavailable()
    {
        Rig rig;
        auto flow = rig.flow({});
        flow->choose(QStringLiteral("pas"));
        QCOMPARE(flow->step(), ChanceFlow::Step::Unavailable);
        QVERIFY(rig.printer.slips.isEmpty());
    }

    void oneTapOneTicket()
    {
        // A double tap, a bouncing panel or touch plus synthesised mouse: the second choose()
        // arrives before the page has changed. One ticket issued, one receipt printed.
        Rig rig;
        auto flow = rig.flow();
        flow->choose(QStringLiteral("pas"));
        flow->choose(QStringLiteral("pas"));
        flow->choose(QStringLiteral("kørekort"));
        QCOMPARE(flow->ticket(), QStringLiteral("K001"));
        QCOMPARE(rig.printer.slips.size(), 1);
        // Only one number was used up: the next citizen gets K002.
        flow->reset();
        flow->choose(QStringLiteral("pas"));
        QCOMPARE(flow->ticket(), QStringLiteral("K002"));
    }

    void wrongClockIssuesNoNumber()
    {
        Rig rig;
        bool trusted = false;
        auto flow = rig.flow(ChanceFlow::fixedLetter(u'K'), [&trusted] { return trusted; });
        flow->choose(QStringLiteral("pas"));
        QCOMPARE(flow->step(), ChanceFlow::Step::Unavailable);
        QVERIFY(rig.printer.slips.isEmpty());
        trusted = true;
        flow->reset();
        flow->choose(QStringLiteral("pas"));
        QCOMPARE(flow->ticket(), QStringLiteral("K001")); // no number was used up meanwhile
    }
};

QTEST_GUILESS_MAIN(TestChanceFlow)
#include "tst_chanceflow.moc"
