// CentralStore: what the statistics read (issue 14) and the retention sweep of personal data.

#include "central/centralstore.h"

#include "domain/clock.h"
#include "platform/sqlrows.h"

#include <QHash>

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

namespace {

QDateTime localMidnightUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), siteTimeZone()).toUTC();
}

} // namespace

Outcome<QList<stats::DayCell>> CentralStore::statisticsCells(const SiteId &site, const QDate &from,
                                                             const QDate &to,
                                                             const QDateTime &nowUtc)
{
    const QDate today = nowUtc.toTimeZone(siteTimeZone()).date();
    QList<stats::DayCell> cells;
    const QDate lastOver = std::min(to, today.addDays(-1));
    if (from <= lastOver) {
        // The roll-up's days; a row whose bytes do not read (another format) counts as missing.
        QHash<QDate, bool> present;
        sql::Statement s = m_db.prepare(
            "SELECT day, cells FROM stats_days WHERE site = ?1 AND day >= ?2 AND day <= ?3");
        s.bind(1, site).bind(2, from.toString(Qt::ISODate)).bind(3, lastOver.toString(Qt::ISODate));
        while (s.next()) {
            if (auto stored = stats::deserialize(s.blob(1))) {
                present.insert(QDate::fromString(s.text(0), Qt::ISODate), true);
                cells.append(*stored);
            }
        }
        if (Status e = s.status(); !e)
            return serverError(e.storeError());
        // The missing days, from the events in one read (the first request after an upgrade
        // reads them all once; a day that ends adds one day's read).
        QDate first;
        QDate last;
        for (QDate d = from; d <= lastOver; d = d.addDays(1))
            if (!present.contains(d)) {
                if (!first.isValid())
                    first = d;
                last = d;
            }
        if (first.isValid()) {
            auto events =
                statisticsEvents(site, localMidnightUtc(first), localMidnightUtc(last.addDays(1)));
            if (!events)
                return events.refusal();
            QHash<QDate, QList<stats::DayCell>> byDay;
            for (stats::DayCell &c : stats::dayCells(*events, first, last, nowUtc))
                byDay[c.day].append(std::move(c));
            sql::Transaction tx(m_db);
            for (QDate d = first; d <= last; d = d.addDays(1)) {
                if (present.contains(d))
                    continue;
                const QList<stats::DayCell> day = byDay.value(d);
                // A statement per row: a stepped statement takes new bindings only after reset.
                sql::Statement put = m_db.prepare(
                    "INSERT OR REPLACE INTO stats_days(site, day, cells) VALUES (?1, ?2, ?3)");
                put.bind(1, site)
                    .bind(2, d.toString(Qt::ISODate))
                    .bindBlob(3, stats::serialize(day));
                if (Status e = put.run(); !e)
                    return serverError(e.storeError());
                cells.append(day);
            }
            if (Status e = tx.commit(); !e)
                return serverError(e.storeError());
        }
    }
    if (to >= today) {
        const QDate start = std::max(from, today);
        auto events =
            statisticsEvents(site, localMidnightUtc(start), localMidnightUtc(to.addDays(1)));
        if (!events)
            return events.refusal();
        cells.append(stats::dayCells(*events, start, to, nowUtc));
    }
    return cells;
}

Status CentralStore::rollUpStatistics(const QDateTime &nowUtc)
{
    QStringList sites;
    sql::Statement s = m_db.prepare("SELECT id FROM sites ORDER BY id");
    while (s.next())
        sites.append(s.text(0));
    if (Status e = s.status(); !e)
        return e;
    const QDate today = nowUtc.toTimeZone(siteTimeZone()).date();
    for (const SiteId &site : sites)
        if (auto cells = statisticsCells(site, today.addDays(-366), today.addDays(-1), nowUtc);
            !cells)
            return StoreError{StoreErrorKind::Database, cells.refusal().detail};
    return {};
}

Status CentralStore::forgetStatisticsDays(const SiteId &site, const QString &visit, qint64 atMs,
                                          std::optional<qint64> slotMs)
{
    // The visit day is the local day of the visit's slot, else of its arrival or first event:
    // one of these instants (this event's, or the visit's earliest).
    QList<qint64> instants{atMs};
    if (slotMs)
        instants.append(*slotMs);
    if (!visit.isEmpty()) {
        sql::Statement v =
            m_db.prepare("SELECT min(at_ms), min(slot_ms) FROM events WHERE visit = ?1");
        v.bind(1, visit);
        if (v.next()) {
            for (int i = 0; i < 2; ++i)
                if (!v.isNull(i))
                    instants.append(v.int64(i));
        }
        if (Status e = v.status(); !e)
            return e;
    }
    for (qint64 ms : instants) {
        sql::Statement d = m_db.prepare("DELETE FROM stats_days WHERE site = ?1 AND day = ?2");
        d.bind(1, site).bind(
            2, QDateTime::fromMSecsSinceEpoch(ms, siteTimeZone()).date().toString(Qt::ISODate));
        if (Status e = d.run(); !e)
            return e;
    }
    return {};
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
