// The cache's repository API: bookings, check-in, ticket numbers, outbox and purge. Every
// test sets "now" explicitly (TZ=Europe/Copenhagen comes from bk_add_qtest).

#include "domain/queuetoken.h"
#include "store/cachestore.h"
#include "storetestdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using namespace bk::storetest;

class TestStoreData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    const QDateTime m_start = local(2024, 3, 5, 9, 10); // a Tuesday, winter time
    const QDateTime m_now = local(2024, 3, 5, 9, 0);    // on time for m_start

    /// A fresh cache with the pas service and bookings 0..count-1 starting at m_start.
    std::unique_ptr<CacheStore> fresh(int count = 5, CacheStore::Options options = {})
    {
        auto store = std::make_unique<CacheStore>();
        const QString path = m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_files));
        const Status s = store->open(path, options);
        if (!s)
            qFatal("open failed: %s", qPrintable(s.error()));
        QList<Booking> bookings;
        for (int i = 0; i < count; ++i)
            bookings.append(booking(i, m_start));
        if (!store->upsertServices(kSite, {pasService()}) || !store->upsertBookings(bookings))
            qFatal("seed failed: %s", qPrintable(store->lastError()));
        return store;
    }

    static QList<int> chanceNumbers(CacheStore &store, int n, const QDateTime &now)
    {
        QList<int> out;
        for (int i = 0; i < n; ++i) {
            Result<IssuedTicket> t = store.issueChanceTicket(kSite, kPas, u'K', now);
            if (!t)
                qFatal("ticket failed: %s", qPrintable(t.error()));
            out.append(t->ticket.number);
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void bookingsRoundTrip()
    {
        auto store = fresh(3);
        const Result<Booking> b = store->findBooking(code(2));
        QVERIFY(b.hasValue());
        QCOMPARE(b->siteId, kSite);
        QCOMPARE(b->serviceId, kPas);
        QCOMPARE(b->start, m_start);
        QCOMPARE(b->status, BookingStatus::Booked);
        QVERIFY(!b->checkedInAt.isValid());
        QCOMPARE(b->name, QStringLiteral("Borger 2"));
        QVERIFY(store->findBooking(code(99)).isNotFound());
        const Result<Service> s = store->findService(kSite, kPas);
        QVERIFY(s.hasValue());
        QCOMPARE(s->queueLetter, QChar(u'B'));
        QCOMPARE(s->bring.value(QStringLiteral("da")).size(), 2);
        QCOMPARE(store->services(kSite)->size(), 1);
    }

    void bookedPlacesCountsPerSlot()
    {
        auto store = fresh(3); // three at m_start
        Booking later = booking(10, m_start.addSecs(900));
        Booking cancelled = booking(11, m_start.addSecs(900));
        cancelled.status = BookingStatus::Cancelled;
        Booking otherService = booking(12, m_start);
        otherService.serviceId = QStringLiteral("koerekort");
        Booking outside = booking(13, m_start.addSecs(3600));
        QVERIFY(store->upsertBookings(QList<Booking>{later, cancelled, otherService, outside}));
        const Result<QHash<qint64, int>> taken =
            store->bookedPlaces(kSite, kPas, m_start, m_start.addSecs(3600));
        QVERIFY2(taken, qPrintable(taken.error()));
        QCOMPARE(taken->size(), 2);
        QCOMPARE(taken->value(m_start.toSecsSinceEpoch()), 3);
        QCOMPARE(taken->value(m_start.addSecs(900).toSecsSinceEpoch()), 1);
    }

    void checkInWritesBookingTicketAndOutboxTogether()
    {
        auto store = fresh();
        const Result<CheckInResult> r = store->checkIn(code(1), kSite, m_now);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->decision.outcome, CheckInOutcome::OnTime);
        QVERIFY(r->issued.has_value());
        const Ticket &t = r->issued->ticket;
        QCOMPARE(t.label(), QStringLiteral("B001"));
        QCOMPARE(t.businessDay, QDate(2024, 3, 5));
        QCOMPARE(t.siteId, kSite);

        const Result<Booking> b = store->findBooking(code(1));
        QCOMPARE(b->status, BookingStatus::CheckedIn);
        QCOMPARE(b->checkedInAt, m_now);

        const Result<QList<OutboxEntry>> out = store->pendingOutbox(10);
        QCOMPARE(out->size(), 1);
        QCOMPARE(out->first().kind, QStringLiteral("checkin"));
        QCOMPARE(out->first().opId, r->issued->opId);
        QCOMPARE(out->first().opId.size(), 32);
        const QJsonObject payload = QJsonDocument::fromJson(out->first().payload).object();
        QCOMPARE(payload.value(QStringLiteral("code")).toString(), code(1));
        QCOMPARE(payload.value(QStringLiteral("ticket")).toObject().value(u"label").toString(),
                 QStringLiteral("B001"));
        QVERIFY(!payload.contains(QStringLiteral("phone"))); // check-in pushes no personal data

        const Result<CheckInResult> second = store->checkIn(code(2), kSite, m_now);
        QCOMPARE(second->issued->ticket.label(), QStringLiteral("B002"));
        QCOMPARE(store->outboxDepth(), 2);
    }

    void queueTokenStoredAndSentWithEveryTicket()
    {
        auto store = fresh();
        const auto payloadOf = [&store](const QString &opId) {
            const Result<QList<OutboxEntry>> out = store->pendingOutbox(10);
            for (const OutboxEntry &e : *out)
                if (e.opId == opId)
                    return std::pair(e.kind, QJsonDocument::fromJson(e.payload).object());
            return std::pair(QString(), QJsonObject());
        };

        // A check-in's ticket: a fresh token, in the result and in the "checkin" operation.
        const Result<CheckInResult> checkIn = store->checkIn(code(1), kSite, m_now);
        QVERIFY2(checkIn, qPrintable(checkIn.error()));
        const QString checkInToken = checkIn->issued->queueToken;
        QVERIFY2(queuetoken::isWellFormed(checkInToken), qPrintable(checkInToken));
        QCOMPARE(checkIn->queueToken, checkInToken);
        const auto [checkInKind, checkInPayload] = payloadOf(checkIn->issued->opId);
        QCOMPARE(checkInKind, QStringLiteral("checkin"));
        QCOMPARE(checkInPayload.value(u"queueToken").toString(), checkInToken);

        // Scanned again: the same ticket with the token stored with it (a reprint shows it).
        const Result<CheckInResult> again = store->checkIn(code(1), kSite, m_now.addSecs(60));
        QCOMPARE(again->decision.outcome, CheckInOutcome::AlreadyCheckedIn);
        QCOMPARE(again->queueToken, checkInToken);

        // A chance ticket: its own token, in the "ticket" operation.
        const Result<IssuedTicket> chance = store->issueChanceTicket(kSite, kPas, u'K', m_now);
        QVERIFY2(chance, qPrintable(chance.error()));
        QVERIFY2(queuetoken::isWellFormed(chance->queueToken), qPrintable(chance->queueToken));
        QVERIFY(chance->queueToken != checkInToken);
        const auto [chanceKind, chancePayload] = payloadOf(chance->opId);
        QCOMPARE(chanceKind, QStringLiteral("ticket"));
        QCOMPARE(chancePayload.value(u"queueToken").toString(), chance->queueToken);
    }

    void checkInRefusedWritesNothing_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("site");
        QTest::addColumn<int>("outcome");
        QTest::newRow("early") << local(2024, 3, 5, 8, 30) << kSite << int(CheckInOutcome::Early);
        QTest::newRow("too late") << local(2024, 3, 5, 9, 40) << kSite
                                  << int(CheckInOutcome::TooLate);
        QTest::newRow("wrong day")
            << local(2024, 3, 6, 9, 0) << kSite << int(CheckInOutcome::WrongDay);
        QTest::newRow("wrong site")
            << m_now << QStringLiteral("site-odense") << int(CheckInOutcome::WrongSite);
    }

    void checkInRefusedWritesNothing()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, site);
        QFETCH(int, outcome);
        auto store = fresh();
        const Result<CheckInResult> r = store->checkIn(code(1), site, now);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(int(r->decision.outcome), outcome);
        QVERIFY(!r->decision.admits());
        QVERIFY(!r->issued.has_value());
        QCOMPARE(store->findBooking(code(1))->status, BookingStatus::Booked);
        QCOMPARE(store->outboxDepth(), 0);
        // No number was consumed either: the next admitted check-in gets the first one.
        QCOMPARE(store->checkIn(code(2), kSite, m_now)->issued->ticket.number, 1);
    }

    void secondCheckInIsRefused()
    {
        auto store = fresh();
        QVERIFY(store->checkIn(code(1), kSite, m_now)->issued);
        const Result<CheckInResult> again = store->checkIn(code(1), kSite, m_now.addSecs(60));
        QCOMPARE(again->decision.outcome, CheckInOutcome::AlreadyCheckedIn);
        QVERIFY(!again->issued);
        QCOMPARE(store->outboxDepth(), 1);
    }

    void checkInUnknownCodeOrService()
    {
        auto store = fresh();
        Result<CheckInResult> r = store->checkIn(code(77), kSite, m_now);
        QVERIFY(!r);
        QCOMPARE(r.errorKind(), StoreErrorKind::NotFound);
        Booking orphan = booking(50, m_start);
        orphan.serviceId = QStringLiteral("kørekort");
        QVERIFY(store->upsertBookings(QList<Booking>{orphan}));
        r = store->checkIn(orphan.code, kSite, m_now);
        QVERIFY(!r);
        QCOMPARE(r.errorKind(), StoreErrorKind::NotFound);
        QVERIFY2(r.error().contains(QStringLiteral("kørekort")), qPrintable(r.error()));
        QCOMPARE(store->outboxDepth(), 0);
    }

    void ticketsRestartOnTheNextBusinessDay()
    {
        auto store = fresh(0);
        QCOMPARE(chanceNumbers(*store, 3, local(2024, 3, 5, 23, 58)), (QList<int>{1, 2, 3}));
        // 00:01 local is still 23:01 UTC the day before: the business day is local.
        const QDateTime afterMidnight = local(2024, 3, 6, 0, 1);
        QCOMPARE(afterMidnight.date(), QDate(2024, 3, 5));
        const Result<IssuedTicket> t = store->issueChanceTicket(kSite, kPas, u'K', afterMidnight);
        QCOMPARE(t->ticket.label(), QStringLiteral("K001"));
        QCOMPARE(t->ticket.businessDay, QDate(2024, 3, 6));
        QCOMPARE(t->opId.size(), 32);
        QCOMPARE(store->outboxEntry(t->opId)->kind, QStringLiteral("ticket"));
        // Queues number independently.
        QCOMPARE(store->issueChanceTicket(kSite, kPas, u'C', afterMidnight)->ticket.number, 1);
    }

    void blockExhaustionRollsToTheNextStaticBlock()
    {
        CacheStore::Options o;
        o.kioskIndex = 1;
        o.kioskCount = 2;
        o.blockSize = 3;
        auto store = fresh(0, o);
        // Kiosk 1 of 2 owns runs 1, 3, 5, ... of three numbers: 4-6, 10-12, 16-18.
        QCOMPARE(chanceNumbers(*store, 7, m_now), (QList<int>{4, 5, 6, 10, 11, 12, 16}));
        const Result<QList<NumberBlock>> blocks =
            store->numberBlocks(kSite, QDate(2024, 3, 5), u'K');
        QCOMPARE(*blocks, (QList<NumberBlock>{{4, 6}, {10, 12}, {16, 18}}));
    }

    void centralBlocksAreUsedAndOverlapsRefused()
    {
        CacheStore::Options o;
        o.blockSize = 2;
        auto store = fresh(0, o);
        const QDate day(2024, 3, 5);
        QVERIFY(store->addNumberBlock(kSite, day, u'K', NumberBlock{500, 501}));
        // Granted blocks are used in granted order, before any static block is taken.
        QCOMPARE(chanceNumbers(*store, 3, m_now), (QList<int>{500, 501, 1}));
        Status s = store->addNumberBlock(kSite, day, u'K', NumberBlock{501, 510});
        QVERIFY(!s);
        QCOMPARE(s.errorKind(), StoreErrorKind::Invalid);
        QVERIFY(!store->addNumberBlock(kSite, day, u'K', NumberBlock{5, 4}));
        // A static block that would overlap a granted one is skipped.
        QVERIFY(store->addNumberBlock(kSite, day, u'K', NumberBlock{3, 4}));
        QCOMPARE(chanceNumbers(*store, 4, m_now), (QList<int>{2, 3, 4, 5}));
    }

    void staticNumbersStopAtTheLimitAndNumbersLeftCounts()
    {
        CacheStore::Options o;
        o.kioskIndex = 1;
        o.kioskCount = 2;
        o.blockSize = 3;
        o.staticNumberLimit = 12; // kiosk 1 of 2 owns 4-6 and 10-12 below it
        auto store = fresh(0, o);
        const QDate day(2024, 3, 5);
        QCOMPARE(*store->numbersLeft(kSite, day, u'K'), 0);
        QCOMPARE(chanceNumbers(*store, 4, m_now), (QList<int>{4, 5, 6, 10}));
        QCOMPARE(*store->numbersLeft(kSite, day, u'K'), 2);
        // A granted block counts once granted, and is used after the static block in hand.
        QVERIFY(store->addNumberBlock(kSite, day, u'K', NumberBlock{501, 510}));
        QCOMPARE(*store->numbersLeft(kSite, day, u'K'), 12);
        QCOMPARE(chanceNumbers(*store, 12, m_now),
                 (QList<int>{11, 12, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510}));
        QCOMPARE(*store->numbersLeft(kSite, day, u'K'), 0);
        // Past the limit the numbers are the central's: refused, not guessed.
        Result<IssuedTicket> t = store->issueChanceTicket(kSite, kPas, u'K', m_now);
        QVERIFY(!t);
        QCOMPARE(t.errorKind(), StoreErrorKind::Exhausted);
        CacheStore bad;
        CacheStore::Options negative;
        negative.staticNumberLimit = -1;
        QVERIFY(!bad.open(m_dir.filePath(u"negative.db"_qs), negative));
    }

    void twoKioskIndexesNeverCollide()
    {
        QSet<int> seen;
        for (int k = 0; k < 3; ++k) {
            CacheStore::Options o;
            o.kioskIndex = k;
            o.kioskCount = 3;
            o.blockSize = 7;
            auto store = fresh(0, o);
            for (int n : chanceNumbers(*store, 50, m_now)) {
                QVERIFY2(!seen.contains(n), qPrintable(QStringLiteral("number %1 twice").arg(n)));
                seen.insert(n);
            }
        }
        QCOMPARE(seen.size(), 150);
    }

    void twoConnectionsOnOneFileSerialise()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        CacheStore a, b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        QSet<int> seen;
        for (int i = 0; i < 40; ++i) {
            CacheStore &s = (i % 3 == 0) ? b : a;
            const Result<IssuedTicket> t = s.issueChanceTicket(kSite, kPas, u'K', m_now);
            QVERIFY2(t, qPrintable(t.error()));
            QVERIFY(!seen.contains(t->ticket.number));
            seen.insert(t->ticket.number);
        }
        QCOMPARE(a.outboxDepth(), 40);
    }

    void servicesReadAgainAfterAnyWrite()
    {
        // services() keeps what it read until a connection writes the file: this connection's
        // own writes, and another's (the sync engine has its own connection).
        const QString path = m_dir.filePath(QStringLiteral("services.sqlite"));
        CacheStore kiosk, sync;
        QVERIFY(kiosk.open(path));
        QVERIFY(sync.open(path));
        Service pas = pasService();
        QVERIFY(kiosk.upsertServices(kSite, {pas}));
        QCOMPARE(kiosk.services(kSite)->constFirst().durationMinutes, pas.durationMinutes);
        QCOMPARE(kiosk.services(kSite)->size(), 1);

        pas.durationMinutes += 5;
        QVERIFY(kiosk.upsertServices(kSite, {pas}));
        QCOMPARE(kiosk.services(kSite)->constFirst().durationMinutes, pas.durationMinutes);

        Service other = pasService();
        other.id = QStringLiteral("koerekort");
        QVERIFY(sync.upsertServices(kSite, {pas, other}));
        QCOMPARE(kiosk.services(kSite)->size(), 2);

        // A snapshot without the service removes it.
        const Result<CacheStore::SnapshotProgress> begun =
            sync.beginSnapshot(kSite, {other}, CacheStore::SyncMemo{});
        QVERIFY2(begun, qPrintable(begun.error()));
        QCOMPARE(kiosk.services(kSite)->size(), 1);
        QCOMPARE(kiosk.services(kSite)->constFirst().id, other.id);
        QVERIFY(kiosk.beginSnapshot(kSite, {pas}, CacheStore::SyncMemo{}));
        QCOMPARE(kiosk.services(kSite)->constFirst().id, pas.id);
        QCOMPARE(sync.services(kSite)->constFirst().id, pas.id);
        QVERIFY(kiosk.services(QStringLiteral("another-site"))->isEmpty());

        // Closed and opened on another file: nothing of the first.
        kiosk.close();
        QVERIFY(!kiosk.services(kSite));
        QVERIFY(kiosk.open(m_dir.filePath(QStringLiteral("services2.sqlite"))));
        QVERIFY(kiosk.services(kSite)->isEmpty());
    }

    void tombstonesRemove()
    {
        auto store = fresh(4);
        QVERIFY(store->checkIn(code(0), kSite, m_now)->issued);
        const Result<int> removed = store->removeBookings({code(0), code(1), code(99)});
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(*removed, 2);
        QVERIFY(store->findBooking(code(0)).isNotFound());
        QVERIFY(store->findBooking(code(1)).isNotFound());
        QVERIFY(store->findBooking(code(2)));
        // The ticket already issued stays (its booking link is cleared by the foreign key).
        QCOMPARE(store->outboxDepth(), 1);
        QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(chanceNumbers(*store, 1, m_now), (QList<int>{1})); // queue K, not B
    }

    void upsertDoesNotUndoALocalCheckIn()
    {
        auto store = fresh(2);
        QVERIFY(store->checkIn(code(0), kSite, m_now)->issued);
        QVERIFY(store->upsertBookings(QList<Booking>{booking(0, m_start)})); // stale "booked"
        QCOMPARE(store->findBooking(code(0))->status, BookingStatus::CheckedIn);
        Booking cancelled = booking(1, m_start);
        cancelled.status = BookingStatus::Cancelled;
        QVERIFY(store->upsertBookings(QList<Booking>{cancelled}));
        QCOMPARE(store->findBooking(code(1))->status, BookingStatus::Cancelled);
        QCOMPARE(store->checkIn(code(1), kSite, m_now)->decision.outcome,
                 CheckInOutcome::Cancelled);
    }

    void localBookingAndCollision()
    {
        auto store = fresh(2);
        Booking b = booking(10, m_start.addSecs(3600));
        const Result<QString> op = store->insertBookingLocal(b, m_now);
        QVERIFY2(op, qPrintable(op.error()));
        const Result<OutboxEntry> e = store->outboxEntry(*op);
        QCOMPARE(e->kind, QStringLiteral("booking"));
        QCOMPARE(QJsonDocument::fromJson(e->payload).object().value(u"code").toString(), b.code);
        QCOMPARE(store->findBooking(b.code)->name, b.name);

        Booking clash = booking(1, m_start); // code(1) is already cached
        const Result<QString> dup = store->insertBookingLocal(clash, m_now);
        QVERIFY(!dup);
        QCOMPARE(dup.errorKind(), StoreErrorKind::Duplicate);
        QVERIFY2(dup.error().contains(clash.code), qPrintable(dup.error()));
        QCOMPARE(store->findBooking(code(1))->name, QStringLiteral("Borger 1"));
        b.code = QStringLiteral("NOTACODE");
        QCOMPARE(store->insertBookingLocal(b, m_now).errorKind(), StoreErrorKind::Invalid);
        QCOMPARE(store->outboxDepth(), 1);
    }

    void purgeClearsPersonalDataAfterRetentionOnly()
    {
        CacheStore::Options o;
        o.retentionDays = 1;
        o.keepBookingDays = 3;
        auto store = fresh(2, o);
        QVERIFY(store->checkIn(code(0), kSite, m_now)->issued);

        Result<PurgeReport> r = store->purgePersonalData(m_start.addSecs(23 * 3600));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->personalCleared, 0);
        QCOMPARE(store->findBooking(code(1))->phone, booking(1, m_start).phone);
        QCOMPARE(r->ticketsDeleted, 1); // 08:10 the next day: yesterday's ticket is not needed

        r = store->purgePersonalData(m_start.addSecs(25 * 3600));
        QCOMPARE(r->personalCleared, 2);
        const Result<Booking> b = store->findBooking(code(1));
        QVERIFY(b.hasValue()); // the row stays so a late citizen hears "wrong day"
        QVERIFY(b->phone.isEmpty());
        QVERIFY(b->name.isEmpty());
        QCOMPARE(b->code, code(1));

        r = store->purgePersonalData(m_start.addDays(4));
        QCOMPARE(r->bookingsDeleted, 2);
        QVERIFY(store->findBooking(code(1)).isNotFound());
        QCOMPARE(store->outboxDepth(), 1); // unsent changes are never purged
        QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    }

    void purgeDropsOldTicketsAndSentOutbox()
    {
        auto store = fresh(0);
        const Result<IssuedTicket> t = store->issueChanceTicket(kSite, kPas, u'K', m_now);
        QVERIFY(store->markSent(t->opId, "{\"ok\":true}", m_now.addSecs(60)));
        Result<PurgeReport> r = store->purgePersonalData(m_now.addSecs(3600));
        QCOMPARE(r->ticketsDeleted, 0);
        QCOMPARE(r->outboxDeleted, 0);
        r = store->purgePersonalData(m_now.addDays(2));
        QCOMPARE(r->ticketsDeleted, 1);
        QCOMPARE(r->blocksDeleted, 1);
        QCOMPARE(r->outboxDeleted, 1);
        QVERIFY(store->outboxEntry(t->opId).isNotFound());
    }

    void outboxOrderAndMarkSent()
    {
        auto store = fresh(3);
        QStringList ops;
        ops << store->checkIn(code(0), kSite, m_now)->issued->opId;
        ops << store->issueChanceTicket(kSite, kPas, u'K', m_now)->opId;
        ops << *store->insertBookingLocal(booking(30, m_start), m_now);
        ops << store->checkIn(code(1), kSite, m_now)->issued->opId;

        Result<QList<OutboxEntry>> pending = store->pendingOutbox(10);
        QCOMPARE(pending->size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(pending->at(i).opId, ops.at(i));
            if (i > 0)
                QVERIFY(pending->at(i).seq > pending->at(i - 1).seq);
        }
        QCOMPARE(pending->at(2).kind, QStringLiteral("booking"));
        QCOMPARE(store->pendingOutbox(2)->size(), 2);

        const QDateTime sentAt = m_now.addSecs(5);
        QVERIFY(store->markSent(ops.at(1), "{\"answer\":1}", sentAt));
        QVERIFY(store->markSent(ops.at(1), "{\"answer\":2}", sentAt.addSecs(9))); // replay
        const Result<OutboxEntry> sent = store->outboxEntry(ops.at(1));
        QCOMPARE(sent->sentAt, sentAt);
        QCOMPARE(sent->answer, QByteArray("{\"answer\":1}"));
        QCOMPARE(store->outboxDepth(), 3);
        pending = store->pendingOutbox(10);
        QCOMPARE(pending->size(), 3);
        QCOMPARE(pending->at(0).opId, ops.at(0));
        QCOMPARE(pending->at(1).opId, ops.at(2));

        const Status unknown = store->markSent(QStringLiteral("feedface"), "{}", sentAt);
        QVERIFY(!unknown);
        QCOMPARE(unknown.errorKind(), StoreErrorKind::NotFound);
    }

    // A pushed batch is recorded in one transaction: all of it, or (an unknown id) none of it.
    void markSentBatch()
    {
        auto store = fresh(3);
        QStringList ops;
        for (int i = 0; i < 3; ++i)
            ops << store->issueChanceTicket(kSite, kPas, u'K', m_now)->opId;
        const QDateTime sentAt = m_now.addSecs(5);
        const Status unknown = store->markSent(
            {{ops.at(0), "{\"answer\":0}"}, {QStringLiteral("feedface"), "{}"}}, sentAt);
        QVERIFY(!unknown);
        QCOMPARE(unknown.errorKind(), StoreErrorKind::NotFound);
        QCOMPARE(store->outboxDepth(), 3); // the first answer was not kept either
        QVERIFY(store->markSent({{ops.at(0), "{\"answer\":0}"}, {ops.at(1), "{\"answer\":1}"}},
                                sentAt));
        QCOMPARE(store->outboxDepth(), 1);
        QCOMPARE(store->outboxEntry(ops.at(1))->answer, QByteArray("{\"answer\":1}"));
        QCOMPARE(store->outboxEntry(ops.at(1))->sentAt, sentAt);
        QCOMPARE(store->pendingOutbox(10)->at(0).opId, ops.at(2));
    }
};

QTEST_GUILESS_MAIN(TestStoreData)
#include "tst_store_data.moc"
