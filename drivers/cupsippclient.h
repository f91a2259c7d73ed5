#pragma once
// The IPP requests the CUPS receipt printer makes to cupsd about one queue, on one connection
// of its own (libcups; RFC 8011 for the operations and attributes, RFC 3996 for the ippget
// notifications). Blocking calls: used only on CupsReceiptPrinter's worker thread. Says nothing
// about what the answers mean for a receipt; CupsReceiptPrinter decides that.

#include <QByteArray>
#include <QHash>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <cups/cups.h>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcCups)

namespace bk::cupsipp {

// IPP printer-state and job-state values (RFC 8011 5.4.11, 5.3.7).
inline constexpr int kPrinterIdle = 3;
inline constexpr int kPrinterProcessing = 4;
inline constexpr int kPrinterStopped = 5;
inline constexpr int kJobCanceled = 7;
inline constexpr int kJobAborted = 8;
inline constexpr int kJobCompleted = 9;

/// What one Get-Printer-Attributes said.
struct PrinterInfo
{
    int state = kPrinterIdle; ///< printer-state
    QStringList reasons;      ///< printer-state-reasons, without "none"
    bool accepting = true;    ///< printer-is-accepting-jobs
    QString message;          ///< printer-state-message: what the backend last said
    QString deviceUri;    ///< where the queue sends jobs: "socket://…", "usb://…", "ipp://…"
    bool missing = false; ///< the server answered, but has no such queue
};

/// A connection to the CUPS server and the requests about one queue. A request that fails on a
/// broken connection closes it; the next request connects again.
class Client
{
public:
    /// `server`: "host:port", "host" or a socket path, empty = cupsServer(); `timeoutMs` for
    /// connecting and for each request.
    Client(QString server, QString queue, int timeoutMs);
    /// Cancels the job-completed subscription and closes the connection.
    ~Client();
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    /// Connects when not connected; false when the server cannot be reached.
    bool ensureConnected();
    /// Closes the connection when libcups saw it fail (or always, with `force`).
    void dropConnectionIfBroken(bool force = false);
    /// For staff: the server that cannot be reached and what to check.
    QString unreachableText() const;

    /// Get-Printer-Attributes; none when the server could not be asked.
    std::optional<PrinterInfo> fetchPrinter();
    /// Create-Job titled "borgerkiosk-receipt-<jobId>" (the title is visible to anyone who can
    /// list CUPS jobs: the job number only), in English (attributes-natural-language "en"):
    /// cupsd runs the job's backend in the job's language, and cupsMessageMeansUnreachable
    /// reads the backends' English words. The CUPS job id, 0 on failure (cupsLastErrorString
    /// says why).
    int createJob(quint64 jobId);
    /// Sends `bytes` as the job's one raw document (CUPS_FORMAT_RAW) and closes the job; false
    /// on failure (cupsLastErrorString says why).
    bool sendDocument(int cupsId, const QByteArray &bytes);
    /// The job's IPP job-state; 0 when CUPS does not know it; none when CUPS could not be
    /// asked.
    std::optional<int> jobState(int cupsId);
    /// Cancel-Job (not purged: the end stays in the history when it is kept); CUPS's answer.
    ipp_status_t cancelJob(int cupsId);

    /// Keeps an ippget subscription to this queue's job-completed events (RFC 3996), so the
    /// end of a job cupsd forgets at once (PreserveJobHistory No) can still be read. Renewed
    /// by a new one every 12 h (lease 24 h) of `nowMs` (any monotonic ms clock); without it
    /// vanished jobs are reported Sent.
    void ensureSubscription(qint64 nowMs);
    /// The end state a job-completed event gave for `cupsId` (7, 8, 9), or 0 when none did.
    int vanishedJobState(int cupsId);

private:
    /// A request for operation `op` on the queue: printer-uri and requesting-user-name set.
    ipp_t *printerRequest(ipp_op_t op) const;
    void cancelSubscription();
    /// Collects job-completed events (one event-notification group each) into m_ended.
    void readEvents(ipp_t *response);

    const QString m_server;
    const QString m_queue;
    const int m_timeoutMs;
    http_t *m_http = nullptr;
    int m_subscription = 0;
    qint64 m_subscribedAtMs = 0;
    int m_nextSequence = 1;
    QHash<int, int> m_ended; ///< CUPS job id → end state, from job-completed events
};

} // namespace bk::cupsipp
