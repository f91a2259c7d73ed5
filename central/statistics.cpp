#include "central/statistics.h"

#include "domain/clock.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

namespace bk::central::stats {

namespace {

constexpr double kMsPerMinute = 60.0 * 1000.0;
constexpr double kMsPerDay = 24.0 * 3600.0 * 1000.0;

// The site's local date and hour of instants. Converting through QTimeZone costs
// microseconds, a year's visits are hundreds of thousands: one conversion per UTC hour serves
// every instant in it, as the site's offset (Europe/Copenhagen: +1 or +2 hours) changes only at
// a whole UTC hour and is a whole number of hours.
class LocalTime
{
public:
    struct Hour
    {
        QDate date;
        int hour = 0;
    };
    Hour at(qint64 ms)
    {
        const qint64 utcHour = ms >= 0 ? ms / kMsPerHour : (ms - kMsPerHour + 1) / kMsPerHour;
        auto it = m_hours.constFind(utcHour);
        if (it == m_hours.cend()) {
            const QDateTime t =
                QDateTime::fromMSecsSinceEpoch(utcHour * kMsPerHour, siteTimeZone());
            it = m_hours.insert(utcHour, Hour{t.date(), t.time().hour()});
        }
        return *it;
    }

private:
    static constexpr qint64 kMsPerHour = 3600 * 1000;
    QHash<qint64, Hour> m_hours;
};

// One visit's events, folded (STATISTICS.md, "Visits").
struct Visit
{
    QString errand;
    qint64 bookedMs = -1;
    qint64 slotMs = 0;
    QString channel;
    bool cancelled = false;
    qint64 checkedInMs = -1;
    QString checkInClass;
    qint64 ticketMs = -1;
    qint64 firstEventMs = -1;
    QList<qint64> calls;
    qint64 servedMs = -1;
    bool absentWhenCalled = false;
    bool settledByPhone = false;
    bool movedToSelfService = false;
    qint64 refusedTooLateMs = -1; ///< a stander refused the check-in as too late
    bool selfServiceShown = false;
    bool selfServiceQrPrinted = false;
    bool selfServiceBookedAnyway = false;

