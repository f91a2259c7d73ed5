#pragma once
// The /v1 API as a function from request to response: routing, bearer-token checks, body
// validation and the JSON answers of openapi.json. No sockets here (server.h does those), so
// the whole API can be driven from the I/O thread with plain values.

#include "central/centralstore.h"
#include "domain/clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string>

namespace bk::central {

/// What the API needs of an HTTP request.
struct ApiRequest
{
    std::string method; ///< "GET", "POST", ...
    std::string target; ///< path and query, e.g. "/v1/sites/demo/changes?cursor=12"
    std::string authorization;
    std::string body;
    bool websocketUpgrade = false;
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
    SiteId liveSite;  ///< set with status 101: accept the WebSocket for this site
    QDateTime date{}; ///< the central's clock when it answered: sent as the Date header
};

class Api
{
public:
    /// `store` and `clock` must outlive the Api; all calls come from one thread.
    Api(CentralStore &store, const Clock &clock, QString version);
    /// Handles one request.
    ApiResponse handle(const ApiRequest &request);

private:
    ApiResponse route(const ApiRequest &request, const QStringList &path, const QString &query);
    ApiResponse enrol(const QByteArray &body);
    ApiResponse heartbeat(const KioskIdentity &who, const QByteArray &body);
    /// The staff endpoints (kiosks, fleet, alerts): admin token only.
    ApiResponse staff(const QStringList &path, const QString &query, const QString &token);
    ApiResponse outbox(const KioskIdentity &who, const QByteArray &body);
    ApiResponse booking(const KioskIdentity &who, const QByteArray &body);
    ApiResponse numberBlock(const KioskIdentity &who, const QByteArray &body);

    CentralStore &m_store;
    const Clock &m_clock;
    QString m_version;
};

} // namespace bk::central
