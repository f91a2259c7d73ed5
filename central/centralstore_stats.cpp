// CentralStore: what the statistics read (issue 14) and the retention sweep of personal data.

#include "central/centralstore.h"

#include "platform/sqlrows.h"

namespace bk::central {

Outcome<QList<stats::Event>>
CentralStore::statisticsEvents(const SiteId &site, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // Every event of each visit that happened or was booked for the period: a booking made
    // weeks before its visit still counts with its visit.
    sql::Statement s = m_db.prepare(
        "SELECT at_ms, kind, service, visit, slot_ms, channel, checkin_class FROM events "
        "WHERE site = ?1 AND visit IN (SELECT visit FROM events WHERE site = ?1 AND visit IS NOT "
        "NULL AND ((at_ms >= ?2 AND at_ms < ?3) OR (slot_ms >= ?2 AND slot_ms < ?3))) "
        "ORDER BY at_ms, id");
    s.bind(1, site).bind(2, sql::toMs(fromUtc)).bind(3, sql::toMs(toUtc));
    QList<stats::Event> out;
    const auto text = [&](int i) { return s.isNull(i) ? QString() : s.text(i); };
    while (s.next())
        out.append(stats::Event{s.int64(0), s.text(1), text(2), text(3),
                                s.isNull(4) ? 0 : s.int64(4), text(5), text(6)});
    if (Status e = s.status(); !e)
        return serverError(e.storeError());
    return out;
}

Outcome<int> CentralStore::sweepPersonalData(const QDateTime &nowUtc)
{
    const qint64 before = sql::toMs(nowUtc.addDays(-m_config.retentionDays));
    sql::Statement s = m_db.prepare("UPDATE bookings SET phone = NULL, name = NULL WHERE "
                                    "start_ms < ?1 AND (phone IS NOT NULL OR name IS NOT NULL)");
    s.bind(1, before);
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    const int swept = int(m_db.changes());
    // The visit key too: until now it sat beside the phone and name, so it could lead from the
    // anonymous events back to them; from here on the events' keys link only each other.
    sql::Statement b =
        m_db.prepare("UPDATE bookings SET visit = NULL WHERE start_ms < ?1 AND visit IS NOT NULL");
    b.bind(1, before);
    sql::Statement t =
        m_db.prepare("UPDATE tickets SET visit = NULL WHERE issued_ms < ?1 AND visit IS NOT NULL");
    t.bind(1, before);
    if (Status e = b.run(); !e)
        return serverError(e.storeError());
    if (Status e = t.run(); !e)
        return serverError(e.storeError());
    return swept;
}

} // namespace bk::central
