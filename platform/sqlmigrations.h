#pragma once
// Schema migrations keyed on PRAGMA user_version, for both SQLite stores: migration n (1-based)
// takes the file from version n-1 to n in its own write transaction.

#include "platform/sqlresult.h"

#include <QString>

#include <span>

namespace bk::sql {

class Database;

/// One step of a store's schema. Append only: a released migration is never edited, since
/// files in the field already ran it.
struct Migration
{
    const char *name; ///< for messages ("initial schema")
    const char *sql;  ///< one or more statements, run with Database::exec()
};

/// What a store tells the technician when its file is newer than the program, e.g. "Install
/// the newer borgerkiosk or move the cache file away."
struct MigrationContext
{
    QString role = QStringLiteral("the database"); ///< "the cache", "the central database"
    QString newerRemedy;                           ///< what to do about a newer file
};

/// Brings the open database up to version `migrations.size()`, one transaction per step
/// (each re-reads the version under the write lock, so two processes opening a fresh file at
/// once do not both run a step). A file newer than `migrations.size()` is refused, and a
/// failing step rolls back; both are Schema errors naming the file, the version and SQLite's
/// message. A file already at the latest version is left alone (no write lock taken).
Status migrate(Database &db, std::span<const Migration> migrations,
               const MigrationContext &context = {});

/// The file's PRAGMA user_version, or -1 on error.
int userVersion(Database &db);

} // namespace bk::sql
