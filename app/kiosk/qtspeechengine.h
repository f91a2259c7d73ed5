#pragma once
// The real speech engine: QTextToSpeech (Qt 6.4) with the "speechd" engine
// (qt6-speech-speechd-plugin), which talks to speech-dispatcher; the voices are espeak-ng's
// (speech-dispatcher-espeak-ng). speech-dispatcher is autospawned by libspeechd for the user
// the kiosk runs as (README, "Speech").

#include "kiosk/speechengine.h"

#include <memory>

class QTextToSpeech;

namespace bk {

class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    /// `engineName` is a QTextToSpeech engine ("speechd"); an engine Qt does not have gives
    /// an engine that stays Unavailable, and so does an empty name (speech.enabled = false:
    /// speech-dispatcher is then neither reached nor autospawned).
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
    void update();

    QTextToSpeech *m_tts = nullptr;
    State m_state = State::Unavailable;
    QString m_error;
};

} // namespace bk
