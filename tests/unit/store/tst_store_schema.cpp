// The cache file itself: migrations, re-open, refusals and the connection settings.
// Raw sqlite3 is used here only to audit the file from outside, as a technician would.

#include "store/cachestore.h"
#include "storetestdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bk;
using namespace bk::storetest;

namespace {

/// Runs one query on a separate connection and returns the first column of the first row.
/// The whole file as text: user_version, every schema object's SQL and every table's rows
/// (sqlite3 C API, not the store), to compare a file before and after.
QString dump(const QString &path)
{
    sqlite3 *db = nullptr;
    QStringList out;
    const auto rows = [&db](const QByteArray &q) {
        QStringList r;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, q.constData(), -1, &st, nullptr) != SQLITE_OK)
            return QStringList{QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db))};
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList cols;
            for (int i = 0; i < sqlite3_column_count(st); ++i) {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
                cols.append(t ? QString::fromUtf8(t) : QStringLiteral("NULL"));
            }
            r.append(cols.join(u'|'));
        }
        sqlite3_finalize(st);
        return r;
    };
    if (sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK) {
        out += rows("PRAGMA user_version");
        const QStringList objects =
            rows("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name");
        out += objects;
        for (const QString &o : objects)
            if (o.startsWith(u"table|") && !o.section(u'|', 1, 1).startsWith(u"sqlite_")) {
                const QString name = o.section(u'|', 1, 1);
                out.append(QStringLiteral("-- %1").arg(name));
                QStringList tableRows = rows("SELECT * FROM \"" + name.toUtf8() + "\"");
                tableRows.sort(); // WITHOUT ROWID tables have no rowid to order by
                out += tableRows;
            }
    }
    sqlite3_close(db);
    return out.join(u'\n');
}

