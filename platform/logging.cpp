#include "platform/logging.h"

#include <atomic>
#include <cstdio>
#include <sys/stat.h>

namespace bk {

namespace {

std::atomic<int> g_minimum{int(LogLevel::Info)};
std::atomic<bool> g_journal{false};

const char *levelWord(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

// sd-daemon.h priorities: 2 crit, 3 err, 4 warning, 6 info, 7 debug. Qt's "critical" is an
// error the program survives (err); "fatal" aborts (crit).
const char *journalPrefix(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "<7>";
    case QtInfoMsg:
        return "<6>";
    case QtWarningMsg:
        return "<4>";
    case QtCriticalMsg:
        return "<3>";
    case QtFatalMsg:
        return "<2>";
    }
    return "<6>";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!logLevelPasses(type, LogLevel(g_minimum.load())))
        return;
    const QByteArray line = formatLogMessage(type, context.category, message, g_journal.load());
    // One write per message so lines from several threads do not interleave.
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

bool logLevelPasses(QtMsgType type, LogLevel minimum)
{
    switch (type) {
    case QtDebugMsg:
        return minimum == LogLevel::Debug;
    case QtInfoMsg:
        return minimum != LogLevel::Warning;
    case QtWarningMsg:
    case QtCriticalMsg:
    case QtFatalMsg:
        return true;
    }
    return true;
}

QByteArray formatLogMessage(QtMsgType type, const char *category, const QString &message,
                            bool journal)
{
    const QByteArray head =
        QByteArray(levelWord(type)) + ' ' + (category && *category ? category : "default") + ": ";
    QByteArray out;
    const QList<QByteArray> lines = message.toUtf8().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (journal)
            out += journalPrefix(type);
        // Continuation lines keep the prefix (so journald keeps the level) but not the head.
        if (i == 0)
            out += head;
        else
            out += "  ";
        out += lines.at(i);
        out += '\n';
    }
    return out;
}

bool stderrIsJournal()
{
    // systemd.exec(5): JOURNAL_STREAM is "device:inode" of the stream connected to the
    // journal; it may be inherited by a child whose stderr was redirected, so compare.
    const QByteArray env = qgetenv("JOURNAL_STREAM");
    if (env.isEmpty())
        return false;
    struct stat st
    {};
    if (fstat(fileno(stderr), &st) != 0)
        return false;
    const QByteArray mine =
        QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino));
    return env == mine;
}

void installLogHandler(LogLevel minimum)
{
    g_minimum.store(int(minimum));
    g_journal.store(stderrIsJournal());
    qInstallMessageHandler(handler);
}

} // namespace bk
