#include "platform/sqlmigrations.h"

#include "platform/sqlite.h"

namespace bk::sql {
namespace {

StoreError schemaError(const Database &db, const QString &what)
{
    return StoreError{StoreErrorKind::Schema, QStringLiteral("%1: %2").arg(db.path(), what)};
}

} // namespace

int userVersion(Database &db)
{
    Statement st = db.prepare("PRAGMA user_version");
    return st.next() ? st.int32(0) : -1;
}

Status migrate(Database &db, std::span<const Migration> migrations, const MigrationContext &context)
{
    const int known = int(migrations.size());
    if (userVersion(db) == known)
        return {}; // the usual start: nothing to do, so no write lock taken
    for (int target = 1; target <= known; ++target) {
        Transaction tx(db, Transaction::Mode::Immediate);
        if (!tx.status())
            return tx.status();
        const int version = userVersion(db);
        if (version < 0)
            return db.error(QStringLiteral("reading PRAGMA user_version"), StoreErrorKind::Schema);
        if (version > known)
            return schemaError(db, QStringLiteral("schema version %1 is newer than this program "
                                                  "knows (%2); refusing to open it. %3")
                                       .arg(version)
                                       .arg(known)
                                       .arg(context.newerRemedy));
        if (version >= target)
            continue;
        const Migration &m = migrations[std::size_t(target - 1)];
        const QString name = QString::fromUtf8(m.name);
        if (Status s = db.exec(m.sql); !s)
            return schemaError(db, QStringLiteral("migration %1 (%2) failed and was rolled back; "
                                                  "%3 stays at version %4: %5")
                                       .arg(target)
                                       .arg(name, context.role)
                                       .arg(version)
                                       .arg(s.error()));
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(target);
        if (Status s = db.exec(setVersion.constData()); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return schemaError(db, QStringLiteral("migration %1 (%2) could not be committed: %3")
                                       .arg(target)
                                       .arg(name, s.error()));
    }
    return {};
}

} // namespace bk::sql
