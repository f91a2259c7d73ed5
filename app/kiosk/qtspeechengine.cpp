#include "kiosk/qtspeechengine.h"

#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
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
    m_engineName = engineName;
    // Qt's speechd engine autospawns speech-dispatcher inside QTextToSpeech's constructor and
    // waits for it: 4-6 s on a stander after boot (it loads its output modules), all of it
    // on the GUI thread before home's first frame (bench_start). Start it here in the
    // background instead: `--spawn` returns once its socket is up, or at once when it already
    // runs (same user, same XDG_RUNTIME_DIR and XDG_CONFIG_HOME as the autospawn would use);
    // then connecting takes milliseconds. Without the program Qt's own attempt reports why;
    // with SPEECHD_ADDRESS set libspeechd autospawns nothing and neither does this.
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher"));
    if (engineName != QLatin1String("speechd") || daemon.isEmpty() ||
        qEnvironmentVariableIsSet("SPEECHD_ADDRESS")) {
        connectEngine();
        return;
    }
    m_error = QStringLiteral("speech-dispatcher is starting");
    auto *spawn = new QProcess(this);
    spawn->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    spawn->setStandardOutputFile(QProcess::nullDevice());
    connect(spawn, &QProcess::finished, this, [this, spawn] {
        spawn->deleteLater();
        connectEngine();
    });
    connect(spawn, &QProcess::errorOccurred, this, [this, spawn](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        spawn->deleteLater();
        connectEngine();
    });
    spawn->start(daemon, {QStringLiteral("--spawn"), QStringLiteral("--communication-method"),
                          QStringLiteral("unix_socket"), QStringLiteral("--socket-path"),
                          QStringLiteral("default")});
}

void QtSpeechEngine::connectEngine()
{
    if (m_tts)
        return;
    m_tts = new QTextToSpeech(m_engineName, this);
    connect(m_tts, &QTextToSpeech::stateChanged, this, &QtSpeechEngine::update);
    if (!m_language.isEmpty())
        setLanguage(m_language);
    if (m_rate)
        m_tts->setRate(*m_rate);
    if (m_volume)
        m_tts->setVolume(*m_volume);
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
    m_language = language;
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
    m_rate = rate;
    if (m_tts)
        m_tts->setRate(rate);
}

void QtSpeechEngine::setVolume(double volume)
{
    m_volume = volume;
    if (m_tts)
        m_tts->setVolume(volume);
}

} // namespace bk
