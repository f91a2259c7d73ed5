#include "drivers/cupsreceiptprinter.h"

#include "drivers/cupsbackendsignals.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <cups/cups.h>

#include <optional>

Q_LOGGING_CATEGORY(lcCups, "bk.drivers.cups")

namespace bk {

namespace {

// IPP printer-state and job-state values (RFC 8011 5.4.11, 5.3.7).
constexpr int kPrinterIdle = 3;
constexpr int kPrinterProcessing = 4;
constexpr int kPrinterStopped = 5;
constexpr int kJobCanceled = 7;
constexpr int kJobAborted = 8;
constexpr int kJobCompleted = 9;

/// A reason keyword without its severity suffix (RFC 8011 5.4.12).
QString baseReason(QString reason)
{
    for (const auto suffix : {u"-error", u"-warning", u"-report"})
        if (reason.endsWith(suffix))
            return reason.chopped(qsizetype(std::char_traits<char16_t>::length(suffix)));
    return reason;
}

int abortTimeout(http_t *, void *)
{
    return 0; // give up: the worker reports the server unreachable and reconnects next poll
}

/// What one Get-Printer-Attributes said; none when the server could not be asked.
struct PrinterInfo
{
    int state = 3;
    QStringList reasons;
    bool accepting = true;
    QString message;      ///< printer-state-message: what the backend last said
    QString deviceUri;    ///< where the queue sends jobs: "socket://…", "usb://…", "ipp://…"
    bool missing = false; ///< the server answered, but has no such queue
};

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
    for (const auto &[key, text] : kFaults)
        if (base.contains(QStringView(key)))
            return {DeviceState::Error, QString::fromUtf8(text)};
    if (base.contains(u"offline") || base.contains(u"shutdown") || base.contains(u"timed-out"))
        return {DeviceState::Reconnecting,
                QStringLiteral("printer offline: check its power and cable")};
    if (connectingTooLong)
        return {DeviceState::Reconnecting,
                QStringLiteral("printer unreachable: CUPS cannot connect to it; check its power "
                               "and cable")};
    if (printerState == kPrinterStopped)
        return {DeviceState::Error, QStringLiteral("print queue stopped in CUPS: fix the printer, "
                                                   "then resume the queue (cupsenable)")};
    if (!accepting)
        return {DeviceState::Error,
                QStringLiteral("print queue rejects jobs in CUPS: enable it (cupsaccept)")};
    if (base.contains(u"media-low"))
        return {DeviceState::Connected, QStringLiteral("paper low: change the roll soon")};
    return {DeviceState::Connected, {}};
}

/// Everything that talks to CUPS; lives on the printer's worker thread.
class CupsWorker : public QObject
{
public:
    CupsWorker(CupsReceiptPrinter *owner, const CupsPrinterOptions &options)
        : m_owner(owner), m_options(options)
    {}
    ~CupsWorker() override
    {
        if (m_http && m_subscription != 0)
            cancelSubscription();
        if (m_http)
            httpClose(m_http);
    }

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
        if (!ensureConnected()) {
            finish(jobId, ReceiptPrinter::Outcome::Failed, unreachableText());
            return;
        }
        ensureSubscription();
        const QByteArray bytes = encodeEscPosReceipt(receipt, m_options.setup);
        const QByteArray queue = m_options.queue.toUtf8();
        const int cupsId = createJob(jobId);
        if (cupsId == 0) {
            const QString why = QString::fromUtf8(cupsLastErrorString());
            dropConnectionIfBroken();
            finish(jobId, ReceiptPrinter::Outcome::Failed,
                   QStringLiteral("CUPS refused the job: %1").arg(why));
            return;
        }
        bool sent = cupsStartDocument(m_http, queue.constData(), cupsId, "receipt", CUPS_FORMAT_RAW,
                                      1) == HTTP_STATUS_CONTINUE;
        sent = sent && cupsWriteRequestData(m_http, bytes.constData(), size_t(bytes.size())) ==
                           HTTP_STATUS_CONTINUE;
        sent = sent && cupsFinishDocument(m_http, queue.constData()) == IPP_STATUS_OK;
        if (!sent) {
            const QString why = QString::fromUtf8(cupsLastErrorString());
            cupsCancelJob2(m_http, queue.constData(), cupsId, 0);
            dropConnectionIfBroken();
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
        std::optional<int> state = jobState(job.cupsId);
        if (state && *state == 0)
            state = vanishedJobState(job.cupsId); // 0 when no event says how it ended
        const bool over = state && (*state == kJobCompleted || *state == kJobCanceled ||
                                    *state == kJobAborted || *state == 0);
        if (over && job.reported) {
            if (*state == kJobCompleted) {
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
            case kJobCompleted:
                if (paperConfirmed())
                    finish(job.appId, ReceiptPrinter::Outcome::Printed, {});
                else if (m_paperReport == PaperReport::Backend)
                    finish(job.appId, ReceiptPrinter::Outcome::Sent,
                           QStringLiteral("the printer did not answer the paper status query "
                                          "(bkescpos backend): receipt sent, not confirmed"));
                else
                    finish(job.appId, ReceiptPrinter::Outcome::Sent, paperUnknownText());
                break;
            case kJobCanceled:
                finish(job.appId, ReceiptPrinter::Outcome::Failed,
                       QStringLiteral("the job was canceled in CUPS") + printerProblem());
                break;
            case kJobAborted:
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
        const bool leftoverFault = m_status.state == DeviceState::Error &&
                                   (m_faultLastSeen || (m_printerState == kPrinterProcessing &&
                                                        m_clock.elapsed() < job.faultGraceUntilMs));
        if (m_status.state != DeviceState::Connected && !leftoverFault)
            why = m_status.reason;
        else if (m_clock.elapsed() - job.submittedMs > m_options.jobTimeoutMs)
            why = QStringLiteral("the printer did not finish the receipt within %1 s")
                      .arg(m_options.jobTimeoutMs / 1000);
        if (!why.isEmpty()) {
            job.reported = true;
            // The printer (not cupsd) is unreachable: hold new receipts back for a while.
            if (m_status.state == DeviceState::Reconnecting && m_status.reason != unreachableText())
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
        const std::optional<PrinterInfo> info = fetchPrinter();
        return info && info->reasons.contains(QStringView(kPaperOkReason));
    }

    void updateStatus()
    {
        DeviceStatus s;
        m_faultLastSeen = false;
        const std::optional<PrinterInfo> info = fetchPrinter();
        if (!info) {
            m_connectingSince.reset();
            s = {DeviceState::Reconnecting, unreachableText()};
        } else if (info->missing) {
            s = {DeviceState::Error, QStringLiteral("CUPS has no print queue named \"%1\": set "
                                                    "printer.queue or create the queue")
                                         .arg(m_options.queue)};
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
                has(u"connecting-to-device") ||
                (info->state == kPrinterProcessing && cupsMessageMeansUnreachable(info->message));
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
            m_faultLastSeen =
                s.state == DeviceState::Error && info->state == kPrinterIdle && info->accepting;
            if (s.state == DeviceState::Connected && m_unreachableUntil &&
                m_clock.elapsed() < *m_unreachableUntil)
                s = {DeviceState::Reconnecting,
                     QStringLiteral("printer unreachable: the last receipt could not reach it, "
                                    "new receipts are not queued (tried again within %1 s); "
                                    "check its power and cable")
                         .arg(m_options.unreachableHoldMs / 1000)};
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

    QString printerUri() const
    {
        char uri[HTTP_MAX_URI];
        httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0,
                         "/printers/%s", m_options.queue.toUtf8().constData());
        return QString::fromUtf8(uri);
    }

    /// A request for operation `op` on our queue: printer-uri and requesting-user-name set.
    ipp_t *printerRequest(ipp_op_t op) const
    {
        ipp_t *request = ippNewRequest(op);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                     printerUri().toUtf8().constData());
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                     cupsUser());
        return request;
    }

    std::optional<PrinterInfo> fetchPrinter()
    {
        if (!ensureConnected())
            return std::nullopt;
        ipp_t *request = printerRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
        static const char *const kWanted[] = {"printer-state", "printer-state-reasons",
                                              "printer-is-accepting-jobs", "printer-state-message",
                                              "device-uri"};
        ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                      int(std::size(kWanted)), nullptr, kWanted);
        ipp_t *response = cupsDoRequest(m_http, request, "/");
        const ipp_status_t status = response ? ippGetStatusCode(response) : cupsLastError();
        std::optional<PrinterInfo> out;
        if (status == IPP_STATUS_ERROR_NOT_FOUND) {
            PrinterInfo missing;
            missing.missing = true;
            out = missing;
        } else if (response && status <= IPP_STATUS_OK_CONFLICTING) {
            PrinterInfo info;
            if (ipp_attribute_t *a = ippFindAttribute(response, "printer-state", IPP_TAG_ENUM))
                info.state = ippGetInteger(a, 0);
            if (ipp_attribute_t *a =
                    ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
                info.accepting = ippGetBoolean(a, 0);
            if (ipp_attribute_t *a =
                    ippFindAttribute(response, "printer-state-reasons", IPP_TAG_KEYWORD))
                for (int i = 0; i < ippGetCount(a); ++i)
                    info.reasons.append(QString::fromUtf8(ippGetString(a, i, nullptr)));
            info.reasons.removeAll(QStringLiteral("none"));
            if (ipp_attribute_t *a =
                    ippFindAttribute(response, "printer-state-message", IPP_TAG_TEXT))
                info.message = QString::fromUtf8(ippGetString(a, 0, nullptr));
            if (ipp_attribute_t *a = ippFindAttribute(response, "device-uri", IPP_TAG_URI))
                info.deviceUri = QString::fromUtf8(ippGetString(a, 0, nullptr));
            out = info;
        } else {
            dropConnectionIfBroken(true);
        }
        ippDelete(response);
        return out;
    }

    /// Create-Job in English (attributes-natural-language "en"): cupsd runs the job's backend
    /// in the job's language, and cupsMessageMeansUnreachable reads the backends' English
    /// words. The title is visible to anyone who can list CUPS jobs: job number only. Returns
    /// the CUPS job id, 0 on failure (cupsLastErrorString says why).
    int createJob(quint64 jobId)
    {
        ipp_t *request = printerRequest(IPP_OP_CREATE_JOB);
        if (ipp_attribute_t *language =
                ippFindAttribute(request, "attributes-natural-language", IPP_TAG_LANGUAGE))
            ippSetString(request, &language, 0, "en");
        const QByteArray title = "borgerkiosk-receipt-" + QByteArray::number(jobId);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr,
                     title.constData());
        const QByteArray resource = "/printers/" + m_options.queue.toUtf8();
        ipp_t *response = cupsDoRequest(m_http, request, resource.constData());
        int id = 0;
        if (response && ippGetStatusCode(response) <= IPP_STATUS_OK_CONFLICTING)
            if (ipp_attribute_t *a = ippFindAttribute(response, "job-id", IPP_TAG_INTEGER))
                id = ippGetInteger(a, 0);
        ippDelete(response);
        return id;
    }

    /// The job's IPP job-state; 0 when CUPS does not know it; none when CUPS could not be asked.
    std::optional<int> jobState(int cupsId)
    {
        if (!ensureConnected())
            return std::nullopt;
        ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
        char uri[HTTP_MAX_URI];
        httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0,
                         "/jobs/%d", cupsId);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", nullptr,
                     "job-state");
        ipp_t *response = cupsDoRequest(m_http, request, "/");
        const ipp_status_t status = response ? ippGetStatusCode(response) : cupsLastError();
        std::optional<int> out;
        if (status == IPP_STATUS_ERROR_NOT_FOUND)
            out = 0;
        else if (response && status <= IPP_STATUS_OK_CONFLICTING) {
            if (ipp_attribute_t *a = ippFindAttribute(response, "job-state", IPP_TAG_ENUM))
                out = ippGetInteger(a, 0);
        } else
            dropConnectionIfBroken(true);
        ippDelete(response);
        return out;
    }

