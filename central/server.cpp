#include "central/server.h"

#include "domain/httpdate.h"

// Boost 1.74's asio/awaitable.hpp uses std::exchange without including <utility>.
#include <utility>

#include <boost/asio.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <QLoggingCategory>

#include <deque>
#include <future>
#include <map>
#include <thread>

namespace bk::central {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using net::ip::tcp;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

Q_LOGGING_CATEGORY(lcServer, "bk.central.server")

namespace {

// A WebSocket client's queue; only touched on the I/O thread.
struct LiveSink
{
    virtual ~LiveSink() = default;
    virtual void push(std::string message) = 0;
};

// Call-outs waiting for a slow client beyond this are dropped oldest first: the display only
// shows the latest few anyway, and a stuck client must not grow the server's memory.
constexpr std::size_t kMaxQueued = 64;

// Threads for offloaded work (ApiResponse::offload).
constexpr std::size_t kWorkerThreads = 2;

using Resume = std::function<ApiResponse()>;

template <class Stream>
class LiveSession final : public LiveSink, public std::enable_shared_from_this<LiveSession<Stream>>
{
public:
    LiveSession(Stream &&stream) : m_ws(std::move(stream)), m_wake(m_ws.get_executor()) {}

    websocket::stream<Stream> &ws() { return m_ws; }

    void push(std::string message) override
    {
        if (m_queue.size() >= kMaxQueued)
            m_queue.pop_front();
        m_queue.push_back(std::move(message));
        m_wake.cancel();
    }

    void close()
    {
        m_closed = true;
        m_wake.cancel();
    }

    // Writes queued messages until the session closes; runs beside the read loop.
    net::awaitable<void> writer()
    {
        auto self = this->shared_from_this();
        beast::error_code ec;
        while (!m_closed) {
            if (m_queue.empty()) {
                m_wake.expires_at(net::steady_timer::time_point::max());
                co_await m_wake.async_wait(net::redirect_error(net::use_awaitable, ec));
                continue;
            }
            const std::string message = std::move(m_queue.front());
            m_queue.pop_front();
            m_ws.text(true);
            co_await m_ws.async_write(net::buffer(message),
                                      net::redirect_error(net::use_awaitable, ec));
            if (ec)
                close();
        }
    }

private:
    websocket::stream<Stream> m_ws;
    net::steady_timer m_wake;
    std::deque<std::string> m_queue;
    bool m_closed = false;
};

Response jsonResponse(unsigned version, bool keepAlive, const ApiResponse &r)
{
    Response res{static_cast<http::status>(r.status), version};
    res.set(http::field::server, "borgerkiosk-central");
    if (r.date.isValid())
        res.set(http::field::date, bk::formatHttpDate(r.date).toStdString());
    res.keep_alive(keepAlive);
    if (!r.body.isEmpty()) {
        res.set(http::field::content_type, r.contentType.isEmpty() ? std::string("application/json")
                                                                   : r.contentType.toStdString());
        res.body() = r.body.toStdString();
    }
    for (const auto &[name, value] : r.headers)
        res.insert(name.toStdString(), value.toStdString());
    res.prepare_payload();
    return res;
}

ApiResponse plainError(int status, const char *key, const char *detail)
{
    return ApiResponse{status,
                       QByteArray("{\"detail\":\"") + detail + "\",\"error\":\"" + key + "\"}",
                       std::nullopt,
                       {}};
}

} // namespace

struct Server::Impl
{
    Config config;
    Handler handler;
    net::ssl::context ssl{net::ssl::context::tls_server};
    std::map<QString, std::vector<std::weak_ptr<LiveSink>>> live;
    std::thread thread;
    bool running = false;
    // Declared last so it is destroyed first: pending coroutine frames go before what they use.
    net::io_context io{1};
    std::optional<tcp::acceptor> acceptor;
    // Where an answer's offload runs (a staff login's PBKDF2): two threads, so that one slow
    // check does not queue another for long; stopped and joined after the I/O thread.
    net::thread_pool workers{kWorkerThreads};
    int offloads = 0; // waiting or running on `workers`; the I/O thread's only

