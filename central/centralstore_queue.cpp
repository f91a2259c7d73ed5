// CentralStore: what kiosks push (outbox operations applied at most once, with their first
// answer kept), ticket-number blocks, and calling the next ticket to a counter.

#include "central/centralstore.h"

#include "central/tokens.h"
#include "central/wirejson.h"
#include "domain/bookingcode.h"
#include "domain/checkin.h"
#include "domain/queuetoken.h"
#include "domain/ticketnumber.h"
#include "platform/sqlrows.h"

#include <QJsonDocument>

namespace bk::central {

namespace {

Refusal rejected(int status, const char *error, const QString &detail)
{
    return Refusal{status, QString::fromLatin1(error), detail, {}};
}

// An outbox ticket's optional queue-page token (domain/queuetoken.h): absent, or 128 bits as
// the kiosk makes them. The token itself is never echoed.
std::optional<Refusal> badQueueToken(const QString &token)
{
    if (token.isEmpty() || queuetoken::isWellFormed(token))
        return std::nullopt;
    return rejected(400, "bad-field",
                    QStringLiteral("payload.queueToken: 22 characters of URL-safe base64 "
                                   "(128 bits)"));
}

// The check-in's class for the statistics, by the stander's own rule (domain/checkin.h) at
// the moment it happened: on_time, late (accepted late), too_late (past the late window; a
// stander refuses it, so it shows only when the rules changed since), early; empty otherwise.
QString classifyCheckIn(Booking booking, const Service &service, const QDateTime &at)
{
    booking.status = BookingStatus::Booked;
    switch (decideCheckIn(booking, service, booking.siteId, at).outcome) {
    case CheckInOutcome::OnTime:
        return QStringLiteral("on_time");
    case CheckInOutcome::LateAccepted:
        return QStringLiteral("late");
    case CheckInOutcome::TooLate:
        return QStringLiteral("too_late");
    case CheckInOutcome::Early:
        return QStringLiteral("early");
    default:
        return {};
    }
}

} // namespace

Result<StoredAnswer> CentralStore::storedAnswer(const QString &opId)
{
    sql::Statement s = m_db.prepare("SELECT status, answer, kiosk_id FROM ops WHERE op_id = ?1");
    s.bind(1, opId);
    if (s.next())
        return StoredAnswer{s.int32(0), sql::jsonObjectColumn(s.text(1)), true, s.text(2)};
    if (Status e = s.status(); !e)
        return e.storeError();
    return notFound(QStringLiteral("operation %1 not applied yet").arg(opId));
}

Status CentralStore::storeAnswer(const QString &opId, const KioskIdentity &who, const QString &kind,
                                 const StoredAnswer &answer, const QDateTime &nowUtc)
{
    sql::Statement s = m_db.prepare("INSERT INTO ops(op_id, kiosk_id, kind, status, answer, at_ms) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, opId)
        .bind(2, who.kioskId)
        .bind(3, kind)
        .bind(4, answer.status)
        .bind(5, QString::fromUtf8(compact(answer.body)))
        .bind(6, sql::toMs(nowUtc));
    return s.run();
}

Outcome<StoredAnswer> CentralStore::applyOp(const KioskIdentity &who, const OutboxOp &op,
                                            const QDateTime &nowUtc)
{
    Result<StoredAnswer> first = storedAnswer(op.opId);
    if (!first && !first.isNotFound())
        return serverError(first.storeError());
    if (first) {
        // Another kiosk's answer is not this kiosk's business (and a reused id is a bug).
        if (first->kioskId != who.kioskId)
            return StoredAnswer{200,
                                {{QStringLiteral("opId"), op.opId},
                                 {QStringLiteral("status"), QStringLiteral("rejected")},
                                 {QStringLiteral("error"), QStringLiteral("op-id-reused")},
                                 {QStringLiteral("detail"),
                                  QStringLiteral("opId was already used by another kiosk")}},
                                false,
                                who.kioskId};
        return *first;
    }
    // The operation's effects and its answer are committed together: after a crash either
    // both exist (a resend replays the answer) or neither (a resend applies it).
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    // A rejected operation leaves no partial effect behind, only its answer.
    if (Status e = m_db.exec("SAVEPOINT op"); !e)
        return serverError(e.storeError());
    Outcome<QJsonObject> r = op.kind == QLatin1String("checkin")  ? applyCheckIn(who, op, nowUtc)
                             : op.kind == QLatin1String("ticket") ? applyTicket(who, op, nowUtc)
                             : op.kind == QLatin1String("alert")  ? applyAlert(who, op, nowUtc)
                             : op.kind == QLatin1String("event")  ? applyEvent(who, op)
                                                                  : applyBooking(who, op, nowUtc);
    QJsonObject body{{QStringLiteral("opId"), op.opId}};
    if (r) {
        body.insert(QStringLiteral("status"), QStringLiteral("applied"));
        body.insert(QStringLiteral("result"), *r);
    } else {
        if (r.refusal().status >= 500)
            return r.refusal();
        if (Status e = m_db.exec("ROLLBACK TO op"); !e)
            return serverError(e.storeError());
        body = r.refusal().body();
        body.insert(QStringLiteral("opId"), op.opId);
        body.insert(QStringLiteral("status"), QStringLiteral("rejected"));
    }
    if (Status e = m_db.exec("RELEASE op"); !e)
        return serverError(e.storeError());
    const StoredAnswer answer{200, body, false, who.kioskId};
    if (Status e = storeAnswer(op.opId, who, op.kind, answer, nowUtc); !e)
        return serverError(e.storeError());
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return answer;
}

Outcome<Done> CentralStore::insertTicket(const KioskIdentity &who, const QJsonObject &ticket,
                                         const QString &kind, const QString &service,
                                         const QString &bookingCode, const QDateTime &bookingStart,
                                         const QDateTime &issuedAt, const QString &opId,
                                         const QString &queueToken, const QString &checkInClass)
{
    FieldReader t(ticket, QStringLiteral("payload.ticket."));
    const QString site = t.string("site", 64);
    const QDate day = t.date("day");
    const QChar queue = t.letter("queue");
    const int number = t.integer("number", 1, 1000000);
    if (!t.ok())
        return t.refusal();
    if (site != who.siteId)
        return rejected(403, "wrong-site",
                        QStringLiteral("payload.ticket.site: %1 is not this kiosk's site %2")
                            .arg(site, who.siteId));
    const QString dayText = day.toString(Qt::ISODate);
    sql::Statement dup = m_db.prepare("SELECT 1 FROM tickets WHERE site = ?1 AND day = ?2 AND "
                                      "queue = ?3 AND number = ?4");
    dup.bind(1, site).bind(2, dayText).bind(3, QString(queue)).bind(4, number);
    if (dup.next())
        return rejected(409, "ticket-number-taken",
                        QStringLiteral("%1 was already issued at %2 on %3")
                            .arg(ticketLabel(queue, number), site, dayText));
    // A booked citizen's ticket continues the booking's visit; a chance ticket starts one.
    QString visit = newVisitKey();
    if (!bookingCode.isEmpty()) {
        const Result<QString> v = bookingVisit(bookingCode);
        if (!v && !v.isNotFound())
            return serverError(v.storeError());
        if (v)
            visit = *v;
    }
    sql::Statement s = m_db.prepare(
        "INSERT INTO tickets(site, day, queue, number, label, kind, service, "
        "booking_code, booking_start_ms, issued_ms, op_id, kiosk_id, "
        "queue_token_hash, visit) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
    s.bind(1, site)
        .bind(2, dayText)
        .bind(3, QString(queue))
        .bind(4, number)
        .bind(5, ticketLabel(queue, number))
        .bind(6, kind)
        .bindOptional(7, service)
        .bindOptional(8, bookingCode)
        .bindOptional(9, bookingStart)
        .bind(10, sql::toMs(issuedAt))
        .bind(11, opId)
        .bind(12, who.kioskId)
        .bindOptional(13, queueToken.isEmpty() ? QString() : tokenHash(queueToken))
        .bind(14, visit);
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    // A booked citizen's ticket is their check-in; a chance ticket is a ticket issued. Stamped
    // with when it happened at the kiosk (it may have been offline), not when it arrived.
    if (Status e =
            recordEvent(site, kind == QLatin1String("booked") ? "checked_in" : "ticket_issued",
                        QString(queue), service, ticketLabel(queue, number), {}, issuedAt,
                        EventLinks{visit, bookingStart, {}, checkInClass});
        !e)
        return serverError(e.storeError());
    return Done{};
}

Outcome<QJsonObject> CentralStore::applyCheckIn(const KioskIdentity &who, const OutboxOp &op,
                                                const QDateTime &nowUtc)
{
    const QJsonObject &payload = op.payload;
    FieldReader f(payload, QStringLiteral("payload."));
    const QString code = f.string("code", 32);
    const QString site = f.string("site", 64);
    const QDateTime at = f.dateTime("checkedInAt");
    const QJsonObject ticket = f.object("ticket");
    const QString queueToken = f.string("queueToken", queuetoken::kLength, false);
    if (!f.ok())
        return f.refusal();
    if (auto bad = badQueueToken(queueToken))
        return *bad;
    if (site != who.siteId)
        return rejected(403, "wrong-site",
                        QStringLiteral("payload.site: %1 is not this kiosk's site").arg(site));
    Result<Booking> booking = loadBooking(code);
    const Refusal unknown = rejected(
        404, "unknown-booking", QStringLiteral("payload.code: no such booking at %1").arg(site));
    if (!booking)
        return refusalFor(booking.storeError(), unknown);
    if (booking->siteId != site)
        return unknown;
    if (booking->status == BookingStatus::Cancelled)
        return rejected(409, "booking-cancelled",
                        QStringLiteral("payload.code: the booking was cancelled"));
    // Settled by phone or moved to self-service while the kiosk was offline: no ticket.
    if (booking->status == BookingStatus::SettledByPhone ||
        booking->status == BookingStatus::MovedToSelfService)
        return rejected(409, "booking-cancelled",
                        QStringLiteral("payload.code: the booking needs no visit (settled by "
                                       "staff)"));
    const bool already = booking->status == BookingStatus::CheckedIn;
    const Result<SiteDefinition> def = loadSite(site);
    if (!def && !def.isNotFound())
        return serverError(def.storeError());
    QString checkInClass;
    if (def)
        for (const Service &svc : def->services)
            if (svc.id == booking->serviceId)
                checkInClass = classifyCheckIn(*booking, svc, at);
    if (auto r = insertTicket(who, ticket, QStringLiteral("booked"), booking->serviceId, code,
                              booking->start, at, op.opId, queueToken, checkInClass);
        !r)
        return r.refusal();
    if (!already) {
        booking->status = BookingStatus::CheckedIn;
        booking->checkedInAt = at;
        sql::Statement s =
            m_db.prepare("UPDATE bookings SET status = 'checked-in', checked_in_ms = "
                         "?2 WHERE code = ?1");
        s.bind(1, code).bind(2, at.toMSecsSinceEpoch());
        if (Status e = s.run(); !e)
            return serverError(e.storeError());
        if (Status e = logChange(site, "booking", code, "update", nowUtc); !e)
            return serverError(e.storeError());
    }
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("alreadyCheckedIn"), already},
                       {QStringLiteral("checkedInAt"), toWire(booking->checkedInAt)}};
}

Outcome<QJsonObject> CentralStore::applyTicket(const KioskIdentity &who, const OutboxOp &op,
                                               const QDateTime &)
{
    const QJsonObject &payload = op.payload;
    FieldReader f(payload, QStringLiteral("payload."));
    const QString site = f.string("site", 64);
    const QString service = f.string("service", 64, false);
    const QDateTime at = f.dateTime("issuedAt");
    const QJsonObject ticket = f.object("ticket");
    const QString queueToken = f.string("queueToken", queuetoken::kLength, false);
    if (!f.ok())
        return f.refusal();
    if (auto bad = badQueueToken(queueToken))
        return *bad;
    if (site != who.siteId)
        return rejected(403, "wrong-site",
                        QStringLiteral("payload.site: %1 is not this kiosk's site").arg(site));
    if (auto r = insertTicket(who, ticket, QStringLiteral("chance"), service, QString(),
                              QDateTime(), at, op.opId, queueToken);
        !r)
        return r.refusal();
    const QChar queue = ticket[QStringLiteral("queue")].toString().at(0);
    return QJsonObject{
        {QStringLiteral("ticket"), ticketLabel(queue, ticket[QStringLiteral("number")].toInt())}};
}

Outcome<QJsonObject> CentralStore::applyBooking(const KioskIdentity &who, const OutboxOp &op,
                                                const QDateTime &nowUtc)
{
    const QJsonObject &payload = op.payload;
    FieldReader f(payload, QStringLiteral("payload."));
    const QString typed = f.string("code", 32);
    const QString siteId = f.string("site", 64);
    const QString serviceId = f.string("service", 64);
    const QDateTime start = f.dateTime("start");
    const QString phone = f.string("phone", 32, false);
    const QString name = f.string("name", 200, false);
    if (!f.ok())
        return f.refusal();
    const auto code = bookingcode::normalise(typed.toStdString());
    if (!code.ok())
        return rejected(400, "bad-field", QStringLiteral("payload.code: not a valid booking code"));
    if (siteId != who.siteId)
        return rejected(403, "wrong-site",
                        QStringLiteral("payload.site: %1 is not this kiosk's site").arg(siteId));
    const Result<SiteDefinition> site = loadSite(siteId);
    const Refusal noService = rejected(
        404, "not-found", QStringLiteral("payload.service: no service '%1'").arg(serviceId));
    if (!site)
        return refusalFor(site.storeError(), noService);
    const Service *service = nullptr;
    for (const Service &s : site->services)
        if (s.id == serviceId)
            service = &s;
    if (!service)
        return noService;
    if (auto bad = checkSlot(*site, *service, start, nowUtc))
        return *bad;
    Booking b;
    b.code = QString::fromStdString(code.code);
    if (const Result<Booking> clash = loadBooking(b.code); clash)
        return rejected(409, "code-taken",
                        QStringLiteral("payload.code: the code is already in use"));
    else if (!clash.isNotFound())
        return serverError(clash.storeError());
    if (taken(siteId, serviceId, start) >= service->counters) {
        Refusal r =
            rejected(409, "slot-taken",
                     QStringLiteral("%1 at %2 is fully booked").arg(serviceId, toWire(start)));
        r.extra.insert(QStringLiteral("alternatives"),
                       alternatives(*site, *service, start, nowUtc, 5));
        return r;
    }
    b.siteId = siteId;
    b.serviceId = serviceId;
    b.start = start;
    if (Status e = insertBooking(b, phone, name, QStringLiteral("stander"), nowUtc); !e)
        return serverError(e.storeError());
    return QJsonObject{{QStringLiteral("code"), b.code}, {QStringLiteral("start"), toWire(start)}};
}

Outcome<NumberBlock> CentralStore::grantBlock(const KioskIdentity &who, const QDate &day,
                                              QChar queue, const QDateTime &nowUtc)
{
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    const QString dayText = day.toString(Qt::ISODate);
    sql::Statement max = m_db.prepare("SELECT MAX(last) FROM number_blocks WHERE site = ?1 AND "
                                      "day = ?2 AND queue = ?3");
    max.bind(1, who.siteId).bind(2, dayText).bind(3, QString(queue));
    const qint64 highest = max.next() && !max.isNull(0) ? max.int64(0) : 0;
    NumberBlock block;
    block.first = int(qMax<qint64>(m_config.numberBlockBase, highest + 1));
    block.last = qMin(block.first + m_config.numberBlockSize - 1, m_config.maxTicketNumber);
    if (block.first > m_config.maxTicketNumber)
        return Refusal{409,
                       QStringLiteral("numbers-exhausted"),
                       QStringLiteral("queue %1 on %2 has no numbers left (maxTicketNumber %3)")
                           .arg(QString(queue), dayText)
                           .arg(m_config.maxTicketNumber),
                       {}};
    sql::Statement s = m_db.prepare("INSERT INTO number_blocks(site, day, queue, first, last, "
                                    "kiosk_id, granted_ms) VALUES (?1,?2,?3,?4,?5,?6,?7)");
    s.bind(1, who.siteId)
        .bind(2, dayText)
        .bind(3, QString(queue))
        .bind(4, block.first)
        .bind(5, block.last)
        .bind(6, who.kioskId)
        .bind(7, nowUtc.toMSecsSinceEpoch());
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return block;
}

Outcome<std::optional<QJsonObject>>
CentralStore::callNext(const SiteId &site, const QString &counter, const QDateTime &nowUtc)
{
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    const QString day = businessDay(nowUtc).toString(Qt::ISODate);
    // The one rule (queueorder.h): booked citizens whose time has come, then the chance queue
    // in order of issue, then booked citizens who checked in early. The queue page counts the
    // tickets ahead by the same function.
    Result<QList<queueorder::Waiting>> waiting = waitingTickets(site, day);
    if (!waiting)
        return serverError(waiting.storeError());
    if (const queueorder::Waiting *t = queueorder::next(*waiting, nowUtc.toMSecsSinceEpoch())) {
        const QString &queue = t->queue;
        const qint64 number = t->number;
        const QString &label = t->label;
        const QString &kind = t->kind;
        const QString &service = t->service;
        const QString &visit = t->visit;
        sql::Statement up = m_db.prepare("UPDATE tickets SET called_ms = ?5, counter = ?6, "
                                         "state = 'called' WHERE "
                                         "site = ?1 AND day = ?2 AND queue = ?3 AND number = ?4");
        up.bind(1, site).bind(2, day).bind(3, queue).bind(4, number);
        up.bind(5, nowUtc.toMSecsSinceEpoch()).bind(6, counter);
        sql::Statement log =
            m_db.prepare("INSERT INTO callouts(site, ticket, counter, at_ms) VALUES (?1,?2,?3,?4)");
        log.bind(1, site).bind(2, label).bind(3, counter).bind(4, nowUtc.toMSecsSinceEpoch());
        if (Status e = up.run(); !e)
            return serverError(e.storeError());
        if (Status e = log.run(); !e)
            return serverError(e.storeError());
        if (Status e = recordEvent(site, "called", queue, service, label, counter, nowUtc,
                                   EventLinks{visit, {}, {}, {}});
            !e)
            return serverError(e.storeError());
        if (Status e = tx.commit(); !e)
            return serverError(e.storeError());
        return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("siteId"), site},
                                                      {QStringLiteral("ticket"), label},
                                                      {QStringLiteral("counter"), counter},
                                                      {QStringLiteral("at"), toWire(nowUtc)},
                                                      {QStringLiteral("kind"), kind}});
    }
    return std::optional<QJsonObject>();
}

} // namespace bk::central
