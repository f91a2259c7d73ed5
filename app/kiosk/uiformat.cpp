#include "kiosk/uiformat.h"

#include "domain/clock.h"

#include <QRegularExpression>

namespace bk::ui {

QLocale localeFor(const QString &language)
{
    if (language == u"en")
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (language.isEmpty() || language == u"da")
        return QLocale(QLocale::Danish, QLocale::Denmark);
    // Any other language in its CLDR default region (ar: Egypt, uk: Ukraine, ...).
    const QLocale locale(language);
    return locale.language() == QLocale::C ? QLocale(QLocale::Danish, QLocale::Denmark) : locale;
}

QString dayText(QDate day, const QString &language)
{
    if (language == u"en")
        return localeFor(language).toString(day, QStringLiteral("dddd d MMMM"));
    if (language.isEmpty() || language == u"da")
        return localeFor(language).toString(day, QStringLiteral("dddd 'den' d. MMMM"));
    // The language's own long date without the year (CLDR, e.g. "dddd, d. MMMM yyyy" for
    // German): the year and what is glued to it ("yyyy 'р.'" in Ukrainian) are dropped.
    const QLocale locale = localeFor(language);
    static const QRegularExpression year(QStringLiteral("[ ,]*y+( *'[^']*')?\\.?"));
    const QString format = locale.dateFormat(QLocale::LongFormat).remove(year).trimmed();
    return latinDigits(locale.toString(day, format));
}

QString dayMonthText(QDate day, const QString &language)
{
    const bool ordinalDot = language.isEmpty() || language == u"da" || language == u"de";
    return latinDigits(localeFor(language).toString(day, ordinalDot ? QStringLiteral("d. MMMM")
                                                                    : QStringLiteral("d MMMM")));
}

QString latinDigits(QString text)
{
    for (QChar &c : text)
        if (c.isDigit() && c.unicode() > 0x7F)
            c = QChar(u'0' + c.digitValue());
    return text;
}

QString timeText(const QDateTime &utc)
{
    return utc.toTimeZone(siteTimeZone()).time().toString(QStringLiteral("HH:mm"));
}

QDate localDay(const QDateTime &utc)
{
    return utc.toTimeZone(siteTimeZone()).date();
}

QString groupedCode(const QString &canonical)
{
    if (canonical.size() <= 4)
        return canonical;
    return canonical.left(4) + u'-' + canonical.mid(4);
}

QString groupedPhone(const QString &digits)
{
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 2 == 0)
            out += u' ';
        out += digits[i];
    }
    return out;
}

void forget(QString &s)
{
    if (!s.isDetached()) {
        s.clear();
        return;
    }
    s.fill(u'\0');
    s.clear();
}

} // namespace bk::ui
