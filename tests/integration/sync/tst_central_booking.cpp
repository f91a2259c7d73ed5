// The booking flow's central-backed backend against the real central: a booking holds the
// slot at the central and lands in the cache; a taken slot is answered with alternatives;
// with the central gone nothing is booked locally and the citizen is offered a chance ticket.
// The days and times offered follow the hours the central sends, also when they change.

#include "synctestsupport.h"

#include "kiosk/cachebookingbackend.h"
#include "kiosk/centralbookingbackend.h"

#include "demo/demosite.h"
#include "domain/clock.h"

#include <QtTest>

#include <optional>

using namespace bk;
using namespace bk::testing;

class TestCentralBooking : public QObject
{
    Q_OBJECT
private slots:
    void booksAtTheCentralAndRefusesOffline();
    void daysFollowTheCentralsHours();
};

namespace {

std::optional<BookingAnswer> bookAndWait(BookingBackend &backend, const BookingRequest &request)
{
    std::optional<BookingAnswer> answer;
    backend.book(request, [&answer](BookingAnswer a) { answer = std::move(a); });
    QElapsedTimer t;
    t.start();
    while (!answer && t.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return answer;
}

/// The kiosk's GUI side as main() wires it with a central: its own connection to the cache,
/// the hours the engine synced (its published state), free times from both, booking through
/// the engine.
struct KioskSide
{
    KioskSide(sync::SyncEngine &engine, const QString &cachePath, const Clock &clock)
        : ok(cache.open(cachePath, kioskCacheOptions(0, 1))),
          times(cache, clock, {u"test"_qs, [&engine] { return engine.state().hours; }, 0}),
          backend(engine, times)
    {}
    CacheStore cache;
    bool ok;
    CacheBookingBackend times;
    CentralBookingBackend backend;
};

} // namespace

void TestCentralBooking::booksAtTheCentralAndRefusesOffline()
{
    CentralFixture f;
    const QString e = f.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    LockedClock clock(testNow());
    const QString path = f.dir.filePath(u"k1.db"_qs);
    sync::SyncEngine engine(engineConfig(f, f.enrol(u"k1"_qs), u"k1"_qs, path), clock);
    QCOMPARE(engine.start(), QString());
    QCOMPARE(runRound(engine), QString());

    KioskSide kiosk(engine, path, clock);
    QVERIFY(kiosk.ok);
    CacheStore &cache = kiosk.cache;
    CentralBookingBackend &backend = kiosk.backend;
    QVERIFY(backend.canBookNow());
    QCOMPARE(backend.services().size(), 2);
    const QDate tomorrow(2026, 3, 3);
    const QList<SlotAvailability> free = backend.freeSlots(u"solo"_qs, tomorrow);
    QVERIFY(free.size() > 3);

    const BookingRequest request{u"solo"_qs, free[0].start, u"12345678"_qs};
    const auto booked = bookAndWait(backend, request);
    QVERIFY(booked.has_value());
    QCOMPARE(booked->kind, BookingAnswer::Kind::Booked);
    QVERIFY(!booked->code.isEmpty());
    QVERIFY(cache.findBooking(booked->code).hasValue());
    QCOMPARE(cache.outboxDepth(), 0); // the central has it already: nothing to push
    QCOMPARE(centralCount(f, "SELECT count(*) FROM bookings"), 1);
    // The slot is gone from the offer at once (the booking is in the cache).
    for (const SlotAvailability &s : backend.freeSlots(u"solo"_qs, tomorrow))
        QVERIFY(s.start != free[0].start);

    // The same time again (another kiosk's citizen was quicker): taken, with alternatives.
    const auto taken = bookAndWait(backend, request);
    QVERIFY(taken.has_value());
    QCOMPARE(taken->kind, BookingAnswer::Kind::SlotTaken);
    QVERIFY(!taken->alternatives.isEmpty());
    QVERIFY(!taken->alternatives.contains(free[0].start));

    // The central is gone: no booking is made here, the flow offers a chance ticket.
    f.stop();
    const auto offline = bookAndWait(backend, {u"solo"_qs, free[1].start, {}});
    QVERIFY(offline.has_value());
    QCOMPARE(offline->kind, BookingAnswer::Kind::Unavailable);
    QCOMPARE(offline->logKey, u"offline"_qs);
    QCOMPARE(cache.outboxDepth(), 0);
    const auto places =
        cache.bookedPlaces(u"test"_qs, u"solo"_qs, free[1].start, free[1].start.addSecs(60));
    QVERIFY(places && places->isEmpty());
    // Once a round has failed the flow is told before the citizen picks a day.
    QVERIFY(!runRound(engine).isEmpty());
    QVERIFY(!backend.canBookNow());
}

void TestCentralBooking::daysFollowTheCentralsHours()
{
    CentralFixture f;
    const QString e = f.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    LockedClock clock(testNow()); // Monday 2 March 2026, 09:00 local
    const QString path = f.dir.filePath(u"k1.db"_qs);
    sync::SyncEngine engine(engineConfig(f, f.enrol(u"k1"_qs), u"k1"_qs, path), clock);
    QCOMPARE(engine.start(), QString());
    KioskSide kiosk(engine, path, clock);
    QVERIFY(kiosk.ok);
    const QDate monday(2026, 3, 2);
    const QDate tuesday = monday.addDays(1);
    const QDate saturday = monday.addDays(5);
    const auto openDays = [&kiosk, monday] {
        QList<bool> open;
        for (const DayAvailability &d : kiosk.backend.days(u"solo"_qs, monday, 7))
            open.append(d.open && d.freeSlots > 0);
        return open;
    };
    const auto local = [](QDate day, int hour, int minute) {
        return QDateTime(day, QTime(hour, minute), siteTimeZone()).toUTC();
    };

    // Before the first sync the kiosk knows no hours: it offers no day at all.
    QVERIFY(kiosk.backend.days(u"solo"_qs, monday, 7).isEmpty());
    QVERIFY(kiosk.backend.freeSlots(u"solo"_qs, tuesday).isEmpty());

    // The central's test site is open every day 08:00-20:00; the demo site, whose hours the
    // kiosk used to offer, is closed on Saturday and opens at 10:00.
    QCOMPARE(runRound(engine), QString());
    QVERIFY(!dayStatus(demo::site().hours, saturday).open);
    QCOMPARE(openDays(), QList<bool>(7, true));
    QList<SlotAvailability> free = kiosk.backend.freeSlots(u"solo"_qs, saturday);
    QVERIFY(!free.isEmpty());
    QCOMPARE(free.first().start, local(saturday, 8, 0));
    QCOMPARE(free.last().start, local(saturday, 19, 55)); // 5-minute slots up to 20:00

    // The central changes the hours: closed on Saturdays, a short Tuesday (staff meeting).
    // The next round brings the change and the same backend offers it, without a restart.
    f.withStore([&](central::CentralStore &s) {
        central::SiteDefinition site = testSite();
        site.hours.weekly[5] = std::nullopt;
        site.hours.exceptions.append({tuesday, TimeRange{QTime(12, 0), QTime(13, 0)},
                                      u"Personalemøde om formiddagen"_qs,
                                      u"Staff meeting in the morning"_qs});
        QVERIFY(s.putSite(site, f.clock.now()));
    });
    QCOMPARE(runRound(engine), QString());
    QCOMPARE(openDays(), (QList<bool>{true, true, true, true, true, false, true}));
    QVERIFY(kiosk.backend.freeSlots(u"solo"_qs, saturday).isEmpty());
    free = kiosk.backend.freeSlots(u"solo"_qs, tuesday);
    QCOMPARE(free.size(), 12);
    QCOMPARE(free.first().start, local(tuesday, 12, 0));
    const QList<DayAvailability> days = kiosk.backend.days(u"solo"_qs, monday, 7);
    QCOMPARE(days[1].reasonEn, u"Staff meeting in the morning"_qs);

    // A time the central's hours do not have is not booked: the flow's offer is the central's.
    std::optional<BookingAnswer> answer =
        bookAndWait(kiosk.backend, {u"solo"_qs, local(saturday, 10, 0), {}});
    QVERIFY(answer.has_value());
    QCOMPARE(answer->kind, BookingAnswer::Kind::Unavailable);
    QCOMPARE(answer->logKey, u"central-refused-not-a-slot"_qs);
    answer = bookAndWait(kiosk.backend, {u"solo"_qs, local(tuesday, 12, 30), {}});
    QVERIFY(answer.has_value());
    QCOMPARE(answer->kind, BookingAnswer::Kind::Booked);
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCentralBooking)
#include "tst_central_booking.moc"
