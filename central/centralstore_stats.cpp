// CentralStore: what the statistics read (issue 14) and the retention sweep of personal data.

#include "central/centralstore.h"

#include "central/tokens.h"
#include "central/wirejson.h"
#include "domain/clock.h"
#include "platform/sqlrows.h"

#include <QHash>

#include <algorithm>

namespace bk::central {

Outcome<QJsonObject> CentralStore::applyEvent(const KioskIdentity &who, const OutboxOp &op)
{
    FieldReader f(op.payload, QStringLiteral("payload."));
    const QString event = f.string("event", 32);
    const QString service = f.string("service", 64);
    const QDateTime at = f.dateTime("at");
    const QString code = f.string("code", 32, false);
    if (!f.ok())
        return f.refusal();
    static const QStringList pointer{QStringLiteral("self_service_shown"),
                                     QStringLiteral("self_service_qr_printed"),
                                     QStringLiteral("self_service_booked_anyway")};
    const QString refusedKind = QStringLiteral("checkin_refused_too_late");
    if (!pointer.contains(event) && event != refusedKind)
        return badRequest(QStringLiteral("bad-field"),
                          QStringLiteral("payload.event: '%1' is not %2 or %3")
                              .arg(event.left(32), pointer.join(u", "), refusedKind));
    if (event == refusedKind) {
        // The booking's visit and slot; the code only finds them (STATISTICS.md: no booking
        // code in an event).
        if (code.isEmpty())
            return badRequest(QStringLiteral("missing-field"),
                              QStringLiteral("payload.code: required with %1").arg(refusedKind));
        const Result<Booking> booking = loadBooking(code);
        const Refusal unknown =
            refused(404, "unknown-booking",
                    QStringLiteral("payload.code: no such booking at %1").arg(who.siteId));
        if (!booking)
            return refusalFor(booking.storeError(), unknown);
        if (booking->siteId != who.siteId)
            return unknown;
        const Result<QString> visit = bookingVisit(code);
        if (!visit)
            return refusalFor(visit.storeError(), unknown);
        if (Status e =
                recordEvent(who.siteId, "checkin_refused_too_late", {}, booking->serviceId, {}, {},
                            at, EventLinks{*visit, booking->start, {}, QStringLiteral("too_late")});
            !e)
            return serverError(e.storeError());
        return QJsonObject{{QStringLiteral("event"), event}};
    }
    if (!code.isEmpty())
        return badRequest(QStringLiteral("bad-field"),
                          QStringLiteral("payload.code: only with %1").arg(refusedKind));
    const Result<SiteDefinition> site = loadSite(who.siteId);
    if (!site)
        return refusalFor(
            site.storeError(),
            Refusal{404, QStringLiteral("not-found"), QStringLiteral("no such site"), {}});
    if (std::none_of(site->services.begin(), site->services.end(),
                     [&](const Service &s) { return s.id == service; }))
        return badRequest(QStringLiteral("bad-field"),
                          QStringLiteral("payload.service: '%1' is not an errand of %2")
                              .arg(service, who.siteId));
    // Each pointer event is a visit of its own: it belongs to no booking or ticket.
    const QByteArray kind = event.toLatin1();
    if (Status e = recordEvent(who.siteId, kind.constData(), {}, service, {}, {}, at,
                               EventLinks{newVisitKey(), {}, {}, {}});
        !e)
        return serverError(e.storeError());
    return QJsonObject{{QStringLiteral("event"), event}};
}

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
        // The missing days, each run of consecutive ones from the events in one read (the
        // first request after an upgrade reads them all once; a day that ends adds one day's
        // read). Kept only for the days rollUpStatistics keeps (the last 366): a manager's
        // request for an older period is computed, not stored.
        const QDate oldestKept = today.addDays(-366);
        QDate d = from;
        while (d <= lastOver) {
            if (present.contains(d)) {
                d = d.addDays(1);
                continue;
            }
            const QDate first = d;
            while (d <= lastOver && !present.contains(d))
                d = d.addDays(1);
            const QDate last = d.addDays(-1);
            auto events =
                statisticsEvents(site, localMidnightUtc(first), localMidnightUtc(last.addDays(1)));
            if (!events)
                return events.refusal();
            QHash<QDate, QList<stats::DayCell>> byDay;
            for (stats::DayCell &c : stats::dayCells(*events, first, last, nowUtc))
                byDay[c.day].append(std::move(c));
            sql::Transaction tx(m_db);
            if (Status e = tx.status(); !e)
                return serverError(e.storeError());
            sql::Statement put = m_db.prepare(
                "INSERT OR REPLACE INTO stats_days(site, day, cells) VALUES (?1, ?2, ?3)");
            for (QDate day = first; day <= last; day = day.addDays(1)) {
                const QList<stats::DayCell> dayCells = byDay.value(day);
                cells.append(dayCells);
                if (day < oldestKept)
                    continue;
                put.bind(1, site)
                    .bind(2, day.toString(Qt::ISODate))
                    .bindBlob(3, stats::serialize(dayCells));
                if (Status e = put.run(); !e)
                    return serverError(e.storeError());
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
    // Every site, even when one fails; the first failure is reported.
    Status result;
    for (const SiteId &site : sites)
        if (auto cells = statisticsCells(site, today.addDays(-366), today.addDays(-1), nowUtc);
            !cells && result)
            result = StoreError{StoreErrorKind::Database,
                                QStringLiteral("site %1: %2").arg(site, cells.refusal().detail)};
    return result;
}

Status CentralStore::forgetStatisticsDays(const SiteId &site, const QString &visit, qint64 atMs,
                                          std::optional<qint64> slotMs)
{
    // An event without a visit key is not counted: no day changes.
    if (visit.isEmpty())
        return {};
    // The visit day (stats::fold) is the day of the visit's first slot, else of its arrival
    // or first event. Every slot the visit's events name (a booking moved to another slot is
    // seen with both), else this event's day and the first event's.
    QList<qint64> instants;
    if (slotMs)
        instants.append(*slotMs);
    sql::Statement slotRows = m_db.prepare(
        "SELECT DISTINCT slot_ms FROM events WHERE visit = ?1 AND slot_ms IS NOT NULL");
    slotRows.bind(1, visit);
    while (slotRows.next())
        instants.append(slotRows.int64(0));
    if (Status e = slotRows.status(); !e)
        return e;
    if (instants.isEmpty()) {
        instants.append(atMs);
        sql::Statement first = m_db.prepare("SELECT min(at_ms) FROM events WHERE visit = ?1");
        first.bind(1, visit);
        if (first.next() && !first.isNull(0))
            instants.append(first.int64(0));
        if (Status e = first.status(); !e)
            return e;
    }
    QStringList days;
    for (qint64 ms : std::as_const(instants)) {
        const QString day =
            QDateTime::fromMSecsSinceEpoch(ms, siteTimeZone()).date().toString(Qt::ISODate);
        if (!days.contains(day))
            days.append(day);
    }
    sql::Statement d = m_db.prepare("DELETE FROM stats_days WHERE site = ?1 AND day = ?2");
    for (const QString &day : std::as_const(days)) {
        d.bind(1, site).bind(2, day);
        if (Status e = d.run(); !e)
            return e;
    }
    return {};
}

Outcome<int> CentralStore::sweepPersonalData(const QDateTime &nowUtc)
{
    const qint64 before = sql::toMs(nowUtc.addDays(-m_config.retentionDays));
    sql::Statement s =
        m_db.prepare("UPDATE bookings SET phone = NULL, name = NULL, notes = NULL WHERE "
                     "start_ms < ?1 AND (phone IS NOT NULL OR name IS NOT NULL OR "
                     "notes IS NOT NULL)");
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
