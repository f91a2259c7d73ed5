#include "support/privatespeechd.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace bk::testing {

namespace {

bool waitFor(const QString &path, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!QFile::exists(path)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace

QString PrivateSpeechDispatcher::start(const QString &dir)
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher"));
    if (daemon.isEmpty())
        return QStringLiteral("speech-dispatcher is not installed (packaging/build-deps.txt)");
    const QString module = QStringLiteral("/etc/speech-dispatcher/modules/espeak-ng.conf");
    if (!QFile::exists(QStringLiteral("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")) ||
        !QFile::exists(module))
        return QStringLiteral("speech-dispatcher-espeak-ng is not installed");
    m_dir = dir;
    m_socket = dir + QStringLiteral("/speechd.sock");
    QDir d(dir);
    if (!d.mkpath(QStringLiteral("conf/modules")) || !d.mkpath(QStringLiteral("log")) ||
        !d.mkpath(QStringLiteral("home")))
        return QStringLiteral("cannot make folders under %1").arg(dir);
    if (!QFile::copy(module, dir + QStringLiteral("/conf/modules/espeak-ng.conf")))
        return QStringLiteral("cannot copy %1").arg(module);
    const QString conf =
        QStringLiteral("CommunicationMethod \"unix_socket\"\n"
                       "SocketPath \"%1\"\n"
                       "LogDir \"%2/log\"\n"
                       "LogLevel 3\n"
                       "AudioOutputMethod \"libao\"\n"
                       "AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\n"
                       "DefaultModule espeak-ng\n"
                       "DefaultLanguage \"da\"\n")
            .arg(m_socket, dir);
    // libao reads ~/.libao: its built-in null driver swallows the audio.
    if (!writeFile(dir + QStringLiteral("/conf/speechd.conf"), conf.toUtf8()) ||
        !writeFile(dir + QStringLiteral("/home/.libao"), "default_driver=null\n"))
        return QStringLiteral("cannot write the configuration under %1").arg(dir);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir);
    m_daemon.setProcessEnvironment(env);
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    // -s: in the foreground (we own it); -t 0: no idle shutdown.
    m_daemon.start(daemon,
                   {QStringLiteral("-s"), QStringLiteral("-t"), QStringLiteral("0"),
                    QStringLiteral("-C"), dir + QStringLiteral("/conf"), QStringLiteral("-c"),
                    QStringLiteral("unix_socket"), QStringLiteral("-S"), m_socket,
                    QStringLiteral("-P"), dir + QStringLiteral("/speechd.pid")});
    if (!m_daemon.waitForStarted(5000))
        return QStringLiteral("speech-dispatcher did not start: %1").arg(m_daemon.errorString());
    if (!waitFor(m_socket, 10000) || !waitFor(dir + QStringLiteral("/speechd.pid"), 10000))
        return QStringLiteral("speech-dispatcher made no socket or pid file in 10 s");
    return {};
}

bool PrivateSpeechDispatcher::stop()
{
    if (m_dir.isEmpty())
        return true;
    // speech-dispatcher detaches from the process started here even with -s: the daemon is
    // the one its pid file names.
    QFile pidFile(m_dir + QStringLiteral("/speechd.pid"));
    const pid_t pid =
        pidFile.open(QIODevice::ReadOnly) ? pid_t(pidFile.readAll().trimmed().toInt()) : 0;
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
    m_dir.clear();
    if (pid <= 0)
        return false;
    ::kill(pid, SIGTERM);
    QDeadlineTimer deadline(5000);
    while (::kill(pid, 0) == 0) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

QProcessEnvironment PrivateSpeechDispatcher::clientEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SPEECHD_ADDRESS"), address());
    return env;
}

} // namespace bk::testing
