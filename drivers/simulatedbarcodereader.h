#pragma once
// A barcode reader driven by hand: the demo panel and tests inject scans.

#include "drivers/barcodereader.h"

namespace bk {

/// Emits whatever is injected, as if it had been scanned.
class SimulatedBarcodeReader : public BarcodeReader
{
    Q_OBJECT

public:
    using BarcodeReader::BarcodeReader;

    DeviceStatus status() const override;

    /// Emits scanned(raw) from the event loop (queued), as a real reader's data arrives.
    Q_INVOKABLE void inject(const QByteArray &raw);
};

} // namespace bk
