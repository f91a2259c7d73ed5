#include "kiosk/translations.h"

#include "domain/uilanguages.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcI18n, "bk.i18n")

namespace bk {

Translations::Translations(QQmlEngine *engine, QObject *parent)
    : QObject(parent), m_engine(engine), m_offered(available())
{}

Translations::~Translations()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList Translations::available()
{
    return catalogueLanguages();
}

QString Translations::nativeName(const QString &code)
{
    return nativeLanguageName(code);
}

bool Translations::isRightToLeft(const QString &code)
{
    return bk::isRightToLeft(code);
}

void Translations::setOffered(const QStringList &codes)
{
    m_offered.clear();
    for (const QString &code : codes) {
        if (hasCatalogue(code) && !m_offered.contains(code))
            m_offered.append(code);
        else
            qCWarning(lcI18n) << "language not offered (no catalogue or listed twice):" << code;
    }
}

bool Translations::setLanguage(const QString &code)
{
    if (!m_offered.contains(code)) {
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
    // Widgets and Qt Quick Controls follow the application's direction; the QML pages mirror
    // through LayoutMirroring bound to KioskController::rightToLeft (qml/Main.qml).
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
    return true;
}

} // namespace bk
