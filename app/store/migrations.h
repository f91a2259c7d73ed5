#pragma once
// Schema migrations keyed on PRAGMA user_version. Private to the store.

#include "store/result.h"

#include <QByteArray>
#include <QList>

namespace bk::sql {
class Database;
}

namespace bk::migrations {

/// The number of built-in migrations, i.e. the schema version this program creates.
int latestVersion();

/// Brings the open database up to the latest version (plus `extra`, test-only), one
/// transaction per migration. Refuses a file newer than what it knows; a failing migration
/// rolls back and is reported with the file path, version and SQLite's message.
Status migrate(sql::Database &db, const QList<QByteArray> &extra = {});

/// The file's PRAGMA user_version, or -1 on error.
int currentVersion(sql::Database &db);

} // namespace bk::migrations
