#pragma once
// The paper the citizen takes home, laid out as drivers' Receipt documents in the citizen's
// language: queue ticket, chance-queue ticket, booking confirmation, self-service pointer.

#include "drivers/receipt.h"
#include "kiosk/slip.h"

#include <QCoreApplication>

namespace bk {

class ReceiptLayouts
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptLayouts)

public:
    /// The receipt for `slip`, using the translator installed now (the caller's language).
    static Receipt layout(const Slip &slip);

private:
    static void header(Receipt &r, const Slip &slip);
    static void footer(Receipt &r, const Slip &slip);
};

} // namespace bk
