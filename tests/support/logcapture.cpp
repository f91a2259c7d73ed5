#include "support/logcapture.h"

#include <atomic>

namespace bk::testing {

namespace {

// The newest capture; each one knows the capture and the handler that came before it.
std::atomic<LogCapture *> g_innermost = nullptr;

} // namespace

LogCapture::LogCapture(QByteArray category) : m_category(std::move(category))
{
    m_outer = g_innermost.exchange(this);
    m_previous = qInstallMessageHandler(&LogCapture::handle);
}

LogCapture::~LogCapture()
{
    g_innermost = m_outer;
    qInstallMessageHandler(m_previous);
}

void LogCapture::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogCapture *self = g_innermost;
    // After the last capture's destructor reinstalled the previous handler, a message may still
    // be on its way here from another thread: pass it to Qt's default output.
    if (!self) {
        qt_message_output(type, context, message);
        return;
    }
    for (LogCapture *c = self; c; c = c->m_outer) {
        if (!c->m_category.isEmpty() &&
            !(context.category && QByteArrayView(context.category) == c->m_category))
            continue;
        const QMutexLocker lock(&c->m_mutex);
        c->m_messages.append(message);
    }
    // The outermost capture's previous handler is the one that was there before any capture.
    LogCapture *outermost = self;
    while (outermost->m_outer)
        outermost = outermost->m_outer;
    if (outermost->m_previous)
        outermost->m_previous(type, context, message);
}

QStringList LogCapture::messages() const
{
    const QMutexLocker lock(&m_mutex);
    return m_messages;
}

void LogCapture::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_messages.clear();
}

QStringList LogCapture::matching(const QString &needle) const
{
    return messages().filter(needle, Qt::CaseInsensitive);
}

QString LogCapture::firstContaining(const QStringList &secrets) const
{
    for (const QString &message : messages())
        for (const QString &secret : secrets)
            if (!secret.isEmpty() && message.contains(secret, Qt::CaseInsensitive))
                return message;
    return {};
}

} // namespace bk::testing
