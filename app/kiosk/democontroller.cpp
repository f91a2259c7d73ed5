#include "kiosk/democontroller.h"

#include "drivers/receipt.h"
#include "drivers/simulatedbarcodereader.h"
#include "drivers/simulatedreceiptprinter.h"
#include "drivers/simulatedticketdisplay.h"

namespace bk {

DemoController::DemoController(SimulatedReceiptPrinter &printer, SimulatedTicketDisplay &display,
                               SimulatedBarcodeReader *scanner, QStringList demoCodes,
                               QObject *parent)
    : QObject(parent), m_printer(printer), m_display(display), m_scanner(scanner),
      m_demoCodes(std::move(demoCodes))
{
    connect(&m_printer, &SimulatedReceiptPrinter::receiptSaved, this,
            &DemoController::lastReceiptChanged);
    connect(&m_display, &SimulatedTicketDisplay::linesChanged, this,
            &DemoController::displayLinesChanged);
}

QUrl DemoController::lastReceipt() const
{
    const QString path = m_printer.lastImagePath();
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}

QStringList DemoController::displayLines() const
{
    return m_display.lines();
}

QString DemoController::displayText() const
{
    const QStringList lines = m_display.lines();
    return lines.isEmpty() ? QStringLiteral(" ") : lines.join(u'\n');
}

void DemoController::printTestPage()
{
    // Job ids far above the kiosk's own, so the kiosk never mistakes this job for a slip.
    m_printer.print(testPage(), (quint64(1) << 62) + m_nextJob++);
}

void DemoController::scan(const QString &payload)
{
    if (m_scanner)
        m_scanner->inject(payload.toUtf8());
}

} // namespace bk
