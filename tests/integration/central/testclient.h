#pragma once
// The tests' own HTTPS client on Boost.Beast (synchronous, one keep-alive connection): pins
// the CA file it is given and checks the server name, like the kiosk does. Socket timeouts
// keep a broken server from hanging a test.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <utility>

namespace bk::testing {

/// One HTTP answer, or the transport error that prevented it (status 0).
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QString error;
    QString method;
    QString target;
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// Every value of the header `name` (case-insensitive), in order.
    QList<QByteArray> header(const char *name) const;
    QByteArray contentType;        ///< the Content-Type header
    QByteArray contentDisposition; ///< the Content-Disposition header
    /// The body as a JSON object (empty when it is not one).
    QJsonObject json() const;
};

class TestClient
{
public:
    /// Talks to 127.0.0.1:port over TLS trusting only `caFile`; plain HTTP when `caFile` is
    /// empty.
    TestClient(std::uint16_t port, QString caFile);
    ~TestClient();
    TestClient(const TestClient &) = delete;
    TestClient &operator=(const TestClient &) = delete;

    /// One request; reconnects when the connection was closed. `token` goes into
    /// Authorization as a bearer token when not empty.
    HttpReply request(const char *method, const QString &target, const QByteArray &body = {},
                      const QString &token = {});
    /// A staff page request as a browser sends it: `cookie` as the Cookie header (when not
    /// empty), `form` (when not null) as an application/x-www-form-urlencoded body.
    HttpReply page(const char *method, const QString &target, const QString &cookie,
                   const QByteArray &form = {});
    /// Sends `bytes` as they are on a fresh connection and reads one response.
    HttpReply raw(const QByteArray &bytes);
    /// Sends `cookie` as the Cookie header of every later request (a staff session); empty
    /// sends none.
    void setCookie(const QString &cookie);
    /// Called with every reply (the OpenAPI conformance check hooks in here).
    void setObserver(std::function<void(const HttpReply &)> observer);
    /// Connections (TCP connect + TLS handshake) this client has opened so far.
    int connections() const;

private:
    HttpReply send(const char *method, const QString &target, const QByteArray &body,
                   const char *contentType, const QString &token, const QString &cookie);
    struct Impl;
    std::unique_ptr<Impl> m;
};

/// A WebSocket client for /v1/sites/{site}/live.
class LiveClient
{
public:
    LiveClient(std::uint16_t port, QString caFile);
    ~LiveClient();
    /// Upgrades with the bearer token; empty string on success, else the error (the HTTP
    /// status of a refused upgrade among it).
    QString connect(const QString &site, const QString &token);
    /// Upgrades at `path` (e.g. "/v1/lobby/TOKEN/live"), with a bearer token when not empty.
    QString connectPath(const QString &path, const QString &token = {});
    /// The next text message, or an empty array after `timeoutMs` or on error.
    QByteArray next(int timeoutMs);

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace bk::testing
