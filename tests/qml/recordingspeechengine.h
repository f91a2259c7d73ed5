#pragma once
// The speech engine of the Qt Quick tests: audio cannot be heard there, so this records what
// the kiosk's Speech hands to an engine (utterances, stops, language, rate, volume) and stays
// Speaking until stop() or finish(). The real engine (Qt TextToSpeech + speech-dispatcher) is
// tested in tests/integration/speech.

#include "kiosk/speechengine.h"

#include <QStringList>

namespace bk::test {

class RecordingSpeechEngine final : public SpeechEngine
{
    Q_OBJECT
public:
    using SpeechEngine::SpeechEngine;

    State state() const override { return m_state; }
    QString error() const override
    {
        return m_state == State::Unavailable ? QStringLiteral("switched off by the test")
                                             : QString();
    }
    void say(const QString &text) override
    {
        utterances.append(text);
        setState(State::Speaking);
    }
    void stop() override
    {
        ++stops;
        if (m_state == State::Speaking)
            setState(State::Ready);
    }
    bool setLanguage(const QString &l) override
    {
        language = l;
        return true;
    }
    void setRate(double r) override { rate = r; }
    void setVolume(double v) override { volume = v; }

    /// The utterance ends by itself.
    void finish()
    {
        if (m_state == State::Speaking)
            setState(State::Ready);
    }
    /// Unavailable (false): as when speech-dispatcher cannot be started.
    void setAvailable(bool available) { setState(available ? State::Ready : State::Unavailable); }

    QStringList utterances;
    int stops = 0;
    QString language;
    double rate = 0;
    double volume = 0;

private:
    void setState(State s)
    {
        if (s == m_state)
            return;
        m_state = s;
        emit stateChanged();
    }

    State m_state = State::Ready;
};

} // namespace bk::test
