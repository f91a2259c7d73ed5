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

    /// Language codes with a catalogue, in the order the language bar shows them.
    static QStringList available();
    /// The language's name written in itself ("Dansk", "English").
    static QString nativeName(const QString &code);

    QString current() const { return m_current; }
    /// Switches every qsTr() string to `code`; false (and no change) for an unknown code.
    bool setLanguage(const QString &code);

signals:
    void languageChanged();

private:
    QQmlEngine *m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QString m_current;
};

} // namespace bk
