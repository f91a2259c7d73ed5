#pragma once
// How days, times, codes and phone numbers are written on screen and on paper.

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace bk::ui {

/// The locale of a UI language code ("da", "en", "ar"): Danish for an empty or unknown code.
QLocale localeFor(const QString &language);
/// "onsdag den 25. november" / "Wednesday 25 November" / "Mittwoch, 25. November": the
/// language's long date without the year, always with the digits 0-9.
QString dayText(QDate day, const QString &language);
/// "25. november" / "25 November": day and month, digits 0-9.
QString dayMonthText(QDate day, const QString &language);
/// `text` with every decimal digit written 0-9: times, numbers and codes look the same in every
/// language (Arabic-Indic digits from a locale become 0-9).
QString latinDigits(QString text);
/// "14:30": the local (Europe/Copenhagen) time of a UTC moment, 24-hour in every language.
QString timeText(const QDateTime &utc);
/// The local (Europe/Copenhagen) date of a UTC moment.
QDate localDay(const QDateTime &utc);
/// "K7M3-QX9S" for a canonical code, partial input grouped the same way ("K7M3-Q").
QString groupedCode(const QString &canonical);
/// "12 34 56 78", partial input grouped the same way.
QString groupedPhone(const QString &digits);
/// Overwrites a string's characters before clearing it, so a citizen's input does not linger
/// in memory that is reused later (best effort: copies QML made are released with them).
void forget(QString &s);

} // namespace bk::ui
