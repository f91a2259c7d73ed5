// Booking from the cache: free places are counters minus cached bookings; a booking is stored
// with its outbox row; a full slot is refused with alternatives; the hours are the ones the
// central last sent (kept in the cache, published in the sync state), and without any no day is
// offered.

#include "kiosk/cachebookingbackend.h"
#include "kiosktestsupport.h"

#include "domain/bookingcode.h"
#include "domain/hoursjson.h"
#include "kiosk/centralstatus.h"
#include "sync/syncedhours.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <QTest>

using namespace bk;

class TestCacheBookingBackend : public QObject
{
    Q_OBJECT

    struct Rig
    {
        explicit Rig(QDateTime now = test::tuesdayMorning())
            : cache(now), clock(now),
              backend(
                  cache.store, clock,
                  {QStringLiteral("demo"), CacheBookingBackend::fixedHours(demo::site().hours), 0},
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

    /// A backend as main() builds it with a central: hours from the sync state (CentralStatus).
    struct SyncedRig
    {
        SyncedRig() : cache(test::tuesdayMorning()), clock(test::tuesdayMorning()) {}
        test::DemoCache cache;
        FixedClock clock;
        CentralStatus central;
        CacheBookingBackend backend{
            cache.store,
            clock,
            {QStringLiteral("demo"), [this] { return central.state().hours; }, 0}};

        /// As the engine takes hours the central sent: kept in the cache, read from there and
        /// published (the state reaches `central`).
        bool storeHours(const QByteArray &json)
        {
            CacheStore::SyncMemo memo;
            memo.hoursJson = json;
            if (!cache.store.setSyncMemo(memo))
                return false;
            const auto kept = cache.store.syncMemo();
            if (!kept)
                return false;
            sync::SyncState state = central.state();
            state.hours = sync::syncedHours(kept->hoursJson);
            central.apply(state);
            return true;
        }
        bool storeHours(const OpeningHours &h)
        {
            return storeHours(QJsonDocument(openingHoursToJson(h)).toJson(QJsonDocument::Compact));
        }
        QList<bool> openDays()
        {
            QList<bool> out;
            for (const DayAvailability &d :
                 backend.days(QStringLiteral("pas"), QDate(2026, 11, 23), 7))
                out.append(d.open);
            return out;
        }
    };

private slots:
    void syncedHoursFromTheCache()
    {
        SyncedRig rig;
        QVERIFY(rig.cache.ok);
        // Never synced: no hours, so no day, no time and no booking, never invented ones.
        QVERIFY(rig.backend.days(QStringLiteral("pas"), QDate(2026, 11, 23), 7).isEmpty());
        QVERIFY(rig.backend.freeSlots(QStringLiteral("pas"), QDate(2026, 11, 25)).isEmpty());
        BookingAnswer none;
        rig.backend.book(
            {QStringLiteral("pas"), QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC), {}},
            [&none](BookingAnswer a) { none = std::move(a); });
        QCOMPARE(none.kind, BookingAnswer::Kind::Unavailable);
        QCOMPARE(none.logKey, QStringLiteral("hours-unknown"));

        // The central's hours: Saturdays too (the demo's are closed), 09:00-12:00 local.
        OpeningHours h;
        for (auto &day : h.weekly)
            day = TimeRange{QTime(9, 0), QTime(12, 0)};
        h.weekly[6] = std::nullopt;
        QVERIFY(rig.storeHours(h));
        QCOMPARE(rig.openDays(), (QList<bool>{true, true, true, true, true, true, false}));
        const QList<SlotAvailability> saturday =
            rig.backend.freeSlots(QStringLiteral("pas"), QDate(2026, 11, 28));
        QVERIFY(!saturday.isEmpty());
        QCOMPARE(saturday.first().start, QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC));

        // Changed at the central and synced again: the same backend offers the new hours.
        h.weekly[5] = std::nullopt;
        h.exceptions.append({QDate(2026, 11, 25), std::nullopt, QStringLiteral("Personaledag"),
                             QStringLiteral("Staff day")});
        QVERIFY(rig.storeHours(h));
        const QList<DayAvailability> days =
            rig.backend.days(QStringLiteral("pas"), QDate(2026, 11, 23), 7);
        QCOMPARE(rig.openDays(), (QList<bool>{true, true, false, true, true, false, false}));
        QCOMPARE(days[2].reasonDa, QStringLiteral("Personaledag"));
    }

    void unreadableSyncedHoursOfferNoDay()
    {
        SyncedRig rig;
        // Logged once for the technician, naming the field; read again only when it changes.
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("opening hours cannot be read: "
                                                            "hours.weekly: is not a list of 7")));
        QVERIFY(rig.storeHours(QByteArrayLiteral(R"({"weekly": [null], "exceptions": []})")));
        QVERIFY(rig.backend.days(QStringLiteral("pas"), QDate(2026, 11, 23), 7).isEmpty());
        QTest::failOnWarning(QRegularExpression(QStringLiteral("opening hours")));
        QVERIFY(rig.backend.days(QStringLiteral("pas"), QDate(2026, 11, 23), 7).isEmpty());
        QVERIFY(rig.backend.freeSlots(QStringLiteral("pas"), QDate(2026, 11, 24)).isEmpty());
        // Usable hours again: days return.
        QVERIFY(rig.storeHours(demo::site().hours));
        QCOMPARE(rig.openDays(), (QList<bool>{true, true, true, true, true, false, false}));
    }

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
        const Result<Booking> b = rig.cache.store.findBooking(a.code);
        QVERIFY(b.hasValue());
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
