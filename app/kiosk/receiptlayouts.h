#pragma once
// The paper the citizen takes home, laid out as drivers' Receipt documents in the citizen's
// language: queue ticket, chance-queue ticket (each with the QR code of its queue page when the
// central has a public address), booking confirmation, self-service pointer.

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
    /// `receipt` read aloud: its text blocks in print order, one per line, list dashes
    /// dropped, a booking code spelled out symbol by symbol ("K 7 M 3 - Q X 9 S", so the
    /// voice says letters and digits, not a word); QR codes, barcodes and rules are not said.
    static QString spokenText(const Receipt &receipt);

private:
    static void header(Receipt &r, const Slip &slip);
    static void footer(Receipt &r, const Slip &slip);
    /// A ticket's "your place in the queue" line and QR code, when the slip has the address.
    static void queuePage(Receipt &r, const Slip &slip);
};

} // namespace bk
