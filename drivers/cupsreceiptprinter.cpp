#include "drivers/cupsreceiptprinter.h"

#include "drivers/cupsbackendsignals.h"
#include "drivers/cupsippclient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace bk {

namespace {

/// A reason keyword without its severity suffix (RFC 8011 5.4.12).
QString baseReason(QString reason)
{
    for (const auto suffix : {u"-error", u"-warning", u"-report"})
        if (reason.endsWith(suffix))
            return reason.chopped(qsizetype(std::char_traits<char16_t>::length(suffix)));
    return reason;
}

} // namespace

DeviceStatus cupsPrinterStatus(int printerState, const QStringList &reasons, bool accepting,
                               bool connectingTooLong)
{
    QStringList base;
    for (const QString &r : reasons)
        base.append(baseReason(r));
    // Faults someone must fix at the printer first, most specific first.
    static const std::pair<const char16_t *, const char *> kFaults[] = {
        {u"media-empty", "out of paper: put in a new paper roll"},
        {u"media-needed", "out of paper: put in a new paper roll"},
        {u"media-jam", "paper jam: open the cover and clear the paper"},
        {u"cover-open", "printer cover open: close it"},
        {u"door-open", "printer cover open: close it"},
        {u"marker-supply-empty", "printer needs service (marker supply empty)"},
    };
    // The reason key is the keyword itself (RFC 8011 5.4.12), without its severity suffix.
    for (const auto &[key, text] : kFaults)
        if (base.contains(QStringView(key)))
            return {DeviceState::Error, QString::fromUtf8(text), QString::fromUtf16(key)};
    if (base.contains(u"offline") || base.contains(u"shutdown") || base.contains(u"timed-out"))
        return {DeviceState::Reconnecting,
                QStringLiteral("printer offline: check its power and cable"),
                QStringLiteral("offline")};
    if (connectingTooLong)
        return {DeviceState::Reconnecting,
                QStringLiteral("printer unreachable: CUPS cannot connect to it; check its power "
                               "and cable"),
                QStringLiteral("unreachable")};
    if (printerState == cupsipp::kPrinterStopped)
        return {DeviceState::Error,
                QStringLiteral("print queue stopped in CUPS: fix the printer, "
                               "then resume the queue (cupsenable)"),
                QStringLiteral("queue-stopped")};
    if (!accepting)
        return {DeviceState::Error,
                QStringLiteral("print queue rejects jobs in CUPS: enable it (cupsaccept)"),
                QStringLiteral("queue-rejecting")};
    if (base.contains(u"media-low"))
        return {DeviceState::Connected, QStringLiteral("paper low: change the roll soon"),
                QStringLiteral("media-low")};
    return {DeviceState::Connected, {}};
}

/// Follows the printer's state and each job and decides what they mean for a receipt; asks
/// CUPS through its own cupsipp::Client. Lives on the printer's worker thread.
class CupsWorker : public QObject
{
public:
    CupsWorker(CupsReceiptPrinter *owner, const CupsPrinterOptions &options)
        : m_owner(owner), m_options(options),
          m_ipp(options.server, options.queue, options.requestTimeoutMs)
    {}

    /// First poll; called on the worker thread.
    void start()
    {
        m_clock.start();
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
        tick();
    }

