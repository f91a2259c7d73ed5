#include "httpclient.h"

#include "domain/httpdate.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace bk::sync {

namespace net = boost::asio;
namespace ssl = net::ssl;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

/// What to check for a refused certificate. A certificate that is "not yet valid" or
/// "expired" is most often a kiosk whose clock is wrong (no RTC battery, NTP not synced): say
/// what the clock says, so the technician looks there first.
QString certificateAdvice(long verify, const std::string &serverName)
{
    switch (verify) {
    case X509_V_ERR_CERT_NOT_YET_VALID:
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
    case X509_V_ERR_CRL_HAS_EXPIRED:
        return QStringLiteral("check this kiosk's clock first: it says %1; if that is wrong, set "
                              "it (timedatectl) or let NTP sync; else renew the central's "
                              "certificate")
            .arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"));
    default:
        return QStringLiteral("the central's certificate must be signed by the CA in caFile and "
                              "name %1")
            .arg(QString::fromStdString(serverName));
    }
}

// A snapshot of 100,000 bookings is some 15 MB; far above that is a broken central.
constexpr std::uint64_t kMaxResponseBytes = 256ull * 1024 * 1024;

QString text(const beast::error_code &ec)
{
    return QString::fromStdString(ec.message());
}

bool isIpAddress(const std::string &host)
{
    beast::error_code ec;
    net::ip::make_address(host, ec);
    return !ec;
}

} // namespace

QString parseEndpoint(const QString &url, const QString &serverName, Endpoint *out)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return QStringLiteral("centralUrl '%1' is not a URL like https://central.example:8443")
            .arg(url);
    if (u.scheme() != u"https" && u.scheme() != u"http")
        return QStringLiteral("centralUrl '%1': the scheme must be https (or http with the "
                              "development flag)")
            .arg(url);
    if (!u.path().isEmpty() && u.path() != u"/")
        return QStringLiteral("centralUrl '%1' must not have a path; the API is under /v1")
            .arg(url);
    out->tls = u.scheme() == u"https";
    out->host = u.host().toStdString();
    out->port = std::to_string(u.port(out->tls ? 443 : 80));
    out->serverName = (serverName.isEmpty() ? u.host() : serverName).toStdString();
    return {};
}

QString makeTlsContext(ssl::context &ctx, const QString &caFile)
{
    if (!QFileInfo(caFile).isReadable())
        return QStringLiteral("caFile '%1' cannot be read; it must be the PEM file of the CA "
                              "that signed the central's certificate")
            .arg(caFile);
    beast::error_code ec;
    ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                    ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    // Only this file: no set_default_verify_paths(), so the system's CAs are not trusted.
    ctx.load_verify_file(caFile.toStdString(), ec);
    if (ec)
        return QStringLiteral("caFile '%1' is not a PEM CA certificate: %2").arg(caFile, text(ec));
    ctx.set_verify_mode(ssl::verify_peer, ec);
    return {};
}

HttpClient::HttpClient(net::io_context &io, Endpoint endpoint, ssl::context &tls,
                       std::chrono::milliseconds timeout)
    : m_io(io), m_endpoint(std::move(endpoint)), m_tls(tls), m_timeout(timeout)
{}

HttpClient::~HttpClient() = default;

void HttpClient::cancel()
{
    beast::error_code ignored;
    if (m_tlsStream)
        beast::get_lowest_layer(*m_tlsStream).socket().close(ignored);
    if (m_plainStream)
        m_plainStream->socket().close(ignored);
    if (m_connecting)
        m_connecting->socket().close(ignored);
}

void HttpClient::close()
{
    cancel();
    m_tlsStream.reset();
    m_plainStream.reset();
}

net::awaitable<QString> HttpClient::connect()
{
    close();
    beast::error_code ec;
    tcp::resolver resolver(m_io);
    const auto addresses = co_await resolver.async_resolve(
        m_endpoint.host, m_endpoint.port, net::redirect_error(net::use_awaitable, ec));
    m_connectStep = HttpResult::Step::Resolve;
    m_connectError = ec;
    m_certificateError = 0;
    if (ec)
        co_return QStringLiteral("resolving %1: %2")
            .arg(QString::fromStdString(m_endpoint.host), text(ec));
    beast::tcp_stream tcpStream(m_io);
    tcpStream.expires_after(m_timeout);
    m_connecting = &tcpStream;
    co_await tcpStream.async_connect(addresses, net::redirect_error(net::use_awaitable, ec));
    m_connecting = nullptr;
    m_connectStep = HttpResult::Step::Connect;
    m_connectError = ec;
    if (ec)
        co_return QStringLiteral("connecting to %1:%2: %3")
            .arg(QString::fromStdString(m_endpoint.host), QString::fromStdString(m_endpoint.port),
                 text(ec));
    m_connectStep = HttpResult::Step::None;
    if (!m_endpoint.tls) {
        m_plainStream.emplace(std::move(tcpStream));
        co_return QString();
    }
    m_tlsStream.emplace(std::move(tcpStream), m_tls);
    SSL_set_tlsext_host_name(m_tlsStream->native_handle(), m_endpoint.serverName.c_str());
    // Asio's name check refuses a certificate for another name without saying why (OpenSSL
    // then reports "unspecified"): name the mismatch, so the technician reads what is wrong.
    m_tlsStream->set_verify_callback([check = ssl::host_name_verification(m_endpoint.serverName),
                                      isAddress = isIpAddress(m_endpoint.serverName)](
                                         bool preverified, ssl::verify_context &ctx) {
        if (check(preverified, ctx))
            return true;
        if (preverified)
            X509_STORE_CTX_set_error(ctx.native_handle(), isAddress ? X509_V_ERR_IP_ADDRESS_MISMATCH
                                                                    : X509_V_ERR_HOSTNAME_MISMATCH);
        return false;
    });
    beast::get_lowest_layer(*m_tlsStream).expires_after(m_timeout);
    co_await m_tlsStream->async_handshake(ssl::stream_base::client,
                                          net::redirect_error(net::use_awaitable, ec));
    if (ec) {
        const long verify = SSL_get_verify_result(m_tlsStream->native_handle());
        m_connectStep = HttpResult::Step::Handshake;
        m_connectError = ec;
        m_certificateError = verify;
        QString why = text(ec);
        if (verify != X509_V_OK)
            why = QStringLiteral("certificate refused: %1 (%2)")
                      .arg(QString::fromLatin1(X509_verify_cert_error_string(verify)),
                           certificateAdvice(verify, m_endpoint.serverName));
        m_tlsStream.reset();
        co_return QStringLiteral("TLS handshake with %1:%2: %3")
            .arg(QString::fromStdString(m_endpoint.host), QString::fromStdString(m_endpoint.port),
                 why);
    }
    co_return QString();
}

