#include "domain/calendar.h"

#include "domain/clock.h"

namespace bk {

namespace {

Holiday holiday(QDate date, const char16_t *da, const char16_t *en)
{
    return Holiday{date, QString::fromUtf16(da), QString::fromUtf16(en)};
}

bool isOpenRange(const std::optional<TimeRange> &r)
{
    return r && r->open.isValid() && r->close.isValid() && r->open < r->close;
}

const Holiday *findDay(const QList<Holiday> &days, QDate day)
{
    for (const Holiday &h : days) {
        if (h.date == day)
            return &h;
    }
    return nullptr;
}

DayStatus closedFor(const Holiday &h)
{
    return DayStatus{false, std::nullopt, h.nameDa, h.nameEn, true};
}

} // namespace

QDate easterSunday(int year)
{
    if (year < 1583)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> danishPublicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    if (!easter.isValid())
        return {};
    QList<Holiday> days = {
        holiday(QDate(year, 1, 1), u"Nytårsdag", u"New Year's Day"),
        holiday(easter.addDays(-3), u"Skærtorsdag", u"Maundy Thursday"),
        holiday(easter.addDays(-2), u"Langfredag", u"Good Friday"),
        holiday(easter, u"Påskedag", u"Easter Sunday"),
        holiday(easter.addDays(1), u"2. påskedag", u"Easter Monday"),
    };
    // Store bededag, the fourth Friday after Easter, was abolished by law from 2024.
    if (year <= 2023)
        days.append(holiday(easter.addDays(26), u"Store bededag", u"General Prayer Day"));
    days.append({
        holiday(easter.addDays(39), u"Kristi himmelfartsdag", u"Ascension Day"),
        holiday(easter.addDays(49), u"Pinsedag", u"Whit Sunday"),
        holiday(easter.addDays(50), u"2. pinsedag", u"Whit Monday"),
        holiday(QDate(year, 12, 25), u"Juledag", u"Christmas Day"),
        holiday(QDate(year, 12, 26), u"2. juledag", u"Boxing Day"),
    });
    return days;
}

QList<Holiday> customaryClosedDays(int year)
{
    return {
        holiday(QDate(year, 6, 5), u"Grundlovsdag", u"Constitution Day"),
        holiday(QDate(year, 12, 24), u"Juleaftensdag", u"Christmas Eve"),
        holiday(QDate(year, 12, 31), u"Nytårsaftensdag", u"New Year's Eve"),
    };
}

DayStatus dayStatus(const OpeningHours &hours, QDate localDay)
{
    if (!localDay.isValid())
        return {};
    for (const DayException &x : hours.exceptions) {
        if (x.date == localDay) {
            const bool open = isOpenRange(x.hours);
            return DayStatus{open, open ? x.hours : std::nullopt, x.reasonDa, x.reasonEn};
        }
    }
    // The lists are kept in locals: findDay points into them.
    if (hours.closeOnPublicHolidays) {
        const QList<Holiday> holidays = danishPublicHolidays(localDay.year());
        if (const Holiday *h = findDay(holidays, localDay))
            return closedFor(*h);
    }
    if (hours.closeOnCustomaryDays) {
        const QList<Holiday> customary = customaryClosedDays(localDay.year());
        if (const Holiday *h = findDay(customary, localDay))
            return closedFor(*h);
    }
    const std::optional<TimeRange> &weekly = hours.weekly[std::size_t(localDay.dayOfWeek() - 1)];
    if (!isOpenRange(weekly))
        return {};
    return DayStatus{true, weekly, {}, {}};
}

QList<Slot> slotsFor(const Service &service, const OpeningHours &hours, QDate localDay)
{
    const DayStatus status = dayStatus(hours, localDay);
    if (!status.open || service.durationMinutes < 1 || service.counters < 1)
        return {};
    const QTimeZone zone = siteTimeZone();
    const QDateTime open = QDateTime(localDay, status.hours->open, zone).toUTC();
    const QDateTime close = QDateTime(localDay, status.hours->close, zone).toUTC();
    const qint64 step = qint64(service.durationMinutes) * 60;
    QList<Slot> out;
    for (QDateTime t = open; t.addSecs(step) <= close; t = t.addSecs(step))
        out.append(Slot{t, service.counters});
    return out;
}

} // namespace bk
