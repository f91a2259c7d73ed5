// A central that misbehaves: a small TLS server in front of the real central that either
// relays requests or answers 500, garbage JSON, a truncated body, or nothing at all. The
// engine logs each failure, backs off, the kiosk keeps working from its cache, and
// everything is caught up once the server behaves again.

#include "synctestsupport.h"

// Boost 1.74's asio/awaitable.hpp uses std::exchange without including <utility>.
#include <utility>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include <atomic>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>

using namespace bk;
using namespace bk::testing;

namespace net = boost::asio;
namespace ssl = net::ssl;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

class BadServer
{
public:
    enum class Mode { Relay, Status500, GarbageJson, TruncatedBody, Stall };

    BadServer(std::uint16_t centralPort) : m_centralPort(centralPort)
    {
        m_tls.use_certificate_chain_file(CentralFixture::pki().serverCert.toStdString());
        m_tls.use_private_key_file(CentralFixture::pki().serverKey.toStdString(),
                                   ssl::context::pem);
        m_acceptor.open(tcp::v4());
        m_acceptor.set_option(net::socket_base::reuse_address(true));
        m_acceptor.bind(tcp::endpoint(net::ip::make_address("127.0.0.1"), 0));
        m_acceptor.listen();
        port = m_acceptor.local_endpoint().port();
        m_thread = std::thread([this] { acceptLoop(); });
    }

    ~BadServer()
    {
        m_stop = true;
        ::shutdown(m_acceptor.native_handle(), SHUT_RDWR);
        m_thread.join();
        for (auto &t : m_connections)
            t.join();
    }

    void setMode(Mode mode) { m_mode = mode; }
    /// Requests that got a fault answer (or none) so far.
    int faults() const { return m_faults; }

    std::uint16_t port = 0;

private:
    void acceptLoop()
    {
        while (!m_stop) {
            beast::error_code ec;
            tcp::socket socket(m_io);
            m_acceptor.accept(socket, ec);
            if (ec || m_stop)
                return;
            m_connections.emplace_back(
                [this, s = std::move(socket)]() mutable { serve(std::move(s)); });
        }
    }

    void serve(tcp::socket socket)
    {
        timeval tv{0, 200 * 1000}; // short reads, so that stop and mode changes are noticed
        ::setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        ssl::stream<tcp::socket> stream(std::move(socket), m_tls);
        beast::error_code ec;
        for (int tries = 0; tries < 25; ++tries) {
            stream.handshake(ssl::stream_base::server, ec);
            if (ec != net::error::would_block && ec != net::error::try_again)
                break;
        }
        if (ec)
            return;
        beast::flat_buffer buffer;
        TestClient relay(m_centralPort, CentralFixture::pki().caCert);
        while (!m_stop) {
            http::request<http::string_body> req;
            http::read(stream, buffer, req, ec);
            if (ec == net::error::would_block || ec == net::error::try_again)
                continue;
            if (ec)
                return;
            const Mode mode = m_mode;
            if (mode != Mode::Relay)
                ++m_faults;
            switch (mode) {
            case Mode::Relay: {
                const std::string auth(req[http::field::authorization]);
                const QString token = auth.rfind("Bearer ", 0) == 0
                                          ? QString::fromStdString(auth.substr(7))
                                          : QString();
                const HttpReply r = relay.request(std::string(req.method_string()).c_str(),
                                                  QString::fromStdString(std::string(req.target())),
                                                  req.method() == http::verb::post
                                                      ? QByteArray::fromStdString(req.body())
                                                      : QByteArray(),
                                                  token);
                http::response<http::string_body> res{http::status(r.status ? r.status : 502), 11};
                res.set(http::field::content_type, "application/json");
                res.body() = r.body.toStdString();
                res.keep_alive(true);
                res.prepare_payload();
                http::write(stream, res, ec);
                break;
            }
            case Mode::Status500:
                respond(stream, 500, R"({"error":"internal","detail":"database is locked"})");
                break;
            case Mode::GarbageJson:
                respond(stream, 200, "<html><body>Proxy error</body></html>{");
                break;
            case Mode::TruncatedBody: {
                const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                         "Content-Length: 5000\r\n\r\n{\"cursor\":\"1\",\"more\"";
                net::write(stream, net::buffer(head), ec);
                return; // gone without the rest and without a TLS close
            }
            case Mode::Stall:
                while (!m_stop && m_mode == Mode::Stall)
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                return;
            }
            if (ec)
                return;
        }
    }

    static void respond(ssl::stream<tcp::socket> &stream, int status, const char *body)
    {
        http::response<http::string_body> res{http::status(status), 11};
        res.set(http::field::content_type, "application/json");
        res.body() = body;
        res.keep_alive(true);
        res.prepare_payload();
        beast::error_code ec;
        http::write(stream, res, ec);
    }

