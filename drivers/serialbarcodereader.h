#pragma once
// The real serial barcode reader (RS-232 or USB CDC-ACM). Bytes are framed into scans at CR,
// LF, CRLF or a short silence, repeats of the same code within 2 s are dropped, and each scan
// is emitted raw for the app's payload parser. An over-long line is emitted capped at
// scanner::kDefaultMaxScanBytes + 1 bytes (the rest dropped), so the parser, whose cap is
// kDefaultMaxScanBytes, reports it as too long and the citizen gets a message instead of
// silence; the reader keeps reading.

#include "drivers/barcodereader.h"
#include "drivers/seriallink.h"
#include "protocol/scanframer.h"

#include <QElapsedTimer>
#include <QTimer>

namespace bk {

/// A BarcodeReader on a serial port.
class SerialBarcodeReader : public BarcodeReader
{
    Q_OBJECT

public:
    /// Same code within this window counts once (the 2 s).
    static constexpr qint64 kDuplicateWindowMs = 2000;

    /// Opens the port from the event loop and keeps it open.
    explicit SerialBarcodeReader(const SerialSettings &settings, QObject *parent = nullptr);

    DeviceStatus status() const override;

private:
    void take(const QList<scanner::Scan> &scans);
    void armFlush();

    SerialLink m_link;
    scanner::ScanFramer m_framer;
    scanner::DuplicateFilter m_duplicates{kDuplicateWindowMs};
    QElapsedTimer m_clock;
    QTimer m_flush; // ends a scan sent without terminator, at the framer's deadline
};

} // namespace bk
