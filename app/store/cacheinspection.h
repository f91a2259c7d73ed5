#pragma once
// A look at the cache file without changing it: the self-test's cache check. Opens the file
// read-only (no migration, no pragma set, nothing written), so it is safe while the running
// kiosk uses the same file.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bk {

/// What inspectCache() found.
struct CacheInspection
{
    bool exists = false;    ///< the file is there (a new stander has none before its first start)
    qint64 sizeBytes = 0;   ///< the file's size (without -wal and -shm)
    qint64 walBytes = 0;    ///< the -wal file's size, 0 when none
    bool readable = false;  ///< SQLite opened it and read its schema version
    QString error;          ///< why not readable: SQLite's words ("file is not a database")
    QStringList problems;   ///< PRAGMA quick_check's complaints (at most 10); empty = intact
    int schemaVersion = -1; ///< PRAGMA user_version
    int programVersion = 0; ///< the schema version this program makes (CacheStore)
    /// The central's clock at the last completed sync round (meta sync.lastCentralTime, UTC);
    /// invalid before the first sync or when unreadable.
    QDateTime lastCentralTime;
    qint64 outboxDepth = -1; ///< unsent operations; -1 when unreadable

    /// Readable, intact and at a version this program can open.
    bool ok() const
    {
        return readable && problems.isEmpty() && schemaVersion >= 0 &&
               schemaVersion <= programVersion;
    }
};

/// Inspects the cache at `path` read-only with PRAGMA quick_check; waits at most `busyMs` for
/// a writer's lock. Never creates the file.
CacheInspection inspectCache(const QString &path, int busyMs = 2000);

} // namespace bk
