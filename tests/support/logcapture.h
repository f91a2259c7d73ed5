#pragma once
// Log lines captured by tests, to check the reasons a component logs and that no personal data
// (booking codes, scan payloads) reaches a log line.

#include <QByteArray>
#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace bk::testing {

/// Collects the Qt log messages of the whole process (all threads) while it lives, and still
/// passes each on to the handler that was installed before it (QtTest's, so make it in
/// initTestCase(), after QtTest installed that). With a `category` (e.g. "bk.drivers.wedge")
/// only the messages of that logging category are kept. Captures nest: the newest one sees a
/// message first, then the ones made before it.
class LogCapture
{
public:
    explicit LogCapture(QByteArray category = {});
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    /// The messages kept so far, oldest first (the text only, without the category).
    QStringList messages() const;
    /// Forgets the messages kept so far (e.g. in a test's init()).
    void clear();
    /// The messages so far that contain `needle` (case-insensitive).
    QStringList matching(const QString &needle) const;
    /// The first message containing any of `secrets` (case-insensitive); empty when none.
    QString firstContaining(const QStringList &secrets) const;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QByteArray m_category;
    mutable QMutex m_mutex;
    QStringList m_messages;
    LogCapture *m_outer = nullptr;
    QtMessageHandler m_previous = nullptr;
};

} // namespace bk::testing
