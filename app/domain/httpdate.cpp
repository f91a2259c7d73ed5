#include "domain/httpdate.h"

#include <QLocale>

namespace bk {

QString formatHttpDate(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

QDateTime parseHttpDate(QStringView text)
{
    // IMF-fixdate is fixed-width: 29 characters ending in " GMT".
    const QStringView t = text.trimmed();
    if (t.size() != 29 || !t.endsWith(u" GMT"))
        return {};
    const QString rfc2822 = t.chopped(3).toString() + QStringLiteral("+0000");
    QDateTime d = QDateTime::fromString(rfc2822, Qt::RFC2822Date);
    return d.isValid() ? d.toUTC() : QDateTime();
}

} // namespace bk
