#pragma once
// The demo side panel: what the simulated printer and display would show, a field to "scan" a
// code with the simulated reader, and a technician's test page. Only in demo mode.

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace bk {

class SimulatedBarcodeReader;
class SimulatedReceiptPrinter;
class SimulatedTicketDisplay;

class DemoController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the composition root (graph/kioskgraph.h)")
    Q_PROPERTY(QUrl lastReceipt READ lastReceipt NOTIFY lastReceiptChanged)
    Q_PROPERTY(QStringList displayLines READ displayLines NOTIFY displayLinesChanged)
    Q_PROPERTY(QString displayText READ displayText NOTIFY displayLinesChanged)
    Q_PROPERTY(QStringList demoCodes READ demoCodes CONSTANT)

public:
    /// `scanner` may be null (the demo runs with a real reader): scan() then does nothing.
    DemoController(SimulatedReceiptPrinter &printer, SimulatedTicketDisplay &display,
                   SimulatedBarcodeReader *scanner, QStringList demoCodes,
                   QObject *parent = nullptr);

    QUrl lastReceipt() const;
    QStringList displayLines() const;
    /// The display's lines joined by newlines (a blank line when it shows nothing).
    QString displayText() const;
    QStringList demoCodes() const { return m_demoCodes; }

    /// Prints the technician's test page on the simulated printer.
    Q_INVOKABLE void printTestPage();
    /// "Scans" `payload` with the simulated barcode reader, as if held under it.
    Q_INVOKABLE void scan(const QString &payload);

signals:
    void lastReceiptChanged();
    void displayLinesChanged();

private:
    SimulatedReceiptPrinter &m_printer;
    SimulatedTicketDisplay &m_display;
    SimulatedBarcodeReader *m_scanner;
    QStringList m_demoCodes;
    quint64 m_nextJob = 1;
};

} // namespace bk
