#pragma once
// The /v1 API as a function from request to response: routing, bearer-token checks, body
// validation and the JSON answers of openapi.json. No sockets here (server.h does those), so
// the whole API can be driven from the I/O thread with plain values.

#include "central/apitypes.h"
#include "central/centralstore.h"
#include "central/staffweb.h"
#include "domain/clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string>

namespace bk::central {

class Api
{
public:
    /// `store` and `clock` must outlive the Api; all calls come from one thread (an answer's
    /// offload runs elsewhere, and its resumption on that thread again).
    Api(CentralStore &store, const Clock &clock, QString version);
    /// Handles one request.
    ApiResponse handle(const ApiRequest &request);

private:
    ApiResponse route(const ApiRequest &request, const QStringList &path, const QString &query);
    /// Sets the Date of the answer an offloaded answer ends in, when it is given.
    void stampLater(ApiResponse &r);
    ApiResponse enrol(const QByteArray &body);
    ApiResponse heartbeat(const KioskIdentity &who, const QByteArray &body);
    /// The staff endpoints (kiosks, fleet, alerts): admin token only.
    ApiResponse staff(const QStringList &path, const QString &query, const QString &token);
    ApiResponse outbox(const KioskIdentity &who, const QByteArray &body);
    ApiResponse booking(const KioskIdentity &who, const QByteArray &body);
    ApiResponse numberBlock(const KioskIdentity &who, const QByteArray &body);
    /// /v1/staff-accounts[/{username}] (api_staff.cpp): admin token only.
    ApiResponse staffAccounts(const ApiRequest &request, const QStringList &path);
    /// /v1/lobby/{token}/calls and /live: the display link's token in the path.
    ApiResponse lobby(const ApiRequest &request, const QStringList &path);
    /// /v1/queue/{token}: a ticket's place in the queue for the public page (no login).
    ApiResponse queuePlace(const ApiRequest &request, const QStringList &path);

    CentralStore &m_store;
    const Clock &m_clock;
    QString m_version;
    StaffWeb m_web;
};

} // namespace bk::central