    static ApiResponse plainAnswer(int status, const char *text)
    {
        ApiResponse r;
        r.status = status;
        r.body = text;
        r.contentType = "text/plain; charset=utf-8";
        return r;
    }

    std::chrono::seconds timeout() const { return std::chrono::seconds(config.ioTimeoutSeconds); }

    void broadcast(const Broadcast &b)
    {
        auto it = live.find(b.site);
        if (it == live.end())
            return;
        auto &sinks = it->second;
        std::erase_if(sinks, [](const std::weak_ptr<LiveSink> &w) { return w.expired(); });
        for (const auto &w : sinks)
            if (auto s = w.lock())
                s->push(b.message.toStdString());
    }

    // Runs `work` on a worker thread and resumes the awaiting coroutine on the I/O thread with
    // what it returned; the I/O thread serves other requests meanwhile. A plain function (not
    // a coroutine) awaited through a named local: GCC 12 destroys a non-trivial temporary of a
    // co_await expression, or a coroutine's by-value parameter, twice.
    auto onWorker(std::function<Resume()> work)
    {
        auto initiation = [this, work = std::move(work)](auto handler) mutable {
            ++offloads;
            net::post(
                workers, [this, work = std::move(work), handler = std::move(handler)]() mutable {
                    // An exception must not leave a worker thread (asio would end the program).
                    Resume resume;
                    try {
                        resume = work();
                    } catch (const std::exception &e) {
                        qCWarning(lcServer) << "offloaded work failed:" << e.what();
                        resume = [] {
                            return plainAnswer(500, "The central could not finish the request.\n");
                        };
                    }
                    net::post(io, [this, handler = std::move(handler),
                                   resume = std::move(resume)]() mutable {
                        --offloads;
                        std::move(handler)(std::move(resume));
                    });
                });
        };
        return net::async_initiate<const net::use_awaitable_t<> &, void(Resume)>(
            std::move(initiation), net::use_awaitable);
    }

    net::awaitable<void> listen()
    {
        for (;;) {
            beast::error_code ec;
            tcp::socket socket =
                co_await acceptor->async_accept(net::redirect_error(net::use_awaitable, ec));
            if (ec == net::error::operation_aborted || !acceptor->is_open())
                co_return;
            if (ec) {
                qCWarning(lcServer) << "accept failed:" << ec.message().c_str();
                continue;
            }
            if (config.devPlainHttp)
                net::co_spawn(io, servePlain(std::move(socket)), net::detached);
            else
                net::co_spawn(io, serveTls(std::move(socket)), net::detached);
        }
    }

    net::awaitable<void> servePlain(tcp::socket socket)
    {
        beast::tcp_stream stream(std::move(socket));
        co_await serve(std::move(stream));
    }

    net::awaitable<void> serveTls(tcp::socket socket)
    {
        beast::ssl_stream<beast::tcp_stream> stream(std::move(socket), ssl);
        beast::error_code ec;
        beast::get_lowest_layer(stream).expires_after(timeout());
        co_await stream.async_handshake(net::ssl::stream_base::server,
                                        net::redirect_error(net::use_awaitable, ec));
        if (ec) {
            // Plain HTTP sent to the TLS port, a client that does not trust our CA, a scanner.
            qCInfo(lcServer).noquote()
                << "TLS handshake failed:" << QString::fromStdString(ec.message())
                << "(a plain-HTTP client, or one that does not trust this server's CA?)";
            co_return;
        }
        co_await serve(std::move(stream));
    }

