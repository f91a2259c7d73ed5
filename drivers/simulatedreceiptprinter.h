#pragma once
// A printer that saves each receipt as a PNG image, for the demo and for UI tests; paper-out
// and offline can be switched on to exercise the app's failure paths.

#include "drivers/receiptprinter.h"

namespace bk {

/// Renders jobs to `receipt-<yyyyMMdd-HHmmss>-<jobId>.png` in an output folder.
class SimulatedReceiptPrinter : public ReceiptPrinter
{
    Q_OBJECT

public:
    /// Creates `outDir` if needed; if that fails the printer reports Error.
    explicit SimulatedReceiptPrinter(const QString &outDir, int widthDots = 576,
                                     QObject *parent = nullptr);

    DeviceStatus status() const override;
    void print(const bk::Receipt &receipt, quint64 jobId) override;

    /// Path of the last receipt image saved, or empty.
    QString lastImagePath() const { return m_lastImagePath; }
    /// Folder the images go to (absolute).
    QString outDir() const { return m_outDir; }

    /// Test control: paper runs out (Error) or is refilled.
    void setPaperOut(bool paperOut);
    /// Test control: without a paper sensor (false) a saved receipt ends Sent, not Printed,
    /// as on a raw socket:// or usb:// queue.
    void setPaperSensing(bool sensing);
    /// Test control: the printer goes offline (Reconnecting) or comes back.
    void setOffline(bool offline);

signals:
    /// A receipt image was written to `path` (before jobFinished for the same job).
    void receiptSaved(const QString &path);

private:
    void runJob(const bk::Receipt &receipt, quint64 jobId);
    void setFlag(bool &flag, bool value);

    QString m_outDir;
    int m_widthDots;
    bool m_dirOk = false;
    bool m_paperOut = false;
    bool m_offline = false;
    bool m_paperSensing = true;
    QString m_lastImagePath;
};

} // namespace bk
