#pragma once
// What the sync engine is configured with: where the central is, whom to trust, who this
// kiosk is, and the timings. validate() refuses what would be unsafe (plain HTTP without the
// development flag, no CA file) with a message naming the key.

#include "domain/types.h"

#include <QChar>
#include <QList>
#include <QString>

#include <string>

namespace bk::sync {

struct SyncConfig
{
    /// "https://host:port" (an http:// URL only with devPlainHttp).
    QString centralUrl;
    /// PEM file of the CA that signed the central's certificate; the only CA trusted.
    QString caFile;
    /// The name the certificate must carry; empty = the URL's host.
    QString serverName;
    /// Development only: allow http:// (logged loudly at start).
    bool devPlainHttp = false;
    /// The kiosk token from enrolment, sent as a bearer token on every call.
    QString token;
    SiteId site;
    QString kioskId;
    /// The cache file; the engine opens its own connection to it (SQLite serialises writers).
    QString cachePath;

    int requestTimeoutMs = 10000; ///< deadline for each connect, handshake, write and read
    int pollIntervalMs = 30000;   ///< time between sync rounds while everything works
    int backoffMinMs = 1000;      ///< first retry delay after a failure
    int backoffMaxMs = 60000;     ///< retry delay ceiling
    int outboxBatch = 100;        ///< operations per POST /v1/outbox (the central takes ≤ 500)
    /// Bookings per snapshot page, each written in its own transaction (a check-in waits at
    /// most for one page); the central takes 1..5000.
    int snapshotPageSize = 1000;
    /// Ask the central for another number block when fewer numbers than this are left.
    int numbersLowWater = 20;
    /// Queues to hold number blocks for; empty = every service's letter and the chance letter.
    QList<QChar> queues;
    int liveReconnectMinMs = 500; ///< first WebSocket reconnect delay
    int liveReconnectMaxMs = 30000;
};

/// Where to connect and how.
struct Endpoint
{
    bool tls = true;
    std::string host;
    std::string port;
    std::string serverName; ///< checked against the certificate and sent as SNI
};

/// Parses "https://host:port" / "http://host:port"; an error message or empty.
QString parseEndpoint(const QString &url, const QString &serverName, Endpoint *out);

/// Empty when usable, else a message naming the key, its value and what is allowed.
QString validate(const SyncConfig &config);

} // namespace bk::sync