    template <class Stream> net::awaitable<void> serve(Stream stream)
    {
        beast::flat_buffer buffer;
        beast::error_code ec;
        for (;;) {
            http::request_parser<http::string_body> parser;
            parser.header_limit(std::uint32_t(config.maxHeaderBytes));
            parser.body_limit(std::uint64_t(config.maxBodyBytes));
            beast::get_lowest_layer(stream).expires_after(timeout());
            co_await http::async_read(stream, buffer, parser,
                                      net::redirect_error(net::use_awaitable, ec));
            if (ec == http::error::body_limit || ec == http::error::header_limit) {
                const bool body = ec == http::error::body_limit;
                const ApiResponse r =
                    body ? plainError(413, "body-too-large", "the body exceeds maxBodyBytes")
                         : plainError(431, "header-too-large", "the headers exceed maxHeaderBytes");
                Response res = jsonResponse(11, false, r);
                beast::get_lowest_layer(stream).expires_after(timeout());
                co_await http::async_write(stream, res,
                                           net::redirect_error(net::use_awaitable, ec));
                break;
            }
            if (ec == http::error::end_of_stream)
                break;
            if (ec) {
                if (ec != beast::error::timeout && ec != net::error::eof &&
                    ec != net::ssl::error::stream_truncated) {
                    Response res =
                        jsonResponse(11, false, plainError(400, "bad-http", "malformed request"));
                    beast::get_lowest_layer(stream).expires_after(timeout());
                    co_await http::async_write(stream, res,
                                               net::redirect_error(net::use_awaitable, ec));
                }
                co_return;
            }
            Request req = parser.release();
            ApiRequest ar;
            ar.method = std::string(req.method_string());
            ar.target = std::string(req.target());
            ar.authorization = std::string(req[http::field::authorization]);
            ar.body = std::move(req.body());
            ar.websocketUpgrade = websocket::is_upgrade(req);
            ar.cookie = std::string(req[http::field::cookie]);
            ar.contentType = std::string(req[http::field::content_type]);
            ar.csrfHeader = std::string(req["X-CSRF-Token"]);
            {
                beast::error_code peerError;
                const auto peer =
                    beast::get_lowest_layer(stream).socket().remote_endpoint(peerError);
                if (!peerError)
                    ar.remoteAddress = peer.address().to_string();
            }
            ApiResponse r = handler(ar);
            while (r.offload) {
                // Beyond config.maxPendingChecks waiting or running, 503 and Retry-After: a storm
                // of logins (a PBKDF2 check is 0.1-0.5 s of a worker) must not queue without end.
                if (offloads >= config.maxPendingChecks) {
                    r = plainAnswer(503, "The central is busy; try again in a few seconds.\n");
                    r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "5"));
                    break;
                }
                auto checking = onWorker(std::move(r.offload));
                Resume resume = co_await std::move(checking);
                r = resume();
            }
            if (r.broadcast)
                broadcast(*r.broadcast);
            if (r.status == 101) {
                co_await serveLive(std::move(stream), std::move(req), r.liveSite);
                co_return;
            }
            Response res = jsonResponse(req.version(), req.keep_alive(), r);
            beast::get_lowest_layer(stream).expires_after(timeout());
            co_await http::async_write(stream, res, net::redirect_error(net::use_awaitable, ec));
            if (ec || !res.keep_alive())
                break;
        }
        co_await shutdown(stream);
    }

    net::awaitable<void> shutdown(beast::tcp_stream &stream)
    {
        beast::error_code ec;
        stream.socket().shutdown(tcp::socket::shutdown_send, ec);
        co_return;
    }

    net::awaitable<void> shutdown(beast::ssl_stream<beast::tcp_stream> &stream)
    {
        beast::error_code ec;
        beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(2));
        co_await stream.async_shutdown(net::redirect_error(net::use_awaitable, ec));
    }

    template <class Stream>
    net::awaitable<void> serveLive(Stream stream, Request req, const SiteId &site)
    {
        auto session = std::make_shared<LiveSession<Stream>>(std::move(stream));
        auto &ws = session->ws();
        // The WebSocket keeps its own timeouts: the TCP deadline would cut an idle but healthy
        // connection, so it is switched off and Beast pings idle clients instead.
        beast::get_lowest_layer(ws).expires_never();
        websocket::stream_base::timeout t =
            websocket::stream_base::timeout::suggested(beast::role_type::server);
        t.idle_timeout = std::chrono::seconds(30);
        t.keep_alive_pings = true;
        ws.set_option(t);
        beast::error_code ec;
        co_await ws.async_accept(req, net::redirect_error(net::use_awaitable, ec));
        if (ec)
            co_return;
        live[site].push_back(session);
        qCInfo(lcServer) << "live client connected for site" << site;
        net::co_spawn(io, session->writer(), net::detached);
        beast::flat_buffer buffer;
        for (;;) {
            co_await ws.async_read(buffer, net::redirect_error(net::use_awaitable, ec));
            if (ec)
                break;
            buffer.consume(buffer.size()); // clients have nothing to say; ignore it
        }
        session->close();
    }
};

