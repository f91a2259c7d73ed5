#include "sync/enrolment.h"

#include "httpclient.h"
#include "sync/syncconfig.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bk::sync {

namespace net = boost::asio;
namespace http = boost::beast::http;

QString checkCaFile(const QString &caFile)
{
    net::ssl::context tls(net::ssl::context::tls_client);
    return makeTlsContext(tls, caFile);
}

EnrolResult enrol(const EnrolRequest &request)
{
    EnrolResult result;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), request.code},
                                                      {QStringLiteral("kioskId"), request.kioskId}})
                                .toJson(QJsonDocument::Compact);
    SingleRequest single;
    single.centralUrl = request.centralUrl;
    single.caFile = request.caFile;
    single.devPlainHttp = request.devPlainHttp;
    single.method = http::verb::post;
    single.target = "/v1/enrol";
    single.body = body.toStdString();
    single.timeout = request.timeout;
    const HttpResult answer = sendSingleRequest(single);
    result.status = answer.status;
    if (answer.status == 0) {
        result.outcome =
            answer.notSent ? EnrolResult::Outcome::Invalid : EnrolResult::Outcome::Unreachable;
        result.message = answer.error;
        result.timedOut = answer.timedOut || answer.errorCode == boost::beast::error::timeout;
        result.tlsRefused = answer.failedStep == HttpResult::Step::Handshake && !result.timedOut;
        return result;
    }
    const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 200) {
        result.token = o.value(QLatin1String("token")).toString();
        result.siteId = o.value(QLatin1String("siteId")).toString();
        if (result.token.isEmpty() || result.siteId.isEmpty()) {
            result.outcome = EnrolResult::Outcome::Unreachable;
            result.message = QStringLiteral("the central answered without a token or site");
            result.token.clear();
            return result;
        }
        result.outcome = EnrolResult::Outcome::Enrolled;
        return result;
    }
    // 4xx: the central looked at the request and said no; 5xx: try again later.
    result.outcome =
        answer.status >= 500 ? EnrolResult::Outcome::Unreachable : EnrolResult::Outcome::Refused;
    result.message = refusalText(answer);
    return result;
}

} // namespace bk::sync