    void submit(const Receipt &receipt, quint64 jobId)
    {
        if (m_status.state == DeviceState::Error && m_faultLastSeen) {
            // CUPS keeps a backend's last fault (paper out) on an idle queue until a backend
            // clears it: only a job can show the printer was fixed. The job is failed and
            // cancelled as soon as the fault shows again while it runs.
            qCInfo(lcCups).noquote()
                << "job" << jobId << "tried although CUPS last saw:" << m_status.reason;
        } else if (m_status.state != DeviceState::Connected) {
            // Not queued: a receipt printed minutes later, after the citizen has left, helps no
            // one and lands in the next citizen's hands. The app shows the code on screen.
            qCWarning(lcCups).noquote()
                << "job" << jobId << "not queued, printer not ready:" << m_status.reason;
            finish(jobId, ReceiptPrinter::Outcome::Failed,
                   m_status.reason + QStringLiteral(" (not queued, so it will not print later)"));
            return;
        }
        if (std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const Job &j) { return j.reported; })) {
            // A receipt already reported failed is still in CUPS (its cancel has not taken
            // effect, e.g. a slow printer past the job timeout): a new job could come out
            // together with it, a reprint twice. Not queued until CUPS is done with it.
            qCWarning(lcCups) << "job" << jobId
                              << "not queued: a receipt reported failed is still in the CUPS queue";
            finish(jobId, ReceiptPrinter::Outcome::Failed,
                   QStringLiteral("an earlier receipt reported failed is still in the print "
                                  "queue (not queued, so nothing prints twice)"));
            return;
        }
        if (!m_ipp.ensureConnected()) {
            finish(jobId, ReceiptPrinter::Outcome::Failed, m_ipp.unreachableText());
            return;
        }
        m_ipp.ensureSubscription(m_clock.elapsed());
        const QByteArray bytes = encodeEscPosReceipt(receipt, m_options.setup);
        const int cupsId = m_ipp.createJob(jobId);
        if (cupsId == 0) {
            const QString why = QString::fromUtf8(cupsLastErrorString());
            m_ipp.dropConnectionIfBroken();
            finish(jobId, ReceiptPrinter::Outcome::Failed,
                   QStringLiteral("CUPS refused the job: %1").arg(why));
            return;
        }
        if (!m_ipp.sendDocument(cupsId, bytes)) {
            const QString why = QString::fromUtf8(cupsLastErrorString());
            m_ipp.cancelJob(cupsId);
            m_ipp.dropConnectionIfBroken();
            finish(jobId, ReceiptPrinter::Outcome::Failed,
                   QStringLiteral("sending the receipt to CUPS failed: %1").arg(why));
            return;
        }
        qCInfo(lcCups) << "job" << jobId << "sent as CUPS job" << cupsId << bytes.size() << "bytes";
        const qint64 now = m_clock.elapsed();
        m_jobs.append(
            {jobId, cupsId, now, m_faultLastSeen ? now + m_options.unreachableGraceMs : 0});
        m_timer->start(0); // follow it at once
    }

