// The shared SQLite layer (platform/sql*): what both the cache and the central rely on — the
// pragmas asked for are in force, migrations are keyed on user_version and atomic, lookups
// tell "not there" from "failed", and the booking row / names / bring column forms.

#include "platform/sqlite.h"
#include "platform/sqlmigrations.h"
#include "platform/sqlrows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {

const sql::Migration kOne[] = {
    {"people", "CREATE TABLE people(code TEXT PRIMARY KEY, site TEXT, service TEXT, "
               "start INTEGER, status TEXT, checked INTEGER, phone TEXT, name TEXT)"}};

} // namespace

class TestSqlite : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void openAppliesTheAskedPragmas()
    {
        sql::Database db;
        sql::OpenOptions o;
        o.busyTimeoutMs = 1234;
        o.synchronousFull = false;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("normal.sqlite")), o));
        Result<sql::Pragmas> p = db.pragmas();
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->journalMode, QStringLiteral("wal"));
        QCOMPARE(p->synchronous, 1); // NORMAL
        QVERIFY(p->foreignKeys);
        QCOMPARE(p->busyTimeoutMs, 1234);

        sql::Database full;
        QVERIFY(full.open(m_dir.filePath(QStringLiteral("full.sqlite"))));
        QCOMPARE(full.pragmas()->synchronous, 2); // FULL, the default
    }

    // One statement bound and run again and again (a loop of inserts) writes every row, not
    // the first one again.
    void statementRunsAgainWithNewBindings()
    {
        sql::Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("rebind.sqlite"))));
        QVERIFY(db.prepare("CREATE TABLE t(k INTEGER PRIMARY KEY, v BLOB)").run());
        sql::Statement put = db.prepare("INSERT OR REPLACE INTO t(k, v) VALUES (?1, ?2)");
        for (int k = 1; k <= 3; ++k)
            QVERIFY(put.bind(1, k).bindBlob(2, QByteArray(k, 'x')).run());
        sql::Statement read = db.prepare("SELECT k, v FROM t ORDER BY k");
        QList<std::pair<qint64, QByteArray>> rows;
        while (read.next())
            rows.append({read.int64(0), read.blob(1)});
        QCOMPARE(rows, (QList<std::pair<qint64, QByteArray>>{{1, "x"}, {2, "xx"}, {3, "xxx"}}));
    }

    void openFailureNamesTheFileAndRole()
    {
        sql::Database db;
        sql::OpenOptions o;
        o.role = QStringLiteral("the test store");
        const QString path = m_dir.filePath(QStringLiteral("no/such/dir/x.sqlite"));
        const Status s = db.open(path, o);
        QVERIFY(!s);
        QCOMPARE(s.errorKind(), StoreErrorKind::Database);
        QVERIFY2(s.error().contains(path) && s.error().contains(o.role), qPrintable(s.error()));
        QVERIFY(!db.isOpen());
        // A closed connection fails every call instead of crashing or answering "no rows".
        QVERIFY(!db.exec("SELECT 1"));
        sql::Statement st = db.prepare("SELECT 1");
        QVERIFY(!st.next());
        QCOMPARE(st.status().errorKind(), StoreErrorKind::Database);
    }

    void migrationsAreKeyedOnUserVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("m.sqlite"));
        sql::Database db;
        QVERIFY(db.open(path));
        QCOMPARE(sql::userVersion(db), 0);
        QVERIFY(sql::migrate(db, kOne));
        QCOMPARE(sql::userVersion(db), 1);
        QVERIFY(sql::migrate(db, kOne)); // idempotent
        // A failing step rolls back: the version stays and the step's table is not there.
        const sql::Migration two[] = {kOne[0], {"broken", "CREATE TABLE half(x); SELECT nope"}};
        const Status s = sql::migrate(db, two, {QStringLiteral("the test store"), {}});
        QVERIFY(!s);
        QCOMPARE(s.errorKind(), StoreErrorKind::Schema);
        QVERIFY2(s.error().contains(QStringLiteral("rolled back")), qPrintable(s.error()));
        QCOMPARE(sql::userVersion(db), 1);
        QVERIFY(!db.exec("SELECT * FROM half"));
        // A newer file is refused with the store's remedy.
        QVERIFY(db.exec("PRAGMA user_version = 7"));
        const Status newer = sql::migrate(db, kOne, {{}, QStringLiteral("Upgrade me.")});
        QVERIFY(!newer);
        QCOMPARE(newer.errorKind(), StoreErrorKind::Schema);
        QVERIFY2(newer.error().contains(QStringLiteral("Upgrade me.")), qPrintable(newer.error()));
    }

    void bookingRowsReadTheSameFromBothStores()
    {
        sql::Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("rows.sqlite"))));
        QVERIFY(sql::migrate(db, kOne));
        const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);
        // The cache spells a check-in "checked_in", the central "checked-in".
        QVERIFY(db.exec("INSERT INTO people VALUES ('A', 's', 'pas', 1772442900000, "
                        "'checked_in', 1772442000000, '+4512345678', 'Karen'), "
                        "('B', 's', 'pas', 1772442900000, 'checked-in', 1772442000000, NULL, "
                        "NULL), ('C', 's', 'pas', 1772442900000, 'cancelled', NULL, NULL, NULL)"));
        sql::Statement st = db.prepare("SELECT * FROM people ORDER BY code");
        QList<Booking> rows;
        while (st.next())
            rows.append(sql::readBooking(st));
        QVERIFY(st.status());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].start, start);
        QCOMPARE(rows[0].status, BookingStatus::CheckedIn);
        QCOMPARE(rows[0].checkedInAt, start.addSecs(-15 * 60));
        QCOMPARE(rows[0].phone, QStringLiteral("+4512345678"));
        QCOMPARE(rows[1].status, BookingStatus::CheckedIn);
        QVERIFY(rows[1].phone.isNull());
        QCOMPARE(rows[2].status, BookingStatus::Cancelled);
        QVERIFY(!rows[2].checkedInAt.isValid());
    }

    void namesAndBringRoundTrip()
    {
        const QHash<QString, QString> names{{QStringLiteral("da"), QStringLiteral("Pas")},
                                            {QStringLiteral("en"), QStringLiteral("Passport")}};
        const QHash<QString, QStringList> bring{
            {QStringLiteral("da"), {QStringLiteral("Billede"), QStringLiteral("Gammelt pas")}}};
        const QByteArray text = sql::compactJson(sql::namesToJson(names));
        QCOMPARE(sql::namesFromJson(sql::jsonObjectColumn(QString::fromUtf8(text))), names);
        QCOMPARE(sql::bringFromJson(sql::bringToJson(bring)), bring);
        QCOMPARE(sql::compactJson(sql::namesToJson({})), QByteArray("{}"));
        QVERIFY(sql::jsonObjectColumn(QStringLiteral("not json")).isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
