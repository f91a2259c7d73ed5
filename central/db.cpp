#include "central/db.h"

#include <sqlite3.h>

namespace bk::central::sql {

Stmt::Stmt(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
}

Stmt::~Stmt()
{
    sqlite3_finalize(m_stmt);
}

Stmt &Stmt::bind(int i, qint64 v)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}

Stmt &Stmt::bind(int i, const QString &v)
{
    if (!m_stmt)
        return *this;
    if (v.isNull())
        return bindNull(i);
    const QByteArray u = v.toUtf8();
    sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    return *this;
}

Stmt &Stmt::bindNull(int i)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, i);
    return *this;
}

bool Stmt::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool Stmt::run()
{
    while (next()) {
    }
    return m_stmt && m_error.isEmpty();
}

qint64 Stmt::integer(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

QString Stmt::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

bool Stmt::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

QString Database::open(const QString &path)
{
    const QByteArray p = path.toUtf8();
    if (sqlite3_open_v2(p.constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        QString e = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return e;
    }
    sqlite3_busy_timeout(m_db, 5000);
    return exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
}

QString Database::exec(const char *sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &msg) == SQLITE_OK)
        return {};
    QString e = QString::fromUtf8(msg ? msg : "unknown SQLite error");
    sqlite3_free(msg);
    return e;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_error = db.exec("BEGIN IMMEDIATE");
    m_open = m_error.isEmpty();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec("ROLLBACK");
}

QString Transaction::commit()
{
    if (!m_open)
        return m_error.isEmpty() ? QStringLiteral("transaction not open") : m_error;
    QString e = m_db.exec("COMMIT");
    m_open = !e.isEmpty();
    return e;
}

} // namespace bk::central::sql