template <typename Stream>
net::awaitable<HttpResult> HttpClient::exchange(Stream &stream, http::verb method,
                                                const std::string &target, const std::string &body,
                                                const std::string &token)
{
    HttpResult result;
    http::request<http::string_body> req{method, target, 11};
    req.set(http::field::host, m_endpoint.serverName);
    req.set(http::field::user_agent, "borgerkiosk-sync");
    req.keep_alive(true);
    if (!token.empty())
        req.set(http::field::authorization, "Bearer " + token);
    if (method == http::verb::post || !body.empty()) {
        req.set(http::field::content_type, "application/json");
        req.body() = body;
    }
    req.prepare_payload();
    beast::error_code ec;
    beast::get_lowest_layer(stream).expires_after(m_timeout);
    co_await http::async_write(stream, req, net::redirect_error(net::use_awaitable, ec));
    if (ec) {
        result.failedStep = HttpResult::Step::Send;
        result.errorCode = ec;
        result.error =
            QStringLiteral("sending %1: %2")
                .arg(QString::fromStdString(target.substr(0, target.find('?'))), text(ec));
        co_return result;
    }
    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(kMaxResponseBytes);
    beast::get_lowest_layer(stream).expires_after(m_timeout);
    co_await http::async_read(stream, buffer, parser, net::redirect_error(net::use_awaitable, ec));
    if (ec) {
        result.failedStep = HttpResult::Step::Read;
        result.errorCode = ec;
        result.timedOut = ec == beast::error::timeout;
        result.error =
            QStringLiteral("reading the answer to %1: %2")
                .arg(QString::fromStdString(target.substr(0, target.find('?'))),
                     ec == beast::error::timeout
                         ? QStringLiteral("no answer within %1 ms").arg(qint64(m_timeout.count()))
                         : text(ec));
        co_return result;
    }
    auto res = parser.release();
    result.status = int(res.result_int());
    result.body = QByteArray::fromStdString(res.body());
    if (const auto date = res[http::field::date]; !date.empty())
        result.date = parseHttpDate(QString::fromLatin1(date.data(), qsizetype(date.size())));
    if (!res.keep_alive())
        close();
    co_return result;
}

net::awaitable<HttpResult> HttpClient::request(http::verb method, std::string target,
                                               std::string body, std::string token)
{
    HttpResult result;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool reused = m_tlsStream.has_value() || m_plainStream.has_value();
        if (!reused) {
            if (QString e = co_await connect(); !e.isEmpty()) {
                result.error = e;
                result.tlsRefused = e.contains(QLatin1String("certificate refused"));
                result.failedStep = m_connectStep;
                result.errorCode = m_connectError;
                result.certificateError = result.tlsRefused ? m_certificateError : 0;
                co_return result;
            }
        }
        if (m_tlsStream)
            result = co_await exchange(*m_tlsStream, method, target, body, token);
        else
            result = co_await exchange(*m_plainStream, method, target, body, token);
        if (result.status != 0)
            co_return result;
        close();
        // A fresh connection that failed is a real failure; a kept one may just have been
        // closed by the server while idle.
        // A stalled server is not retried at once: that would double the wait.
        if (!reused || result.timedOut)
            break;
    }
    co_return result;
}

HttpResult sendSingleRequest(const SingleRequest &request)
{
    HttpResult answer;
    answer.notSent = true;
    Endpoint endpoint;
    if (const QString e = parseEndpoint(request.centralUrl, {}, &endpoint); !e.isEmpty()) {
        answer.error = e;
        return answer;
    }
    if (!endpoint.tls && !request.devPlainHttp) {
        answer.error = QStringLiteral("%1 is plain HTTP: refused without the development flag")
                           .arg(request.centralUrl);
        return answer;
    }
    net::io_context io;
    ssl::context tls(ssl::context::tls_client);
    if (endpoint.tls)
        if (const QString e = makeTlsContext(tls, request.caFile); !e.isEmpty()) {
            answer.error = e;
            return answer;
        }
    HttpClient client(io, endpoint, tls, request.timeout);
    net::co_spawn(
        io,
        [&]() -> net::awaitable<void> {
            answer = co_await client.request(request.method, request.target, request.body,
                                             request.token);
            client.close();
        },
        net::detached);
    io.run();
    return answer;
}

QString refusalText(const HttpResult &answer)
{
    const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
    const QString error = o.value(QLatin1String("error")).toString();
    const QString detail = o.value(QLatin1String("detail")).toString();
    return QStringLiteral("HTTP %1 %2%3")
        .arg(answer.status)
        .arg(error, detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
}

} // namespace bk::sync
