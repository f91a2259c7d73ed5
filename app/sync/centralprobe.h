#pragma once
// One look at the central for the self-test: TCP, the TLS handshake with the pinned CA, and
// GET /v1/whoami with the kiosk's token (central/openapi.json), over the sync engine's own
// HTTP client. Blocking, on an io_context of its own, with a short deadline per step: never on
// the GUI thread of a running kiosk.

#include <QDateTime>
#include <QString>

#include <chrono>

namespace bk::sync {

/// Where the central is and what to show it.
struct ProbeRequest
{
    QString centralUrl;                      ///< https://host:port (http:// only with devPlainHttp)
    QString caFile;                          ///< the only CA trusted for the central
    bool devPlainHttp = false;               ///< development only
    QString token;                           ///< the kiosk token (secret: never in a message)
    std::chrono::milliseconds timeout{4000}; ///< per connect, handshake, write and read
};

/// How far the probe got, and what stopped it.
struct ProbeResult
{
    enum class Failure {
        None,             ///< the central answered 200 to whoami: kioskId and siteId are set
        Invalid,          ///< the request could not be made (URL, plain HTTP, CA file)
        Resolve,          ///< the host name does not resolve
        Refused,          ///< TCP connection refused (nothing listens on the port)
        Timeout,          ///< no TCP connection, or no answer, within the timeout
        Unreachable,      ///< another network error (no route, reset, ...)
        UnknownCa,        ///< TLS: the certificate is not signed by the pinned CA
        Expired,          ///< TLS: the certificate has expired (or this clock is ahead)
        NotYetValid,      ///< TLS: the certificate is not valid yet (or this clock is behind)
        HostnameMismatch, ///< TLS: the certificate does not name the URL's host
        Tls,              ///< TLS failed for another reason (protocol, other certificate fault)
        TokenRefused,     ///< the central answered 401: it does not know the token
        HttpError         ///< any other answer than 200 (status says which)
    };
    Failure failure = Failure::Invalid;
    bool connected = false;  ///< the TCP connection was made
    bool tlsOk = false;      ///< the handshake passed (or plain HTTP)
    int status = 0;          ///< the HTTP status, 0 without an answer
    QString message;         ///< for the technician: the step that failed and why; no secret
    QString kioskId;         ///< 200: who the central says this token is
    QString siteId;          ///< 200: the kiosk's site
    QDateTime centralTime;   ///< the answer's Date header (UTC); invalid without one
    QDateTime receivedAt;    ///< the system clock (UTC) when the answer arrived
    qint64 roundTripMs = -1; ///< from the start of the request to the answer

    bool ok() const { return failure == Failure::None; }
};

/// Asks the central who this token is; blocks for at most a few `timeout`s.
ProbeResult probeCentral(const ProbeRequest &request);

/// A stable key for a failure ("refused", "unknown-ca", ...): JSON for scripts, logs.
QString failureKey(ProbeResult::Failure failure);

} // namespace bk::sync
