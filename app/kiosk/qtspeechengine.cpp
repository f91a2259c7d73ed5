#include "kiosk/qtspeechengine.h"

#include <QLocale>
#include <QTextToSpeech>

namespace bk {

QtSpeechEngine::QtSpeechEngine(const QString &engineName, QObject *parent) : SpeechEngine(parent)
{
    if (engineName.isEmpty()) {
        m_error = QStringLiteral("speech is off (speech.enabled = false)");
        return;
    }
    if (!QTextToSpeech::availableEngines().contains(engineName)) {
        m_error = QStringLiteral("the Qt TextToSpeech engine \"%1\" is not installed "
                                 "(qt6-speech-speechd-plugin)")
                      .arg(engineName);
        return;
    }
    m_tts = new QTextToSpeech(engineName, this);
    connect(m_tts, &QTextToSpeech::stateChanged, this, &QtSpeechEngine::update);
    update();
}

QtSpeechEngine::~QtSpeechEngine() = default;

void QtSpeechEngine::update()
{
    State s = State::Unavailable;
    QString error;
    switch (m_tts->state()) {
    case QTextToSpeech::Ready:
    case QTextToSpeech::Paused:
        s = State::Ready;
        break;
    case QTextToSpeech::Speaking:
        s = State::Speaking;
        break;
    case QTextToSpeech::Error:
        // Qt 6.4: errorReason() says Initialization when speech-dispatcher cannot be reached
        // or started, Configuration for a missing voice, Playback/Input for one utterance.
        error = QStringLiteral("speech-dispatcher: %1").arg(m_tts->errorString());
        break;
    }
    if (s == m_state && error == m_error)
        return;
    m_state = s;
    m_error = error;
    emit stateChanged();
}

void QtSpeechEngine::say(const QString &text)
{
    if (!m_tts)
        return;
    // Qt's speechd engine cancels what is being spoken before it speaks anew; stop() first
    // says so here too, for every engine.
    m_tts->stop();
    m_tts->say(text);
}

void QtSpeechEngine::stop()
{
    if (m_tts)
        m_tts->stop();
}

bool QtSpeechEngine::setLanguage(const QString &language)
{
    if (!m_tts)
        return false;
    const QLocale wanted(language);
    for (const QLocale &l : m_tts->availableLocales()) {
        if (l.language() == wanted.language()) {
            m_tts->setLocale(l);
            return true;
        }
    }
    return false;
}

void QtSpeechEngine::setRate(double rate)
{
    if (m_tts)
        m_tts->setRate(rate);
}

void QtSpeechEngine::setVolume(double volume)
{
    if (m_tts)
        m_tts->setVolume(volume);
}

} // namespace bk
