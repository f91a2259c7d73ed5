#pragma once
// A thin RAII layer over the SQLite C API, private to the store: the connection, cached
// prepared statements that reset themselves after use, and a transaction guard that rolls
// back unless committed. Nothing outside app/store includes this file.

#include "store/result.h"

#include <QByteArray>
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
    /// Binds NULL for a null QString so that "no value" and "" stay distinct.
    Statement &bindOptional(int index, const QString &value);
    Statement &bindOptional(int index, std::optional<qint64> value);

    /// Steps once: true on a row, false on done; an error is kept for status().
    bool next();
    /// Steps to the end (for INSERT/UPDATE/DELETE) and reports the outcome.
    Status run();
    /// The last step's error, if any, as a StoreError (Duplicate for a UNIQUE violation).
    Status status() const;

    // Columns are 0-based, as in SQLite.
    QString text(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    bool isNull(int column) const;

private:
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

    /// Opens (creating if needed) the file read-write.
    Status open(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    /// How long a statement waits for another connection's lock before SQLITE_BUSY.
    void setBusyTimeout(int ms);
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

} // namespace bk::sql
