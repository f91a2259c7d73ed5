#pragma once
// The real speech engine: QTextToSpeech (Qt 6.4) with the "speechd" engine
// (qt6-speech-speechd-plugin), which talks to speech-dispatcher; the voices are espeak-ng's
// (speech-dispatcher-espeak-ng). speech-dispatcher is autospawned by libspeechd for the user
// the kiosk runs as (README, "Speech").
//
// QTextToSpeech lives on a thread of its own and is made only when start() is called (the
// kiosk does so once home's first frame is on screen): Qt 6.4's speechd engine lists every
// voice of every module in its constructor (espeak-ng: ~100 voices, 2–3 s of CPU on a
// stander), which must neither delay the first frame nor freeze the GUI thread (the systemd
// watchdog is fed from it). Calls are queued to that thread in order; its state comes back by
// signal. (Listing the voices on a low-priority thread instead was tried: libspeechd's own
// thread and an autospawned speech-dispatcher inherit the priority, and an unprivileged
// process cannot raise it again.)

#include "kiosk/speechengine.h"

#include <QList>
#include <QLocale>
#include <QThread>

namespace bk {

class QtSpeechWorker;

class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    /// `engineName` is a QTextToSpeech engine ("speechd"); an engine Qt does not have gives
    /// an engine that stays Unavailable, and so does an empty name (speech.enabled = false:
    /// speech-dispatcher is then neither reached nor autospawned). Returns at once: the engine
    /// is Starting until start() has been called and its thread has made the QTextToSpeech.
    explicit QtSpeechEngine(const QString &engineName = QStringLiteral("speechd"),
                            QObject *parent = nullptr);
    /// Waits for the engine's thread (at most the end of a start still under way).
    ~QtSpeechEngine() override;

    /// Makes the QTextToSpeech on the engine's thread (once; later calls do nothing).
    void start() override;
    State state() const override { return m_state; }
    QString error() const override { return m_error; }
    /// Before start(), the last text said is kept and said after it.
    void say(const QString &text) override;
    void stop() override;
    /// While Starting the voices are not known yet: the language is kept, applied when they
    /// are, and true is returned (a missing voice is then logged by the engine's thread).
    bool setLanguage(const QString &language) override;
    void setRate(double rate) override;
    void setVolume(double volume) override;

private:
    void reported(SpeechEngine::State state, const QString &error);

    QString m_engineName;
    QThread m_thread;
    QtSpeechWorker *m_worker = nullptr; ///< lives on m_thread; deleted there when it ends
    bool m_started = false;
    QString m_pendingText;
    bool m_skipReady = false; ///< the start's Ready, when a text said before start() follows
    State m_state = State::Unavailable;
    QString m_error;
    QList<QLocale> m_locales; ///< the engine's voices' locales, once it is ready
};

} // namespace bk
