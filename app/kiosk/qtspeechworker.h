#pragma once
// Internal to QtSpeechEngine (qtspeechengine.cpp): the object that owns the QTextToSpeech on
// the engine's thread. In a header of its own so that moc sees it.

#include "kiosk/speechengine.h"

#include <QList>
#include <QLocale>
#include <QLoggingCategory>
#include <QObject>
#include <QTextToSpeech>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSpeech)

namespace bk {

/// Owns the QTextToSpeech on the engine's thread; every member runs on that thread.
class QtSpeechWorker : public QObject
{
    Q_OBJECT
public:
    /// The engine's locale for `language` ("da", "ar", ...): the first of the same language.
    static std::optional<QLocale> localeFor(const QList<QLocale> &locales, const QString &language)
    {
        const QLocale wanted(language);
        for (const QLocale &l : locales) {
            if (l.language() == wanted.language())
                return l;
        }
        return std::nullopt;
    }

    void start(const QString &engineName)
    {
        if (!QTextToSpeech::availableEngines().contains(engineName)) {
            emit reported(int(SpeechEngine::State::Unavailable),
                          QStringLiteral("the Qt TextToSpeech engine \"%1\" is not installed "
                                         "(qt6-speech-speechd-plugin)")
                              .arg(engineName));
            return;
        }
        m_tts = new QTextToSpeech(engineName, this); // the slow part: lists every voice
        connect(m_tts, &QTextToSpeech::stateChanged, this, &QtSpeechWorker::update);
        m_locales = m_tts->availableLocales();
        emit localesKnown(m_locales); // before the state: setLanguage() answers from them
        if (!m_language.isEmpty())
            setLanguage(m_language);
        if (m_pendingRate)
            m_tts->setRate(*m_pendingRate);
        if (m_pendingVolume)
            m_tts->setVolume(*m_pendingVolume);
        update();
    }

    void say(const QString &text)
    {
        if (!m_tts)
            return;
        // Qt's speechd engine cancels what is being spoken before it speaks anew; stop()
        // first says so here too, for every engine.
        m_tts->stop();
        m_tts->say(text);
    }

    void stop()
    {
        if (m_tts)
            m_tts->stop();
    }

    void setLanguage(const QString &language)
    {
        m_language = language;
        if (!m_tts || m_tts->state() == QTextToSpeech::Error)
            return; // applied by start(); an engine in error has no voices to choose from
        if (const auto locale = localeFor(m_locales, language))
            m_tts->setLocale(*locale);
        else
            qCWarning(lcSpeech) << "no voice for the language" << language
                                << "(speech-dispatcher-espeak-ng); the current voice speaks";
    }

    void setRate(double rate)
    {
        if (m_tts)
            m_tts->setRate(rate);
        else
            m_pendingRate = rate;
    }

    void setVolume(double volume)
    {
        if (m_tts)
            m_tts->setVolume(volume);
        else
            m_pendingVolume = volume;
    }

signals:
    /// `state` is a SpeechEngine::State.
    void reported(int state, const QString &error);
    void localesKnown(const QList<QLocale> &locales);

private:
    void update()
    {
        switch (m_tts->state()) {
        case QTextToSpeech::Ready:
        case QTextToSpeech::Paused:
            emit reported(int(SpeechEngine::State::Ready), {});
            break;
        case QTextToSpeech::Speaking:
            emit reported(int(SpeechEngine::State::Speaking), {});
            break;
        case QTextToSpeech::Error:
            // Qt 6.4: errorReason() says Initialization when speech-dispatcher cannot be
            // reached or started, Configuration for a missing voice, Playback/Input for one
            // utterance.
            emit reported(int(SpeechEngine::State::Unavailable),
                          QStringLiteral("speech-dispatcher: %1").arg(m_tts->errorString()));
            break;
        }
    }

    QTextToSpeech *m_tts = nullptr;
    QList<QLocale> m_locales;
    QString m_language;
    std::optional<double> m_pendingRate;
    std::optional<double> m_pendingVolume;
};

} // namespace bk
