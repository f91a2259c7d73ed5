// CentralStore: preparing the day (issue 13 item 3): the day's bookings without personal data,
// a phone number shown one booking at a time with an audit row, and bookings settled without a
// counter visit.

#include "central/centralstore.h"

#include "central/wirejson.h"
#include "domain/clock.h"
#include "platform/sqlrows.h"

namespace bk::central {

namespace {

Refusal noBooking(const QString &code, const SiteId &site)
{
    return refused(404, "not-found",
                   QStringLiteral("no booking %1 at site %2").arg(code.left(16), site));
}

} // namespace

Outcome<QList<PrepareBooking>> CentralStore::prepareDay(const SiteId &site, const QDate &localDay)
{
    if (!hasSite(site))
        return refused(404, "not-found", QStringLiteral("site '%1' does not exist").arg(site));
    const QDateTime from = QDateTime(localDay, QTime(0, 0), siteTimeZone()).toUTC();
    const QDateTime to = QDateTime(localDay.addDays(1), QTime(0, 0), siteTimeZone()).toUTC();
    // Only whether a phone number exists leaves the database here, never the number.
    sql::Statement s = m_db.prepare(
        "SELECT code, service, start_ms, status, phone IS NOT NULL AND phone != '' FROM bookings "
        "WHERE site = ?1 AND start_ms >= ?2 AND start_ms < ?3 ORDER BY start_ms, code");
    s.bind(1, site).bind(2, sql::toMs(from)).bind(3, sql::toMs(to));
    QList<PrepareBooking> out;
    while (s.next())
        out.append(PrepareBooking{s.text(0), s.text(1), sql::fromMs(s.int64(2)),
                                  sql::bookingStatusFromColumn(s.text(3)), s.int64(4) != 0});
    if (Status e = s.status(); !e)
        return serverError(e.storeError());
    return out;
}

Outcome<QString> CentralStore::revealPhone(const SiteId &site, const QString &code,
                                           const QString &username, const QString &peer,
                                           const QDateTime &nowUtc)
{
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    sql::Statement s =
        m_db.prepare("SELECT phone, status, start_ms FROM bookings WHERE code = ?1 AND site = ?2");
    s.bind(1, code).bind(2, site);
    if (!s.next()) {
        if (Status e = s.status(); !e)
            return serverError(e.storeError());
        return noBooking(code, site);
    }
    // Only what preparing the day lists with a reveal button: a booking still booked, for today
    // or tomorrow (local days), never a past, later or finished one.
    const QDate today = nowUtc.toTimeZone(siteTimeZone()).date();
    const QDateTime from = QDateTime(today, QTime(0, 0), siteTimeZone()).toUTC();
    const QDateTime to = QDateTime(today.addDays(2), QTime(0, 0), siteTimeZone()).toUTC();
    const qint64 startMs = s.int64(2);
    if (sql::bookingStatusFromColumn(s.text(1)) != BookingStatus::Booked ||
        startMs < sql::toMs(from) || startMs >= sql::toMs(to))
        return refused(409, "not-preparable",
                       QStringLiteral("booking %1 is not a booked booking of today or tomorrow")
                           .arg(code.left(16)));
    const QString phone = s.isNull(0) ? QString() : s.text(0);
    if (phone.isEmpty())
        return refused(409, "no-phone", QStringLiteral("booking %1 has no phone number").arg(code));
    sql::Statement log = m_db.prepare("INSERT INTO phone_access(at_ms, site, username, "
                                      "booking_code, peer) VALUES (?1,?2,?3,?4,?5)");
    log.bind(1, sql::toMs(nowUtc)).bind(2, site).bind(3, username).bind(4, code).bind(5, peer);
    if (Status e = log.run(); !e)
        return serverError(e.storeError());
    // The number is handed out only once its access is on record.
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return phone;
}

Outcome<Done> CentralStore::settleBooking(const SiteId &site, const QString &code, BookingStatus to,
                                          const QDateTime &nowUtc)
{
    const char *event = to == BookingStatus::SettledByPhone       ? "settled_by_phone"
                        : to == BookingStatus::MovedToSelfService ? "moved_to_self_service"
                                                                  : nullptr;
    if (!event)
        return badRequest(QStringLiteral("bad-field"),
                          QStringLiteral("status: settled_by_phone or moved_to_self_service"));
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    Result<Booking> b = loadBooking(code);
    if (!b)
        return refusalFor(b.storeError(), noBooking(code, site));
    if (b->siteId != site)
        return noBooking(code, site);
    if (b->status != BookingStatus::Booked)
        return refused(
            409, "not-booked",
            QStringLiteral("booking %1 is %2, not booked").arg(code, statusToColumn(b->status)));
    sql::Statement up = m_db.prepare("UPDATE bookings SET status = ?2 WHERE code = ?1");
    up.bind(1, code).bind(2, statusToColumn(to));
    if (Status e = up.run(); !e)
        return serverError(e.storeError());
    // Counted as an errand done without a counter visit, in the booking's visit (so it is no
    // no-show; STATISTICS.md); the queue is known only at check-in.
    const Result<QString> visit = bookingVisit(code);
    if (!visit)
        return serverError(visit.storeError());
    if (Status e = recordEvent(site, event, {}, b->serviceId, {}, {}, nowUtc,
                               EventLinks{*visit, b->start, {}, {}});
        !e)
        return serverError(e.storeError());
    if (Status e = logChange(site, "booking", code, "update", nowUtc); !e)
        return serverError(e.storeError());
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return Done{};
}

Outcome<QList<PhoneAccess>> CentralStore::phoneAccessLog(const SiteId &site, int limit)
{
    sql::Statement s = m_db.prepare("SELECT at_ms, username, booking_code, peer FROM phone_access "
                                    "WHERE site = ?1 ORDER BY at_ms DESC, id DESC LIMIT ?2");
    s.bind(1, site).bind(2, limit);
    QList<PhoneAccess> out;
    while (s.next())
        out.append(PhoneAccess{sql::fromMs(s.int64(0)), s.text(1), s.text(2), s.text(3)});
    if (Status e = s.status(); !e)
        return serverError(e.storeError());
    return out;
}

} // namespace bk::central
