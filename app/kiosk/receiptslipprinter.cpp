#include "kiosk/receiptslipprinter.h"

#include "drivers/receiptprinter.h"
#include "kiosk/receiptlayouts.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReceipt, "bk.receipt")

namespace bk {

ReceiptSlipPrinter::ReceiptSlipPrinter(ReceiptPrinter &printer, QObject *parent)
    : SlipPrinter(parent), m_printer(printer)
{
    connect(&m_printer, &ReceiptPrinter::statusChanged, this, &SlipPrinter::readyChanged);
    connect(&m_printer, &ReceiptPrinter::jobFinished, this,
            [this](quint64 job, ReceiptPrinter::Outcome outcome, const QString &reason) {
                // Only the receipts this printed (the admin screen's test page is not one).
                if (job == 0 || job >= m_nextJob)
                    return;
                // The reason is the driver's (paper out, offline): no citizen data in it.
                switch (outcome) {
                case ReceiptPrinter::Outcome::Printed:
                    emit jobFinished(job, Outcome::Printed);
                    return;
                case ReceiptPrinter::Outcome::Sent:
                    qCInfo(lcReceipt).noquote()
                        << "receipt job" << job
                        << "sent; the printer cannot confirm paper, the code stays on screen:"
                        << reason;
                    emit jobFinished(job, Outcome::Sent);
                    return;
                case ReceiptPrinter::Outcome::Failed:
                    qCWarning(lcReceipt).noquote() << "receipt job" << job << "failed:" << reason;
                    emit jobFinished(job, Outcome::Failed);
                    return;
                }
            });
}

bool ReceiptSlipPrinter::ready() const
{
    return m_printer.status().state == DeviceState::Connected;
}

QString ReceiptSlipPrinter::spokenText(const Slip &slip) const
{
    return ReceiptLayouts::spokenText(ReceiptLayouts::layout(slip));
}

quint64 ReceiptSlipPrinter::print(const Slip &slip)
{
    const quint64 job = m_nextJob++;
    m_last = ReceiptLayouts::layout(slip);
    m_printer.print(*m_last, job);
    return job;
}

} // namespace bk
