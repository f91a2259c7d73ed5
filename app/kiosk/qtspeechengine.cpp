#include "kiosk/qtspeechengine.h"

#include <QLoggingCategory>
#include <QTextToSpeech>

#include <optional>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSpeech)

namespace bk {

namespace {
/// The engine's locale for `language` ("da", "ar", ...): the first of the same language.
std::optional<QLocale> localeFor(const QList<QLocale> &locales, const QString &language)
{
    const QLocale wanted(language);
    for (const QLocale &l : locales) {
        if (l.language() == wanted.language())
            return l;
    }
    return std::nullopt;
}
} // namespace

/// Owns the QTextToSpeech on the engine's thread; every member runs on that thread.
class QtSpeechWorker : public QObject
{
    Q_OBJECT
public:
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

QtSpeechEngine::QtSpeechEngine(const QString &engineName, QObject *parent)
    : SpeechEngine(parent), m_engineName(engineName)
{
    if (engineName.isEmpty()) {
        m_error = QStringLiteral("speech is off (speech.enabled = false)");
        return;
    }
    m_state = State::Starting;
    m_worker = new QtSpeechWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &QtSpeechWorker::localesKnown, this,
            [this](const QList<QLocale> &locales) { m_locales = locales; });
    connect(m_worker, &QtSpeechWorker::reported, this,
            [this](int state, const QString &error) { reported(State(state), error); });
    m_thread.setObjectName(QStringLiteral("speech"));
    m_thread.start();
}

QtSpeechEngine::~QtSpeechEngine()
{
    // A start under way finishes first (the voices are being listed; it cannot be cut short).
    m_thread.quit();
    m_thread.wait();
}

void QtSpeechEngine::start()
{
    if (!m_worker || m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, e = m_engineName] { w->start(e); });
    if (!m_pendingText.isEmpty()) {
        // The engine reports Ready before it takes this text: that Ready is not passed on, or
        // Speech would start what waits behind the text (readLanguages) and cut it off.
        m_skipReady = true;
        say(std::exchange(m_pendingText, QString()));
    }
}

void QtSpeechEngine::reported(State state, const QString &error)
{
    if (std::exchange(m_skipReady, false) && state == State::Ready)
        return;
    if (state == m_state && error == m_error)
        return;
    m_state = state;
    m_error = error;
    emit stateChanged();
}

void QtSpeechEngine::say(const QString &text)
{
    if (m_worker && !m_started)
        m_pendingText = text; // the last thing said before start() is said after it
    else if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, text] { w->say(text); });
}

void QtSpeechEngine::stop()
{
    m_pendingText.clear();
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); });
}

bool QtSpeechEngine::setLanguage(const QString &language)
{
    if (!m_worker)
        return false;
    // Before the voices are known the worker keeps the language and logs a missing voice.
    const bool known = m_state != State::Starting;
    if (known && !localeFor(m_locales, language))
        return false;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, language] { w->setLanguage(language); });
    return true;
}

void QtSpeechEngine::setRate(double rate)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, rate] { w->setRate(rate); });
}

void QtSpeechEngine::setVolume(double volume)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, volume] { w->setVolume(volume); });
}

} // namespace bk

#include "qtspeechengine.moc"
