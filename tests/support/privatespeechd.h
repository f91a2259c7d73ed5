#pragma once
// A private speech-dispatcher for tests and benches: its own folder, socket and configuration,
// the espeak-ng module, audio to libao's null driver (DESIGN.md: a machine without sound), run
// in the foreground and stopped by stop() or the destructor. Point libspeechd (Qt's speechd
// engine) at it with environment() or SPEECHD_ADDRESS = address().

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace bk::testing {

class PrivateSpeechDispatcher
{
public:
    PrivateSpeechDispatcher() = default;
    PrivateSpeechDispatcher(const PrivateSpeechDispatcher &) = delete;
    PrivateSpeechDispatcher &operator=(const PrivateSpeechDispatcher &) = delete;
    ~PrivateSpeechDispatcher() { stop(); }

    /// Starts the daemon in `dir` (an existing, empty folder) and waits (≤ 10 s) for its
    /// socket and pid file. Returns an empty string, or what is missing or went wrong.
    QString start(const QString &dir);
    /// Stops the daemon; true when it was running and is gone (or none was started).
    bool stop();

    /// "unix_socket:<path>", the value of SPEECHD_ADDRESS for a client.
    QString address() const { return QStringLiteral("unix_socket:") + m_socket; }
    /// The system's environment with SPEECHD_ADDRESS set for clients of this daemon.
    QProcessEnvironment clientEnvironment() const;

private:
    QProcess m_daemon;
    QString m_dir;
    QString m_socket;
};

} // namespace bk::testing