    /// Cancel-Job (not purged: the end stays in the history when it is kept). True when CUPS
    /// took it or the job is already over; false to try again next tick.
    bool cancelJob(const Job &job)
    {
        if (!ensureConnected())
            return false;
        const ipp_status_t status =
            cupsCancelJob2(m_http, m_options.queue.toUtf8().constData(), job.cupsId, 0);
        if (status <= IPP_STATUS_OK_CONFLICTING || status == IPP_STATUS_ERROR_NOT_POSSIBLE ||
            status == IPP_STATUS_ERROR_NOT_FOUND) {
            qCInfo(lcCups) << "job" << job.appId
                           << "cancel sent to CUPS:" << ippErrorString(status);
            return true;
        }
        qCWarning(lcCups) << "job" << job.appId
                          << "could not be cancelled in CUPS yet:" << cupsLastErrorString();
        dropConnectionIfBroken();
        return false;
    }

    /// Keeps an ippget subscription to this queue's job-completed events (RFC 3996), so the
    /// end of a job cupsd forgets at once (PreserveJobHistory No) can still be read. Renewed
    /// by a new one every 12 h (lease 24 h); without it vanished jobs are reported Sent.
    void ensureSubscription()
    {
        constexpr qint64 kRenewMs = 12 * 3600 * 1000;
        if (m_subscription != 0 && m_clock.elapsed() - m_subscribedAtMs < kRenewMs)
            return;
        if (m_subscription != 0)
            cancelSubscription();
        ipp_t *request = printerRequest(IPP_OP_CREATE_PRINTER_SUBSCRIPTIONS);
        ippAddString(request, IPP_TAG_SUBSCRIPTION, IPP_TAG_KEYWORD, "notify-pull-method", nullptr,
                     "ippget");
        ippAddString(request, IPP_TAG_SUBSCRIPTION, IPP_TAG_KEYWORD, "notify-events", nullptr,
                     "job-completed");
        ippAddInteger(request, IPP_TAG_SUBSCRIPTION, IPP_TAG_INTEGER, "notify-lease-duration",
                      24 * 3600);
        ipp_t *response = cupsDoRequest(m_http, request, "/");
        if (response && ippGetStatusCode(response) <= IPP_STATUS_OK_CONFLICTING)
            if (ipp_attribute_t *a =
                    ippFindAttribute(response, "notify-subscription-id", IPP_TAG_INTEGER)) {
                m_subscription = ippGetInteger(a, 0);
                m_subscribedAtMs = m_clock.elapsed();
                m_nextSequence = 1;
            }
        if (m_subscription == 0)
            qCWarning(lcCups) << "no job-completed subscription on CUPS:" << cupsLastErrorString()
                              << "- a job CUPS forgets at once will count as sent, not printed";
        ippDelete(response);
    }

