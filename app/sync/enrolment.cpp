#include "sync/enrolment.h"

#include "httpclient.h"
#include "sync/syncconfig.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>

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
    Endpoint endpoint;
    if (const QString e = parseEndpoint(request.centralUrl, {}, &endpoint); !e.isEmpty()) {
        result.message = e;
        return result;
    }
    if (!endpoint.tls && !request.devPlainHttp) {
        result.message = QStringLiteral("%1 is plain HTTP: refused without the development flag")
                             .arg(request.centralUrl);
        return result;
    }
    net::io_context io;
    net::ssl::context tls(net::ssl::context::tls_client);
    if (endpoint.tls)
        if (const QString e = makeTlsContext(tls, request.caFile); !e.isEmpty()) {
            result.message = e;
            return result;
        }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), request.code},
                                                      {QStringLiteral("kioskId"), request.kioskId}})
                                .toJson(QJsonDocument::Compact);
    HttpClient client(io, endpoint, tls, request.timeout);
    HttpResult answer;
    net::co_spawn(
        io,
        [&]() -> net::awaitable<void> {
            answer = co_await client.request(http::verb::post, "/v1/enrol", body.toStdString(),
                                             std::string());
            client.close();
        },
        net::detached);
    io.run();

    result.status = answer.status;
    if (answer.status == 0) {
        result.outcome = EnrolResult::Outcome::Unreachable;
        result.message = answer.error;
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
    const QString error = o.value(QLatin1String("error")).toString();
    const QString message = o.value(QLatin1String("detail")).toString();
    result.message =
        QStringLiteral("HTTP %1 %2%3")
            .arg(answer.status)
            .arg(error, message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    return result;
}

} // namespace bk::sync
