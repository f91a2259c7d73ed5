// CentralStore: what kiosks push (outbox operations applied at most once, with their first
// answer kept), ticket-number blocks, and calling the next ticket to a counter.

#include "central/centralstore.h"

#include "central/wirejson.h"
#include "domain/bookingcode.h"
#include "domain/ticketnumber.h"

#include <QJsonDocument>

namespace bk::central {

namespace {

Refusal rejected(int status, const char *error, const QString &detail)
{
    return Refusal{status, QString::fromLatin1(error), detail, {}};
}

} // namespace

std::optional<StoredAnswer> CentralStore::storedAnswer(const QString &opId)
{
    sql::Stmt s(m_db.handle(), "SELECT status, answer, kiosk_id FROM ops WHERE op_id = ?1");
    s.bind(1, opId);
    if (!s.next())
        return std::nullopt;
    return StoredAnswer{int(s.integer(0)), QJsonDocument::fromJson(s.text(1).toUtf8()).object(),
                        true, s.text(2)};
}

QString CentralStore::storeAnswer(const QString &opId, const KioskIdentity &who,
                                  const QString &kind, const StoredAnswer &answer,
                                  const QDateTime &nowUtc)
{
    sql::Stmt s(m_db.handle(), "INSERT INTO ops(op_id, kiosk_id, kind, status, answer, at_ms) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, opId)
        .bind(2, who.kioskId)
        .bind(3, kind)
        .bind(4, answer.status)
        .bind(5, QString::fromUtf8(compact(answer.body)))
        .bind(6, nowUtc.toMSecsSinceEpoch());
    return s.run() ? QString() : s.error();
}

Outcome<StoredAnswer> CentralStore::applyOp(const KioskIdentity &who, const OutboxOp &op,
                                            const QDateTime &nowUtc)
{
    if (auto first = storedAnswer(op.opId)) {
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
    if (!tx.error().isEmpty())
        return serverError(tx.error());
    // A rejected operation leaves no partial effect behind, only its answer.
    if (QString e = m_db.exec("SAVEPOINT op"); !e.isEmpty())
        return serverError(e);
    Outcome<QJsonObject> r = op.kind == QLatin1String("checkin")  ? applyCheckIn(who, op, nowUtc)
                             : op.kind == QLatin1String("ticket") ? applyTicket(who, op, nowUtc)
                                                                  : applyBooking(who, op, nowUtc);
    QJsonObject body{{QStringLiteral("opId"), op.opId}};
    if (r) {
        body.insert(QStringLiteral("status"), QStringLiteral("applied"));
        body.insert(QStringLiteral("result"), *r);
    } else {
        if (r.refusal().status >= 500)
            return r.refusal();
        if (QString e = m_db.exec("ROLLBACK TO op"); !e.isEmpty())
            return serverError(e);
        body = r.refusal().body();
        body.insert(QStringLiteral("opId"), op.opId);
        body.insert(QStringLiteral("status"), QStringLiteral("rejected"));
    }
    if (QString e = m_db.exec("RELEASE op"); !e.isEmpty())
        return serverError(e);
    const StoredAnswer answer{200, body, false, who.kioskId};
    if (QString e = storeAnswer(op.opId, who, op.kind, answer, nowUtc); !e.isEmpty())
        return serverError(e);
    if (QString e = tx.commit(); !e.isEmpty())
        return serverError(e);
    return answer;
}

Outcome<Done> CentralStore::insertTicket(const KioskIdentity &who, const QJsonObject &ticket,
                                         const QString &kind, const QString &service,
                                         const QString &bookingCode, const QDateTime &bookingStart,
                                         const QDateTime &issuedAt, const QString &opId)
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
    sql::Stmt dup(m_db.handle(), "SELECT 1 FROM tickets WHERE site = ?1 AND day = ?2 AND "
                                 "queue = ?3 AND number = ?4");
    dup.bind(1, site).bind(2, dayText).bind(3, QString(queue)).bind(4, number);
    if (dup.next())
        return rejected(409, "ticket-number-taken",
                        QStringLiteral("%1 was already issued at %2 on %3")
                            .arg(ticketLabel(queue, number), site, dayText));
    sql::Stmt s(m_db.handle(),
                "INSERT INTO tickets(site, day, queue, number, label, kind, service, "
                "booking_code, booking_start_ms, issued_ms, op_id, kiosk_id) "
                "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)");
    s.bind(1, site)
        .bind(2, dayText)
        .bind(3, QString(queue))
        .bind(4, number)
        .bind(5, ticketLabel(queue, number))
        .bind(6, kind)
        .bind(7, service)
        .bind(8, bookingCode)
        .bind(10, issuedAt.toMSecsSinceEpoch())
        .bind(11, opId)
        .bind(12, who.kioskId);
    if (bookingStart.isValid())
        s.bind(9, bookingStart.toMSecsSinceEpoch());
    else
        s.bindNull(9);
    if (!s.run())
        return serverError(s.error());
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
    if (!f.ok())
        return f.refusal();
    if (site != who.siteId)
        return rejected(403, "wrong-site",
                        QStringLiteral("payload.site: %1 is not this kiosk's site").arg(site));
    auto booking = loadBooking(code);
    if (!booking || booking->siteId != site)
        return rejected(404, "unknown-booking",
                        QStringLiteral("payload.code: no such booking at %1").arg(site));
    if (booking->status == BookingStatus::Cancelled)
        return rejected(409, "booking-cancelled",
                        QStringLiteral("payload.code: the booking was cancelled"));
    const bool already = booking->status == BookingStatus::CheckedIn;
    if (auto r = insertTicket(who, ticket, QStringLiteral("booked"), booking->serviceId, code,
                              booking->start, at, op.opId);
        !r)
        return r.refusal();
    if (!already) {
        booking->status = BookingStatus::CheckedIn;
        booking->checkedInAt = at;
        sql::Stmt s(m_db.handle(), "UPDATE bookings SET status = 'checked-in', checked_in_ms = "
                                   "?2 WHERE code = ?1");
        s.bind(1, code).bind(2, at.toMSecsSinceEpoch());
        if (!s.run())
            return serverError(s.error());
        if (QString e = logChange(site, "booking", code, "update", nowUtc); !e.isEmpty())
            return serverError(e);
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
    if (!f.ok())
        return f.refusal();
    if (site != who.siteId)
        return rejected(403, "wrong-site",
                        QStringLiteral("payload.site: %1 is not this kiosk's site").arg(site));
    if (auto r = insertTicket(who, ticket, QStringLiteral("chance"), service, QString(),
                              QDateTime(), at, op.opId);
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
    const auto site = loadSite(siteId);
    const Service *service = nullptr;
    for (const Service &s : site ? site->services : QList<Service>())
        if (s.id == serviceId)
            service = &s;
    if (!site || !service)
        return rejected(404, "not-found",
                        QStringLiteral("payload.service: no service '%1'").arg(serviceId));
    if (auto bad = checkSlot(*site, *service, start, nowUtc))
        return *bad;
    Booking b;
    b.code = QString::fromStdString(code.code);
    if (loadBooking(b.code))
        return rejected(409, "code-taken",
                        QStringLiteral("payload.code: the code is already in use"));
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
    if (QString e = insertBooking(b, phone, name, nowUtc); !e.isEmpty())
        return serverError(e);
    return QJsonObject{{QStringLiteral("code"), b.code}, {QStringLiteral("start"), toWire(start)}};
}

Outcome<NumberBlock> CentralStore::grantBlock(const KioskIdentity &who, const QDate &day,
                                              QChar queue, const QDateTime &nowUtc)
{
    sql::Transaction tx(m_db);
    if (!tx.error().isEmpty())
        return serverError(tx.error());
    const QString dayText = day.toString(Qt::ISODate);
    sql::Stmt max(m_db.handle(), "SELECT MAX(last) FROM number_blocks WHERE site = ?1 AND "
                                 "day = ?2 AND queue = ?3");
    max.bind(1, who.siteId).bind(2, dayText).bind(3, QString(queue));
    const qint64 highest = max.next() && !max.isNull(0) ? max.integer(0) : 0;
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
    sql::Stmt s(m_db.handle(), "INSERT INTO number_blocks(site, day, queue, first, last, "
                               "kiosk_id, granted_ms) VALUES (?1,?2,?3,?4,?5,?6,?7)");
    s.bind(1, who.siteId)
        .bind(2, dayText)
        .bind(3, QString(queue))
        .bind(4, block.first)
        .bind(5, block.last)
        .bind(6, who.kioskId)
        .bind(7, nowUtc.toMSecsSinceEpoch());
    if (!s.run())
        return serverError(s.error());
    if (QString e = tx.commit(); !e.isEmpty())
        return serverError(e);
    return block;
}

Outcome<std::optional<QJsonObject>>
CentralStore::callNext(const SiteId &site, const QString &counter, const QDateTime &nowUtc)
{
    sql::Transaction tx(m_db);
    if (!tx.error().isEmpty())
        return serverError(tx.error());
    const QString day = businessDay(nowUtc).toString(Qt::ISODate);
    // Booked citizens whose time has come, then the chance queue in order of issue, then
    // booked citizens who checked in early (better served early than a counter left idle).
    static const char *const kOrder[] = {
        "SELECT queue, number, label, kind FROM tickets WHERE site = ?1 AND day = ?2 AND "
        "called_ms IS NULL AND kind = 'booked' AND booking_start_ms <= ?3 "
        "ORDER BY booking_start_ms, issued_ms, number LIMIT 1",
        "SELECT queue, number, label, kind FROM tickets WHERE site = ?1 AND day = ?2 AND "
        "called_ms IS NULL AND kind = 'chance' ORDER BY issued_ms, number LIMIT 1",
        "SELECT queue, number, label, kind FROM tickets WHERE site = ?1 AND day = ?2 AND "
        "called_ms IS NULL AND kind = 'booked' ORDER BY booking_start_ms, issued_ms LIMIT 1",
    };
    for (const char *query : kOrder) {
        sql::Stmt s(m_db.handle(), query);
        s.bind(1, site).bind(2, day);
        if (std::string_view(query).find("?3") != std::string_view::npos)
            s.bind(3, nowUtc.toMSecsSinceEpoch());
        if (!s.next()) {
            if (!s.error().isEmpty())
                return serverError(s.error());
            continue;
        }
        const QString queue = s.text(0);
        const qint64 number = s.integer(1);
        const QString label = s.text(2);
        const QString kind = s.text(3);
        sql::Stmt up(m_db.handle(), "UPDATE tickets SET called_ms = ?5, counter = ?6 WHERE "
                                    "site = ?1 AND day = ?2 AND queue = ?3 AND number = ?4");
        up.bind(1, site).bind(2, day).bind(3, queue).bind(4, number);
        up.bind(5, nowUtc.toMSecsSinceEpoch()).bind(6, counter);
        sql::Stmt log(m_db.handle(),
                      "INSERT INTO callouts(site, ticket, counter, at_ms) VALUES (?1,?2,?3,?4)");
        log.bind(1, site).bind(2, label).bind(3, counter).bind(4, nowUtc.toMSecsSinceEpoch());
        if (!up.run())
            return serverError(up.error());
        if (!log.run())
            return serverError(log.error());
        if (QString e = tx.commit(); !e.isEmpty())
            return serverError(e);
        return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("siteId"), site},
                                                      {QStringLiteral("ticket"), label},
                                                      {QStringLiteral("counter"), counter},
                                                      {QStringLiteral("at"), toWire(nowUtc)},
                                                      {QStringLiteral("kind"), kind}});
    }
    return std::optional<QJsonObject>();
}

} // namespace bk::central
