#pragma once
// The UI language: loads the compiled Qt Linguist catalogue and re-translates the QML at once.

#include <QObject>
#include <QString>
#include <QTranslator>
#include <QVariantList>

#include <memory>

class QQmlEngine;

namespace bk {

class Translations : public QObject
{
    Q_OBJECT
public:
    /// `engine` may be null (tests without a window); then only the translator is swapped.
    explicit Translations(QQmlEngine *engine, QObject *parent = nullptr);
    ~Translations() override;

    /// Every language code with a compiled catalogue in this build ("da", "en", then the
    /// others alphabetically; domain/uilanguages.h): what the screenshot audit iterates.
    static QStringList available();
    /// The language's name written in itself ("Dansk", "English", "العربية").
    static QString nativeName(const QString &code);
    /// True for a language written right to left ("ar"): its screens are mirrored.
    static bool isRightToLeft(const QString &code);

    /// The languages a citizen can choose, in the order the language choice shows them
    /// (kiosk.languages); available() until setOffered() is called.
    QStringList offered() const { return m_offered; }
    /// Sets offered(); codes without a catalogue are dropped with a warning (the configuration
    /// has refused them already, see platform/config.cpp).
    void setOffered(const QStringList &codes);

    /// The current UI language's code ("da"); empty before the first setLanguage(). The
    /// receipts and the speech use it.
    QString current() const { return m_current; }
    /// True when the current language is written right to left.
    bool rightToLeft() const { return isRightToLeft(m_current); }
    /// Switches every qsTr() string to `code`, and the application's layout direction with
    /// it; false (and no change) for a code not offered or without a compiled catalogue.
    bool setLanguage(const QString &code);

signals:
    void languageChanged();

private:
    QQmlEngine *m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QStringList m_offered;
    QString m_current;
};

} // namespace bk
