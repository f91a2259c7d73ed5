#include "drivers/barcodereader.h"

namespace bk {

DeviceStatus NullBarcodeReader::status() const
{
    return {DeviceState::Disabled, QStringLiteral("no barcode reader configured"),
            QStringLiteral("not-configured")};
}

} // namespace bk
