// SIGKILL at random moments must never lose a committed ticket, split a ticket from its
// outbox row, or issue a number twice. The child (crash_child.cpp) reports each operation
// after its commit returned; after every kill the file is reopened and audited.
// BK_CRASH_SEED=<n> replays a run; BK_CRASH_KILLS=<n> changes the number of kills (200).

#include "store/cachestore.h"
#include "storetestdata.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace bk;
using namespace bk::storetest;

namespace {

/// One line the child printed: COMMITTED <kind> <op_id> <label> <business day>.
struct Committed
{
    QString kind;
    QString opId;
    QString label;
    QString day;
};

/// A read-only auditor on the file, independent of the store's code.
class Auditor
{
public:
    explicit Auditor(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~Auditor()
    {
        for (sqlite3_stmt *st : std::as_const(m_cache))
            sqlite3_finalize(st);
        sqlite3_close(m_db);
    }
    Auditor(const Auditor &) = delete;
    Auditor &operator=(const Auditor &) = delete;

    /// The first column of every row of `sqlText` with `arg` bound to ?1 (if not null).
    QStringList rows(const char *sqlText, const QString &arg = QString())
    {
        sqlite3_stmt *&st = m_cache[sqlText];
        if (!st && sqlite3_prepare_v2(m_db, sqlText, -1, &st, nullptr) != SQLITE_OK)
            return {QStringLiteral("SQL ERROR %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
        QStringList out;
        const QByteArray a = arg.toUtf8();
        if (!arg.isNull())
            sqlite3_bind_text(st, 1, a.constData(), int(a.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW)
            out.append(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
        sqlite3_reset(st);
        return out;
    }
    QString one(const char *sqlText, const QString &arg = QString())
    {
        const QStringList r = rows(sqlText, arg);
        return r.size() == 1 ? r.first() : QStringLiteral("<%1 rows>").arg(r.size());
    }

private:
    sqlite3 *m_db = nullptr;
    QHash<const char *, sqlite3_stmt *> m_cache;
};

/// Empty when the operation is in the file exactly once with its outbox row, else why not.
QString auditOne(Auditor &a, const Committed &c)
{
    const QString outbox = a.one("SELECT kind FROM outbox WHERE op_id = ?1", c.opId);
    if (outbox != c.kind)
        return QStringLiteral("outbox row for %1 %2: %3").arg(c.kind, c.opId, outbox);
    const QString ticket = a.one("SELECT queue || printf('%03d', number) || ' ' || business_day "
                                 "|| ' ' || kind FROM tickets WHERE op_id = ?1",
                                 c.opId);
    const QString expected =
        QStringLiteral("%1 %2 %3")
            .arg(c.label, c.day,
                 c.kind == u"checkin" ? QStringLiteral("checkin") : QStringLiteral("chance"));
    if (ticket != expected)
        return QStringLiteral("ticket for %1: '%2', reported '%3'").arg(c.opId, ticket, expected);
    if (c.kind == u"checkin") {
        const QString status = a.one("SELECT b.status FROM tickets t JOIN bookings b "
                                     "ON b.code = t.booking_code WHERE t.op_id = ?1",
                                     c.opId);
        if (status != u"checked_in")
            return QStringLiteral("booking of %1 is '%2'").arg(c.opId, status);
    }
    return {};
}

/// Whole-file invariants: no number twice, tickets and outbox rows in pairs, check-ins whole.
QString auditFile(Auditor &a)
{
    if (const QString n = a.one("SELECT count(*) FROM (SELECT 1 FROM tickets GROUP BY site_id, "
                                "business_day, queue, number HAVING count(*) > 1)");
        n != u"0")
        return QStringLiteral("%1 ticket numbers issued twice").arg(n);
    if (const QString n = a.one("SELECT count(*) FROM tickets t LEFT JOIN outbox o "
                                "ON o.op_id = t.op_id WHERE o.op_id IS NULL");
        n != u"0")
        return QStringLiteral("%1 tickets without an outbox row").arg(n);
    if (const QString n = a.one("SELECT count(*) FROM outbox o LEFT JOIN tickets t "
                                "ON t.op_id = o.op_id WHERE t.op_id IS NULL");
        n != u"0")
        return QStringLiteral("%1 outbox rows without a ticket").arg(n);
    const QString checkedIn = a.one("SELECT count(*) FROM bookings WHERE status = 'checked_in'");
    const QString checkinTickets = a.one("SELECT count(*) FROM tickets WHERE kind = 'checkin'");
    if (checkedIn != checkinTickets)
        return QStringLiteral("%1 bookings checked in but %2 check-in tickets")
            .arg(checkedIn, checkinTickets);
    return {};
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedChildLosesNothing()
    {
        const quint64 seed = qEnvironmentVariableIsSet("BK_CRASH_SEED")
                                 ? qEnvironmentVariable("BK_CRASH_SEED").toULongLong()
                                 : QRandomGenerator::system()->generate64();
        const int kills = qEnvironmentVariableIntValue("BK_CRASH_KILLS") > 0
                              ? qEnvironmentVariableIntValue("BK_CRASH_KILLS")
                              : 200;
        qInfo("crash test seed %llu (replay with BK_CRASH_SEED=%llu), %d kills", seed, seed, kills);
        QRandomGenerator rng(seed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        constexpr qint64 bookingCount = 40000;
        // Two business days alternate every 25 kills, so numbering restarts are crashed too.
        const QDateTime dayA = local(2024, 3, 5, 9, 0);
        const QDateTime dayB = local(2024, 3, 6, 9, 0);
        {
            CacheStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.upsertServices(kSite, {pasService()}));
            qint64 i = 0;
            const QDateTime start = dayA.addSecs(10 * 60);
            const Result<int> n = store.upsertBookings([&]() -> std::optional<Booking> {
                return i < bookingCount ? std::optional<Booking>(booking(i++, start))
                                        : std::nullopt;
            });
            QVERIFY2(n, qPrintable(n.error()));
        }

        QList<Committed> all;
        int killsAfterACommit = 0;
        QElapsedTimer clock;
        clock.start();
        for (int run = 0; run < kills; ++run) {
            qint64 firstBooking = 0;
            {
                Auditor a(path);
                firstBooking =
                    a.one("SELECT count(*) FROM bookings WHERE status = 'checked_in'").toLongLong();
            }
            const QDateTime now = (run / 25) % 2 == 0 ? dayA : dayB;
            QProcess child;
            child.start(QStringLiteral(BK_CRASH_CHILD),
                        {path, QString::number(firstBooking), QString::number(bookingCount),
                         now.toString(Qt::ISODate)});
            QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
            const int delayMs = 3 + int(rng.bounded(148));
            QThread::msleep(delayMs);
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(5000));
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("run %1: the child exited by itself (%2): %3")
                                    .arg(run)
                                    .arg(child.exitCode())
                                    .arg(QString::fromLocal8Bit(err))));

            QList<Committed> committed;
            const QByteArray out = child.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                const QList<QByteArray> f = line.split(' ');
                // The last piece has no newline yet when the kill cut it short: not reported.
                if (f.size() == 5 && f[0] == "COMMITTED" && out.contains(line + '\n'))
                    committed.append({QString::fromLatin1(f[1]), QString::fromLatin1(f[2]),
                                      QString::fromLatin1(f[3]), QString::fromLatin1(f[4])});
            }
            if (!committed.isEmpty())
                ++killsAfterACommit;

            {
                CacheStore store; // reopening replays the WAL, as at the next boot
                const Status s = store.open(path);
                QVERIFY2(s, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(s.error())));
                QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
            }
            Auditor a(path);
            for (const Committed &c : std::as_const(committed)) {
                const QString problem = auditOne(a, c);
                QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("run %1 (delay %2 ms): %3")
                                                           .arg(run)
                                                           .arg(delayMs)
                                                           .arg(problem)));
            }
            const QString problem = auditFile(a);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("run %1: %2").arg(run).arg(problem)));
            all.append(committed);
        }

        // Nothing reported in an early run was lost by a later crash.
        Auditor a(path);
        QSet<QString> ops;
        for (const Committed &c : std::as_const(all)) {
            QVERIFY2(auditOne(a, c).isEmpty(), qPrintable(auditOne(a, c)));
            QVERIFY2(!ops.contains(c.opId), qPrintable(c.opId));
            ops.insert(c.opId);
        }
        QCOMPARE(a.one("SELECT count(*) FROM outbox").toLongLong() >= all.size(), true);
        qInfo("%d kills in %.1f s; %lld operations reported committed, %d kills landed after "
              "at least one commit; outbox rows %s, tickets %s",
              kills, clock.elapsed() / 1000.0, qint64(all.size()), killsAfterACommit,
              qPrintable(a.one("SELECT count(*) FROM outbox")),
              qPrintable(a.one("SELECT count(*) FROM tickets")));
        QVERIFY(killsAfterACommit > kills / 4); // else the kills never hit the work at all
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
