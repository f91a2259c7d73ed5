// Booking from the cache: free places are counters minus cached bookings; a booking is stored
// with its outbox row; a full slot is refused with alternatives.

#include "cachebookingbackend.h"
#include "kiosktestsupport.h"

#include "domain/bookingcode.h"

#include <QTest>

using namespace bk;

class TestCacheBookingBackend : public QObject
{
    Q_OBJECT

    struct Rig
    {
        explicit Rig(QDateTime now = test::tuesdayMorning())
            : cache(now), clock(now),
              backend(cache.store, clock, {QStringLiteral("demo"), demo::site().hours, 0},
                      [this] { return quint32(++seed * 2654435761u); })
        {}
        test::DemoCache cache;
        FixedClock clock;
        quint32 seed = 0;
        CacheBookingBackend backend;

        BookingAnswer book(const ServiceId &service, const QDateTime &start)
        {
            BookingAnswer out;
            backend.book({service, start, QStringLiteral("20304050")},
                         [&out](BookingAnswer a) { out = std::move(a); });
            return out;
        }
    };

private slots:
    void daysShowClosedDaysWithTheirReason()
    {
        Rig rig(QDateTime(QDate(2026, 12, 21), QTime(9, 0), Qt::UTC)); // Monday before Christmas
        const QList<DayAvailability> days =
            rig.backend.days(QStringLiteral("pas"), QDate(2026, 12, 21), 7);
        QCOMPARE(days.size(), 7);
        QVERIFY(days[0].open);
        QVERIFY(days[0].freeSlots > 0);
        QVERIFY(!days[3].open); // 24 December: juleaftensdag
        QVERIFY(!days[3].reasonDa.isEmpty());
        QVERIFY(!days[4].open); // 25 December
        QVERIFY(!days[5].open); // Saturday
    }

    void pastTimesAreNotOffered()
    {
        Rig rig; // 11:00 local
        const QList<SlotAvailability> today =
            rig.backend.freeSlots(QStringLiteral("pas"), QDate(2026, 11, 24));
        QVERIFY(!today.isEmpty());
        QVERIFY(today.first().start >= rig.clock.now());
    }

    void bookingIsStoredWithItsOutboxRow()
    {
        Rig rig;
        const QDateTime start(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
        const qint64 outboxBefore = rig.cache.store.outboxDepth();
        const BookingAnswer a = rig.book(QStringLiteral("pas"), start);
        QCOMPARE(a.kind, BookingAnswer::Kind::Booked);
        QVERIFY(bookingcode::isValid(a.code.toStdString()));
        const std::optional<Booking> b = rig.cache.store.findBooking(a.code);
        QVERIFY(b.has_value());
        QCOMPARE(b->start, start);
        QCOMPARE(b->phone, QStringLiteral("20304050"));
        QCOMPARE(rig.cache.store.outboxDepth(), outboxBefore + 1);
    }

    void fullSlotIsRefusedWithAlternatives()
    {
        Rig rig;
        // Byggesag has one counter: the second booking of the same time is refused.
        const QDateTime start(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        QCOMPARE(rig.book(QStringLiteral("byggesag"), start).kind, BookingAnswer::Kind::Booked);
        const qint64 outbox = rig.cache.store.outboxDepth();
        const BookingAnswer a = rig.book(QStringLiteral("byggesag"), start);
        QCOMPARE(a.kind, BookingAnswer::Kind::SlotTaken);
        QVERIFY(!a.alternatives.isEmpty());
        QVERIFY(!a.alternatives.contains(start));
        QCOMPARE(rig.cache.store.outboxDepth(), outbox); // nothing written
        const QList<SlotAvailability> free =
            rig.backend.freeSlots(QStringLiteral("byggesag"), QDate(2026, 11, 25));
        for (const SlotAvailability &s : free)
            QVERIFY(s.start != start);
    }

    void closedDayCannotBeBooked()
    {
        Rig rig;
        const QDateTime saturday(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
        QCOMPARE(rig.book(QStringLiteral("pas"), saturday).kind, BookingAnswer::Kind::SlotTaken);
    }
};

QTEST_GUILESS_MAIN(TestCacheBookingBackend)
#include "tst_cachebookingbackend.moc"
