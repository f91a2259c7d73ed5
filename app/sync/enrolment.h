#pragma once
// Enrolment: trading a one-time code from the central for this kiosk's token (POST /v1/enrol
// {code, kioskId} -> {token, siteId}, central/openapi.json), over the same TLS client and CA
// pinning as the sync engine. Blocking, on an io_context of its own: it runs before the kiosk
// starts (at start, borgerkiosk --enrol), never on the GUI thread of a running kiosk.

#include <QString>

#include <chrono>

namespace bk::sync {

/// Where to enrol and with what.
struct EnrolRequest
{
    QString centralUrl;        ///< https://host:port (http:// only with devPlainHttp)
    QString caFile;            ///< the only CA trusted for the central
    bool devPlainHttp = false; ///< development only
    QString code;              ///< the one-time code
    QString kioskId;
    std::chrono::milliseconds timeout{15000}; ///< per connect, handshake, write and read
};

/// What the central answered.
struct EnrolResult
{
    enum class Outcome {
        Enrolled,    ///< token and siteId are set
        Refused,     ///< the central refused the code (unknown or used): status and message
        Unreachable, ///< no answer: connect, TLS, timeout, or a server error (5xx)
        Invalid      ///< the request could not be made: URL, plain HTTP, CA file
    };
    Outcome outcome = Outcome::Invalid;
    QString token;  ///< secret: never log it
    QString siteId; ///< the site the code was made for
    int status = 0; ///< the HTTP status, 0 without an answer
    /// Unreachable without an answer: the TLS handshake failed (the central's certificate
    /// was not accepted, or the server does not speak TLS there).
    bool tlsRefused = false;
    /// Unreachable without an answer: a step took longer than `timeout`.
    bool timedOut = false;
    /// For the technician: the central's refusal or the transport step that failed. Never
    /// holds the code or the token.
    QString message;
};

/// Enrols; blocks for at most a few `timeout`s.
EnrolResult enrol(const EnrolRequest &request);

/// Empty when `caFile` can be read and holds a PEM CA certificate the TLS client accepts,
/// else why not (the check the sync engine does when it starts, without a network).
QString checkCaFile(const QString &caFile);

} // namespace bk::sync
