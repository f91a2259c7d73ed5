// SyncEngine: call-outs over the central's WebSocket (/v1/sites/{site}/live), reconnected
// with backoff whenever it drops. Each call-out goes to the callout observer (the display and
// the "now serving" list).

#include "syncengine_p.h"

#include "sync/wire.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cmath>

namespace bk::sync {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

struct LiveSession
{
    std::optional<websocket::stream<beast::ssl_stream<beast::tcp_stream>>> tls;
    std::optional<websocket::stream<beast::tcp_stream>> plain;

    void close()
    {
        beast::error_code ignored;
        if (tls)
            beast::get_lowest_layer(*tls).socket().close(ignored);
        if (plain)
            beast::get_lowest_layer(*plain).socket().close(ignored);
    }
};

namespace {

// The central pings idle sockets; a socket silent for this long is taken as dead.
constexpr auto kLiveIdle = std::chrono::seconds(40);

std::optional<Callout> parseCallout(const std::string &text, const SiteId &site)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
    Callout c;
    c.ticket = o.value(QLatin1String("ticket")).toString();
    c.counter = o.value(QLatin1String("counter")).toString();
    c.at = dateTimeFromWire(o.value(QLatin1String("at")).toString());
    if (c.ticket.isEmpty() || c.counter.isEmpty() || !c.at.isValid() ||
        o.value(QLatin1String("siteId")).toString() != site)
        return std::nullopt;
    return c;
}

} // namespace

void SyncEngine::Impl::closeLive()
{
    if (live)
        live->close();
}

void SyncEngine::Impl::setLive(bool connected)
{
    {
        std::lock_guard lock(mutex);
        if (state.liveConnected == connected)
            return;
        state.liveConnected = connected;
    }
    publish();
}

net::awaitable<void> SyncEngine::Impl::liveLoop()
{
    int failures = 0;
    while (!stopping) {
        const auto began = std::chrono::steady_clock::now();
        const QString error = co_await liveSession();
        live.reset();
        setLive(false);
        if (stopping)
            break;
        // A session that lasted a while was a working connection: start the backoff afresh.
        if (std::chrono::steady_clock::now() - began > std::chrono::seconds(30))
            failures = 0;
        ++failures;
        const double base =
            std::min<double>(config.liveReconnectMaxMs,
                             config.liveReconnectMinMs * std::pow(2.0, std::min(failures - 1, 20)));
        std::uniform_real_distribution<double> jitter(0.0, base / 2);
        const auto delay = std::chrono::milliseconds(qint64(base / 2 + jitter(rng)));
        qCWarning(lcSync).noquote() << QStringLiteral("call-outs: %1; reconnecting in %2 ms")
                                           .arg(error)
                                           .arg(qint64(delay.count()));
        boost::system::error_code ec;
        liveWake->expires_after(delay);
        co_await liveWake->async_wait(net::redirect_error(net::use_awaitable, ec));
    }
}

namespace {

template <typename Ws>
net::awaitable<QString> runLive(Ws &ws, const Endpoint &endpoint, const std::string &target,
                                const std::string &token, const SiteId &site,
                                SyncEngine::Impl &impl, const bool &stopping)
{
    beast::error_code ec;
    beast::get_lowest_layer(ws).expires_never();
    websocket::stream_base::timeout opt{};
    opt.handshake_timeout = std::chrono::milliseconds(impl.config.requestTimeoutMs);
    opt.idle_timeout = kLiveIdle;
    opt.keep_alive_pings = true;
    ws.set_option(opt);
    ws.set_option(websocket::stream_base::decorator([token](websocket::request_type &req) {
        req.set(http::field::authorization, "Bearer " + token);
        req.set(http::field::user_agent, "borgerkiosk-sync");
    }));
    websocket::response_type res;
    co_await ws.async_handshake(res, endpoint.serverName, target,
                                net::redirect_error(net::use_awaitable, ec));
    if (ec) {
        if (res.result_int() == 401)
            co_return QStringLiteral("the central refused the kiosk token for call-outs (401); "
                                     "enrol the kiosk again");
        co_return QStringLiteral("WebSocket upgrade: %1%2")
            .arg(QString::fromStdString(ec.message()),
                 res.result_int() ? QStringLiteral(" (HTTP %1)").arg(res.result_int()) : QString());
    }
    impl.setLive(true);
    qCInfo(lcSync) << "call-outs connected";
    beast::flat_buffer buffer;
    while (!stopping) {
        buffer.clear();
        co_await ws.async_read(buffer, net::redirect_error(net::use_awaitable, ec));
        if (ec)
            co_return QStringLiteral("connection lost: %1")
                .arg(QString::fromStdString(ec.message()));
        const std::string text = beast::buffers_to_string(buffer.data());
        if (std::optional<Callout> c = parseCallout(text, site)) {
            std::lock_guard lock(impl.observerMutex);
            if (impl.calloutObserver)
                impl.calloutObserver(*c);
        } else {
            qCWarning(lcSync) << "call-outs: a message that is not a call-out for this site was "
                                 "ignored";
        }
    }
    co_return QString();
}

} // namespace

net::awaitable<QString> SyncEngine::Impl::liveSession()
{
    beast::error_code ec;
    tcp::resolver resolver(*io);
    const auto addresses = co_await resolver.async_resolve(
        endpoint.host, endpoint.port, net::redirect_error(net::use_awaitable, ec));
    if (ec)
        co_return QStringLiteral("resolving: %1").arg(QString::fromStdString(ec.message()));
    const std::string target = sitePath(u"live"_qs).toStdString();
    const std::string token = config.token.toStdString();
    live = std::make_shared<LiveSession>();
    std::shared_ptr<LiveSession> session = live;
    const auto timeout = std::chrono::milliseconds(config.requestTimeoutMs);
    if (!endpoint.tls) {
        session->plain.emplace(*io);
        auto &lowest = beast::get_lowest_layer(*session->plain);
        lowest.expires_after(timeout);
        co_await lowest.async_connect(addresses, net::redirect_error(net::use_awaitable, ec));
        if (ec)
            co_return QStringLiteral("connecting: %1").arg(QString::fromStdString(ec.message()));
        co_return co_await runLive(*session->plain, endpoint, target, token, config.site, *this,
                                   stopping);
    }
    session->tls.emplace(*io, tls);
    auto &lowest = beast::get_lowest_layer(*session->tls);
    lowest.expires_after(timeout);
    co_await lowest.async_connect(addresses, net::redirect_error(net::use_awaitable, ec));
    if (ec)
        co_return QStringLiteral("connecting: %1").arg(QString::fromStdString(ec.message()));
    auto &sslStream = session->tls->next_layer();
    SSL_set_tlsext_host_name(sslStream.native_handle(), endpoint.serverName.c_str());
    sslStream.set_verify_callback(net::ssl::host_name_verification(endpoint.serverName));
    lowest.expires_after(timeout);
    co_await sslStream.async_handshake(net::ssl::stream_base::client,
                                       net::redirect_error(net::use_awaitable, ec));
    if (ec)
        co_return QStringLiteral("TLS handshake: %1").arg(QString::fromStdString(ec.message()));
    co_return co_await runLive(*session->tls, endpoint, target, token, config.site, *this,
                               stopping);
}

} // namespace bk::sync
