#include "drivers/simulatedbarcodereader.h"

namespace bk {

DeviceStatus SimulatedBarcodeReader::status() const
{
    return {DeviceState::Connected, {}};
}

void SimulatedBarcodeReader::inject(const QByteArray &raw)
{
    QMetaObject::invokeMethod(
        this, [this, raw] { emit scanned(raw); }, Qt::QueuedConnection);
}

} // namespace bk
