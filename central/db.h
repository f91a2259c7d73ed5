#pragma once
// A thin RAII layer over the SQLite C API for CentralStore: one connection, prepared
// statements, transactions that roll back unless committed. Errors as values (QString).

#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace bk::central::sql {

/// One prepared statement; bind 1-based, step, read 0-based columns.
class Stmt
{
public:
    Stmt(sqlite3 *db, const char *sql);
    ~Stmt();
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    Stmt &bind(int i, qint64 v);
    Stmt &bind(int i, int v) { return bind(i, qint64(v)); }
    Stmt &bind(int i, const QString &v); ///< a null QString binds SQL NULL
    Stmt &bindNull(int i);

    /// True while a row is available; false when done or failed (see error()).
    bool next();
    /// Runs to completion; false on failure.
    bool run();

    qint64 integer(int col) const;
    QString text(int col) const;
    bool isNull(int col) const;
    /// The failure message, empty while fine.
    const QString &error() const { return m_error; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

/// The connection. Opened with WAL and synchronous=FULL: an answer the central gave must
/// survive a power cut, or a replayed operation could be applied twice.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens or creates the file; empty string on success.
    QString open(const QString &path);
    /// Runs SQL without results (several statements allowed); empty string on success.
    QString exec(const char *sql);
    sqlite3 *handle() const { return m_db; }
    qint64 lastInsertRowId() const;
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
};

/// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    /// Empty when BEGIN worked.
    const QString &error() const { return m_error; }
    /// Empty string on success.
    QString commit();

private:
    Database &m_db;
    bool m_open = false;
    QString m_error;
};

} // namespace bk::central::sql
