#pragma once
// The cache's schema: its migrations, run by the shared user_version mechanism
// (platform/sqlmigrations.h). Private to the store.

#include "platform/sqlmigrations.h"

#include <QByteArray>
#include <QList>

namespace bk::sql {
class Database;
}

namespace bk::migrations {

/// The number of built-in migrations, i.e. the schema version this program creates.
int latestVersion();

/// Brings the open cache up to the latest version (plus `extra`, test-only) with
/// sql::migrate(): refuses a newer file, rolls a failing migration back.
Status migrate(sql::Database &db, const QList<QByteArray> &extra = {});

/// The file's PRAGMA user_version, or -1 on error.
int currentVersion(sql::Database &db);

} // namespace bk::migrations
