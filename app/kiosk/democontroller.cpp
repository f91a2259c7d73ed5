#include "democontroller.h"

#include "receipt.h"
#include "simulatedreceiptprinter.h"
#include "simulatedticketdisplay.h"

namespace bk {

DemoController::DemoController(SimulatedReceiptPrinter &printer, SimulatedTicketDisplay &display,
                               QStringList demoCodes, QObject *parent)
    : QObject(parent), m_printer(printer), m_display(display), m_demoCodes(std::move(demoCodes))
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

void DemoController::printTestPage()
{
    m_printer.print(testPage(), m_nextJob++);
}

} // namespace bk
