#pragma once
// Statistics for staffing (issue 14): pure computation from a site's anonymous events to the
// figures a manager plans from, per errand, per day and per weekday x hour (the site's local
// time, Europe/Copenhagen), with small cells suppressed. The definitions are written down once
// in central/STATISTICS.md; this code follows them. No I/O, no clock: the caller passes `now`.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bk::central::stats {

/// One row of the events table as the statistics read it (never a name, phone or CPR).
struct Event
{
    qint64 atMs = 0; ///< when it happened, ms since the epoch (UTC)
    QString kind;    ///< booked, cancelled, checked_in, ticket_issued, called, ... (STATISTICS.md)
    QString service; ///< the errand's id; empty when unknown
    QString visit;   ///< opaque visit key; events without one are not counted
    qint64 slotMs = 0;    ///< the booked slot's start (booked, checked_in, cancelled); 0 = none
    QString channel;      ///< booked: stander, web or staff
    QString checkInClass; ///< checked_in: on_time, late, too_late or early
};

/// What the manager asked for.
struct Parameters
{
    QDate from;                 ///< first visit day (local), inclusive
    QDate to;                   ///< last visit day (local), inclusive
    QString errand;             ///< one errand's id; empty = every errand
    int waitTargetMinutes = 15; ///< "share over target" counts waits longer than this
    int threshold = 5;          ///< a cell of 1 .. threshold-1 citizens is shown as "< threshold"
    QDateTime now;              ///< UTC; a visit day before now's local day is over
};

/// The raw figures of one group of visits, before suppression. Durations in milliseconds.
struct Cell
{
    int bookings = 0;
    int bookingsStander = 0;
    int bookingsWeb = 0;
    int bookingsStaff = 0;
    int cancelled = 0;
    QList<qint64> leadTimes; ///< booking made -> slot start
    int checkIns = 0;        ///< checked in, or refused as too late
    int onTime = 0;
    int late = 0;
    int tooLate = 0;        ///< of checkIns: refused as too late, or accepted as such
    int refusedTooLate = 0; ///< of tooLate: refused at the stander
    int bookingsDue = 0;    ///< bookings not cancelled whose visit day is over
    int noShows = 0;
    int chanceTickets = 0;
    QList<qint64> waits; ///< check-in or ticket -> first call
    int notCalled = 0;   ///< arrived, never called, visit day over
    int absentWhenCalled = 0;
    int served = 0;
    QList<qint64> serviceTimes; ///< first call -> served
    int settledByPhone = 0;
    int movedToSelfService = 0;
    int selfServiceShown = 0;        ///< the stander's self-service pointer shown
    int selfServiceQrPrinted = 0;    ///< its address printed
    int selfServiceBookedAnyway = 0; ///< a booking made after it
};

/// The unit everything is merged from: the visits of one visit day and errand whose arrival
/// (else slot, else first event) fell in one local weekday and hour. The central keeps these of
/// the days that are over (a roll-up), so a year's report merges a few thousand of them instead
/// of reading a million events.
struct DayCell
{
    QDate day;       ///< the visit day (local)
    QString errand;  ///< the errand's id
    int weekday = 1; ///< of the arrival, 1 (Monday) .. 7
    int hour = 0;    ///< of the arrival, 0 .. 23 local
    Cell cell;
};

/// A grouping's rows: `key` holds the key columns' values (errand id; ISO date; weekday 1-7
/// and hour 0-23), rows in key order.
struct Row
{
    QStringList key;
    Cell cell;
};

/// Everything computed for one request.
struct Report
{
    Cell total;
    QList<Row> errands;
    QList<Row> days;
    QList<Row> hours;
};

enum class Table { Errands, Days, Hours };

/// The table named in a URL ("errands", "days", "hours"); nullopt otherwise.
std::optional<Table> tableFromName(const QString &name);

/// The nearest-rank `percent` percentile of `values` (sorted or not): the smallest value with
/// at least `percent`% of the values at or below it. Undefined for an empty list (returns 0).
qint64 nearestRank(QList<qint64> values, int percent);

/// Groups `events` by visit and computes the figures of the visits whose visit day lies in the
/// period and whose errand matches: `merge(dayCells(...), parameters)`.
Report compute(const QList<Event> &events, const Parameters &parameters);

/// Groups `events` by visit; the day cells of the visits whose visit day is `from` .. `to`
/// (local, inclusive), every errand. `now` (UTC) says which visit days are over (no-shows and
/// tickets never called count only then). Cells in (day, errand, weekday, hour) order.
QList<DayCell> dayCells(const QList<Event> &events, const QDate &from, const QDate &to,
                        const QDateTime &now);

/// The report of the cells in `parameters`' period and errand.
Report merge(const QList<DayCell> &cells, const Parameters &parameters);

/// Day cells as bytes for the roll-up table, and back; nullopt for bytes that are not such
/// (another version's or damaged: the caller computes the day again).
QByteArray serialize(const QList<DayCell> &cells);
std::optional<QList<DayCell>> deserialize(const QByteArray &bytes);

/// The value columns of every table, in order (the JSON names and the CSV header).
const QStringList &columns();

/// The report as JSON: {from, to, errand, waitTargetMinutes, threshold, columns, total,
/// errands, days, hours}; each row an object of its key columns and the value columns, each
/// value a number, null (nothing to compute from) or the string "< threshold" (suppressed).
QJsonObject toJson(const Report &report, const Parameters &parameters);

/// One table as CSV for a Danish spreadsheet: UTF-8 with a byte-order mark, ';' between
/// fields, CRLF line ends, decimal comma, suppressed cells as "< threshold", an empty field
/// where there is nothing to compute from; a header line of the column names.
QByteArray toCsv(const Report &report, Table table, const Parameters &parameters);

} // namespace bk::central::stats
