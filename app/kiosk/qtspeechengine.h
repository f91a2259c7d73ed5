#pragma once
// The real speech engine: QTextToSpeech (Qt 6.4) with the "speechd" engine
// (qt6-speech-speechd-plugin), which talks to speech-dispatcher; the voices are espeak-ng's
// (speech-dispatcher-espeak-ng). speech-dispatcher is autospawned by libspeechd for the user
// the kiosk runs as (README, "Speech").

#include "kiosk/speechengine.h"

#include <optional>

#include <memory>

class QTextToSpeech;

namespace bk {

class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    /// `engineName` is a QTextToSpeech engine ("speechd"); an engine Qt does not have gives
    /// an engine that stays Unavailable, and so does an empty name (speech.enabled = false:
    /// speech-dispatcher is then neither reached nor autospawned). For "speechd" the engine
    /// is Unavailable ("starting") until speech-dispatcher is up: it is started in the
    /// background (`speech-dispatcher --spawn`), never inside the GUI thread's first frame.
    explicit QtSpeechEngine(const QString &engineName = QStringLiteral("speechd"),
                            QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    State state() const override { return m_state; }
    QString error() const override { return m_error; }
    void say(const QString &text) override;
    void stop() override;
    bool setLanguage(const QString &language) override;
    void setRate(double rate) override;
    void setVolume(double volume) override;

private:
    void connectEngine();
    void update();

    QString m_engineName;
    QTextToSpeech *m_tts = nullptr;
    // Asked for before the engine was connected (while speech-dispatcher starts); applied
    // when it is.
    QString m_language;
    std::optional<double> m_rate;
    std::optional<double> m_volume;
    State m_state = State::Unavailable;
    QString m_error;
};

} // namespace bk