QString rawQuery(const QString &path, const char *sqlText)
{
    sqlite3 *db = nullptr;
    QString out;
    if (sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sqlText, -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

bool rawExec(const QString &path, const char *sqlText)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
              sqlite3_exec(db, sqlText, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestStoreSchema : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void migratesFromEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        CacheStore store;
        const Status s = store.open(path);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(store.schemaVersion(), CacheStore::latestSchemaVersion());
        QCOMPARE(rawQuery(path, "PRAGMA user_version").toInt(), CacheStore::latestSchemaVersion());
        for (const char *table :
             {"meta", "sites", "services", "bookings", "tickets", "number_blocks", "outbox"}) {
            const QByteArray q =
                QByteArray("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '") +
                table + "'";
            QCOMPARE(rawQuery(path, q.constData()), QStringLiteral("1"));
        }
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void reopenIsIdempotent()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        const QDateTime start = local(2024, 3, 5, 9, 10);
        {
            CacheStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.upsertServices(kSite, {pasService()}));
            QVERIFY(store.upsertBookings(QList<Booking>{booking(1, start)}));
            QVERIFY(store.setMeta(QStringLiteral("kiosk_id"), QStringLiteral("k-7")));
            QVERIFY(store.open(path)); // re-open on the same object closes the first
        }
        for (int round = 0; round < 3; ++round) {
            CacheStore store;
            const Status s = store.open(path);
            QVERIFY2(s, qPrintable(s.error()));
            QCOMPARE(store.schemaVersion(), CacheStore::latestSchemaVersion());
            QVERIFY(store.findBooking(code(1)).hasValue());
            QCOMPARE(store.findService(kSite, kPas)->names.value(QStringLiteral("en")),
                     QStringLiteral("Passport"));
            QCOMPARE(store.meta(QStringLiteral("kiosk_id")), QStringLiteral("k-7"));
        }
    }

    void failingMigrationRollsBackAndFailsLoudly()
    {
        const QString path = m_dir.filePath(QStringLiteral("badmigration.sqlite"));
        CacheStore::Options options;
        // Creates a table, then fails: the table must not survive the rollback.
        options.extraMigrationsForTest = {
            "CREATE TABLE half_done (a INTEGER); INSERT INTO no_such_table VALUES (1);"};
        {
            CacheStore store;
            const Status s = store.open(path, options);
            QVERIFY(!s);
            QCOMPARE(s.errorKind(), StoreErrorKind::Schema);
            QVERIFY2(s.error().contains(path), qPrintable(s.error()));
            QVERIFY2(s.error().contains(
                         QStringLiteral("migration %1").arg(CacheStore::latestSchemaVersion() + 1)),
                     qPrintable(s.error()));
            QVERIFY2(s.error().contains(QStringLiteral("no such table")), qPrintable(s.error()));
            QVERIFY2(s.error().contains(QStringLiteral("rolled back")), qPrintable(s.error()));
            QCOMPARE(store.lastError(), s.error());
            QVERIFY(!store.isOpen());
        }
        QCOMPARE(rawQuery(path, "PRAGMA user_version").toInt(), CacheStore::latestSchemaVersion());
        QCOMPARE(rawQuery(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"),
                 QStringLiteral("0"));
        CacheStore store;
        QVERIFY(store.open(path)); // the built-in schema is intact
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void failedUpgradeLeavesTheDataIntact()
    {
        // A cache in use (services, bookings, a ticket and its outbox row), then an upgrade
        // whose step changes rows, drops a table and adds one before a later statement
        // fails: the file must be exactly as before (version, tables, rows).
        const QString path = m_dir.filePath(QStringLiteral("upgrade.sqlite"));
        const QDateTime now = local(2026, 3, 2, 9);
        {
            CacheStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.upsertServices(kSite, {pasService()}));
            QVERIFY(store.upsertBookings({booking(1, now), booking(2, now.addSecs(600))}));
            QVERIFY(store.issueChanceTicket(kSite, kPas, u'K', now.toUTC()));
        }
        const QString before = dump(path);
        QVERIFY2(before.contains(code(2)) && before.contains(QStringLiteral("outbox")),
                 qPrintable(before));
        CacheStore::Options options;
        options.extraMigrationsForTest = {
            "UPDATE bookings SET code = code || 'X'; DELETE FROM outbox; "
            "DROP TABLE tickets; CREATE TABLE added (a INTEGER); "
            "ALTER TABLE bookings ADD COLUMN extra TEXT; "
            "INSERT INTO no_such_table VALUES (1);"};
        {
            CacheStore store;
            const Status s = store.open(path, options);
            QVERIFY(!s);
            // What the program prints (KioskGraph: "cannot open the cache PATH: ..."): the
            // file, the step, that it was rolled back, the version kept and SQLite's reason.
            QVERIFY2(s.error().contains(path) &&
                         s.error().contains(QStringLiteral("migration %1 (test migration) failed "
                                                           "and was rolled back; the cache stays "
                                                           "at version %2")
                                                .arg(CacheStore::latestSchemaVersion() + 1)
                                                .arg(CacheStore::latestSchemaVersion())) &&
                         s.error().contains(QStringLiteral("no such table")),
                     qPrintable(s.error()));
        }
        QCOMPARE(dump(path), before);
        CacheStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.findBooking(code(2))->code, code(2));
    }

    void goodExtraMigrationApplies()
    {
        const QString path = m_dir.filePath(QStringLiteral("extra.sqlite"));
        CacheStore::Options options;
        options.extraMigrationsForTest = {"CREATE TABLE extra (a INTEGER);"};
        CacheStore store;
        QVERIFY(store.open(path, options));
        QCOMPARE(store.schemaVersion(), CacheStore::latestSchemaVersion() + 1);
        store.close();
        // Without the extra migration this program no longer knows the file's version.
        const Status s = store.open(path);
        QVERIFY(!s);
        QCOMPARE(s.errorKind(), StoreErrorKind::Schema);
    }

    void newerVersionRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            CacheStore store;
            QVERIFY(store.open(path));
        }
        QVERIFY(rawExec(path, "PRAGMA user_version = 99"));
        CacheStore store;
        const Status s = store.open(path);
        QVERIFY(!s);
        QCOMPARE(s.errorKind(), StoreErrorKind::Schema);
        QVERIFY2(s.error().contains(path), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QStringLiteral("newer")), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QStringLiteral("99")), qPrintable(s.error()));
        QCOMPARE(rawQuery(path, "PRAGMA user_version"), QStringLiteral("99")); // not downgraded
    }

    void notADatabaseNamesTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        CacheStore store;
        const Status s = store.open(path);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(path), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QStringLiteral("not a database")), qPrintable(s.error()));
    }

    void unopenableDirectoryNamesTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/dir/cache.sqlite"));
        CacheStore store;
        const Status s = store.open(path);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(path), qPrintable(s.error()));
        // Calls on a closed store are safe, and answer "failed", never "no such booking".
        const Result<Booking> closed = store.findBooking(code(1));
        QVERIFY(!closed);
        QCOMPARE(closed.errorKind(), StoreErrorKind::Database);
        QCOMPARE(store.findService(kSite, kPas).errorKind(), StoreErrorKind::Database);
        QCOMPARE(store.outboxEntry(QStringLiteral("00")).errorKind(), StoreErrorKind::Database);
        QCOMPARE(store.outboxDepth(), -1);
    }

    void lookupsOnABrokenCacheAreFailuresNotNotFound()
    {
        // A cache that cannot answer (here: its tables gone under it, as after a damaged file)
        // must not tell the citizen "unknown code": the lookup reports a Database failure.
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        CacheStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.upsertServices(kSite, {pasService()}));
        QVERIFY(store.findBooking(code(1)).isNotFound()); // a real "not there" first
        QVERIFY(rawExec(path, "DROP TABLE tickets; DROP TABLE bookings; DROP TABLE services; "
                              "DROP TABLE outbox"));
        const Result<Booking> b = store.findBooking(code(1));
        QVERIFY(!b);
        QCOMPARE(b.errorKind(), StoreErrorKind::Database);
        QVERIFY2(b.error().contains(path), qPrintable(b.error()));
        QVERIFY(!b.isNotFound());
        const Result<Service> s = store.findService(kSite, kPas);
        QVERIFY(!s);
        QCOMPARE(s.errorKind(), StoreErrorKind::Database);
        const Result<OutboxEntry> e = store.outboxEntry(QStringLiteral("00"));
        QVERIFY(!e);
        QCOMPARE(e.errorKind(), StoreErrorKind::Database);
        QVERIFY(!store.lastError().isEmpty());
        // check-in, which looks the booking up itself, fails the same way.
        const auto checkIn = store.checkIn(code(1), kSite, local(2024, 3, 5, 9, 0));
        QVERIFY(!checkIn);
        QCOMPARE(checkIn.errorKind(), StoreErrorKind::Database);
    }

    // Migration "outbox kind event, settled bookings" on a cache in use: the outbox rebuilt
    // with its rows and sequence, the bookings kept with the tickets that point at them; then
    // stander events queue and a settled booking keeps why.
    void upgradeToStanderEventsKeepsTheCache()
    {
        const QString path = m_dir.filePath(QStringLiteral("events-upgrade.sqlite"));
        const QDateTime now = local(2026, 3, 2, 9);
        const int version = CacheStore::latestSchemaVersion();
        {
            CacheStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.upsertServices(kSite, {pasService()}));
            QVERIFY(store.upsertBookings({booking(1, now.addSecs(300)), booking(2, now)}));
            QVERIFY(store.checkIn(code(1), kSite, now.toUTC()));
            QVERIFY(store.issueChanceTicket(kSite, kPas, u'K', now.toUTC()));
        }
        // Back to the version before: the outbox of the kinds then, no settled column.
        QVERIFY(rawExec(path, "PRAGMA foreign_keys = OFF; BEGIN;"
                              "CREATE TABLE outbox_old (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                              "op_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL CHECK (kind IN "
                              "('checkin', 'ticket', 'booking', 'alert')), payload TEXT NOT NULL, "
                              "created_at INTEGER NOT NULL, sent_at INTEGER, answer TEXT);"
                              "INSERT INTO outbox_old SELECT * FROM outbox; DROP TABLE outbox;"
                              "ALTER TABLE outbox_old RENAME TO outbox;"
                              "ALTER TABLE bookings DROP COLUMN settled; COMMIT;"));
        QVERIFY(
            rawExec(path, qPrintable(QStringLiteral("PRAGMA user_version = %1").arg(version - 1))));
        const QString seqBefore = rawQuery(path, "SELECT group_concat(seq || op_id) FROM outbox");
        QCOMPARE(rawQuery(path, "SELECT count(*) FROM outbox"), QStringLiteral("2"));

        CacheStore store;
        const Status s = store.open(path);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(store.schemaVersion(), version);
        QCOMPARE(rawQuery(path, "SELECT group_concat(seq || op_id) FROM outbox"), seqBefore);
        QCOMPARE(rawQuery(path, "SELECT count(*) FROM tickets WHERE booking_code IS NOT NULL"),
                 QStringLiteral("1"));
        QCOMPARE(store.findBooking(code(1))->status, BookingStatus::CheckedIn);
        const Result<QString> op =
            store.queueEvent(StanderEvent::SelfServiceShown, kPas, now.toUTC());
        QVERIFY2(op, qPrintable(op.error()));
        QCOMPARE(store.outboxEntry(*op)->kind, QStringLiteral("event"));
        QVERIFY(rawQuery(path, "SELECT max(seq) FROM outbox").toInt() > 2); // not reused
        // A refused check-in carries the code to the central; other events never do.
        QCOMPARE(store.queueEvent(StanderEvent::SelfServiceShown, kPas, now, code(2)).errorKind(),
                 StoreErrorKind::Invalid);
        QCOMPARE(store.queueEvent(StanderEvent::CheckInRefusedTooLate, kPas, now).errorKind(),
                 StoreErrorKind::Invalid);
        Booking settled = booking(2, now);
        settled.status = BookingStatus::MovedToSelfService;
        QVERIFY(store.upsertBookings({settled}));
        QCOMPARE(store.findBooking(code(2))->status, BookingStatus::MovedToSelfService);
        const QByteArray settledRow =
            "SELECT status || ' ' || settled FROM bookings WHERE code = '" + code(2).toLatin1() +
            "'";
        QCOMPARE(rawQuery(path, settledRow.constData()),
                 QStringLiteral("cancelled moved_to_self_service"));
        settled.status = BookingStatus::Booked; // the central took the mark back
        QVERIFY(store.upsertBookings({settled}));
        QCOMPARE(store.findBooking(code(2))->status, BookingStatus::Booked);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void badOptionsRefused()
    {
        CacheStore::Options options;
        options.kioskCount = 2;
        options.kioskIndex = 2;
        CacheStore store;
        const Status s = store.open(m_dir.filePath(QStringLiteral("opts.sqlite")), options);
        QVERIFY(!s);
        QCOMPARE(s.errorKind(), StoreErrorKind::Invalid);
        QVERIFY2(s.error().contains(QStringLiteral("kioskIndex 2")), qPrintable(s.error()));
    }

    void pragmasInForce()
    {
        const QString path = m_dir.filePath(QStringLiteral("pragmas.sqlite"));
        CacheStore store;
        CacheStore::Options options;
        options.busyTimeoutMs = 4321;
        QVERIFY(store.open(path, options));
        const Result<CacheStore::Pragmas> p = store.pragmas();
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->journalMode, QStringLiteral("wal"));
        QCOMPARE(p->synchronous, 2); // FULL
        QVERIFY(p->foreignKeys);
        QCOMPARE(p->busyTimeoutMs, 4321);
        // WAL is a property of the file: another connection sees it too.
        QCOMPARE(rawQuery(path, "PRAGMA journal_mode"), QStringLiteral("wal"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_store_schema.moc"
