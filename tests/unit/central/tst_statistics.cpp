// The statistics' figures (central/statistics.h, defined in central/STATISTICS.md) on hand-made
// event sets: every figure, the DST weeks, a late check-in, a ticket never called, cells
// under the threshold, and the CSV's Danish form.

#include "central/statistics.h"
#include "domain/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <ctime>

using namespace bk::central::stats;

namespace {

// Milliseconds of a local (Europe/Copenhagen) wall-clock time.
qint64 at(const QDate &d, int h, int m)
{
    return QDateTime(d, QTime(h, m), bk::siteTimeZone()).toMSecsSinceEpoch();
}

// Milliseconds of a UTC time (for the hours DST repeats or skips).
qint64 utc(const QDate &d, int h, int m)
{
    return QDateTime(d, QTime(h, m), QTimeZone::utc()).toMSecsSinceEpoch();
}

Event ev(const char *kind, qint64 atMs, const char *visit, const char *service = "pas")
{
    Event e;
    e.kind = QString::fromLatin1(kind);
    e.atMs = atMs;
    e.visit = QString::fromLatin1(visit);
    e.service = QString::fromLatin1(service);
    return e;
}

Event booked(qint64 atMs, qint64 slotMs, const char *visit, const char *channel,
             const char *service = "pas")
{
    Event e = ev("booked", atMs, visit, service);
    e.slotMs = slotMs;
    e.channel = QString::fromLatin1(channel);
    return e;
}

Event checkedIn(qint64 atMs, qint64 slotMs, const char *visit, const char *cls,
                const char *service = "pas")
{
    Event e = ev("checked_in", atMs, visit, service);
    e.slotMs = slotMs;
    e.checkInClass = QString::fromLatin1(cls);
    return e;
}

Parameters params(const QDate &from, const QDate &to, int threshold = 1)
{
    Parameters p;
    p.from = from;
    p.to = to;
    p.threshold = threshold;
    p.waitTargetMinutes = 15;
    p.now = QDateTime(to.addDays(1), QTime(12, 0), bk::siteTimeZone()).toUTC();
    return p;
}

QJsonObject findRow(const QJsonArray &rows, const QString &key, const QJsonValue &value,
                    const QString &key2 = {}, const QJsonValue &value2 = {})
{
    for (const QJsonValue &r : rows)
        if (r[key] == value && (key2.isEmpty() || r[key2] == value2))
            return r.toObject();
    return {};
}

// Every kind of visit on day `d` (see everyFigure), the visit keys prefixed with `prefix`.
QList<Event> everyFigureEvents(const QDate &d, const char *prefix = "")
{
    QList<Event> events = {
        // v1: booked at the stander 3 days ahead, on time, 10 min wait, 10 min service.
        booked(at(d.addDays(-3), 10, 0), at(d, 10, 0), "v1", "stander"),
        checkedIn(at(d, 9, 55), at(d, 10, 0), "v1", "on_time"),
        ev("called", at(d, 10, 5), "v1"),
        ev("served", at(d, 10, 15), "v1"),
        // v2: booked on the web a day ahead, checked in late, 20 min wait, 20 min service.
        booked(at(d.addDays(-1), 10, 15), at(d, 10, 15), "v2", "web"),
        checkedIn(at(d, 10, 20), at(d, 10, 15), "v2", "late"),
        ev("called", at(d, 10, 40), "v2"),
        ev("recalled", at(d, 10, 42), "v2"),
        ev("served", at(d, 11, 0), "v2"),
        // v3: booked, never checked in: a no-show.
        booked(at(d.addDays(-2), 9, 0), at(d, 11, 0), "v3", "stander"),
        // v4: a chance ticket never called: not a wait; counted as not called.
        ev("ticket_issued", at(d, 10, 10), "v4"),
        // v5: booked and cancelled: not a no-show.
        booked(at(d.addDays(-5), 9, 0), at(d, 12, 0), "v5", "web"),
        ev("cancelled", at(d.addDays(-4), 9, 0), "v5"),
        // v6: booked, then settled by phone before the visit: not a no-show.
        booked(at(d.addDays(-5), 9, 0), at(d, 13, 0), "v6", "stander"),
        ev("settled_by_phone", at(d.addDays(-1), 14, 0), "v6"),
        // v7: a chance ticket called after 20 minutes, not there when called.
        ev("ticket_issued", at(d, 10, 30), "v7"),
        ev("called", at(d, 10, 50), "v7"),
        ev("no_show", at(d, 10, 53), "v7"),
        // No visit key (recorded before the key existed): not counted.
        ev("ticket_issued", at(d, 10, 0), ""),
    };
    for (Event &e : events)
        if (!e.visit.isEmpty())
            e.visit.prepend(QLatin1String(prefix));
    return events;
}

} // namespace

class TstStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The figures must not depend on the machine's zone: run them in UTC.
        qputenv("TZ", "UTC");
        tzset();
    }

    void nearestRankPercentiles()
    {
        QCOMPARE(nearestRank({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 50), 5);
        QCOMPARE(nearestRank({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 90), 9);
        QCOMPARE(nearestRank({3, 1, 2, 4}, 50), 2);
        QCOMPARE(nearestRank({3, 1, 2, 4}, 90), 4);
        QCOMPARE(nearestRank({7}, 50), 7);
        QCOMPARE(nearestRank({7}, 90), 7);
    }

    // Every figure on one ordinary day (Tuesday 3 March 2026), no suppression.
    void everyFigure()
    {
        const QDate d(2026, 3, 3);
        const QList<Event> events = everyFigureEvents(d);
        const Parameters p = params(d, d);
        const Report r = compute(events, p);
        const Cell &c = r.total;
        QCOMPARE(c.bookings, 5);
        QCOMPARE(c.bookingsStander, 3);
        QCOMPARE(c.bookingsWeb, 2);
        QCOMPARE(c.bookingsStaff, 0);
        QCOMPARE(c.cancelled, 1);
        QCOMPARE(c.checkIns, 2);
        QCOMPARE(c.onTime, 1);
        QCOMPARE(c.late, 1);
        QCOMPARE(c.noShows, 1);
        QCOMPARE(c.bookingsDue, 3); // v1, v2, v3: not the cancelled or the settled one
        QCOMPARE(c.chanceTickets, 2);
        QCOMPARE(c.notCalled, 1);
        QCOMPARE(c.absentWhenCalled, 1);
        QCOMPARE(c.served, 2);
        QCOMPARE(c.settledByPhone, 1);

        const QJsonObject t = toJson(r, p)[QLatin1String("total")].toObject();
        // Lead times 1, 2.08, 3, 5.13, 5.17 days: rank 3 and rank 5 of 5.
        QCOMPARE(t[QLatin1String("leadTimeMedianDays")].toDouble(), 3.0);
        QCOMPARE(t[QLatin1String("leadTimeP90Days")].toDouble(), 5.2);
        QCOMPARE(t[QLatin1String("onTimePercent")].toDouble(), 50.0);
        QCOMPARE(t[QLatin1String("latePercent")].toDouble(), 50.0);
        QCOMPARE(t[QLatin1String("tooLatePercent")].toDouble(), 0.0);
        QCOMPARE(t[QLatin1String("noShowPercent")].toDouble(), 33.3);
        // Waits 10, 20, 20 minutes (v4 never called is not among them).
        QCOMPARE(t[QLatin1String("waitMedianMinutes")].toDouble(), 20.0);
        QCOMPARE(t[QLatin1String("waitP90Minutes")].toDouble(), 20.0);
        QCOMPARE(t[QLatin1String("waitOverTargetPercent")].toDouble(), 66.7);
        // Service from the first call: 10 and 20 minutes (v2's recall does not restart it).
        QCOMPARE(t[QLatin1String("serviceMedianMinutes")].toDouble(), 10.0);
        QCOMPARE(t[QLatin1String("serviceP90Minutes")].toDouble(), 20.0);
        QCOMPARE(t[QLatin1String("notCalled")].toInt(), 1);

        // Hours: v1 arrived 09:55 on a Tuesday (weekday 2); v3, never arrived, by its slot.
        const QJsonArray hours = toJson(r, p)[QLatin1String("hours")].toArray();
        QCOMPARE(findRow(hours, QStringLiteral("weekday"), 2, QStringLiteral("hour"),
                         9)[QLatin1String("checkIns")]
                     .toInt(),
                 1);
        QCOMPARE(findRow(hours, QStringLiteral("weekday"), 2, QStringLiteral("hour"),
                         11)[QLatin1String("noShows")]
                     .toInt(),
                 1);
    }

    // What only the stander knows (issue 14): a check-in refused as too late counts as a
    // too-late check-in and not as a no-show; the self-service pointer's figures, once per
    // event (each is a visit of its own), by errand, day and hour.
    void standerEvents()
    {
        const QDate d(2026, 3, 3); // a Tuesday
        const auto refused = [](qint64 atMs, qint64 slotMs, const char *visit) {
            Event e = ev("checkin_refused_too_late", atMs, visit);
            e.slotMs = slotMs;
            e.checkInClass = QStringLiteral("too_late");
            return e;
        };
        const QList<Event> events = {
            // t1: refused at 10:40 for 10:00, never checked in: came, too late; no ticket.
            booked(at(d.addDays(-1), 9, 0), at(d, 10, 0), "t1", "web"),
            refused(at(d, 10, 40), at(d, 10, 0), "t1"),
            // t2: refused twice: one citizen.
            booked(at(d.addDays(-1), 9, 0), at(d, 11, 0), "t2", "web"),
            refused(at(d, 11, 40), at(d, 11, 0), "t2"),
            refused(at(d, 11, 50), at(d, 11, 0), "t2"),
            // t3: refused, then checked in late (the rules changed): the check-in counts.
            booked(at(d.addDays(-1), 9, 0), at(d, 12, 0), "t3", "web"),
            refused(at(d, 12, 30), at(d, 12, 0), "t3"),
            checkedIn(at(d, 12, 31), at(d, 12, 0), "t3", "late"),
            ev("called", at(d, 12, 41), "t3"),
            // t4: never came: the one no-show.
            booked(at(d.addDays(-1), 9, 0), at(d, 13, 0), "t4", "web"),
            // The pointer: two citizens shown it for "pas" at 09:xx, one printed, one booked
            // anyway; one shown it for "koerekort" at 14:00.
            ev("self_service_shown", at(d, 9, 10), "s1"),
            ev("self_service_shown", at(d, 9, 20), "s2"),
            ev("self_service_qr_printed", at(d, 9, 21), "s3"),
            ev("self_service_booked_anyway", at(d, 9, 25), "s4"),
            ev("self_service_shown", at(d, 14, 0), "s5", "koerekort"),
        };
        const Parameters p = params(d, d);
        const Report r = compute(events, p);
        const Cell &c = r.total;
        QCOMPARE(c.bookings, 4);
        QCOMPARE(c.checkIns, 3);
        QCOMPARE(c.tooLate, 2);
        QCOMPARE(c.refusedTooLate, 2);
        QCOMPARE(c.late, 1);
        QCOMPARE(c.onTime, 0);
        QCOMPARE(c.bookingsDue, 4);
        QCOMPARE(c.noShows, 1);
        QCOMPARE(c.notCalled, 0); // a refused citizen got no ticket: nothing to call
        QCOMPARE(c.waits, QList<qint64>{10 * 60 * 1000});
        QCOMPARE(c.chanceTickets, 0);
        QCOMPARE(c.selfServiceShown, 3);
        QCOMPARE(c.selfServiceQrPrinted, 1);
        QCOMPARE(c.selfServiceBookedAnyway, 1);

        const QJsonObject j = toJson(r, p);
        const QJsonObject t = j[QLatin1String("total")].toObject();
        QCOMPARE(t[QLatin1String("tooLatePercent")].toDouble(), 66.7);
        QCOMPARE(t[QLatin1String("latePercent")].toDouble(), 33.3);
        QCOMPARE(t[QLatin1String("refusedTooLate")].toInt(), 2);
        QCOMPARE(t[QLatin1String("noShowPercent")].toDouble(), 25.0);
        QCOMPARE(t[QLatin1String("selfServiceShown")].toInt(), 3);
        const QJsonArray errands = j[QLatin1String("errands")].toArray();
        const QJsonObject pas = findRow(errands, QStringLiteral("errand"), QStringLiteral("pas"));
        QCOMPARE(pas[QLatin1String("selfServiceShown")].toInt(), 2);
        QCOMPARE(pas[QLatin1String("selfServiceQrPrinted")].toInt(), 1);
        QCOMPARE(pas[QLatin1String("selfServiceBookedAnyway")].toInt(), 1);
        QCOMPARE(findRow(errands, QStringLiteral("errand"),
                         QStringLiteral("koerekort"))[QLatin1String("selfServiceShown")]
                     .toInt(),
                 1);
        // Filed under the hour the citizen came: the refusal's (10:40), not the slot's; the
        // pointer's under its own.
        const QJsonArray hours = j[QLatin1String("hours")].toArray();
        const auto hour = [&](int h) {
            return findRow(hours, QStringLiteral("weekday"), 2, QStringLiteral("hour"), h);
        };
        QCOMPARE(hour(10)[QLatin1String("refusedTooLate")].toInt(), 1);
        QCOMPARE(hour(11)[QLatin1String("refusedTooLate")].toInt(), 1);
        QCOMPARE(hour(9)[QLatin1String("selfServiceShown")].toInt(), 2);
        QCOMPARE(hour(14)[QLatin1String("selfServiceShown")].toInt(), 1);
        QCOMPARE(findRow(j[QLatin1String("days")].toArray(), QStringLiteral("date"),
                         QStringLiteral("2026-03-03"))[QLatin1String("selfServiceShown")]
                     .toInt(),
                 3);

        // The same figures from the roll-up's bytes.
        const auto back = deserialize(serialize(dayCells(events, d, d, p.now)));
        QVERIFY(back);
        QCOMPARE(toJson(merge(*back, p), p), j);
    }

    // A booked day that is not over yet has no no-shows, and a waiting ticket is not "not
    // called".
    void dayNotOver()
    {
        const QDate d(2026, 3, 3);
        const QList<Event> events = {
            booked(at(d.addDays(-1), 8, 0), at(d, 15, 0), "a", "web"),
            ev("ticket_issued", at(d, 10, 0), "b"),
        };
        Parameters p = params(d, d);
        p.now = QDateTime(d, QTime(11, 0), bk::siteTimeZone()).toUTC();
        const Report r = compute(events, p);
        QCOMPARE(r.total.bookings, 1);
        QCOMPARE(r.total.noShows, 0);
        QCOMPARE(r.total.bookingsDue, 0);
        QCOMPARE(r.total.notCalled, 0);
        QCOMPARE(r.total.chanceTickets, 1);
    }

    // The period and the errand filter pick visits by their visit day and errand; a booking
    // made before the period counts with its visit.
    void periodAndErrand()
    {
        const QDate d(2026, 3, 3);
        const QList<Event> events = {
            booked(at(d.addDays(-20), 8, 0), at(d, 10, 0), "in", "web", "pas"),
            booked(at(d, 8, 0), at(d.addDays(1), 10, 0), "after", "web", "pas"),
            booked(at(d.addDays(-3), 8, 0), at(d, 11, 0), "other", "web", "koerekort"),
        };
        Parameters p = params(d, d);
        QCOMPARE(compute(events, p).total.bookings, 2);
        p.errand = QStringLiteral("pas");
        const Report r = compute(events, p);
        QCOMPARE(r.total.bookings, 1);
        QCOMPARE(r.total.leadTimes, QList<qint64>{(20LL * 24 + 2) * 3600 * 1000});
        QCOMPARE(r.errands.size(), 1);
        QCOMPARE(r.errands[0].key, QStringList{QStringLiteral("pas")});
    }

    // Spring: Sunday 29 March 2026 02:00 -> 03:00. Hours are local; a wait across the jump is
    // its real length.
    void dstSpring()
    {
        const QDate sun(2026, 3, 29);
        const QList<Event> events = {
            ev("ticket_issued", utc(sun, 0, 30), "a"), // 01:30 CET
            ev("ticket_issued", utc(sun, 0, 50), "b"), // 01:50 CET
            ev("called", utc(sun, 1, 10), "b"),        // 03:10 CEST: 20 minutes later
            ev("ticket_issued", utc(sun, 1, 30), "c"), // 03:30 CEST
            // 08:00 local on the Saturday before (07:00 UTC) and the Monday after (06:00 UTC).
            ev("ticket_issued", at(sun.addDays(-1), 8, 0), "sat"),
            ev("ticket_issued", at(sun.addDays(1), 8, 0), "mon"),
        };
        const Parameters p = params(sun.addDays(-1), sun.addDays(1));
        QCOMPARE(utc(sun.addDays(1), 6, 0), at(sun.addDays(1), 8, 0));
        QCOMPARE(utc(sun.addDays(-1), 7, 0), at(sun.addDays(-1), 8, 0));
        const QJsonObject j = toJson(compute(events, p), p);
        const QJsonArray hours = j[QLatin1String("hours")].toArray();
        const auto tickets = [&](int weekday, int hour) {
            return findRow(hours, QStringLiteral("weekday"), weekday, QStringLiteral("hour"),
                           hour)[QLatin1String("chanceTickets")]
                .toInt();
        };
        QCOMPARE(tickets(7, 1), 2);
        QCOMPARE(tickets(7, 2), 0); // the hour that does not exist that night
        QCOMPARE(tickets(7, 3), 1);
        QCOMPARE(tickets(6, 8), 1);
        QCOMPARE(tickets(1, 8), 1);
        QCOMPARE(hours.size(), 4);
        QCOMPARE(j[QLatin1String("total")][QLatin1String("waitMedianMinutes")].toDouble(), 20.0);
        const QJsonArray days = j[QLatin1String("days")].toArray();
        QCOMPARE(findRow(days, QStringLiteral("date"),
                         QStringLiteral("2026-03-29"))[QLatin1String("chanceTickets")]
                     .toInt(),
                 3);
    }

    // Autumn: Sunday 25 October 2026 03:00 -> 02:00. The hour 02 happens twice and both land
    // in it; a wait across the change is its real length.
    void dstAutumn()
    {
        const QDate sun(2026, 10, 25);
        const QList<Event> events = {
            ev("ticket_issued", utc(sun, 0, 30), "a"),            // 02:30 CEST
            ev("called", utc(sun, 1, 20), "a"),                   // 02:20 CET: 50 minutes later
            ev("ticket_issued", utc(sun, 1, 30), "b"),            // 02:30 CET
            ev("ticket_issued", utc(sun, 22, 30), "c"),           // 23:30 CET, still Sunday
            ev("ticket_issued", at(sun.addDays(1), 8, 0), "mon"), // 07:00 UTC
        };
        const Parameters p = params(sun, sun.addDays(1));
        const QJsonObject j = toJson(compute(events, p), p);
        const QJsonArray hours = j[QLatin1String("hours")].toArray();
        const auto tickets = [&](int weekday, int hour) {
            return findRow(hours, QStringLiteral("weekday"), weekday, QStringLiteral("hour"),
                           hour)[QLatin1String("chanceTickets")]
                .toInt();
        };
        QCOMPARE(tickets(7, 2), 2);
        QCOMPARE(tickets(7, 23), 1);
        QCOMPARE(tickets(1, 8), 1);
        QCOMPARE(j[QLatin1String("total")][QLatin1String("waitMedianMinutes")].toDouble(), 50.0);
        QCOMPARE(findRow(j[QLatin1String("days")].toArray(), QStringLiteral("date"),
                         QStringLiteral("2026-10-25"))[QLatin1String("chanceTickets")]
                     .toInt(),
                 3);
    }

    // Cells of 1 .. threshold-1 citizens are "< threshold" in the JSON and the CSV alike; a
    // zero count stays 0, a figure of nobody is null (empty in the CSV).
    void smallCellsSuppressed()
    {
        const QDate d(2026, 3, 3);
        QList<Event> events;
        // "pas": 4 on-time check-ins, called after 10 minutes. "koerekort": 5, 12.5 minutes.
        for (int i = 0; i < 4; ++i) {
            const QByteArray v = "p" + QByteArray::number(i);
            events.append(booked(at(d.addDays(-1), 9, 0), at(d, 10, 0), v.constData(), "web"));
            events.append(checkedIn(at(d, 9, 50), at(d, 10, 0), v.constData(), "on_time"));
            events.append(ev("called", at(d, 10, 0), v.constData()));
        }
        for (int i = 0; i < 5; ++i) {
            const QByteArray v = "k" + QByteArray::number(i);
            events.append(
                booked(at(d.addDays(-1), 9, 0), at(d, 11, 0), v.constData(), "web", "koerekort"));
            events.append(
                checkedIn(at(d, 11, 0), at(d, 11, 0), v.constData(), "on_time", "koerekort"));
            Event call = ev("called", at(d, 11, 12), v.constData(), "koerekort");
            call.atMs += 30 * 1000;
            events.append(call);
        }
        Parameters p = params(d, d, 5);
        const Report r = compute(events, p);
        const QJsonObject j = toJson(r, p);
        QCOMPARE(j[QLatin1String("threshold")].toInt(), 5);
        const QJsonObject pas = findRow(j[QLatin1String("errands")].toArray(),
                                        QStringLiteral("errand"), QStringLiteral("pas"));
        QCOMPARE(pas[QLatin1String("checkIns")].toString(), QStringLiteral("< 5"));
        QCOMPARE(pas[QLatin1String("bookings")].toString(), QStringLiteral("< 5"));
        QCOMPARE(pas[QLatin1String("onTimePercent")].toString(), QStringLiteral("< 5"));
        QCOMPARE(pas[QLatin1String("waitMedianMinutes")].toString(), QStringLiteral("< 5"));
        QCOMPARE(pas[QLatin1String("chanceTickets")], QJsonValue(0));
        QVERIFY(pas[QLatin1String("serviceMedianMinutes")].isNull());
        const QJsonObject kk = findRow(j[QLatin1String("errands")].toArray(),
                                       QStringLiteral("errand"), QStringLiteral("koerekort"));
        QCOMPARE(kk[QLatin1String("checkIns")].toInt(), 5);
        QCOMPARE(kk[QLatin1String("waitMedianMinutes")].toDouble(), 12.5);
        QCOMPARE(kk[QLatin1String("onTimePercent")].toDouble(), 100.0);

        // The CSV shows the same cells, Danish style.
        const QByteArray csv = toCsv(r, Table::Errands, p);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 4); // header, koerekort, pas, and the empty tail after CRLF
        QCOMPARE(lines[3], QString());
        const QStringList header = lines[0].split(u';');
        QCOMPARE(header.first(), QStringLiteral("errand"));
        QCOMPARE(header.mid(1), columns());
        const auto cell = [&](int line, const char *column) {
            return lines[line].split(u';').value(header.indexOf(QLatin1String(column)));
        };
        QCOMPARE(cell(1, "errand"), QStringLiteral("koerekort"));
        QCOMPARE(cell(1, "waitMedianMinutes"), QStringLiteral("12,5"));
        QCOMPARE(cell(1, "checkIns"), QStringLiteral("5"));
        QCOMPARE(cell(1, "onTimePercent"), QStringLiteral("100,0"));
        QCOMPARE(cell(2, "errand"), QStringLiteral("pas"));
        QCOMPARE(cell(2, "checkIns"), QStringLiteral("< 5"));
        QCOMPARE(cell(2, "waitMedianMinutes"), QStringLiteral("< 5"));
        QCOMPARE(cell(2, "chanceTickets"), QStringLiteral("0"));
        QCOMPARE(cell(2, "serviceMedianMinutes"), QString());

        // A share of a shown count is suppressed when it would tell a small cell: one late
        // citizen of five is "< 5" in both the late and the on-time share.
        QList<Event> mixed = events;
        for (Event &e : mixed)
            if (e.kind == QLatin1String("checked_in") && e.visit == QLatin1String("k0"))
                e.checkInClass = QStringLiteral("late");
        const QJsonObject kkMixed =
            findRow(toJson(compute(mixed, p), p)[QLatin1String("errands")].toArray(),
                    QStringLiteral("errand"), QStringLiteral("koerekort"));
        QCOMPARE(kkMixed[QLatin1String("checkIns")].toInt(), 5);
        QCOMPARE(kkMixed[QLatin1String("latePercent")].toString(), QStringLiteral("< 5"));
        QCOMPARE(kkMixed[QLatin1String("onTimePercent")].toString(), QStringLiteral("< 5"));
        QCOMPARE(kkMixed[QLatin1String("tooLatePercent")].toDouble(), 0.0);

        // The threshold is the caller's (the central's config): at 3, four are shown.
        p.threshold = 3;
        const QJsonObject pas3 =
            findRow(toJson(compute(events, p), p)[QLatin1String("errands")].toArray(),
                    QStringLiteral("errand"), QStringLiteral("pas"));
        QCOMPARE(pas3[QLatin1String("checkIns")].toInt(), 4);
        QCOMPARE(pas3[QLatin1String("waitMedianMinutes")].toDouble(), 10.0);
    }

    // The roll-up (each day's cells kept as bytes) gives the figures computed from the events
    // directly: a period of three days, every kind of visit, every errand and one errand.
    void rollUpGivesTheEventsFigures()
    {
        const QDate d(2026, 3, 3);
        QList<Event> events = everyFigureEvents(d, "a");
        events += everyFigureEvents(d.addDays(1), "b");
        for (Event e : everyFigureEvents(d.addDays(2), "c")) {
            e.service = QStringLiteral("solo");
            events.append(e);
        }
        // And what everyFigure has not: a staff booking checked in too late, an early
        // check-in, a booking moved to self-service.
        const QDate e = d.addDays(1);
        events += {booked(at(e.addDays(-1), 9, 0), at(e, 9, 0), "x1", "staff"),
                   checkedIn(at(e, 9, 30), at(e, 9, 0), "x1", "too_late"),
                   booked(at(e.addDays(-1), 9, 0), at(e, 14, 0), "x2", "web"),
                   checkedIn(at(e, 13, 40), at(e, 14, 0), "x2", "early"),
                   booked(at(e.addDays(-2), 9, 0), at(e, 15, 0), "x3", "stander"),
                   ev("moved_to_self_service", at(e.addDays(-1), 10, 0), "x3"),
                   booked(at(e.addDays(-1), 9, 0), at(e, 10, 0), "x4", "web"),
                   ev("checkin_refused_too_late", at(e, 10, 45), "x4"),
                   ev("self_service_shown", at(e, 11, 0), "x5"),
                   ev("self_service_qr_printed", at(e, 11, 1), "x6"),
                   ev("self_service_booked_anyway", at(e, 11, 2), "x7")};
        for (const QString &errand : {QString(), QStringLiteral("solo")}) {
            Parameters p = params(d, d.addDays(2));
            p.errand = errand;
            QList<DayCell> rolled;
            for (QDate day = d; day <= p.to; day = day.addDays(1)) {
                const auto back = deserialize(serialize(dayCells(events, day, day, p.now)));
                QVERIFY(back);
                rolled += *back;
            }
            QVERIFY(rolled.size() > 3);
            const QJsonObject direct = toJson(compute(events, p), p);
            QCOMPARE(toJson(merge(rolled, p), p), direct);
            // Every count is exercised (a field left out of the roll-up would show as 0).
            if (errand.isEmpty()) {
                const Cell total = compute(events, p).total;
                for (int n :
                     {total.bookingsStaff, total.tooLate, total.movedToSelfService,
                      total.settledByPhone, total.noShows, total.absentWhenCalled, total.notCalled,
                      total.cancelled, total.refusedTooLate, total.selfServiceShown,
                      total.selfServiceQrPrinted, total.selfServiceBookedAnyway})
                    QVERIFY(n > 0);
            }
        }
        // Bytes that are not day cells are refused, not half read.
        const QByteArray bytes = serialize(dayCells(events, d, d, params(d, d).now));
        QVERIFY(!deserialize(QByteArrayLiteral("nonsense")));
        QVERIFY(!deserialize(bytes.chopped(1)));
        QVERIFY(!deserialize(bytes + QByteArrayLiteral("x")));
        QVERIFY(deserialize(serialize({}))->isEmpty());
    }

    void tableNames()
    {
        QCOMPARE(tableFromName(QStringLiteral("errands")), Table::Errands);
        QCOMPARE(tableFromName(QStringLiteral("days")), Table::Days);
        QCOMPARE(tableFromName(QStringLiteral("hours")), Table::Hours);
        QVERIFY(!tableFromName(QStringLiteral("phones")));
    }
};

QTEST_GUILESS_MAIN(TstStatistics)
#include "tst_statistics.moc"
