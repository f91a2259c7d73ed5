#include "testclient.h"

// Boost 1.74's asio/awaitable.hpp uses std::exchange without including <utility>.
#include <utility>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <QJsonDocument>

#include <optional>
#include <sys/socket.h>
#include <sys/time.h>

namespace bk::testing {

namespace net = boost::asio;
namespace ssl = net::ssl;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

namespace {

constexpr int kSocketTimeoutMs = 15000;

void setTimeout(tcp::socket &s, int ms)
{
    timeval tv{ms / 1000, (ms % 1000) * 1000};
    ::setsockopt(s.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(s.native_handle(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

QString msg(const beast::error_code &ec)
{
    return QString::fromStdString(ec.message());
}

// A connected stream, TLS or plain, behind one interface for the client.
struct Connection
{
    net::io_context &io;
    std::optional<ssl::stream<tcp::socket>> tls;
    std::optional<tcp::socket> plain;

    template <typename F> auto with(F f) { return tls ? f(*tls) : f(*plain); }
};

} // namespace

QList<QByteArray> HttpReply::header(const char *name) const
{
    QList<QByteArray> out;
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            out.append(value);
    return out;
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

struct TestClient::Impl
{
    std::uint16_t port;
    QString caFile;
    net::io_context io;
    ssl::context ctx{ssl::context::tls_client};
    std::optional<Connection> conn;
    beast::flat_buffer buffer;
    std::function<void(const HttpReply &)> observer;
    std::string cookie;
    int connections = 0;

    QString connect()
    {
        ++connections;
        conn.reset();
        buffer.clear();
        Connection c{io, std::nullopt, std::nullopt};
        beast::error_code ec;
        tcp::socket socket(io);
        socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port), ec);
        if (ec)
            return QStringLiteral("connect: ") + msg(ec);
        setTimeout(socket, kSocketTimeoutMs);
        if (caFile.isEmpty()) {
            c.plain.emplace(std::move(socket));
        } else {
            c.tls.emplace(std::move(socket), ctx);
            // SNI + the name the certificate must carry.
            SSL_set_tlsext_host_name(c.tls->native_handle(), "localhost");
            c.tls->set_verify_callback(ssl::host_name_verification("localhost"));
            c.tls->handshake(ssl::stream_base::client, ec);
            if (ec)
                return QStringLiteral("TLS handshake: ") + msg(ec);
        }
        conn.emplace(std::move(c));
        return {};
    }
};

TestClient::TestClient(std::uint16_t port, QString caFile) : m(std::make_unique<Impl>())
{
    m->port = port;
    m->caFile = std::move(caFile);
    if (!m->caFile.isEmpty()) {
        m->ctx.set_verify_mode(ssl::verify_peer);
        m->ctx.load_verify_file(m->caFile.toStdString());
    }
}

TestClient::~TestClient() = default;

void TestClient::setObserver(std::function<void(const HttpReply &)> observer)
{
    m->observer = std::move(observer);
}

HttpReply TestClient::request(const char *method, const QString &target, const QByteArray &body,
                              const QString &token)
{
    return send(method, target, body, "application/json", token, {});
}

HttpReply TestClient::page(const char *method, const QString &target, const QString &cookie,
                           const QByteArray &form)
{
    return send(method, target, form, "application/x-www-form-urlencoded", {}, cookie);
}

HttpReply TestClient::send(const char *method, const QString &target, const QByteArray &body,
                           const char *contentType, const QString &token, const QString &cookie)
{
    HttpReply reply;
    reply.method = QString::fromLatin1(method);
    reply.target = target;
    http::request<http::string_body> req{http::string_to_verb(method), target.toStdString(), 11};
    req.set(http::field::host, "localhost");
    req.keep_alive(true);
    if (!token.isEmpty())
        req.set(http::field::authorization, "Bearer " + token.toStdString());
    if (!cookie.isEmpty())
        req.set(http::field::cookie, cookie.toStdString());
    else if (!m->cookie.empty())
        req.set(http::field::cookie, m->cookie);
    if (!body.isNull()) {
        req.set(http::field::content_type, contentType);
        req.body() = body.toStdString();
    }
    req.prepare_payload();
    // One retry: a kept-alive connection the server closed meanwhile fails on first use.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m->conn) {
            if (QString e = m->connect(); !e.isEmpty()) {
                reply.error = e;
                break;
            }
        }
        beast::error_code ec;
        http::response<http::string_body> res;
        m->conn->with([&](auto &s) {
            http::write(s, req, ec);
            if (!ec)
                http::read(s, m->buffer, res, ec);
        });
        if (ec) {
            m->conn.reset();
            reply.error = msg(ec);
            continue;
        }
        reply.status = int(res.result_int());
        reply.body = QByteArray::fromStdString(res.body());
        for (const auto &field : res)
            reply.headers.append({QByteArray::fromStdString(std::string(field.name_string())),
                                  QByteArray::fromStdString(std::string(field.value()))});
        reply.contentType = QByteArray::fromStdString(std::string(res[http::field::content_type]));
        reply.contentDisposition =
            QByteArray::fromStdString(std::string(res[http::field::content_disposition]));
        reply.error.clear();
        if (!res.keep_alive())
            m->conn.reset();
        break;
    }
    if (m->observer && reply.status != 0)
        m->observer(reply);
    return reply;
}

int TestClient::connections() const
{
    return m->connections;
}

void TestClient::setCookie(const QString &cookie)
{
    m->cookie = cookie.toStdString();
}

HttpReply TestClient::raw(const QByteArray &bytes)
{
    HttpReply reply;
    if (QString e = m->connect(); !e.isEmpty()) {
        reply.error = e;
        return reply;
    }
    beast::error_code ec;
    http::response<http::string_body> res;
    m->conn->with([&](auto &s) {
        net::write(s, net::buffer(bytes.constData(), std::size_t(bytes.size())), ec);
        if (!ec)
            http::read(s, m->buffer, res, ec);
    });
    m->conn.reset();
    if (ec) {
        reply.error = msg(ec);
        return reply;
    }
    reply.status = int(res.result_int());
    reply.body = QByteArray::fromStdString(res.body());
    return reply;
}

struct LiveClient::Impl
{
    std::uint16_t port;
    QString caFile;
    net::io_context io;
    ssl::context ctx{ssl::context::tls_client};
    std::optional<websocket::stream<ssl::stream<tcp::socket>>> ws;
    beast::flat_buffer buffer;
};

LiveClient::LiveClient(std::uint16_t port, QString caFile) : m(std::make_unique<Impl>())
{
    m->port = port;
    m->caFile = std::move(caFile);
    m->ctx.set_verify_mode(ssl::verify_peer);
    m->ctx.load_verify_file(m->caFile.toStdString());
}

LiveClient::~LiveClient() = default;

QString LiveClient::connect(const QString &site, const QString &token)
{
    return connectPath(QStringLiteral("/v1/sites/%1/live").arg(site), token);
}

QString LiveClient::connectPath(const QString &path, const QString &token)
{
    beast::error_code ec;
    m->ws.emplace(m->io, m->ctx);
    auto &tcpSocket = beast::get_lowest_layer(*m->ws);
    tcpSocket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), m->port), ec);
    if (ec)
        return QStringLiteral("connect: ") + msg(ec);
    setTimeout(tcpSocket, kSocketTimeoutMs);
    SSL_set_tlsext_host_name(m->ws->next_layer().native_handle(), "localhost");
    m->ws->next_layer().set_verify_callback(ssl::host_name_verification("localhost"));
    m->ws->next_layer().handshake(ssl::stream_base::client, ec);
    if (ec)
        return QStringLiteral("TLS handshake: ") + msg(ec);
    const std::string auth = token.isEmpty() ? std::string() : "Bearer " + token.toStdString();
    m->ws->set_option(websocket::stream_base::decorator([auth](websocket::request_type &req) {
        if (!auth.empty())
            req.set(http::field::authorization, auth);
    }));
    websocket::response_type res;
    m->ws->handshake(res, "localhost", path.toStdString(), ec);
    if (ec)
        return QStringLiteral("upgrade refused with HTTP %1: %2")
            .arg(res.result_int())
            .arg(msg(ec));
    return {};
}

QByteArray LiveClient::next(int timeoutMs)
{
    if (!m->ws)
        return {};
    // Asio's synchronous reads poll without a deadline, so wait asynchronously with one.
    beast::error_code ec = net::error::would_block;
    m->buffer.clear();
    m->ws->async_read(m->buffer, [&](beast::error_code e, std::size_t) { ec = e; });
    m->io.restart();
    m->io.run_for(std::chrono::milliseconds(timeoutMs));
    if (ec == net::error::would_block) {
        // Timed out: the stream is unusable after a cancelled read, so drop it.
        beast::get_lowest_layer(*m->ws).cancel();
        m->io.restart();
        m->io.run();
        m->ws.reset();
        return {};
    }
    if (ec)
        return {};
    return QByteArray::fromStdString(beast::buffers_to_string(m->buffer.data()));
}

} // namespace bk::testing
