#pragma once
// Log output for the kiosk: one line per message on stderr, `<level> <category>: <message>`.
// Under systemd (JOURNAL_STREAM names our stderr, also under cage, which inherits it) each
// message goes to journald natively instead (sd_journal_sendv) with its priority, the Qt
// category and the source location as fields (journalFields()); if journald cannot take it,
// (its socket /run/systemd/journal/socket is missing or the send fails), the line goes to
// stderr with the sd-daemon priority prefix `<N>` so the level survives.
//
// PRIVACY: this handler prints what it is given. CPR numbers, phone numbers, names and raw
// scanner payloads must never be passed to qDebug/qInfo/qWarning/...; callers log what
// happened ("booking code with a wrong check character"), never the personal data itself.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

class QMessageLogContext;

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

/// The journal entry of one message (systemd.journal-fields(7)), each "NAME=value":
/// MESSAGE, PRIORITY (syslog level: 7 debug, 6 info, 4 warning, 3 err for Qt's critical,
/// 2 crit for fatal), SYSLOG_IDENTIFIER=borgerkiosk, BK_CATEGORY (the Qt logging category),
/// and CODE_FILE, CODE_LINE, CODE_FUNC when the message carries them (debug builds, or
/// QT_MESSAGELOGCONTEXT). A value may hold newlines (the native protocol keeps them).
QList<QByteArray> journalFields(QtMsgType type, const QMessageLogContext &context,
                                const QString &message);

/// True when stderr is connected to the journal (JOURNAL_STREAM matches stderr's device:inode).
bool stderrIsJournal();

} // namespace bk