Server::Server(Config config, Handler handler) : m(std::make_unique<Impl>())
{
    m->config = std::move(config);
    m->handler = std::move(handler);
}

Server::~Server()
{
    stop();
}

Outcome<std::uint16_t> Server::start()
{
    const auto fail = [](const QString &detail) {
        return Refusal{500, QStringLiteral("start-failed"), detail, {}};
    };
    beast::error_code ec;
    if (m->config.devPlainHttp) {
        qCWarning(lcServer).noquote()
            << "!!! devPlainHttp = true: serving PLAIN HTTP without TLS. Tokens and booking "
               "data cross the network readable by anyone. For development only. !!!";
    } else {
        m->ssl.set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                           net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                           net::ssl::context::no_tlsv1_1);
        m->ssl.use_certificate_chain_file(m->config.tlsCert.toStdString(), ec);
        if (ec)
            return fail(QStringLiteral("tlsCert %1: %2")
                            .arg(m->config.tlsCert, QString::fromStdString(ec.message())));
        m->ssl.use_private_key_file(m->config.tlsKey.toStdString(), net::ssl::context::pem, ec);
        if (ec)
            return fail(QStringLiteral("tlsKey %1: %2")
                            .arg(m->config.tlsKey, QString::fromStdString(ec.message())));
    }
    const auto address = net::ip::make_address(m->config.listenAddress.toStdString(), ec);
    if (ec)
        return fail(QStringLiteral("listen address %1: %2")
                        .arg(m->config.listenAddress, QString::fromStdString(ec.message())));
    tcp::acceptor acceptor(m->io);
    const tcp::endpoint endpoint(address, m->config.listenPort);
    acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(m->config.listenAddress)
                        .arg(m->config.listenPort)
                        .arg(QString::fromStdString(ec.message())));
    const std::uint16_t port = acceptor.local_endpoint().port();
    m->acceptor.emplace(std::move(acceptor));
    net::co_spawn(m->io, m->listen(), net::detached);
    m->running = true;
    m->thread = std::thread([this] { m->io.run(); });
    return port;
}

void Server::stop()
{
    if (!m->running)
        return;
    m->running = false;
    net::post(m->io, [this] {
        beast::error_code ec;
        m->acceptor->close(ec);
        m->io.stop();
    });
    m->thread.join();
    // Offloaded work still queued is dropped; running work finishes and posts its resumption
    // to the stopped io_context, which destroys it with the connection's coroutine.
    m->workers.stop();
    m->workers.join();
}

void Server::runOnIo(const std::function<void()> &fn)
{
    if (!m->running) {
        fn();
        return;
    }
    std::promise<void> done;
    net::post(m->io, [&] {
        fn();
        done.set_value();
    });
    done.get_future().wait();
}

int Server::liveClients()
{
    int n = 0;
    runOnIo([&] {
        for (auto &[site, sinks] : m->live)
            for (auto &w : sinks)
                n += w.expired() ? 0 : 1;
    });
    return n;
}

} // namespace bk::central