    void cancelSubscription()
    {
        ipp_t *request = printerRequest(IPP_OP_CANCEL_SUBSCRIPTION);
        ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "notify-subscription-id",
                      m_subscription);
        ippDelete(cupsDoRequest(m_http, request, "/"));
        m_subscription = 0;
    }

    /// The end state a job-completed event gave for `cupsId` (7, 8, 9), or 0 when none did.
    int vanishedJobState(int cupsId)
    {
        if (m_subscription != 0 && ensureConnected()) {
            ipp_t *request = printerRequest(IPP_OP_GET_NOTIFICATIONS);
            ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "notify-subscription-ids",
                          m_subscription);
            ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "notify-sequence-numbers",
                          m_nextSequence);
            ippAddBoolean(request, IPP_TAG_OPERATION, "notify-wait", 0);
            ipp_t *response = cupsDoRequest(m_http, request, "/");
            const ipp_status_t status = response ? ippGetStatusCode(response) : cupsLastError();
            if (response && status <= IPP_STATUS_OK_CONFLICTING)
                readEvents(response);
            else if (status == IPP_STATUS_ERROR_NOT_FOUND)
                m_subscription = 0; // expired or cupsd restarted: a new one at the next job
            ippDelete(response);
        }
        return m_ended.take(cupsId);
    }

    /// Collects job-completed events (one event-notification group each) into m_ended.
    void readEvents(ipp_t *response)
    {
        int job = 0;
        int state = 0;
        const auto flush = [&] {
            if (job != 0 && state != 0)
                m_ended.insert(job, state);
            job = state = 0;
        };
        for (ipp_attribute_t *a = ippFirstAttribute(response); a; a = ippNextAttribute(response)) {
            const char *name = ippGetName(a);
            if (!name || ippGetGroupTag(a) != IPP_TAG_EVENT_NOTIFICATION) {
                flush(); // a group separator
                continue;
            }
            const QByteArrayView n(name);
            if (n == "notify-sequence-number")
                m_nextSequence = std::max(m_nextSequence, ippGetInteger(a, 0) + 1);
            else if (n == "notify-job-id")
                job = ippGetInteger(a, 0);
            else if (n == "job-state")
                state = ippGetInteger(a, 0);
        }
        flush();
    }

    bool ensureConnected()
    {
        if (m_http)
            return true;
        // libcups keeps its server setting per thread: naming the server here points this
        // thread's libcups calls (cupsStartDocument, cupsCancelJob2) at our server and leaves
        // the rest of the process alone.
        if (!m_options.server.isEmpty())
            cupsSetServer(m_options.server.toUtf8().constData());
        // Never ask for a password (libcups' default asks on the terminal): a request the
        // policy refuses without one fails, and the worker says so.
        cupsSetPasswordCB2([](const char *, http_t *, const char *, const char *,
                              void *) -> const char * { return nullptr; },
                           nullptr);
        m_http = httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC,
                              HTTP_ENCRYPTION_IF_REQUESTED, 1, m_options.requestTimeoutMs, nullptr);
        if (!m_http)
            return false;
        httpSetTimeout(m_http, m_options.requestTimeoutMs / 1000.0, abortTimeout, nullptr);
        return true;
    }

    void dropConnectionIfBroken(bool force = false)
    {
        if (m_http && (force || httpError(m_http) != 0)) {
            httpClose(m_http);
            m_http = nullptr;
        }
    }

    QString unreachableText() const
    {
        const QString where =
            m_options.server.isEmpty() ? QString::fromUtf8(cupsServer()) : m_options.server;
        return QStringLiteral("print service (CUPS) not reachable at %1: is cupsd running?")
            .arg(where);
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
    http_t *m_http = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    std::optional<qint64> m_connectingSince;
    std::optional<qint64> m_unreachableUntil;
    int m_printerState = kPrinterIdle;
    bool m_faultLastSeen = false; ///< Error only from reasons left on an idle, accepting queue
    PaperReport m_paperReport = PaperReport::None;
    int m_subscription = 0;
    qint64 m_subscribedAtMs = 0;
    int m_nextSequence = 1;
    QHash<int, int> m_ended; ///< CUPS job id → end state, from job-completed events
    DeviceStatus m_status{DeviceState::Reconnecting, QStringLiteral("checking the printer")};
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
