#pragma once
// The connection settings of an SQLite store: what it asks for when opening (OpenOptions) and
// what SQLite reports back (Pragmas). Apart from platform/sqlite.h so that a store's public
// header can show its pragmas without exposing the SQLite layer.

#include <QString>

namespace bk::sql {

/// How a store wants its connection set up; each store says why in its own open().
struct OpenOptions
{
    /// Names the store in messages ("the cache", "the central database").
    QString role = QStringLiteral("the database");
    /// How long a statement waits for another connection's lock before SQLITE_BUSY (ms).
    int busyTimeoutMs = 5000;
    /// journal_mode=WAL: readers never block the writer (checked: SQLite may refuse it, e.g.
    /// on a file system without shared memory, and then answers another mode).
    bool wal = true;
    /// synchronous=FULL: a committed transaction survives a power cut (else NORMAL).
    bool synchronousFull = true;
    /// foreign_keys=ON (per connection, off by default in SQLite; checked after setting).
    bool foreignKeys = true;
    /// Opens an existing file read-only (SQLITE_OPEN_READONLY), never creating it, and sets
    /// no pragma (the three above are ignored): for a look at a file another process owns
    /// (the self-test's cache check).
    bool readOnly = false;
};

/// The connection settings in force, as SQLite reports them (self-test, admin screen).
struct Pragmas
{
    QString journalMode; ///< "wal"
    int synchronous = 0; ///< 2 = FULL
    bool foreignKeys = false;
    int busyTimeoutMs = 0;
};

} // namespace bk::sql
