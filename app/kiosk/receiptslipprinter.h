#pragma once
// Slips printed on the drivers' receipt printer (real, simulated or null): lays each slip out
// in the citizen's language and reports how the job ended.

#include "drivers/receipt.h"
#include "kiosk/slip.h"

#include <optional>

namespace bk {

class ReceiptPrinter;

class ReceiptSlipPrinter final : public SlipPrinter
{
    Q_OBJECT
public:
    explicit ReceiptSlipPrinter(ReceiptPrinter &printer, QObject *parent = nullptr);

    bool ready() const override;
    quint64 print(const Slip &slip) override;
    QString spokenText(const Slip &slip) const override;

    /// The last receipt sent (tests, the demo panel).
    std::optional<Receipt> lastReceipt() const { return m_last; }

private:
    ReceiptPrinter &m_printer;
    quint64 m_nextJob = 1;
    std::optional<Receipt> m_last;
};

} // namespace bk
