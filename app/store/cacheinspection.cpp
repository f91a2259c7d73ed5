#include "store/cacheinspection.h"

#include "internal.h"
#include "migrations.h"

#include <QFileInfo>

namespace bk {

CacheInspection inspectCache(const QString &path, int busyMs)
{
    CacheInspection out;
    out.programVersion = migrations::latestVersion();
    const QFileInfo info(path);
    out.exists = info.exists();
    if (!out.exists)
        return out;
    out.sizeBytes = info.size();
    out.walBytes = QFileInfo(path + QStringLiteral("-wal")).size();
    sql::Database db;
    sql::OpenOptions options;
    options.role = QStringLiteral("the cache");
    options.readOnly = true;
    options.busyTimeoutMs = busyMs;
    if (Status s = db.open(path, options); !s) {
        out.error = s.error();
        return out;
    }
    // SQLite reads the header only at the first statement: a file of garbage fails here
    // ("file is not a database").
    sql::Statement version = db.prepare("PRAGMA user_version");
    if (!version.next()) {
        out.error = db.sqliteMessage();
        return out;
    }
    out.schemaVersion = version.int32(0);
    out.readable = true;
    // quick_check: the structure of every page and index without the (slow) index contents.
    sql::Statement check = db.prepare("PRAGMA quick_check(10)");
    while (check.next())
        if (const QString row = check.text(0); row != u"ok")
            out.problems.append(row);
    if (Status s = check.status(); !s)
        out.problems.append(s.error());
    if (!out.problems.isEmpty() || out.schemaVersion < 1)
        return out;
    sql::Statement meta = db.prepare("SELECT value FROM meta WHERE key = 'sync.lastCentralTime'");
    if (meta.next())
        out.lastCentralTime = QDateTime::fromString(meta.text(0), Qt::ISODateWithMs).toUTC();
    sql::Statement outbox = db.prepare("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
    if (outbox.next())
        out.outboxDepth = outbox.int64(0);
    return out;
}

} // namespace bk
