#include "kiosk/qtspeechengine.h"
#include "kiosk/qtspeechworker.h"

#include <utility>

namespace bk {

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
    if (known && !QtSpeechWorker::localeFor(m_locales, language))
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
