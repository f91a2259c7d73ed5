// Two kiosks' sync engines book the same capacity-1 slot at the same moment, 500 times, over
// TLS against the real central: each time exactly one gets the booking and the other is told
// the slot is taken, with alternatives.

#include "synctestsupport.h"

#include "domain/calendar.h"

#include <QtTest>

#include <future>

using namespace bk;
using namespace bk::testing;

class TestSyncRace : public QObject
{
    Q_OBJECT
private slots:
    void oneBookingPerSlot();
};

void TestSyncRace::oneBookingPerSlot()
{
    constexpr int kRounds = 500;
    CentralFixture f;
    const QString e = f.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const central::SiteDefinition site = testSite();
    const Service &solo = site.services[0];
    QCOMPARE(solo.counters, 1);
    QList<QDateTime> starts;
    for (QDate d = QDate(2026, 3, 3); starts.size() < kRounds; d = d.addDays(1))
        for (const Slot &s : slotsFor(solo, site.hours, d))
            if (starts.size() < kRounds)
                starts.append(s.start);

    LockedClock clock(testNow());
    sync::SyncEngine a(engineConfig(f, f.enrol(u"a"_qs), u"a"_qs, f.dir.filePath(u"a.db"_qs)),
                       clock);
    sync::SyncEngine b(engineConfig(f, f.enrol(u"b"_qs), u"b"_qs, f.dir.filePath(u"b.db"_qs)),
                       clock);
    QCOMPARE(a.start(), QString());
    QCOMPARE(b.start(), QString());

    int wins[2] = {0, 0};
    for (int i = 0; i < kRounds; ++i) {
        std::promise<sync::OnlineBookingResult> pa, pb;
        auto fa = pa.get_future(), fb = pb.get_future();
        sync::OnlineBooking req{u"solo"_qs, starts[i], {}, {}};
        a.book(req, [&pa](sync::OnlineBookingResult r) { pa.set_value(std::move(r)); });
        b.book(req, [&pb](sync::OnlineBookingResult r) { pb.set_value(std::move(r)); });
        const sync::OnlineBookingResult ra = fa.get(), rb = fb.get();
        using K = sync::OnlineBookingResult::Kind;
        const bool aWon = ra.kind == K::Booked && rb.kind == K::SlotTaken;
        const bool bWon = rb.kind == K::Booked && ra.kind == K::SlotTaken;
        QVERIFY2(
            aWon != bWon,
            qPrintable(
                QStringLiteral("round %1: %2 and %3").arg(i).arg(int(ra.kind)).arg(int(rb.kind))));
        ++wins[aWon ? 0 : 1];
        const sync::OnlineBookingResult &lost = aWon ? rb : ra;
        QVERIFY(!lost.alternatives.isEmpty());
        QVERIFY(!lost.alternatives.contains(starts[i]));
        QVERIFY(!(aWon ? ra : rb).code.isEmpty());
    }
    QCOMPARE(wins[0] + wins[1], kRounds);
    QCOMPARE(centralCount(f, "SELECT count(*) FROM bookings WHERE service = 'solo'"), kRounds);
    QCOMPARE(centralCount(f, "SELECT count(DISTINCT start_ms) FROM bookings WHERE service = "
                             "'solo'"),
             kRounds);
    qInfo("wins: kiosk a %d, kiosk b %d", wins[0], wins[1]);
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSyncRace)
#include "tst_sync_race.moc"
