#include "kiosk/uiformat.h"

#include "domain/clock.h"

namespace bk::ui {

QLocale localeFor(const QString &language)
{
    if (language == u"en")
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Danish, QLocale::Denmark);
}

QString dayText(QDate day, const QString &language)
{
    if (language == u"en")
        return localeFor(language).toString(day, QStringLiteral("dddd d MMMM"));
    return localeFor(language).toString(day, QStringLiteral("dddd 'den' d. MMMM"));
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
