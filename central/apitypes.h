#pragma once
// An HTTP request and answer as the API and the staff pages see them: plain values, no sockets
// (server.h turns them into Beast messages).

#include "domain/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <utility>

namespace bk::central {

/// What the API needs of an HTTP request.
struct ApiRequest
{
    std::string method; ///< "GET", "POST", ...
    std::string target; ///< path and query, e.g. "/v1/sites/demo/changes?cursor=12"
    std::string authorization;
    std::string body;
    bool websocketUpgrade = false;
    std::string cookie;        ///< the Cookie header (staff pages)
    std::string contentType;   ///< the Content-Type header
    std::string csrfHeader;    ///< the X-CSRF-Token header (staff pages' scripts)
    std::string remoteAddress; ///< the peer's IP address (the login's per-address brake)
};

/// A call-out to push to the site's live WebSocket clients.
struct Broadcast
{
    SiteId site;
    QByteArray message;
};

/// The answer: a status, a JSON body (empty for 101/204) and side effects for the server.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    std::optional<Broadcast> broadcast;
    SiteId liveSite;          ///< set with status 101: accept the WebSocket for this site
    QDateTime date{};         ///< the central's clock when it answered: sent as the Date header
    QByteArray contentType{}; ///< empty: application/json (when there is a body)
    /// Further headers (Set-Cookie, Location, Cache-Control, Content-Security-Policy, ...).
    QList<std::pair<QByteArray, QByteArray>> headers{};
    /// Slow work that must not hold up the I/O thread (a staff login's password check). When
    /// set, the server ignores the rest of this answer, runs `offload` on a worker thread (it
    /// must touch nothing the I/O thread owns, such as the store) and then calls what it
    /// returned back on the I/O thread: that gives the answer (which may offload again).
    std::function<std::function<ApiResponse()>()> offload{};
};

} // namespace bk::central
