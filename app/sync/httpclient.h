#pragma once
// The engine's HTTP client: Boost.Beast over TLS (or plain TCP with the development flag) as
// Asio C++20 coroutines, one kept-alive connection, a deadline before every connect,
// handshake, write and read. Used on the sync thread only. Errors are values: a transport
// failure is status 0 with a message for the technician.

#include "sync/syncconfig.h"

// Boost 1.74's asio/awaitable.hpp uses std::exchange without including <utility>.
#include <utility>

#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/verb.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace bk::sync {

/// One answer, or the transport error that prevented it (status 0).
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QString error; ///< transport failure: names the step (connect, TLS handshake, read, ...)
    bool tlsRefused = false; ///< the failure was the server's certificate
    bool timedOut = false;   ///< the server accepted the request but did not answer in time
    QDateTime date;          ///< the answer's Date header (UTC); invalid when absent or unreadable
    /// Where a transport failure happened (None with an answer).
    enum class Step { None, Resolve, Connect, Handshake, Send, Read };
    Step failedStep = Step::None;
    boost::system::error_code errorCode; ///< the failed step's error
    /// A refused certificate: OpenSSL's verify result (X509_V_ERR_*; a name that does not
    /// match is X509_V_ERR_HOSTNAME_MISMATCH or X509_V_ERR_IP_ADDRESS_MISMATCH); else 0.
    long certificateError = 0;
    /// sendSingleRequest() could not make the request (URL, plain HTTP without the
    /// development flag, CA file): error says why.
    bool notSent = false;
};

/// A TLS client context that trusts only `caFile`; empty string or the error.
QString makeTlsContext(boost::asio::ssl::context &ctx, const QString &caFile);

/// One request to the central on a connection and io_context of its own, blocking until the
/// answer or the failure (enrolment, the self-test's probe; never on a GUI thread).
struct SingleRequest
{
    QString centralUrl;        ///< https://host:port (http:// only with devPlainHttp)
    QString caFile;            ///< the only CA trusted
    bool devPlainHttp = false; ///< development only
    boost::beast::http::verb method = boost::beast::http::verb::get;
    std::string target;
    std::string body;
    std::string token; ///< bearer token; empty = none
    std::chrono::milliseconds timeout{15000};
};

/// Sends `request` (see HttpResult::notSent for a request that could not be made).
HttpResult sendSingleRequest(const SingleRequest &request);

/// A refusal for the technician: "HTTP 401 unauthorized: <the central's detail>".
QString refusalText(const HttpResult &answer);

class HttpClient
{
public:
    HttpClient(boost::asio::io_context &io, Endpoint endpoint, boost::asio::ssl::context &tls,
               std::chrono::milliseconds timeout);
    ~HttpClient();

    /// One request with the bearer token; reconnects when the kept connection was closed.
    /// Every request the engine sends is idempotent (GETs, operation ids), so a request that
    /// failed on a reused connection is sent once more on a fresh one.
    boost::asio::awaitable<HttpResult> request(boost::beast::http::verb method, std::string target,
                                               std::string body, std::string token);
    /// Drops the connection; only while no request is under way.
    void close();
    /// Aborts a request under way (stopping): its socket is closed, the request then ends
    /// with an error and drops the connection itself.
    void cancel();

private:
    boost::asio::awaitable<QString> connect();
    template <typename Stream>
    boost::asio::awaitable<HttpResult> exchange(Stream &stream, boost::beast::http::verb method,
                                                const std::string &target, const std::string &body,
                                                const std::string &token);

    boost::asio::io_context &m_io;
    Endpoint m_endpoint;
    boost::asio::ssl::context &m_tls;
    std::chrono::milliseconds m_timeout;
    std::optional<boost::beast::ssl_stream<boost::beast::tcp_stream>> m_tlsStream;
    std::optional<boost::beast::tcp_stream> m_plainStream;
    boost::beast::tcp_stream *m_connecting = nullptr;        ///< the socket being connected, if any
    HttpResult::Step m_connectStep = HttpResult::Step::None; ///< connect()'s failure, if any
    boost::system::error_code m_connectError;
    long m_certificateError = 0;
};

} // namespace bk::sync