    qint64 arrivalMs() const { return checkedInMs >= 0 ? checkedInMs : ticketMs; }
    // The moment the visit is filed under: its arrival, else the refused check-in (the citizen
    // came then), else its slot, else its first event.
    qint64 anchorMs() const
    {
        if (arrivalMs() >= 0)
            return arrivalMs();
        if (refusedTooLateMs >= 0)
            return refusedTooLateMs;
        return slotMs > 0 ? slotMs : firstEventMs;
    }
    // The instant the visit day is the local day of: the booked slot, else the chance
    // ticket's issue or the first event.
    qint64 dayMs() const { return slotMs > 0 ? slotMs : anchorMs(); }
};

void fold(Visit &v, const Event &e)
{
    if (v.firstEventMs < 0)
        v.firstEventMs = e.atMs;
    if (v.errand.isEmpty())
        v.errand = e.service;
    if (e.slotMs > 0 && v.slotMs == 0)
        v.slotMs = e.slotMs;
    const QString &k = e.kind;
    if (k == QLatin1String("booked")) {
        if (v.bookedMs < 0) {
            v.bookedMs = e.atMs;
            v.channel = e.channel;
        }
    } else if (k == QLatin1String("cancelled")) {
        v.cancelled = true;
    } else if (k == QLatin1String("checked_in")) {
        if (v.checkedInMs < 0) {
            v.checkedInMs = e.atMs;
            v.checkInClass = e.checkInClass;
        }
    } else if (k == QLatin1String("ticket_issued")) {
        if (v.ticketMs < 0)
            v.ticketMs = e.atMs;
    } else if (k == QLatin1String("called")) {
        v.calls.append(e.atMs);
    } else if (k == QLatin1String("served")) {
        if (v.servedMs < 0)
            v.servedMs = e.atMs;
    } else if (k == QLatin1String("no_show")) {
        v.absentWhenCalled = true;
    } else if (k == QLatin1String("settled_by_phone")) {
        v.settledByPhone = true;
    } else if (k == QLatin1String("moved_to_self_service")) {
        v.movedToSelfService = true;
    } else if (k == QLatin1String("checkin_refused_too_late")) {
        if (v.refusedTooLateMs < 0)
            v.refusedTooLateMs = e.atMs;
    } else if (k == QLatin1String("self_service_shown")) {
        v.selfServiceShown = true;
    } else if (k == QLatin1String("self_service_qr_printed")) {
        v.selfServiceQrPrinted = true;
    } else if (k == QLatin1String("self_service_booked_anyway")) {
        v.selfServiceBookedAnyway = true;
    }
}

// Adds visit `v` to cell `c`; `dayOver`: the visit day is before today.
void add(Cell &c, const Visit &v, bool dayOver)
{
    if (v.bookedMs >= 0) {
        ++c.bookings;
        if (v.channel == QLatin1String("web"))
            ++c.bookingsWeb;
        else if (v.channel == QLatin1String("staff"))
            ++c.bookingsStaff;
        else
            ++c.bookingsStander;
        if (v.slotMs > 0 && v.slotMs >= v.bookedMs)
            c.leadTimes.append(v.slotMs - v.bookedMs);
        if (v.cancelled)
            ++c.cancelled;
        const bool settled = v.settledByPhone || v.movedToSelfService;
        if (!v.cancelled && !settled && dayOver) {
            ++c.bookingsDue;
            // A citizen refused as too late came: not a no-show (STATISTICS.md).
            if (v.checkedInMs < 0 && v.refusedTooLateMs < 0)
                ++c.noShows;
        }
    }
    if (v.settledByPhone)
        ++c.settledByPhone;
    if (v.movedToSelfService)
        ++c.movedToSelfService;
    if (v.checkedInMs >= 0) {
        ++c.checkIns;
        if (v.checkInClass == QLatin1String("late"))
            ++c.late;
        else if (v.checkInClass == QLatin1String("too_late"))
            ++c.tooLate;
        else
            ++c.onTime; // "on_time", and "early" (the stander refuses early check-ins)
    } else if (v.refusedTooLateMs >= 0) {
        // Refused at the stander: a check-in attempt of the class too_late.
        ++c.checkIns;
        ++c.tooLate;
        ++c.refusedTooLate;
    }
    if (v.selfServiceShown)
        ++c.selfServiceShown;
    if (v.selfServiceQrPrinted)
        ++c.selfServiceQrPrinted;
    if (v.selfServiceBookedAnyway)
        ++c.selfServiceBookedAnyway;
    if (v.checkedInMs < 0 && v.ticketMs >= 0)
        ++c.chanceTickets;
    const qint64 arrival = v.arrivalMs();
    qint64 firstCall = -1;
    for (qint64 call : v.calls)
        if (call >= arrival && (firstCall < 0 || call < firstCall))
            firstCall = call;
    if (arrival >= 0) {
        if (firstCall >= 0)
            c.waits.append(firstCall - arrival);
        else if (dayOver)
            ++c.notCalled;
    }
    if (v.absentWhenCalled)
        ++c.absentWhenCalled;
    if (v.servedMs >= 0) {
        ++c.served;
        if (firstCall >= 0 && v.servedMs >= firstCall)
            c.serviceTimes.append(v.servedMs - firstCall);
    }
}

// Every count of a cell and every list: merging and the roll-up's bytes both walk these, so a
// field added to Cell is added here once (the roll-up test's cells use every field).
constexpr int Cell::*kCounts[] = {&Cell::bookings,
                                  &Cell::bookingsStander,
                                  &Cell::bookingsWeb,
                                  &Cell::bookingsStaff,
                                  &Cell::cancelled,
                                  &Cell::checkIns,
                                  &Cell::onTime,
                                  &Cell::late,
                                  &Cell::tooLate,
                                  &Cell::bookingsDue,
                                  &Cell::noShows,
                                  &Cell::chanceTickets,
                                  &Cell::notCalled,
                                  &Cell::absentWhenCalled,
                                  &Cell::served,
                                  &Cell::settledByPhone,
                                  &Cell::movedToSelfService,
                                  &Cell::refusedTooLate,
                                  &Cell::selfServiceShown,
                                  &Cell::selfServiceQrPrinted,
                                  &Cell::selfServiceBookedAnyway};
constexpr QList<qint64> Cell::*kLists[] = {&Cell::leadTimes, &Cell::waits, &Cell::serviceTimes};

// The roll-up's byte format; a change makes the central compute the stored days again.
// 2: the refused too-late check-ins and the self-service pointer (issue 14).
constexpr qint32 kCellFormat = 2;

// Adds cell `from` to `to`.
void addCell(Cell &to, const Cell &from)
{
    for (int Cell::*n : kCounts)
        to.*n += from.*n;
    for (QList<qint64> Cell::*l : kLists)
        (to.*l).append(from.*l);
}

// The value columns: a name and how its value and its basis (the citizens behind it) are read.
struct Column
{
    const char *name;
    bool derived; ///< a median, percentile or share (null when its basis is 0)
    std::function<int(const Cell &)> basis;
    std::function<double(const Cell &, const Parameters &)> value;
    /// A share's part (its numerator, in citizens); empty for the other columns. A share is
    /// suppressed when its part or the rest of its basis is a small cell: 20 % of five shown
    /// would name the one late citizen the suppressed count hides.
    std::function<int(const Cell &, const Parameters &)> part = {};
};

// A count column: its own basis.
Column count(const char *name, int Cell::*field)
{
    return {name, false, [field](const Cell &c) { return c.*field; },
            [field](const Cell &c, const Parameters &) { return double(c.*field); }};
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}
double percent(int part, int whole)
{
    return whole > 0 ? round1(100.0 * part / whole) : 0.0;
}
double minutes(qint64 ms)
{
    return round1(double(ms) / kMsPerMinute);
}
double days(qint64 ms)
{
    return round1(double(ms) / kMsPerDay);
}

// A nearest-rank percentile of a list of durations, in `unit`; its basis is the list's size.
Column percentile(const char *name, QList<qint64> Cell::*list, int pct, double (*unit)(qint64))
{
    return {name, true, [list](const Cell &c) { return int((c.*list).size()); },
            [list, pct, unit](const Cell &c, const Parameters &) {
                return unit(nearestRank(c.*list, pct));
            }};
}

// A share in percent; its basis is the whole.
Column share(const char *name, int Cell::*part, int Cell::*whole)
{
    return {name, true, [whole](const Cell &c) { return c.*whole; },
            [part, whole](const Cell &c, const Parameters &) { return percent(c.*part, c.*whole); },
            [part](const Cell &c, const Parameters &) { return c.*part; }};
}

// How many of the cell's waits are longer than the manager's target.
int waitsOverTarget(const Cell &c, const Parameters &p)
{
    const qint64 target = qint64(p.waitTargetMinutes) * 60 * 1000;
    return int(std::count_if(c.waits.begin(), c.waits.end(), [&](qint64 w) { return w > target; }));
}

const QList<Column> &columnTable()
{
    static const QList<Column> table = {
        count("bookings", &Cell::bookings),
        count("bookingsStander", &Cell::bookingsStander),
        count("bookingsWeb", &Cell::bookingsWeb),
        count("bookingsStaff", &Cell::bookingsStaff),
        count("cancelled", &Cell::cancelled),
        percentile("leadTimeMedianDays", &Cell::leadTimes, 50, days),
        percentile("leadTimeP90Days", &Cell::leadTimes, 90, days),
        count("checkIns", &Cell::checkIns),
        share("onTimePercent", &Cell::onTime, &Cell::checkIns),
        share("latePercent", &Cell::late, &Cell::checkIns),
        share("tooLatePercent", &Cell::tooLate, &Cell::checkIns),
        count("refusedTooLate", &Cell::refusedTooLate),
        count("noShows", &Cell::noShows),
        share("noShowPercent", &Cell::noShows, &Cell::bookingsDue),
        count("chanceTickets", &Cell::chanceTickets),
        percentile("waitMedianMinutes", &Cell::waits, 50, minutes),
        percentile("waitP90Minutes", &Cell::waits, 90, minutes),
        {"waitOverTargetPercent", true, [](const Cell &c) { return int(c.waits.size()); },
         [](const Cell &c, const Parameters &p) {
             return percent(waitsOverTarget(c, p), int(c.waits.size()));
         },
         waitsOverTarget},
        count("notCalled", &Cell::notCalled),
        count("absentWhenCalled", &Cell::absentWhenCalled),
        count("served", &Cell::served),
        percentile("serviceMedianMinutes", &Cell::serviceTimes, 50, minutes),
        percentile("serviceP90Minutes", &Cell::serviceTimes, 90, minutes),
        count("settledByPhone", &Cell::settledByPhone),
        count("movedToSelfService", &Cell::movedToSelfService),
        count("selfServiceShown", &Cell::selfServiceShown),
        count("selfServiceQrPrinted", &Cell::selfServiceQrPrinted),
        count("selfServiceBookedAnyway", &Cell::selfServiceBookedAnyway),
    };
    return table;
}

// The one place suppression happens, for the JSON and the CSV alike: a value whose basis is
// 1 .. threshold-1 citizens is the text "< threshold", and so is a share whose part or rest is;
// a derived value of no citizens is null.
QList<QJsonValue> shownValues(const Cell &c, const Parameters &p)
{
    QList<QJsonValue> out;
    const QString suppressed = QStringLiteral("< %1").arg(p.threshold);
    for (const Column &col : columnTable()) {
        const int basis = col.basis(c);
        const auto small = [&](int n) { return n > 0 && n < p.threshold; };
        const int part = col.part ? col.part(c, p) : 0;
        if (basis == 0)
            out.append(col.derived ? QJsonValue(QJsonValue::Null) : QJsonValue(0));
        else if (small(basis) || (col.part && (small(part) || small(basis - part))))
            out.append(suppressed);
        else
            out.append(col.value(c, p));
    }
    return out;
}

QStringList keyColumns(Table t)
{
    switch (t) {
    case Table::Errands:
        return {QStringLiteral("errand")};
    case Table::Days:
        return {QStringLiteral("date")};
    case Table::Hours:
        return {QStringLiteral("weekday"), QStringLiteral("hour")};
    }
    return {};
}

const QList<Row> &rowsOf(const Report &r, Table t)
{
    return t == Table::Errands ? r.errands : t == Table::Days ? r.days : r.hours;
}

QJsonObject rowJson(const QStringList &keyNames, const QStringList &key, const Cell &c,
                    const Parameters &p, Table t)
{
    QJsonObject o;
    for (qsizetype i = 0; i < keyNames.size() && i < key.size(); ++i)
        o.insert(keyNames[i], t == Table::Hours ? QJsonValue(key[i].toInt()) : QJsonValue(key[i]));
    const QList<QJsonValue> values = shownValues(c, p);
    for (qsizetype i = 0; i < values.size(); ++i)
        o.insert(columns()[i], values[i]);
    return o;
}

// A CSV field: quoted when it holds the separator, a quote or a line break.
QString csvField(QString s)
{
    if (s.contains(u';') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
        return u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return s;
}

QString csvValue(const QJsonValue &v, bool derived)
{
    if (v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    if (!derived)
        return QString::number(qint64(v.toDouble()));
    return QString::number(v.toDouble(), 'f', 1).replace(u'.', u',');
}

} // namespace

std::optional<Table> tableFromName(const QString &name)
{
    if (name == QLatin1String("errands"))
        return Table::Errands;
    if (name == QLatin1String("days"))
        return Table::Days;
    if (name == QLatin1String("hours"))
        return Table::Hours;
    return std::nullopt;
}

qint64 nearestRank(QList<qint64> values, int percent)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // rank = ceil(p/100 * n), 1-based; integer arithmetic avoids 0.9 * 10 = 9.000000001.
    const qsizetype n = values.size();
    qsizetype rank = (qsizetype(percent) * n + 99) / 100;
    rank = std::clamp<qsizetype>(rank, 1, n);
    return values[rank - 1];
}

const QStringList &columns()
{
    static const QStringList names = [] {
        QStringList out;
        for (const Column &c : columnTable())
            out.append(QString::fromLatin1(c.name));
        return out;
    }();
    return names;
}

QList<DayCell> dayCells(const QList<Event> &events, const QDate &from, const QDate &to,
                        const QDateTime &now)
{
    QHash<QString, Visit> visits;
    for (const Event &e : events)
        if (!e.visit.isEmpty())
            fold(visits[e.visit], e);
    const QDate today = now.toTimeZone(siteTimeZone()).date();
    LocalTime local;
    QMap<std::tuple<QDate, QString, int, int>, Cell> cells;
    for (const Visit &v : std::as_const(visits)) {
        const QDate day = local.at(v.dayMs()).date;
        if (day < from || day > to)
            continue;
        const LocalTime::Hour at = local.at(v.anchorMs());
        add(cells[{day, v.errand, at.date.dayOfWeek(), at.hour}], v, day < today);
    }
    QList<DayCell> out;
    out.reserve(cells.size());
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        out.append(DayCell{std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()),
                           std::get<3>(it.key()), it.value()});
    return out;
}

Report merge(const QList<DayCell> &cells, const Parameters &p)
{
    Report r;
    QMap<QString, Cell> errands;
    QMap<QDate, Cell> daysMap;
    QMap<std::pair<int, int>, Cell> hours;
    for (const DayCell &d : cells) {
        if (d.day < p.from || d.day > p.to)
            continue;
        if (!p.errand.isEmpty() && d.errand != p.errand)
            continue;
        addCell(r.total, d.cell);
        addCell(errands[d.errand], d.cell);
        addCell(daysMap[d.day], d.cell);
        addCell(hours[{d.weekday, d.hour}], d.cell);
    }
    for (auto it = errands.cbegin(); it != errands.cend(); ++it)
        r.errands.append({{it.key()}, it.value()});
    for (auto it = daysMap.cbegin(); it != daysMap.cend(); ++it)
        r.days.append({{it.key().toString(Qt::ISODate)}, it.value()});
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        r.hours.append(
            {{QString::number(it.key().first), QString::number(it.key().second)}, it.value()});
    return r;
}

Report compute(const QList<Event> &events, const Parameters &p)
{
    return merge(dayCells(events, p.from, p.to, p.now), p);
}

QByteArray serialize(const QList<DayCell> &cells)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kCellFormat << qint32(cells.size());
    for (const DayCell &d : cells) {
        out << d.day << d.errand << qint32(d.weekday) << qint32(d.hour);
        for (int Cell::*n : kCounts)
            out << qint32(d.cell.*n);
        for (QList<qint64> Cell::*l : kLists)
            out << d.cell.*l;
    }
    return bytes;
}

