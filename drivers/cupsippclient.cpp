#include "drivers/cupsippclient.h"

#include <algorithm>

Q_LOGGING_CATEGORY(lcCups, "bk.drivers.cups")

namespace bk::cupsipp {

namespace {

int abortTimeout(http_t *, void *)
{
    return 0; // give up: the worker reports the server unreachable and reconnects next poll
}

} // namespace

Client::Client(QString server, QString queue, int timeoutMs)
    : m_server(std::move(server)), m_queue(std::move(queue)), m_timeoutMs(timeoutMs)
{}

Client::~Client()
{
    if (m_http && m_subscription != 0)
        cancelSubscription();
    if (m_http)
        httpClose(m_http);
}

bool Client::ensureConnected()
{
    if (m_http)
        return true;
    // libcups keeps its server setting per thread: naming the server here points this
    // thread's libcups calls (cupsStartDocument, cupsCancelJob2) at our server and leaves
    // the rest of the process alone.
    if (!m_server.isEmpty())
        cupsSetServer(m_server.toUtf8().constData());
    // Never ask for a password (libcups' default asks on the terminal): a request the
    // policy refuses without one fails, and the worker says so.
    cupsSetPasswordCB2([](const char *, http_t *, const char *, const char *,
                          void *) -> const char * { return nullptr; },
                       nullptr);
    m_http = httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED,
                          1, m_timeoutMs, nullptr);
    if (!m_http)
        return false;
    httpSetTimeout(m_http, m_timeoutMs / 1000.0, abortTimeout, nullptr);
    return true;
}

void Client::dropConnectionIfBroken(bool force)
{
    if (m_http && (force || httpError(m_http) != 0)) {
        httpClose(m_http);
        m_http = nullptr;
    }
}

QString Client::unreachableText() const
{
    const QString where = m_server.isEmpty() ? QString::fromUtf8(cupsServer()) : m_server;
    return QStringLiteral("print service (CUPS) not reachable at %1: is cupsd running?").arg(where);
}

ipp_t *Client::printerRequest(ipp_op_t op) const
{
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0,
                     "/printers/%s", m_queue.toUtf8().constData());
    ipp_t *request = ippNewRequest(op);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 cupsUser());
    return request;
}

std::optional<PrinterInfo> Client::fetchPrinter()
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
        if (ipp_attribute_t *a = ippFindAttribute(response, "printer-state-message", IPP_TAG_TEXT))
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

int Client::createJob(quint64 jobId)
{
    ipp_t *request = printerRequest(IPP_OP_CREATE_JOB);
    if (ipp_attribute_t *language =
            ippFindAttribute(request, "attributes-natural-language", IPP_TAG_LANGUAGE))
        ippSetString(request, &language, 0, "en");
    const QByteArray title = "borgerkiosk-receipt-" + QByteArray::number(jobId);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, title.constData());
    const QByteArray resource = "/printers/" + m_queue.toUtf8();
    ipp_t *response = cupsDoRequest(m_http, request, resource.constData());
    int id = 0;
    if (response && ippGetStatusCode(response) <= IPP_STATUS_OK_CONFLICTING)
        if (ipp_attribute_t *a = ippFindAttribute(response, "job-id", IPP_TAG_INTEGER))
            id = ippGetInteger(a, 0);
    ippDelete(response);
    return id;
}

bool Client::sendDocument(int cupsId, const QByteArray &bytes)
{
    const QByteArray queue = m_queue.toUtf8();
    bool sent = cupsStartDocument(m_http, queue.constData(), cupsId, "receipt", CUPS_FORMAT_RAW,
                                  1) == HTTP_STATUS_CONTINUE;
    sent = sent && cupsWriteRequestData(m_http, bytes.constData(), size_t(bytes.size())) ==
                       HTTP_STATUS_CONTINUE;
    sent = sent && cupsFinishDocument(m_http, queue.constData()) == IPP_STATUS_OK;
    return sent;
}

std::optional<int> Client::jobState(int cupsId)
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

ipp_status_t Client::cancelJob(int cupsId)
{
    return cupsCancelJob2(m_http, m_queue.toUtf8().constData(), cupsId, 0);
}

void Client::ensureSubscription(qint64 nowMs)
{
    constexpr qint64 kRenewMs = 12 * 3600 * 1000;
    if (m_subscription != 0 && nowMs - m_subscribedAtMs < kRenewMs)
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
            m_subscribedAtMs = nowMs;
            m_nextSequence = 1;
        }
    if (m_subscription == 0)
        qCWarning(lcCups) << "no job-completed subscription on CUPS:" << cupsLastErrorString()
                          << "- a job CUPS forgets at once will count as sent, not printed";
    ippDelete(response);
}

void Client::cancelSubscription()
{
    ipp_t *request = printerRequest(IPP_OP_CANCEL_SUBSCRIPTION);
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "notify-subscription-id",
                  m_subscription);
    ippDelete(cupsDoRequest(m_http, request, "/"));
    m_subscription = 0;
}

int Client::vanishedJobState(int cupsId)
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

void Client::readEvents(ipp_t *response)
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

} // namespace bk::cupsipp
