#pragma once
// The seam between the kiosk's speech service and a text-to-speech engine: the real one is
// Qt TextToSpeech with the speech-dispatcher engine (qtspeechengine.h); the Qt Quick tests
// inject a recording one through KioskGraph::Context, because audio cannot be heard there.

#include <QObject>
#include <QString>

namespace bk {

class SpeechEngine : public QObject
{
    Q_OBJECT
public:
    /// Ready: idle and able to speak. Speaking: an utterance is under way. Unavailable: no
    /// engine (plugin missing, speech-dispatcher not reachable) or an engine error; `error()`
    /// says which, for the technician. Starting: the engine is not started yet or is being
    /// started (off the GUI thread); what is said meanwhile is spoken once it is ready.
    enum class State { Ready, Speaking, Unavailable, Starting };
    Q_ENUM(State)

    using QObject::QObject;

    /// Starts an engine whose start can wait (the real one lists its voices then, seconds of
    /// CPU); the kiosk calls it once home's first frame is on screen. Engines without such a
    /// start ignore it.
    virtual void start() {}
    virtual State state() const = 0;
    /// Why the engine is Unavailable, for the log; empty otherwise.
    virtual QString error() const = 0;
    /// Speaks `text` at once, cutting off whatever is being spoken.
    virtual void say(const QString &text) = 0;
    /// Stops speaking at once.
    virtual void stop() = 0;
    /// The voice for `language` ("da", "en", ...); false when the engine has none for it.
    virtual bool setLanguage(const QString &language) = 0;
    /// -1.0 (slowest) … 0.0 (normal) … 1.0 (fastest), as QTextToSpeech::rate.
    virtual void setRate(double rate) = 0;
    /// 0.0 … 1.0, as QTextToSpeech::volume.
    virtual void setVolume(double volume) = 0;

signals:
    void stateChanged();
};

} // namespace bk
