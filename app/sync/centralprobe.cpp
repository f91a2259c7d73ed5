#include "sync/centralprobe.h"

#include "httpclient.h"
#include "sync/syncconfig.h"

#include <boost/asio/error.hpp>
#include <boost/beast/core/error.hpp>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/x509_vfy.h>

namespace bk::sync {

namespace net = boost::asio;
namespace http = boost::beast::http;
using Failure = ProbeResult::Failure;

namespace {

Failure certificateFailure(long verify)
{
    switch (verify) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return Failure::UnknownCa;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return Failure::Expired;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return Failure::NotYetValid;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return Failure::HostnameMismatch;
    default:
        return Failure::Tls;
    }
}

/// The failure of an exchange that got no answer.
Failure transportFailure(const HttpResult &r)
{
    using Step = HttpResult::Step;
    const bool timedOut = r.timedOut || r.errorCode == boost::beast::error::timeout;
    switch (r.failedStep) {
    case Step::Resolve:
        return Failure::Resolve;
    case Step::Connect:
        if (r.errorCode == net::error::connection_refused)
            return Failure::Refused;
        return timedOut ? Failure::Timeout : Failure::Unreachable;
    case Step::Handshake:
        if (r.certificateError != 0)
            return certificateFailure(r.certificateError);
        return timedOut ? Failure::Timeout : Failure::Tls;
    case Step::Send:
    case Step::Read:
    case Step::None:
        break;
    }
    return timedOut ? Failure::Timeout : Failure::Unreachable;
}

} // namespace

ProbeResult probeCentral(const ProbeRequest &request)
{
    ProbeResult result;
    SingleRequest single;
    single.centralUrl = request.centralUrl;
    single.caFile = request.caFile;
    single.devPlainHttp = request.devPlainHttp;
    single.target = "/v1/whoami";
    single.token = request.token.toStdString();
    single.timeout = request.timeout;
    QElapsedTimer timer;
    timer.start();
    const HttpResult answer = sendSingleRequest(single);
    result.status = answer.status;
    if (answer.status == 0) {
        result.failure = answer.notSent ? Failure::Invalid : transportFailure(answer);
        result.connected = !answer.notSent && answer.failedStep != HttpResult::Step::Resolve &&
                           answer.failedStep != HttpResult::Step::Connect;
        result.tlsOk = result.connected && answer.failedStep != HttpResult::Step::Handshake;
        result.message = answer.error;
        return result;
    }
    result.connected = true;
    result.tlsOk = true;
    result.roundTripMs = timer.elapsed();
    result.receivedAt = QDateTime::currentDateTimeUtc();
    result.centralTime = answer.date;
    const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 200) {
        result.kioskId = o.value(QLatin1String("kioskId")).toString();
        result.siteId = o.value(QLatin1String("siteId")).toString();
        if (result.kioskId.isEmpty() || result.siteId.isEmpty()) {
            result.failure = Failure::HttpError;
            result.message = QStringLiteral("the central answered whoami without kioskId or "
                                            "siteId: is central.url a borgerkiosk central?");
            return result;
        }
        result.failure = Failure::None;
        return result;
    }
    result.failure = answer.status == 401 ? Failure::TokenRefused : Failure::HttpError;
    result.message = QStringLiteral("GET /v1/whoami: ") + refusalText(answer);
    return result;
}

QString failureKey(ProbeResult::Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("ok");
    case Failure::Invalid:
        return QStringLiteral("invalid");
    case Failure::Resolve:
        return QStringLiteral("resolve");
    case Failure::Refused:
        return QStringLiteral("refused");
    case Failure::Timeout:
        return QStringLiteral("timeout");
    case Failure::Unreachable:
        return QStringLiteral("unreachable");
    case Failure::UnknownCa:
        return QStringLiteral("unknown-ca");
    case Failure::Expired:
        return QStringLiteral("expired");
    case Failure::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case Failure::HostnameMismatch:
        return QStringLiteral("hostname-mismatch");
    case Failure::Tls:
        return QStringLiteral("tls");
    case Failure::TokenRefused:
        return QStringLiteral("token-refused");
    case Failure::HttpError:
        return QStringLiteral("http-error");
    }
    return QStringLiteral("unknown");
}

} // namespace bk::sync
