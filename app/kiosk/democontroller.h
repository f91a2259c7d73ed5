#pragma once
// The demo side panel: what the simulated printer and display would show, and a way to
// print a technician's test page. Only built into the window when demo mode is on.

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace bk {

class SimulatedReceiptPrinter;
class SimulatedTicketDisplay;

class DemoController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by main(), the composition root")
    Q_PROPERTY(QUrl lastReceipt READ lastReceipt NOTIFY lastReceiptChanged)
    Q_PROPERTY(QStringList displayLines READ displayLines NOTIFY displayLinesChanged)
    Q_PROPERTY(QStringList demoCodes READ demoCodes CONSTANT)

public:
    DemoController(SimulatedReceiptPrinter &printer, SimulatedTicketDisplay &display,
                   QStringList demoCodes, QObject *parent = nullptr);

    QUrl lastReceipt() const;
    QStringList displayLines() const;
    QStringList demoCodes() const { return m_demoCodes; }

    /// Prints the technician's test page on the simulated printer.
    Q_INVOKABLE void printTestPage();

signals:
    void lastReceiptChanged();
    void displayLinesChanged();

private:
    SimulatedReceiptPrinter &m_printer;
    SimulatedTicketDisplay &m_display;
    QStringList m_demoCodes;
    quint64 m_nextJob = 1;
};

} // namespace bk
