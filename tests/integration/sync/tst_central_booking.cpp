// The booking flow's central-backed backend against the real central: a booking holds the
// slot at the central and lands in the cache; a taken slot is answered with alternatives;
// with the central gone nothing is booked locally and the citizen is offered a chance ticket.

#include "synctestsupport.h"

#include "cachebookingbackend.h"
#include "centralbookingbackend.h"

#include <QtTest>

#include <optional>

using namespace bk;
using namespace bk::testing;

class TestCentralBooking : public QObject
{
    Q_OBJECT
private slots:
    void booksAtTheCentralAndRefusesOffline();
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

    CacheStore cache;
    QVERIFY(cache.open(path, kioskCacheOptions(0, 1)));
    CacheBookingBackend times(cache, clock, {u"test"_qs, testSite().hours, 0});
    CentralBookingBackend backend(engine, times);
    QCOMPARE(backend.services().size(), 2);
    const QDate tomorrow(2026, 3, 3);
    const QList<SlotAvailability> free = backend.freeSlots(u"solo"_qs, tomorrow);
    QVERIFY(free.size() > 3);

    const BookingRequest request{u"solo"_qs, free[0].start, u"12345678"_qs};
    const auto booked = bookAndWait(backend, request);
    QVERIFY(booked.has_value());
    QCOMPARE(booked->kind, BookingAnswer::Kind::Booked);
    QVERIFY(!booked->code.isEmpty());
    QVERIFY(cache.findBooking(booked->code).has_value());
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
}

QTEST_GUILESS_MAIN(TestCentralBooking)
#include "tst_central_booking.moc"
