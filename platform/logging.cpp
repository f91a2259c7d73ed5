#include "platform/logging.h"

#include <QMessageLogContext>

// Without this, sd-journal.h turns sd_journal_sendv() into a macro that adds CODE_FILE,
// CODE_LINE and CODE_FUNC of this file: the fields must name the caller of qDebug() & co.
#define SD_JOURNAL_SUPPRESS_LOCATION
#include <systemd/sd-journal.h>

#include <atomic>
#include <cstdio>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <vector>

namespace bk {

namespace {

std::atomic<int> g_minimum{int(LogLevel::Info)};
std::atomic<bool> g_journal{false};       // stderr is the journal stream
std::atomic<bool> g_journalNative{false}; // ... and journald's native socket is there

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

int syslogPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

// sd_journal_sendv(3): one datagram per entry; 0 when sent.
bool sendToJournal(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QList<QByteArray> fields = journalFields(type, context, message);
    std::vector<iovec> iov;
    iov.reserve(size_t(fields.size()));
    for (const QByteArray &f : fields)
        iov.push_back(iovec{const_cast<char *>(f.constData()), size_t(f.size())});
    return sd_journal_sendv(iov.data(), int(iov.size())) == 0;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!logLevelPasses(type, LogLevel(g_minimum.load())))
        return;
    if (g_journalNative.load() && sendToJournal(type, context, message))
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

QList<QByteArray> journalFields(QtMsgType type, const QMessageLogContext &context,
                                const QString &message)
{
    QList<QByteArray> f;
    f.append("MESSAGE=" + message.toUtf8());
    f.append("PRIORITY=" + QByteArray::number(syslogPriority(type)));
    f.append("SYSLOG_IDENTIFIER=borgerkiosk");
    f.append(QByteArray("BK_CATEGORY=") +
             (context.category && *context.category ? context.category : "default"));
    if (context.file && *context.file) {
        f.append(QByteArray("CODE_FILE=") + context.file);
        if (context.line > 0)
            f.append("CODE_LINE=" + QByteArray::number(context.line));
    }
    if (context.function && *context.function)
        f.append(QByteArray("CODE_FUNC=") + context.function);
    return f;
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
    // sd_journal_sendv() returns success when journald's socket does not exist (it "fails
    // silently if the journal is not available", sd-journal's journal-send.c): look first, so
    // that a message is never dropped, and write `<N>` lines to stderr without it.
    g_journalNative.store(g_journal.load() && access("/run/systemd/journal/socket", W_OK) == 0);
    qInstallMessageHandler(handler);
}

} // namespace bk