private:
    struct Job
    {
        quint64 appId = 0;
        int cupsId = 0;
        qint64 submittedMs = 0;
        qint64 faultGraceUntilMs = 0; ///< sent over a leftover fault: ignore it until then
        bool reported = false;        ///< jobFinished(Failed) sent; being cancelled in CUPS
        bool cancelled = false;       ///< CUPS took the cancel request
    };

    void tick()
    {
        updateStatus();
        for (qsizetype i = 0; i < m_jobs.size();) {
            if (followJob(m_jobs[i]))
                m_jobs.removeAt(i);
            else
                ++i;
        }
        const bool urgent = !m_jobs.isEmpty();
        m_timer->start(urgent ? m_options.jobPollMs : m_options.statusPollMs);
    }

    /// Polls the job; true when it is over (and reported).
    bool followJob(Job &job)
    {
        // None: CUPS could not be asked (then the printer's status says so and fails the job).
        std::optional<int> state = m_ipp.jobState(job.cupsId);
        if (state && *state == 0)
            state = m_ipp.vanishedJobState(job.cupsId); // 0 when no event says how it ended
        const bool over =
            state && (*state == cupsipp::kJobCompleted || *state == cupsipp::kJobCanceled ||
                      *state == cupsipp::kJobAborted || *state == 0);
        if (over && job.reported) {
            if (*state == cupsipp::kJobCompleted) {
                const QString why = QStringLiteral(
                    "CUPS printed the receipt before the cancel took effect, after the citizen "
                    "was told it would not come: a stray receipt may be in the tray");
                qCWarning(lcCups).noquote() << "job" << job.appId << "printed late:" << why;
                QMetaObject::invokeMethod(m_owner, [o = m_owner, id = job.appId, why] {
                    emit o->jobPrintedLate(id, why);
                });
            } else {
                qCInfo(lcCups) << "job" << job.appId << "cancelled in CUPS after it was reported"
                               << "failed";
            }
            return true;
        }
        if (over) {
            switch (*state) {
            case cupsipp::kJobCompleted:
                if (paperConfirmed())
                    finish(job.appId, ReceiptPrinter::Outcome::Printed, {});
                else if (m_paperReport == PaperReport::Backend)
                    finish(job.appId, ReceiptPrinter::Outcome::Sent,
                           QStringLiteral("the printer did not answer the paper status query "
                                          "(bkescpos backend): receipt sent, not confirmed"));
                else
                    finish(job.appId, ReceiptPrinter::Outcome::Sent, paperUnknownText());
                break;
            case cupsipp::kJobCanceled:
                finish(job.appId, ReceiptPrinter::Outcome::Failed,
                       QStringLiteral("the job was canceled in CUPS") + printerProblem());
                break;
            case cupsipp::kJobAborted:
                finish(job.appId, ReceiptPrinter::Outcome::Failed,
                       QStringLiteral("CUPS aborted the job (printer error)") + printerProblem());
                break;
            default:
                finish(
                    job.appId, ReceiptPrinter::Outcome::Sent,
                    QStringLiteral("CUPS forgot the job without an end event (PreserveJobHistory "
                                   "No, or it was cancelled while waiting): it may have "
                                   "printed"));
            }
            return true;
        }
        if (job.reported) {
            if (!job.cancelled)
                job.cancelled = cancelJob(job);
            return false;
        }
        QString why;
        // A job tried over a leftover fault gets the grace period for its backend to clear it
        // (it does so at once when the printer was fixed); a stopped queue fails it at once.
        const bool leftoverFault =
            m_status.state == DeviceState::Error &&
            (m_faultLastSeen || (m_printerState == cupsipp::kPrinterProcessing &&
                                 m_clock.elapsed() < job.faultGraceUntilMs));
        if (m_status.state != DeviceState::Connected && !leftoverFault)
            why = m_status.reason;
        else if (m_clock.elapsed() - job.submittedMs > m_options.jobTimeoutMs)
            why = QStringLiteral("the printer did not finish the receipt within %1 s")
                      .arg(m_options.jobTimeoutMs / 1000);
        if (!why.isEmpty()) {
            job.reported = true;
            // The printer (not cupsd) is unreachable: hold new receipts back for a while.
            if (m_status.state == DeviceState::Reconnecting &&
                m_status.reason != m_ipp.unreachableText())
                m_unreachableUntil = m_clock.elapsed() + m_options.unreachableHoldMs;
            finish(job.appId, ReceiptPrinter::Outcome::Failed,
                   why + QStringLiteral(" (the receipt is cancelled in CUPS, so it will not "
                                        "print later)"));
            job.cancelled = cancelJob(job);
        }
        return false;
    }

    /// Whether a job just completed on this queue surely came out on paper.
    bool paperConfirmed()
    {
        if (m_paperReport == PaperReport::Printer)
            return true;
        if (m_paperReport != PaperReport::Backend)
            return false;
        // Asked now, after the job ended: the backend set the reason before it exited.
        const std::optional<cupsipp::PrinterInfo> info = m_ipp.fetchPrinter();
        return info && info->reasons.contains(QStringView(kPaperOkReason));
    }

    void updateStatus()
    {
        DeviceStatus s;
        m_faultLastSeen = false;
        const std::optional<cupsipp::PrinterInfo> info = m_ipp.fetchPrinter();
        if (!info) {
            m_connectingSince.reset();
            s = {DeviceState::Reconnecting, m_ipp.unreachableText(),
                 QStringLiteral("cups-unreachable")};
        } else if (info->missing) {
            s = {DeviceState::Error,
                 QStringLiteral("CUPS has no print queue named \"%1\": set "
                                "printer.queue or create the queue")
                     .arg(m_options.queue),
                 QStringLiteral("queue-missing")};
        } else {
            m_paperReport = paperReportForDeviceUri(info->deviceUri);
            m_printerState = info->state;
            // A backend that cannot reach the printer keeps the job processing and says so in
            // printer-state-message (usb: "Waiting for printer to become available."; socket:
            // "The printer is in use." for a refused connection, its connecting-to-device
            // reason set and cleared at once, seen on Debian 12). A working printer may keep
            // the job processing a long time too (usb: "Sending data to printer." for ~8 s
            // after the last byte while it waits for the back channel; socket: "Waiting for
            // printer to finish."): only the backends' "cannot reach" words count.
            const auto has = [&info](QStringView key) {
                return std::any_of(info->reasons.cbegin(), info->reasons.cend(),
                                   [key](const QString &r) { return baseReason(r) == key; });
            };
            const bool connecting =
                has(u"connecting-to-device") || (info->state == cupsipp::kPrinterProcessing &&
                                                 cupsMessageMeansUnreachable(info->message));
            if (!connecting)
                m_connectingSince.reset();
            else if (!m_connectingSince)
                m_connectingSince = m_clock.elapsed();
            const bool tooLong = m_connectingSince && m_clock.elapsed() - *m_connectingSince >=
                                                          m_options.unreachableGraceMs;
            if (tooLong)
                m_unreachableUntil = m_clock.elapsed() + m_options.unreachableHoldMs;
            s = cupsPrinterStatus(info->state, info->reasons, info->accepting, tooLong);
            // An idle queue that accepts jobs runs no backend: its fault reasons are the last
            // backend's words, not news (see submit()).
            m_faultLastSeen = s.state == DeviceState::Error &&
                              info->state == cupsipp::kPrinterIdle && info->accepting;
            if (s.state == DeviceState::Connected && m_unreachableUntil &&
                m_clock.elapsed() < *m_unreachableUntil)
                s = {DeviceState::Reconnecting,
                     QStringLiteral("printer unreachable: the last receipt could not reach it, "
                                    "new receipts are not queued (tried again within %1 s); "
                                    "check its power and cable")
                         .arg(m_options.unreachableHoldMs / 1000),
                     QStringLiteral("unreachable")};
            else if (s.state == DeviceState::Connected && s.reason.isEmpty() &&
                     m_paperReport == PaperReport::None)
                s.reason = paperUnknownText();
        }
        if (s == m_status)
            return;
        m_status = s;
        qCInfo(lcCups) << "printer" << stateKey(s.state) << s.reason;
        QMetaObject::invokeMethod(m_owner, [o = m_owner, s] { o->setStatus(s); });
    }

    /// Cancel-Job (not purged: the end stays in the history when it is kept). True when CUPS
    /// took it or the job is already over; false to try again next tick.
    bool cancelJob(const Job &job)
    {
        if (!m_ipp.ensureConnected())
            return false;
        const ipp_status_t status = m_ipp.cancelJob(job.cupsId);
        if (status <= IPP_STATUS_OK_CONFLICTING || status == IPP_STATUS_ERROR_NOT_POSSIBLE ||
            status == IPP_STATUS_ERROR_NOT_FOUND) {
            qCInfo(lcCups) << "job" << job.appId
                           << "cancel sent to CUPS:" << ippErrorString(status);
            return true;
        }
        qCWarning(lcCups) << "job" << job.appId
                          << "could not be cancelled in CUPS yet:" << cupsLastErrorString();
        m_ipp.dropConnectionIfBroken();
        return false;
    }

    /// ": <why>" when the printer is not ready (a backend cancels a job it found no paper for).
    QString printerProblem() const
    {
        return m_status.state == DeviceState::Connected ? QString()
                                                        : QStringLiteral(": ") + m_status.reason;
    }

    QString paperUnknownText() const
    {
        return QStringLiteral("paper state unknown: the print queue \"%1\" (a raw socket:// or "
                              "usb:// printer) cannot report paper out, so receipts count as "
                              "sent, not printed; check the paper roll")
            .arg(m_options.queue);
    }

    void finish(quint64 jobId, ReceiptPrinter::Outcome outcome, const QString &reason)
    {
        if (outcome == ReceiptPrinter::Outcome::Printed)
            qCInfo(lcCups) << "job" << jobId << "printed";
        else if (outcome == ReceiptPrinter::Outcome::Sent)
            qCInfo(lcCups).noquote() << "job" << jobId << "sent, not confirmed:" << reason;
        else
            qCWarning(lcCups).noquote() << "job" << jobId << "failed:" << reason;
        QMetaObject::invokeMethod(m_owner, [o = m_owner, jobId, outcome, reason] {
            emit o->jobFinished(jobId, outcome, reason);
        });
    }

    CupsReceiptPrinter *m_owner;
    const CupsPrinterOptions m_options;
    cupsipp::Client m_ipp; ///< the worker's own connection to cupsd
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    std::optional<qint64> m_connectingSince;
    std::optional<qint64> m_unreachableUntil;
    int m_printerState = cupsipp::kPrinterIdle;
    bool m_faultLastSeen = false; ///< Error only from reasons left on an idle, accepting queue
    PaperReport m_paperReport = PaperReport::None;
    DeviceStatus m_status{DeviceState::Reconnecting, QStringLiteral("checking the printer"),
                          QStringLiteral("checking")};
    QList<Job> m_jobs;
};

CupsReceiptPrinter::CupsReceiptPrinter(const CupsPrinterOptions &options, QObject *parent)
    : ReceiptPrinter(parent), m_options(options)
{
    m_thread.setObjectName(QStringLiteral("bk-cups"));
    m_worker = new CupsWorker(this, m_options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->start(); });
}

CupsReceiptPrinter::~CupsReceiptPrinter()
{
    m_thread.quit();
    m_thread.wait();
}

DeviceStatus CupsReceiptPrinter::status() const
{
    return m_status;
}

void CupsReceiptPrinter::print(const Receipt &receipt, quint64 jobId)
{
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, receipt, jobId] { w->submit(receipt, jobId); });
}

void CupsReceiptPrinter::setStatus(const DeviceStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged();
}

} // namespace bk
