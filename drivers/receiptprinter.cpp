#include "drivers/receiptprinter.h"

namespace bk {

DeviceStatus NullReceiptPrinter::status() const
{
    return {DeviceState::Disabled, QStringLiteral("no printer configured"),
            QStringLiteral("not-configured")};
}

void NullReceiptPrinter::print(const Receipt &, quint64 jobId)
{
    QMetaObject::invokeMethod(
        this,
        [this, jobId] {
            emit jobFinished(jobId, Outcome::Failed, QStringLiteral("no printer configured"));
        },
        Qt::QueuedConnection);
}

} // namespace bk
