#pragma once
// Framing of a serial barcode reader's byte stream into scans. Serial reads split and join
// scans arbitrarily, readers end a scan with CR, LF or CRLF (or, set up without a suffix,
// with nothing but a pause), and a faulty or hostile device may stream without end: the
// framer bounds its buffer and says when a line was too long. Time is passed in, in ms.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace bk::scanner {

/// One framed scan.
struct Scan
{
    QByteArray bytes;      ///< the scan without its terminator; the first cap bytes if overflow
    bool overflow = false; ///< the line was longer than the cap; the rest was discarded
    bool operator==(const Scan &other) const = default;
};

/// Longest scan kept, as the domain's kMaxScanBytes (a booking QR holds a short URL).
inline constexpr qsizetype kDefaultMaxScanBytes = 512;
/// A pause this long ends a scan: serial readers send a scan in one burst (at 9600 baud a
/// byte takes ~1 ms), and a person cannot present the next code within 80 ms.
inline constexpr qint64 kDefaultSilenceMs = 80;

/// Cuts a byte stream into scans at CR, LF, CRLF or a silence; empty lines are ignored.
class ScanFramer
{
public:
    /// `maxBytes` caps a scan (at least 1), `silenceMs` ends a scan without terminator.
    explicit ScanFramer(qsizetype maxBytes = kDefaultMaxScanBytes,
                        qint64 silenceMs = kDefaultSilenceMs);

    /// Takes bytes read at `nowMs`; returns the scans they complete (a pending scan is first
    /// completed by the silence before these bytes, if there was one). An over-long line is
    /// returned once, as soon as it passes the cap, and its rest up to a terminator dropped.
    QList<Scan> feed(QByteArrayView bytes, qint64 nowMs);
    /// Returns the pending partial scan when `silenceMs` have passed since its last byte.
    QList<Scan> flush(qint64 nowMs);
    /// When flush() should next be called (last byte + silenceMs), none with nothing pending.
    std::optional<qint64> deadline() const;
    /// Forgets any partial scan (e.g. after the port was reopened).
    void reset();

private:
    void endLine(QList<Scan> &out);

    QByteArray m_line;
    bool m_discarding = false; // over-long line already reported; dropping until a terminator
    qint64 m_lastByteMs = 0;
    qsizetype m_maxBytes;
    qint64 m_silenceMs;
};

/// Readers in continuous mode, and citizens, present the same code again and again: the same
/// code seen again within the window counts once. The window restarts at every sighting, so
/// a code held under the reader counts once however long it stays there.
class DuplicateFilter
{
public:
    /// `windowMs`: how close a repeat must be to be ignored.
    explicit DuplicateFilter(qint64 windowMs = 2000);
    /// True when `code` seen at `nowMs` is new: another code than the last one, or the same
    /// code windowMs or more after it was last seen.
    bool accept(const QByteArray &code, qint64 nowMs);
    /// Forgets the last code.
    void reset();

private:
    QByteArray m_last;
    qint64 m_lastSeenMs = 0;
    bool m_have = false;
    qint64 m_windowMs;
};

} // namespace bk::scanner
