#include "kiosk/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcI18n, "bk.i18n")

namespace bk {

Translations::Translations(QQmlEngine *engine, QObject *parent) : QObject(parent), m_engine(engine)
{}

Translations::~Translations()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList Translations::available()
{
    return {QStringLiteral("da"), QStringLiteral("en")};
}

QString Translations::nativeName(const QString &code)
{
    if (code == u"da")
        return QStringLiteral("Dansk");
    if (code == u"en")
        return QStringLiteral("English");
    return code;
}

bool Translations::setLanguage(const QString &code)
{
    if (!available().contains(code)) {
        qCWarning(lcI18n) << "unknown language code" << code;
        return false;
    }
    if (code == m_current)
        return true;
    auto translator = std::make_unique<QTranslator>();
    // Catalogues are compiled into the binary by qt_add_translations (prefix /i18n).
    if (!translator->load(QStringLiteral(":/i18n/borgerkiosk_%1.qm").arg(code))) {
        qCWarning(lcI18n) << "no compiled catalogue for" << code;
        return false;
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    m_current = code;
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
    return true;
}

} // namespace bk
