#pragma once
// The receipt printer as the app sees it. Asynchronous by contract: print() only queues the
// job and returns; the outcome arrives later as jobFinished, so a real driver (CUPS, which
// may take seconds or hang on a stuck queue) never blocks the GUI thread.

#include "drivers/devicestatus.h"
#include "drivers/receipt.h"

#include <QObject>

namespace bk {

/// A receipt printer: real (CUPS), simulated (PNG files) or null.
class ReceiptPrinter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ReceiptPrinter() override = default;

    /// How a job ended, as far as the printer can know (README "What a printed receipt
    /// guarantees" lists which queue and printer gives which).
    enum class Outcome {
        Failed,  ///< no receipt, and none will come out later (the job is not left queued)
        Sent,    ///< the printer took the data, but cannot say whether paper came out (a raw
                 ///< socket:// or usb:// queue: no paper sensor CUPS can read)
        Printed, ///< the printer took the data and confirmed it had paper
    };
    Q_ENUM(Outcome)

    /// Current state and, unless Connected, why.
    virtual DeviceStatus status() const = 0;

    /// Queues `receipt` as job `jobId` (the caller's number, echoed in jobFinished). Never
    /// emits from inside this call.
    virtual void print(const bk::Receipt &receipt, quint64 jobId) = 0;

signals:
    /// status() changed.
    void statusChanged();
    /// Exactly once per print() call, always queued. `reason` (technician's words, no citizen
    /// data) says why when the outcome is not Printed.
    void jobFinished(quint64 jobId, bk::ReceiptPrinter::Outcome outcome, const QString &reason);
};

/// No printer configured: Disabled, and every job fails with "no printer configured".
class NullReceiptPrinter : public ReceiptPrinter
{
    Q_OBJECT

public:
    using ReceiptPrinter::ReceiptPrinter;

    DeviceStatus status() const override;
    void print(const bk::Receipt &receipt, quint64 jobId) override;
};

} // namespace bk
