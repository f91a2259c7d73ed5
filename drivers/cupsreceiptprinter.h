#pragma once
// The real receipt printer: ESC/POS bytes through a raw CUPS queue. All CUPS traffic (job
// submission, following the job, polling the printer's state) runs on a worker thread with its
// own connection to the server, because any of it can block for seconds on a stuck server.
// Results come back to this object's thread by queued invocation.
//
// A job is reported by jobFinished exactly once:
// - Printed when CUPS completed it on a queue whose printer reports paper (an IPP printer, or
//   a network ESC/POS printer behind our bkescpos backend that confirmed its paper);
// - Sent when CUPS completed it on a queue that cannot know the paper (raw socket://, usb://:
//   ESC/POS printers take the data without paper), or when CUPS forgot the job without saying
//   how it ended (PreserveJobHistory No and no job-completed event);
// - Failed when CUPS aborts or cancels it, when the printer is not ready (out of paper, cover
//   open, queue stopped, unreachable) or the job is not done within jobTimeoutMs.
// A job reported Failed is cancelled in CUPS at once: the citizen was told no receipt would
// come, so none may come out later into the next citizen's hands. Should CUPS have printed it
// before the cancel landed, jobPrintedLate says so for staff. While the printer is known to be
// unreachable (and for unreachableHoldMs after the last job that could not reach it) a new
// job is failed at once, without queueing it.
//
// Vanished jobs: with PreserveJobHistory No cupsd forgets a job the moment it ends, so the
// worker keeps an ippget printer subscription to job-completed events and reads the end
// state from the event (a job cancelled while pending gives no event: reported Sent, never
// Printed).

#include "drivers/escposreceipt.h"
#include "drivers/receiptprinter.h"

#include <QStringList>
#include <QThread>

namespace bk {

class CupsWorker;

/// Where the printer is and how patiently it is followed. Times in ms.
struct CupsPrinterOptions
{
    QString server; ///< "host:port", "host" or a socket path; empty = cupsServer()
    QString queue = QStringLiteral("borgerkiosk");
    EscPosSetup setup;             ///< code page and paper width the bytes are made for
    int statusPollMs = 2000;       ///< printer state poll while idle
    int jobPollMs = 300;           ///< job and printer poll while a job is unreported
    int jobTimeoutMs = 30000;      ///< an unfinished job is reported failed after this
    int unreachableGraceMs = 5000; ///< connecting / retrying this long = unreachable
    int requestTimeoutMs = 5000;   ///< connect / IPP request timeout
    int unreachableHoldMs = 30000; ///< after a job could not reach the printer, new jobs fail
                                   ///< at once for this long; then the next job tries again
};

/// The state a CUPS printer is in, in words for staff: from IPP printer-state (3 idle,
/// 4 processing, 5 stopped), printer-state-reasons and printer-is-accepting-jobs. A warning
/// (paper low) keeps Connected with the warning as reason. `connectingTooLong`: the printer
/// has reported connecting-to-device, or processed a job with a backend message that means
/// "cannot reach the printer" (cupsMessageMeansUnreachable), for longer than the grace period.
DeviceStatus cupsPrinterStatus(int printerState, const QStringList &reasons, bool accepting,
                               bool connectingTooLong = false);

/// A ReceiptPrinter that prints through a raw CUPS queue (libcups, IPP).
class CupsReceiptPrinter : public ReceiptPrinter
{
    Q_OBJECT

public:
    /// Starts the worker thread and the first status poll.
    explicit CupsReceiptPrinter(const CupsPrinterOptions &options, QObject *parent = nullptr);
    /// Stops the worker; a CUPS request in flight may delay this up to requestTimeoutMs.
    ~CupsReceiptPrinter() override;

    DeviceStatus status() const override;
    void print(const bk::Receipt &receipt, quint64 jobId) override;

    /// The options the printer was made with.
    const CupsPrinterOptions &options() const { return m_options; }

signals:
    /// A job already reported Failed (and cancelled) was printed by CUPS before the cancel
    /// took effect: a stray receipt may be in the tray. `reason` is for staff.
    void jobPrintedLate(quint64 jobId, const QString &reason);

private:
    friend class CupsWorker;
    void setStatus(const DeviceStatus &status);

    CupsPrinterOptions m_options;
    DeviceStatus m_status{DeviceState::Reconnecting, QStringLiteral("checking the printer")};
    QThread m_thread;
    CupsWorker *m_worker = nullptr; // lives on m_thread
};

} // namespace bk
