#include "platform/sqlite.h"

#include <sqlite3.h>

namespace bk::sql {

// --- Statement -------------------------------------------------------------------------------

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_rc(other.m_rc)
{
    other.m_stmt = nullptr;
}

sqlite3_stmt *Statement::forBinding()
{
    // SQLite refuses (SQLITE_MISUSE, silently here) new bindings on a statement that has been
    // stepped and not reset: a statement run in a loop would repeat its first row. Binding
    // after a step starts the statement afresh; the other parameters keep their values.
    if (m_stmt && m_rc != 0) {
        sqlite3_reset(m_stmt);
        m_rc = 0;
    }
    return m_stmt;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (sqlite3_stmt *st = forBinding()) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    if (sqlite3_stmt *st = forBinding())
        sqlite3_bind_text(st, index, utf8, -1, SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    if (sqlite3_stmt *st = forBinding())
        sqlite3_bind_blob64(st, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                            SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_stmt *st = forBinding())
        sqlite3_bind_int64(st, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_stmt *st = forBinding())
        sqlite3_bind_null(st, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isNull() ? bindNull(index) : bind(index, value);
}

Statement &Statement::bindOptional(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindOptional(int index, const QDateTime &value)
{
    return bindOptional(index, toOptionalMs(value));
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    m_rc = sqlite3_step(m_stmt);
    return m_rc == SQLITE_ROW;
}

Status Statement::run()
{
    if (!m_stmt)
        return status();
    do {
        m_rc = sqlite3_step(m_stmt);
    } while (m_rc == SQLITE_ROW);
    return status();
}

Status Statement::status() const
{
    if (!m_stmt)
        return m_db->error(QStringLiteral("preparing a statement"));
    if (m_rc == 0 || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE)
        return {};
    const int extended = sqlite3_extended_errcode(m_db->handle());
    const bool unique =
        extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY;
    return m_db->error(QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(60),
                       unique ? StoreErrorKind::Duplicate : StoreErrorKind::Database);
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    if (!p)
        return {};
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// --- Database --------------------------------------------------------------------------------

Database::~Database()
{
    close();
}

Status Database::open(const QString &path, const OpenOptions &options)
{
    close();
    m_path = path;
    sqlite3 *db = nullptr;
    const int flags =
        options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return StoreError{StoreErrorKind::Database,
                          QStringLiteral("%1: %2 (opening %3)").arg(path, msg, options.role)};
    }
    m_db = db;
    sqlite3_extended_result_codes(m_db, 1);
    setBusyTimeout(options.busyTimeoutMs);
    if (options.readOnly)
        return {};
    Status s =
        options.wal ? expectPragma("PRAGMA journal_mode = WAL", QStringLiteral("wal")) : Status();
    if (s)
        s = exec(options.synchronousFull ? "PRAGMA synchronous = FULL"
                                         : "PRAGMA synchronous = NORMAL");
    if (s && options.foreignKeys) {
        s = exec("PRAGMA foreign_keys = ON");
        if (s)
            s = expectPragma("PRAGMA foreign_keys", QStringLiteral("1"));
    }
    if (!s)
        close();
    return s;
}

Status Database::expectPragma(const char *pragma, const QString &expected)
{
    Statement st = prepare(pragma);
    if (!st.next())
        return st.status() ? Status(error(QString::fromLatin1(pragma))) : st.status();
    const QString got = st.text(0).toLower();
    if (got != expected)
        return StoreError{StoreErrorKind::Database,
                          QStringLiteral("%1: %2 answered '%3', expected '%4'")
                              .arg(m_path, QString::fromLatin1(pragma), got, expected)};
    return {};
}

Result<Pragmas> Database::pragmas()
{
    if (!m_db)
        return error(QStringLiteral("reading pragmas"));
    Pragmas p;
    const auto read = [this](const char *pragma, auto assign) -> Status {
        Statement st = prepare(pragma);
        if (st.next()) {
            assign(st);
            return {};
        }
        return st.status() ? Status(error(QString::fromLatin1(pragma))) : st.status();
    };
    Status s = read("PRAGMA journal_mode", [&](Statement &st) { p.journalMode = st.text(0); });
    if (s)
        s = read("PRAGMA synchronous", [&](Statement &st) { p.synchronous = st.int32(0); });
    if (s)
        s = read("PRAGMA foreign_keys", [&](Statement &st) { p.foreignKeys = st.int64(0) != 0; });
    if (s)
        s = read("PRAGMA busy_timeout", [&](Statement &st) { p.busyTimeoutMs = st.int32(0); });
    if (!s)
        return s.storeError();
    return p;
}

void Database::close()
{
    for (auto &[sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    m_cache.clear();
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

void Database::setBusyTimeout(int ms)
{
    sqlite3_busy_timeout(m_db, ms);
}

Status Database::exec(const char *sql)
{
    if (!m_db)
        return error(QString::fromUtf8(sql).simplified().left(60));
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) == SQLITE_OK)
        return {};
    const QString msg = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
    sqlite3_free(err);
    return StoreError{StoreErrorKind::Database,
                      QStringLiteral("%1: %2 (running: %3)")
                          .arg(m_path, msg, QString::fromUtf8(sql).simplified().left(60))};
}

Statement Database::prepare(const char *sql)
{
    if (!m_db)
        return Statement(*this, nullptr);
    if (auto it = m_cache.find(sql); it != m_cache.end())
        return Statement(*this, it->second);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return Statement(*this, nullptr);
    }
    m_cache.emplace(sql, stmt);
    return Statement(*this, stmt);
}

StoreError Database::error(const QString &context, StoreErrorKind kind) const
{
    return StoreError{kind, QStringLiteral("%1: %2 (%3)").arg(m_path, sqliteMessage(), context)};
}

QString Database::sqliteMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open");
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// --- Transaction -----------------------------------------------------------------------------

Transaction::Transaction(Database &db, Mode mode) : m_db(db)
{
    m_begin = m_db.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    m_open = m_begin.hasValue();
}

Transaction::~Transaction()
{
    // A failed statement may already have ended the transaction; ROLLBACK then errors, harmlessly.
    if (m_open)
        (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begin.hasValue() ? Status(m_db.error(QStringLiteral("commit without begin")))
                                  : m_begin;
    Status s = m_db.exec("COMMIT");
    if (s)
        m_open = false;
    return s;
}

} // namespace bk::sql
