#include "sync/syncconfig.h"

namespace bk::sync {

QString validate(const SyncConfig &c)
{
    Endpoint e;
    if (QString err = parseEndpoint(c.centralUrl, c.serverName, &e); !err.isEmpty())
        return err;
    if (!e.tls && !c.devPlainHttp)
        return QStringLiteral("centralUrl '%1' is plain HTTP: refused. Use https:// with caFile, "
                              "or set the development flag devPlainHttp = true (never in a "
                              "municipality)")
            .arg(c.centralUrl);
    if (e.tls && c.caFile.isEmpty())
        return QStringLiteral("caFile is empty: the kiosk trusts only the CA file configured for "
                              "the central");
    if (c.token.isEmpty())
        return QStringLiteral("token is empty: enrol the kiosk first (one-time code)");
    if (c.site.isEmpty() || c.kioskId.isEmpty())
        return QStringLiteral("site and kioskId must be set");
    if (c.cachePath.isEmpty())
        return QStringLiteral("cachePath is empty");
    const auto positive = [](int v) { return v > 0; };
    if (!positive(c.requestTimeoutMs) || !positive(c.pollIntervalMs) || !positive(c.backoffMinMs) ||
        c.backoffMaxMs < c.backoffMinMs)
        return QStringLiteral("requestTimeoutMs, pollIntervalMs and backoffMinMs must be above 0 "
                              "and backoffMaxMs at least backoffMinMs");
    if (c.outboxBatch < 1 || c.outboxBatch > 500)
        return QStringLiteral("outboxBatch %1 must be 1..500 (the central's limit)")
            .arg(c.outboxBatch);
    if (c.snapshotPageSize < 1 || c.snapshotPageSize > 5000)
        return QStringLiteral("snapshotPageSize %1 must be 1..5000 (the central's limit)")
            .arg(c.snapshotPageSize);
    return {};
}

} // namespace bk::sync
