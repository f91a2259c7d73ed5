#include "cupsreceiptprinter.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <cups/cups.h>

#include <optional>

Q_LOGGING_CATEGORY(lcCups, "bk.drivers.cups")

namespace bk {

namespace {

// IPP printer-state and job-state values (RFC 8011 5.4.11, 5.3.7).
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
        if (m_status.state == DeviceState::Error) {
            // Not sent: a receipt printed minutes later, after the citizen has left, helps no
            // one. The app shows the code on screen instead.
            finish(jobId, false, m_status.reason);
            return;
        }
        if (!ensureConnected()) {
            finish(jobId, false, unreachableText());
            return;
        }
        const QByteArray bytes = encodeEscPosReceipt(receipt, m_options.setup);
        const QByteArray queue = m_options.queue.toUtf8();
        // The title is visible to anyone who can list CUPS jobs: job number only.
        const QByteArray title = "borgerkiosk-receipt-" + QByteArray::number(jobId);
        const int cupsId = cupsCreateJob(m_http, queue.constData(), title.constData(), 0, nullptr);
        if (cupsId == 0) {
            const QString why = QString::fromUtf8(cupsLastErrorString());
            dropConnectionIfBroken();
            finish(jobId, false, QStringLiteral("CUPS refused the job: %1").arg(why));
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
            finish(jobId, false, QStringLiteral("sending the receipt to CUPS failed: %1").arg(why));
            return;
        }
        qCInfo(lcCups) << "job" << jobId << "sent as CUPS job" << cupsId << bytes.size() << "bytes";
        m_jobs.append({jobId, cupsId, m_clock.elapsed(), false});
        m_timer->start(0); // follow it at once
    }

private:
    struct Job
    {
        quint64 appId = 0;
        int cupsId = 0;
        qint64 submittedMs = 0;
        bool reported = false; ///< jobFinished(false) already sent; now followed for a late end
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
        const bool urgent =
            std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const Job &j) { return !j.reported; });
        m_timer->start(urgent ? m_options.jobPollMs : m_options.statusPollMs);
    }

    /// Polls the job; true when it is over (and reported).
    bool followJob(Job &job)
    {
        const std::optional<int> state = jobState(job.cupsId);
        if (state && (*state == kJobCompleted || *state == kJobCanceled || *state == kJobAborted ||
                      *state == 0)) {
            const bool printed = *state == kJobCompleted;
            const QString why = printed                  ? QString()
                                : *state == kJobCanceled ? QStringLiteral("the job was canceled "
                                                                          "in CUPS")
                                : *state == kJobAborted
                                    ? QStringLiteral("CUPS aborted the job (printer error)")
                                    : QStringLiteral("CUPS no longer knows the job");
            if (job.reported) {
                qCInfo(lcCups) << "job" << job.appId << "resolved late, printed:" << printed;
                QMetaObject::invokeMethod(m_owner, [o = m_owner, id = job.appId, printed, why] {
                    emit o->jobResolvedLate(id, printed, why);
                });
            } else {
                finish(job.appId, printed, why);
            }
            return true;
        }
        if (job.reported)
            return false;
        QString why;
        if (m_status.state != DeviceState::Connected)
            why = m_status.reason;
        else if (m_clock.elapsed() - job.submittedMs > m_options.jobTimeoutMs)
            why = QStringLiteral("the printer did not finish the receipt within %1 s")
                      .arg(m_options.jobTimeoutMs / 1000);
        if (!why.isEmpty()) {
            job.reported = true;
            finish(job.appId, false,
                   why + QStringLiteral(" (the receipt waits in the print queue and prints "
                                        "when the printer is ready)"));
        }
        return false;
    }

    void updateStatus()
    {
        DeviceStatus s;
        const std::optional<PrinterInfo> info = fetchPrinter();
        if (!info) {
            m_connectingSince.reset();
            s = {DeviceState::Reconnecting, unreachableText()};
        } else if (info->missing) {
            s = {DeviceState::Error, QStringLiteral("CUPS has no print queue named \"%1\": set "
                                                    "printer.queue or create the queue")
                                         .arg(m_options.queue)};
        } else {
            // CUPS 2.4's socket backend retries a refused connection every few seconds with
            // the job "processing" and only a warning in printer-state-message (its
            // connecting-to-device reason is set and cleared at once, seen on Debian 12). A
            // receipt is sent in well under a second, so processing with a backend message for
            // the grace period means the printer is not taking the data. Once the data is out,
            // the backend says so with cups-waiting-for-job-completed and may then wait a long
            // time for the printer to finish or close ("Waiting for printer to finish."): that
            // printer is reachable.
            const auto has = [&info](QStringView key) {
                return std::any_of(info->reasons.cbegin(), info->reasons.cend(),
                                   [key](const QString &r) { return baseReason(r) == key; });
            };
            const bool connecting =
                has(u"connecting-to-device") ||
                (info->state == kPrinterProcessing && !info->message.isEmpty() &&
                 !has(u"cups-waiting-for-job-completed"));
            if (!connecting)
                m_connectingSince.reset();
            else if (!m_connectingSince)
                m_connectingSince = m_clock.elapsed();
            const bool tooLong = m_connectingSince && m_clock.elapsed() - *m_connectingSince >=
                                                          m_options.unreachableGraceMs;
            s = cupsPrinterStatus(info->state, info->reasons, info->accepting, tooLong);
        }
        if (s == m_status)
            return;
        m_status = s;
        qCInfo(lcCups) << "printer" << stateKey(s.state) << s.reason;
        QMetaObject::invokeMethod(m_owner, [o = m_owner, s] { o->setStatus(s); });
    }

    std::optional<PrinterInfo> fetchPrinter()
    {
        if (!ensureConnected())
            return std::nullopt;
        ipp_t *request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
        char uri[HTTP_MAX_URI];
        httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0,
                         "/printers/%s", m_options.queue.toUtf8().constData());
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
        static const char *const kWanted[] = {"printer-state", "printer-state-reasons",
                                              "printer-is-accepting-jobs", "printer-state-message"};
        ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4,
                      nullptr, kWanted);
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
            out = info;
        } else {
            dropConnectionIfBroken(true);
        }
        ippDelete(response);
        return out;
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

    bool ensureConnected()
    {
        if (m_http)
            return true;
        // libcups keeps its server setting per thread: naming the server here points this
        // thread's cupsCreateJob() (which looks the queue up as a destination on the server it
        // believes is the scheduler) at our server and leaves the rest of the process alone.
        if (!m_options.server.isEmpty())
            cupsSetServer(m_options.server.toUtf8().constData());
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

    void finish(quint64 jobId, bool ok, const QString &reason)
    {
        if (ok)
            qCInfo(lcCups) << "job" << jobId << "printed";
        else
            qCWarning(lcCups) << "job" << jobId << "failed:" << reason;
        QMetaObject::invokeMethod(
            m_owner, [o = m_owner, jobId, ok, reason] { emit o->jobFinished(jobId, ok, reason); });
    }

    CupsReceiptPrinter *m_owner;
    const CupsPrinterOptions m_options;
    http_t *m_http = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    std::optional<qint64> m_connectingSince;
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
