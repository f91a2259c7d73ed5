#include "drivers/serialbarcodereader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSerialScanner, "bk.drivers.scanner")

namespace bk {

SerialBarcodeReader::SerialBarcodeReader(const SerialSettings &settings, QObject *parent)
    : BarcodeReader(parent), m_link(settings), m_framer(scanner::kDefaultMaxScanBytes + 1)
{
    m_clock.start();
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        take(m_framer.flush(m_clock.elapsed()));
        armFlush();
    });
    connect(&m_link, &SerialLink::statusChanged, this, &BarcodeReader::statusChanged);
    connect(&m_link, &SerialLink::opened, this, [this] {
        // Half a scan from before the unplug must not be glued to the next one.
        m_framer.reset();
        m_flush.stop();
    });
    connect(&m_link, &SerialLink::received, this, [this](const QByteArray &bytes) {
        take(m_framer.feed(bytes, m_clock.elapsed()));
        armFlush();
    });
}

DeviceStatus SerialBarcodeReader::status() const
{
    return m_link.status();
}

void SerialBarcodeReader::take(const QList<scanner::Scan> &scans)
{
    const qint64 now = m_clock.elapsed();
    for (const scanner::Scan &scan : scans) {
        if (scan.overflow) // the payload itself is never logged
            qCWarning(lcSerialScanner)
                << "over-long scan line cut at" << scan.bytes.size() << "bytes; rest dropped";
        if (!m_duplicates.accept(scan.bytes, now))
            continue;
        emit scanned(scan.bytes);
    }
}

void SerialBarcodeReader::armFlush()
{
    const std::optional<qint64> deadline = m_framer.deadline();
    if (!deadline) {
        m_flush.stop();
        return;
    }
    m_flush.start(int(std::max<qint64>(0, *deadline - m_clock.elapsed())));
}

} // namespace bk
