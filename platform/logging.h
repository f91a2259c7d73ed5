#pragma once
// Log output for the kiosk: one line per message on stderr, `<level> <category>: <message>`.
// Under systemd (JOURNAL_STREAM names our stderr) each line starts with the sd-daemon
// priority prefix `<N>` so journald records the level.
//
// PRIVACY: this handler prints what it is given. CPR numbers, phone numbers, names and raw
// scanner payloads must never be passed to qDebug/qInfo/qWarning/...; callers log what
// happened ("booking code with a wrong check character"), never the personal data itself.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace bk {

/// The least severe level that is printed; critical and fatal are always printed.
enum class LogLevel { Debug, Info, Warning };

/// Installs the handler for the whole process; call once, early in main().
void installLogHandler(LogLevel minimum);

/// Whether a message of `type` passes the `minimum` level.
bool logLevelPasses(QtMsgType type, LogLevel minimum);

/// One formatted message, newline-terminated; with `journal` every line carries the `<N>`
/// priority prefix (journald splits multi-line messages into separate entries).
QByteArray formatLogMessage(QtMsgType type, const char *category, const QString &message,
                            bool journal);

/// True when stderr is connected to the journal (JOURNAL_STREAM matches stderr's device:inode).
bool stderrIsJournal();

} // namespace bk