std::optional<QList<DayCell>> deserialize(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    qint32 format = 0;
    qint32 size = 0;
    in >> format >> size;
    if (in.status() != QDataStream::Ok || format != kCellFormat || size < 0)
        return std::nullopt;
    QList<DayCell> cells;
    for (qint32 i = 0; i < size && in.status() == QDataStream::Ok; ++i) {
        DayCell d;
        qint32 weekday = 0;
        qint32 hour = 0;
        in >> d.day >> d.errand >> weekday >> hour;
        d.weekday = weekday;
        d.hour = hour;
        for (int Cell::*n : kCounts) {
            qint32 v = 0;
            in >> v;
            d.cell.*n = v;
        }
        for (QList<qint64> Cell::*l : kLists)
            in >> d.cell.*l;
        cells.append(d);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return cells;
}

QJsonObject toJson(const Report &report, const Parameters &p)
{
    QJsonObject o{{QStringLiteral("from"), p.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), p.to.toString(Qt::ISODate)},
                  {QStringLiteral("errand"),
                   p.errand.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.errand)},
                  {QStringLiteral("waitTargetMinutes"), p.waitTargetMinutes},
                  {QStringLiteral("threshold"), p.threshold},
                  {QStringLiteral("columns"), QJsonArray::fromStringList(columns())},
                  {QStringLiteral("total"), rowJson({}, {}, report.total, p, Table::Errands)}};
    const std::pair<const char *, Table> tables[] = {
        {"errands", Table::Errands}, {"days", Table::Days}, {"hours", Table::Hours}};
    for (const auto &[name, table] : tables) {
        QJsonArray rows;
        for (const Row &row : rowsOf(report, table))
            rows.append(rowJson(keyColumns(table), row.key, row.cell, p, table));
        o.insert(QString::fromLatin1(name), rows);
    }
    return o;
}

QByteArray toCsv(const Report &report, Table table, const Parameters &p)
{
    QStringList lines;
    lines.append((keyColumns(table) + columns()).join(u';'));
    const QList<Column> &cols = columnTable();
    for (const Row &row : rowsOf(report, table)) {
        QStringList fields;
        for (const QString &k : row.key)
            fields.append(csvField(k));
        const QList<QJsonValue> values = shownValues(row.cell, p);
        for (qsizetype i = 0; i < values.size(); ++i)
            fields.append(csvField(csvValue(values[i], cols[i].derived)));
        lines.append(fields.join(u';'));
    }
    // The byte-order mark makes Excel read UTF-8 (without it, it guesses Windows-1252).
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace bk::central::stats
