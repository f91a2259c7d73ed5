#pragma once
// The kiosk's voice: reads the screen on "Listen", each key of a keypad as it is pressed, and
// a read-back the citizen asks for. One utterance at a time: a new one, or a new screen, cuts
// off the last. The voice follows the UI language; rate and volume start from kiosk.conf
// ([speech]) and may be changed in steps for one citizen (no screen offers that yet).

#include "kiosk/speechengine.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace bk {

class Translations;

class Speech : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the composition root (graph/kioskgraph.h)")
    Q_PROPERTY(bool available READ available NOTIFY stateChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY stateChanged)
    Q_PROPERTY(QString lastText READ lastText NOTIFY spoke)
    Q_PROPERTY(int rateStep READ rateStep NOTIFY settingsChanged)
    Q_PROPERTY(int volumeStep READ volumeStep NOTIFY settingsChanged)

public:
    struct Options
    {
        bool enabled = true; ///< speech.enabled: false = the Listen button says "unavailable"
        int rate = 0;        ///< speech.rate: percent, -50 … 50 (0 = the voice's normal rate)
        int volume = 80;     ///< speech.volume: percent, 10 … 100
    };
    /// Steps of the citizen's +/- buttons: 10 percentage points each way, within the limits.
    static constexpr int kStep = 10;

    /// `engine` must outlive the service; `translations` gives the voice's language.
    Speech(Options options, SpeechEngine &engine, Translations &translations,
           QObject *parent = nullptr);

    /// False when speech is off in kiosk.conf or the engine is missing or failed (logged once
    /// per failure); the Listen button then says that speech is not available.
    bool available() const;
    bool speaking() const;
    /// The last text handed to the engine (for tests and the non-visual mode's "repeat").
    QString lastText() const { return m_lastText; }
    /// The rate and volume, in percent, as the citizen set them (config values at start).
    int rateStep() const { return m_rate; }
    int volumeStep() const { return m_volume; }

    /// What "Listen" reads: the screen on show now (Session::spokenText, set by the graph).
    void setScreenText(std::function<QString()> screenText)
    {
        m_screenText = std::move(screenText);
    }

    /// Speaks `text`, cutting off what is being spoken. Ignored when not available or empty.
    Q_INVOKABLE void say(const QString &text);
    /// Speaks `text` once the current utterance has ended (at once when nothing is spoken): the
    /// non-visual mode's news of a receipt after the screen it belongs to. say(), stop() and a
    /// language switch drop what is waiting.
    Q_INVOKABLE void sayNext(const QString &text);
    /// "Listen": reads the screen on show now, from the start (again, when pressed again).
    Q_INVOKABLE void readScreen();
    /// "Listen" on the language sheet: `title` ("Choose your language", already translated)
    /// in the UI language's voice, then each offered language's name written in itself
    /// ("Dansk", "English", "Türkçe", ...), each in that language's own voice, so that a
    /// citizen hears their language spoken; the UI language's voice speaks again afterwards.
    Q_INVOKABLE void readLanguages(const QString &title);
    /// Says the last text again.
    Q_INVOKABLE void repeat();
    /// One keypad key: a symbol is said as itself (a letter by its name), so a typed code or
    /// phone number is never said whole while it is typed.
    Q_INVOKABLE void sayKey(const QString &key);
    /// Stops at once (a new screen does this).
    Q_INVOKABLE void stop();
    Q_INVOKABLE void faster() { setRate(m_rate + kStep); }
    Q_INVOKABLE void slower() { setRate(m_rate - kStep); }
    Q_INVOKABLE void louder() { setVolume(m_volume + kStep); }
    Q_INVOKABLE void softer() { setVolume(m_volume - kStep); }
    /// Back to kiosk.conf's rate and volume (the next citizen starts there).
    Q_INVOKABLE void resetSettings();

signals:
    void stateChanged();
    void settingsChanged();
    /// An utterance was handed to the engine.
    void spoke(const QString &text);

private:
    void setRate(int percent);
    void setVolume(int percent);
    void followLanguage();
    void engineStateChanged();
    /// One utterance; `language` empty = in the UI language's voice.
    struct Utterance
    {
        QString text;
        QString language;
    };
    void speak(const Utterance &utterance);
    /// Sets the engine's voice to `language` (empty = the UI language's) unless it has it.
    void useVoice(const QString &language);

    Options m_options;
    SpeechEngine &m_engine;
    Translations &m_translations;
    std::function<QString()> m_screenText;
    QString m_lastText;
    QList<Utterance> m_waiting; // sayNext()'s and readLanguages()' utterances, in order
    QString m_voice;            // the language the engine's voice was last set to
    int m_rate = 0;
    int m_volume = 80;
    bool m_errorLogged = false;
};

} // namespace bk