    std::uint16_t m_centralPort;
    net::io_context m_io;
    ssl::context m_tls{ssl::context::tls_server};
    tcp::acceptor m_acceptor{m_io};
    std::thread m_thread;
    std::vector<std::thread> m_connections;
    std::atomic<bool> m_stop{false};
    std::atomic<Mode> m_mode{Mode::Relay};
    std::atomic<int> m_faults{0};
};

QList<int> retryDelays(const LogCapture &log)
{
    static const QRegularExpression re(
        QStringLiteral("sync round failed: .* retrying in (\\d+) ms"));
    QList<int> out;
    for (const QString &line : log.messages())
        if (auto m = re.match(line); m.hasMatch())
            out.append(m.captured(1).toInt());
    return out;
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT
private slots:
    void backsOffWorksOfflineAndRecovers_data();
    void backsOffWorksOfflineAndRecovers();
};

void TestSyncFaults::backsOffWorksOfflineAndRecovers_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("logged");
    QTest::newRow("500") << int(BadServer::Mode::Status500) << u"answered HTTP 500 (internal)"_qs;
    QTest::newRow("garbage JSON") << int(BadServer::Mode::GarbageJson)
                                  << u"answer is unusable: not JSON"_qs;
    QTest::newRow("truncated body")
        << int(BadServer::Mode::TruncatedBody) << u"reading the answer"_qs;
    QTest::newRow("stalled") << int(BadServer::Mode::Stall) << u"no answer within 400 ms"_qs;
}

void TestSyncFaults::backsOffWorksOfflineAndRecovers()
{
    QFETCH(int, mode);
    QFETCH(QString, logged);
    CentralFixture f;
    const QString e = f.start([](central::Config &c) { c.numberBlockBase = 501; });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QString code = testCode(7);
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.putBooking(testBooking(code, u"pas"_qs, testNow().addSecs(600)), f.clock.now()));
    });
    BadServer bad(f.port);
    LockedClock clock(testNow());
    const QString path = f.dir.filePath(u"k1.db"_qs);
    sync::SyncConfig config = engineConfig(f, f.enrol(u"k1"_qs), u"k1"_qs, path);
    config.centralUrl = QStringLiteral("https://127.0.0.1:%1").arg(bad.port);
    config.requestTimeoutMs = 400;
    sync::SyncEngine engine(config, clock);
    QCOMPARE(engine.start(), QString());
    QCOMPARE(runRound(engine), QString());
    CacheStore kiosk;
    QVERIFY(kiosk.open(path, kioskCacheOptions(0, 1)));

    LogCapture log;
    bad.setMode(BadServer::Mode(mode));
    // Offline work goes on from the cache meanwhile.
    auto checkIn = kiosk.checkIn(code, u"test"_qs, clock.now());
    QVERIFY2(checkIn && checkIn->issued, qPrintable(checkIn.error()));
    auto ticket = kiosk.issueChanceTicket(u"test"_qs, u"solo"_qs, u'K', clock.now());
    QVERIFY2(ticket, qPrintable(ticket.error()));
    const QString error = runRound(engine);
    QVERIFY2(error.contains(logged), qPrintable(error));
    QVERIFY(!engine.state().online);
    // The engine retries by itself with growing delays (jittered, capped at backoffMaxMs).
    QTRY_VERIFY_WITH_TIMEOUT(retryDelays(log).size() >= 5, 15000);
    const QList<int> delays = retryDelays(log);
    QVERIFY2(delays.last() > delays.first(), qPrintable(log.messages().join(u'\n')));
    for (int d : delays)
        QVERIFY(d <= config.backoffMaxMs);
    QVERIFY(engine.state().failures >= 5);
    QVERIFY(!log.matching(logged).isEmpty());
    QVERIFY(bad.faults() >= 5);
    QCOMPARE(kiosk.outboxDepth(), 2);
    // Nothing personal or secret in what was logged.
    for (const QString &line : log.messages()) {
        QVERIFY2(!line.contains(code), qPrintable(line));
        QVERIFY2(!line.contains(config.token), qPrintable(line));
    }

    // The server behaves again: the next round catches up.
    bad.setMode(BadServer::Mode::Relay);
    QCOMPARE(runRound(engine), QString());
    QVERIFY(engine.state().online);
    QCOMPARE(engine.state().failures, 0);
    QCOMPARE(kiosk.outboxDepth(), 0);
    QCOMPARE(centralCount(f, "SELECT count(*) FROM ops"), 2);
    QCOMPARE(centralCount(f, "SELECT count(*) FROM tickets"), 2);
    engine.stop();
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
