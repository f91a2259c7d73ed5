#include "protocol/scanframer.h"

#include <algorithm>

namespace bk::scanner {

ScanFramer::ScanFramer(qsizetype maxBytes, qint64 silenceMs)
    : m_maxBytes(std::max<qsizetype>(1, maxBytes)), m_silenceMs(std::max<qint64>(0, silenceMs))
{}

QList<Scan> ScanFramer::feed(QByteArrayView bytes, qint64 nowMs)
{
    QList<Scan> out = flush(nowMs);
    if (bytes.isEmpty())
        return out;
    for (char b : bytes) {
        if (b == '\r' || b == '\n') {
            // CRLF needs no state: the LF after a CR ends an empty line, which is ignored.
            endLine(out);
            continue;
        }
        if (m_discarding)
            continue;
        if (m_line.size() == m_maxBytes) {
            out.append({m_line, true});
            m_line.clear();
            m_discarding = true;
            continue;
        }
        m_line.append(b);
    }
    m_lastByteMs = nowMs;
    return out;
}

QList<Scan> ScanFramer::flush(qint64 nowMs)
{
    QList<Scan> out;
    const auto due = deadline();
    if (due && nowMs >= *due)
        endLine(out);
    return out;
}

std::optional<qint64> ScanFramer::deadline() const
{
    if (m_line.isEmpty() && !m_discarding)
        return std::nullopt;
    return m_lastByteMs + m_silenceMs;
}

void ScanFramer::reset()
{
    m_line.clear();
    m_discarding = false;
}

void ScanFramer::endLine(QList<Scan> &out)
{
    if (!m_discarding && !m_line.isEmpty())
        out.append({m_line, false});
    m_line.clear();
    m_discarding = false;
}

DuplicateFilter::DuplicateFilter(qint64 windowMs) : m_windowMs(windowMs) {}

bool DuplicateFilter::accept(const QByteArray &code, qint64 nowMs)
{
    const bool repeat = m_have && code == m_last && nowMs - m_lastSeenMs < m_windowMs;
    m_last = code;
    m_lastSeenMs = nowMs;
    m_have = true;
    return !repeat;
}

void DuplicateFilter::reset()
{
    m_have = false;
    m_last.clear();
}

} // namespace bk::scanner
