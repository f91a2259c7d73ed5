#pragma once
// The one thin RAII layer over the SQLite C API, shared by the kiosk cache (app/store) and the
// central (central/centralstore*): opening with the pragmas a store asks for, cached prepared
// statements that reset themselves after use, a transaction guard that rolls back unless
// committed, and errors as bk::Result/StoreError values (platform/sqlresult.h). Only the stores
// include this file; their callers never see SQL.

#include "platform/sqlresult.h"
#include "platform/sqlsettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace bk::sql {

class Database;

/// A borrowed cached statement; resets and clears its bindings when it goes out of scope so
/// that no half-stepped SELECT keeps a read transaction (and the WAL) pinned.
class Statement
{
public:
    Statement(Database &db, sqlite3_stmt *stmt) : m_db(&db), m_stmt(stmt) {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;

    /// False when preparing failed (the Database's lastError() says why).
    bool valid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bindNull(int index);
    /// Binds `bytes` as a BLOB (copied).
    Statement &bindBlob(int index, const QByteArray &bytes);
    /// Binds NULL for a null QString so that "no value" and "" stay distinct.
    Statement &bindOptional(int index, const QString &value);
    Statement &bindOptional(int index, std::optional<qint64> value);
    /// Binds a time as milliseconds since the epoch (toMs), NULL for an invalid QDateTime.
    Statement &bindOptional(int index, const QDateTime &value);

    /// Steps once: true on a row, false on done; an error is kept for status().
    bool next();
    /// Steps to the end (for INSERT/UPDATE/DELETE) and reports the outcome.
    Status run();
    /// The last step's error, if any, as a StoreError (Duplicate for a UNIQUE violation).
    Status status() const;

    // Columns are 0-based, as in SQLite.
    QString text(int column) const;
    qint64 int64(int column) const;
    /// A BLOB column's bytes (copied); empty for NULL.
    QByteArray blob(int column) const;
    int int32(int column) const { return int(int64(column)); }
    bool isNull(int column) const;

private:
    /// The statement, reset first when it has been stepped; null when preparing failed.
    sqlite3_stmt *forBinding();

    Database *m_db;
    sqlite3_stmt *m_stmt;
    int m_rc = 0;
};

/// One SQLite connection with a cache of prepared statements.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) the file read-write and applies `options`; a pragma SQLite
    /// did not take (WAL, foreign keys) is a Database error naming the file. On failure the
    /// connection is closed again.
    Status open(const QString &path, const OpenOptions &options = {});
    void close();
    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    /// How long a statement waits for another connection's lock before SQLITE_BUSY.
    void setBusyTimeout(int ms);
    /// Reads the connection's pragmas back from SQLite.
    Result<Pragmas> pragmas();
    /// Runs SQL without parameters (pragmas, migrations); never for values from outside.
    Status exec(const char *sql);
    /// A cached prepared statement for `sql`, which must be a string with static storage
    /// (the cache is keyed by its address, so lookups cost no hashing of the text).
    Statement prepare(const char *sql);

    /// "<path>: <SQLite message> (<context>)", for messages a technician can act on.
    StoreError error(const QString &context, StoreErrorKind kind = StoreErrorKind::Database) const;
    /// The last SQLite error message on this connection.
    QString sqliteMessage() const;
    qint64 lastInsertRowId() const;
    int changes() const;

private:
    Status expectPragma(const char *pragma, const QString &expected);

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<const char *, sqlite3_stmt *> m_cache;
};

/// BEGIN on construction (IMMEDIATE for writers, so two processes serialise before reading
/// what they will change), ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
public:
    enum class Mode { Deferred, Immediate };
    explicit Transaction(Database &db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded (if not, status() says why).
    Status status() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_open = false;
};

/// Milliseconds since the epoch: how both stores keep every time (sortable, zone-free).
inline qint64 toMs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

/// The UTC time of a millisecond column.
inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/// NULL for an invalid time (e.g. a booking not checked in).
inline std::optional<qint64> toOptionalMs(const QDateTime &t)
{
    return t.isValid() ? std::optional<qint64>(t.toMSecsSinceEpoch()) : std::nullopt;
}

/// A nullable millisecond column as a time; a null QDateTime for NULL.
inline QDateTime optionalTime(const Statement &st, int column)
{
    return st.isNull(column) ? QDateTime() : fromMs(st.int64(column));
}

} // namespace bk::sql
