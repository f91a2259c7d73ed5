#include "kiosk/speech.h"

#include "kiosk/translations.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSpeech, "bk.speech")

namespace bk {

namespace {
// The limits of speech.rate and speech.volume (platform/configschema.cpp): slower than half
// or faster than one and a half times espeak-ng's normal rate is hard to follow; below 10 %
// the voice is lost in a lobby.
constexpr int kRateMin = -50;
constexpr int kRateMax = 50;
constexpr int kVolumeMin = 10;
constexpr int kVolumeMax = 100;
} // namespace

Speech::Speech(Options options, SpeechEngine &engine, Translations &translations, QObject *parent)
    : QObject(parent), m_options(options), m_engine(engine), m_translations(translations)
{
    connect(&m_engine, &SpeechEngine::stateChanged, this, &Speech::engineStateChanged);
    connect(&m_translations, &Translations::languageChanged, this, &Speech::followLanguage);
    if (!m_options.enabled)
        qCInfo(lcSpeech) << "speech is off (speech.enabled = false)";
    engineStateChanged();
    resetSettings();
    followLanguage();
}

bool Speech::available() const
{
    return m_options.enabled && m_engine.state() != SpeechEngine::State::Unavailable;
}

bool Speech::speaking() const
{
    return m_engine.state() == SpeechEngine::State::Speaking;
}

void Speech::say(const QString &text)
{
    m_waiting.clear();
    speak({text, {}});
}

void Speech::sayNext(const QString &text)
{
    if (speaking() && available() && !text.trimmed().isEmpty())
        m_waiting.append({text, {}});
    else
        speak({text, {}});
}

void Speech::speak(const Utterance &utterance)
{
    if (!available() || utterance.text.trimmed().isEmpty())
        return;
    useVoice(utterance.language);
    m_lastText = utterance.text;
    // Never the text in the log: it may hold a name, a code or a phone number read back.
    m_engine.say(utterance.text);
    emit spoke(utterance.text);
}

void Speech::useVoice(const QString &language)
{
    const QString wanted = language.isEmpty() ? m_translations.current() : language;
    if (wanted.isEmpty() || wanted == m_voice)
        return;
    m_voice = wanted;
    if (!m_engine.setLanguage(wanted) && m_engine.state() != SpeechEngine::State::Unavailable)
        qCWarning(lcSpeech) << "no voice for the language" << wanted
                            << "(speech-dispatcher-espeak-ng); the current voice speaks";
}

void Speech::readLanguages(const QString &title)
{
    m_waiting.clear();
    for (const QString &code : m_translations.offered())
        m_waiting.append({Translations::nativeName(code), code});
    // The names follow when the title has been said (engineStateChanged); without a title
    // the first starts at once.
    if (title.trimmed().isEmpty() && !m_waiting.isEmpty())
        speak(m_waiting.takeFirst());
    else
        speak({title, {}});
}

void Speech::readScreen()
{
    if (m_screenText)
        say(m_screenText());
}

void Speech::repeat()
{
    say(m_lastText);
}

void Speech::sayKey(const QString &key)
{
    // espeak-ng says a lone letter by its name in the voice's language ("K" = "kå" in Danish).
    say(key.trimmed().left(1));
}

void Speech::stop()
{
    m_waiting.clear();
    m_engine.stop();
}

void Speech::resetSettings()
{
    setRate(m_options.rate);
    setVolume(m_options.volume);
}

void Speech::setRate(int percent)
{
    m_rate = std::clamp(percent, kRateMin, kRateMax);
    m_engine.setRate(m_rate / 100.0);
    emit settingsChanged();
}

void Speech::setVolume(int percent)
{
    m_volume = std::clamp(percent, kVolumeMin, kVolumeMax);
    m_engine.setVolume(m_volume / 100.0);
    emit settingsChanged();
}

void Speech::followLanguage()
{
    const QString language = m_translations.current();
    if (language.isEmpty() || !m_options.enabled)
        return;
    m_waiting.clear();
    m_engine.stop();
    m_voice.clear();
    useVoice(language);
}

void Speech::engineStateChanged()
{
    if (m_engine.state() == SpeechEngine::State::Unavailable) {
        // Once per failure, not on every attempt: the log is the technician's.
        if (!m_errorLogged && m_options.enabled)
            qCWarning(lcSpeech).noquote() << "speech is not available:" << m_engine.error();
        m_errorLogged = true;
    } else {
        if (m_errorLogged)
            qCInfo(lcSpeech) << "speech is available again";
        m_errorLogged = false;
    }
    if (m_engine.state() != SpeechEngine::State::Speaking) {
        if (m_engine.state() == SpeechEngine::State::Unavailable)
            m_waiting.clear();
        else if (!m_waiting.isEmpty())
            speak(m_waiting.takeFirst());
        else
            useVoice({}); // after the language names: the UI language's voice again
    }
    emit stateChanged();
}

} // namespace bk
