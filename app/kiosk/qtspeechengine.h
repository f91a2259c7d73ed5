#pragma once
// The real speech engine: QTextToSpeech (Qt 6.4) with the "speechd" engine
// (qt6-speech-speechd-plugin), which talks to speech-dispatcher; the voices are espeak-ng's
// (speech-dispatcher-espeak-ng). speech-dispatcher is autospawned by libspeechd for the user
// the kiosk runs as (README, "Speech").

#include "kiosk/speechengine.h"

#include <memory>
#include <optional>

class QTextToSpeech;

namespace bk {

class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    /// When the engine reaches speech-dispatcher: at once, or at start() (the kiosk calls it
    /// once home is on screen: reaching or autospawning speech-dispatcher blocks for seconds).
    enum class Start { Now, Later };

    /// `engineName` is a QTextToSpeech engine ("speechd"); an engine Qt does not have gives
    /// an engine that stays Unavailable, and so does an empty name (speech.enabled = false:
    /// speech-dispatcher is then neither reached nor autospawned). Until it starts the engine
    /// is Unavailable with an empty error(), and keeps the language, rate and volume it is
    /// given for its start.
    explicit QtSpeechEngine(const QString &engineName = QStringLiteral("speechd"),
                            Start start = Start::Now, QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    State state() const override { return m_state; }
    QString error() const override { return m_error; }
    void say(const QString &text) override;
    void stop() override;
    bool setLanguage(const QString &language) override;
    void setRate(double rate) override;
    void setVolume(double volume) override;
    /// Reaches speech-dispatcher (blocking, seconds while it is autospawned); once.
    void start();

private:
    void update();

    QString m_engineName;
    bool m_started = false;
    QString m_language;
    std::optional<double> m_rate;
    std::optional<double> m_volume;
    QTextToSpeech *m_tts = nullptr;
    State m_state = State::Unavailable;
    QString m_error;
};

} // namespace bk
