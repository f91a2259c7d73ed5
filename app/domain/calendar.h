#pragma once
// Danish public holidays, the days municipal offices customarily close, opening hours and the
// bookable slots they give. Dates are local (Europe/Copenhagen) dates; slot starts are UTC.

#include "domain/types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

namespace bk {

/// Easter Sunday of a Gregorian year (the anonymous Meeus/Jones/Butcher algorithm); an
/// invalid date before 1583, when the Gregorian calendar did not yet exist.
QDate easterSunday(int year);

/// A named day off, in Danish and English.
struct Holiday
{
    QDate date;
    QString nameDa;
    QString nameEn;
};

/// The Danish public holidays (helligdage) of a year in date order. Store bededag is included
/// only up to 2023: it was abolished as a public holiday from 2024.
QList<Holiday> danishPublicHolidays(int year);

/// Days that are not public holidays but on which municipal offices customarily close:
/// grundlovsdag (5 June), juleaftensdag (24 December), nytårsaftensdag (31 December).
QList<Holiday> customaryClosedDays(int year);

/// Opening and closing time of one day, local time; open only when open < close.
struct TimeRange
{
    QTime open;
    QTime close;
};

/// A dated deviation from the weekly hours (a staff day, a shortened day, an extra open day).
struct DayException
{
    QDate date;
    std::optional<TimeRange> hours; ///< nullopt = closed
    QString reasonDa;
    QString reasonEn;
};

/// A site's opening hours: the weekly pattern, dated exceptions and the holiday rules.
struct OpeningHours
{
    std::array<std::optional<TimeRange>, 7> weekly; ///< index 0 = Monday; nullopt = closed
    QList<DayException> exceptions;
    bool closeOnPublicHolidays = true;
    bool closeOnCustomaryDays = true;
};

/// Whether a site is open on a local day, the hours if so, and the reason when the day is
/// not an ordinary weekday (a holiday's or an exception's name; empty for weekly hours).
struct DayStatus
{
    bool open = false;
    std::optional<TimeRange> hours;
    QString reasonDa;
    QString reasonEn;
    /// The reason is a public or customary holiday's name (reasonEn is then one of the English
    /// names above, which the kiosk translates into every UI language); false for a site's own
    /// exception, whose reason only the site gives, in Danish and English.
    bool holiday = false;
};

/// The status of a local day: a dated exception wins over a holiday, a holiday over the weekly
/// hours. A range whose close is not after its open counts as closed.
DayStatus dayStatus(const OpeningHours &hours, QDate localDay);

/// One bookable appointment time.
struct Slot
{
    QDateTime start; ///< UTC
    int capacity = 0;
};

/// The slots of `service` on a local day: every durationMinutes from opening, the last one
/// ending at or before closing, each with capacity service.counters. Steps are taken in
/// elapsed time, so a night-time range across a DST change neither repeats nor skips a slot.
/// Empty when the day is closed or the service has no duration or counters.
QList<Slot> slotsFor(const Service &service, const OpeningHours &hours, QDate localDay);

} // namespace bk
