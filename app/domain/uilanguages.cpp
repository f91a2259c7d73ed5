#include "domain/uilanguages.h"

#include <QLocale>

#include <algorithm>

namespace bk {

QStringList catalogueLanguages()
{
    // BK_UI_LANGUAGES: the codes of qml/i18n/borgerkiosk_*.ts, comma-separated (CMakeLists).
    QStringList codes = QStringLiteral(BK_UI_LANGUAGES).split(u',', Qt::SkipEmptyParts);
    const auto rank = [](const QString &c) { return c == u"da" ? 0 : c == u"en" ? 1 : 2; };
    std::sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    return codes;
}

bool hasCatalogue(const QString &code)
{
    return catalogueLanguages().contains(code);
}

QString nativeLanguageName(const QString &code)
{
    // CLDR writes most names in lower case ("dansk", "polski") and names English after the
    // United States; on a button that starts a line they are written as here.
    static const struct
    {
        const char16_t *code;
        const char16_t *name;
    } kNames[] = {
        {u"da", u"Dansk"},  {u"en", u"English"},    {u"ar", u"العربية"}, {u"tr", u"Türkçe"},
        {u"pl", u"Polski"}, {u"uk", u"Українська"}, {u"de", u"Deutsch"},
    };
    for (const auto &n : kNames)
        if (code == QStringView(n.code))
            return QString::fromUtf16(n.name);
    const QLocale locale(code);
    QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    return locale.toUpper(name.left(1)) + name.mid(1);
}

bool isRightToLeft(const QString &code)
{
    const QLocale locale(code);
    return locale.language() != QLocale::C && locale.textDirection() == Qt::RightToLeft;
}

} // namespace bk
