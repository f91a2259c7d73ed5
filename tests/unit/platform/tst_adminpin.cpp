// The admin PIN: salted PBKDF2 hash only, constant-time check, five wrong PINs lock the pad for
// a growing time that survives a restart, and the digits never reach the file or a log line.

#include "platform/adminpin.h"

#include "support/logcapture.h"
#include "support/settableclock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using bk::AdminPin;
using Result = bk::AdminPin::Result;

namespace {

const QDateTime kStart(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
const QString kPin = QStringLiteral("246813");

} // namespace

class TestAdminPin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<bk::testing::LogCapture> m_log;
    QString path() const { return m_dir.filePath(QStringLiteral("admin-pin")); }

    /// Five wrong PINs in a row; the last one locks.
    static AdminPin::Attempt fiveWrong(AdminPin &pin)
    {
        AdminPin::Attempt a;
        for (int i = 0; i < AdminPin::kAttemptsPerLockout; ++i)
            a = pin.check(QStringLiteral("0000"));
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_log = std::make_unique<bk::testing::LogCapture>("bk.admin");
    }

    void init()
    {
        QFile::remove(path());
        m_log->clear();
    }

    void validate_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("ok");
        QTest::newRow("four digits") << "1234" << true;
        QTest::newRow("twelve digits") << "123456789012" << true;
        QTest::newRow("three digits") << "123" << false;
        QTest::newRow("thirteen digits") << "1234567890123" << false;
        QTest::newRow("a letter") << "12a4" << false;
        QTest::newRow("a space") << "12 34" << false;
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
        QTest::newRow("empty") << "" << false;
    }

    void validate()
    {
        QFETCH(QString, pin);
        QFETCH(bool, ok);
        QCOMPARE(AdminPin::validate(pin).isEmpty(), ok);
        if (!ok)
            QCOMPARE(AdminPin::set(path(), pin).isEmpty(), false);
    }

    void notSetUntilSet()
    {
        bk::testing::SettableClock clock(kStart);
        AdminPin pin(path(), clock);
        QVERIFY(!pin.isSet());
        QCOMPARE(pin.check(kPin).result, Result::NotSet);
        QCOMPARE(AdminPin::set(path(), kPin), QString());
        QVERIFY(pin.isSet());
        QCOMPARE(pin.check(kPin).result, Result::Accepted);
    }

    void fileHoldsASaltedHashOnly()
    {
        QCOMPARE(AdminPin::set(path(), kPin), QString());
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray first = f.readAll();
        QVERIFY(!first.contains(kPin.toLatin1()));
        const QJsonObject o = QJsonDocument::fromJson(first).object();
        QCOMPARE(o[u"algorithm"].toString(), QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(o[u"iterations"].toInt(), AdminPin::kIterations);
        QCOMPARE(QByteArray::fromBase64(o[u"hash"].toString().toLatin1()).size(), 32);
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        // The same PIN set again gets a fresh salt, so a fresh hash.
        QCOMPARE(AdminPin::set(path(), kPin), QString());
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject again = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(again[u"salt"] != o[u"salt"]);
        QVERIFY(again[u"hash"] != o[u"hash"]);
    }

    void fewerIterationsOnlyDownToTheLeast()
    {
        // A PIN set with fewer iterations (tests of the screens) is checked with them.
        QVERIFY(
            AdminPin::set(path(), kPin, AdminPin::kLeastIterations - 1).contains(u"iterations"));
        QVERIFY(!QFile::exists(path()));
        QCOMPARE(AdminPin::set(path(), kPin, AdminPin::kLeastIterations), QString());
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object()[u"iterations"].toInt(),
                 AdminPin::kLeastIterations);
        bk::testing::SettableClock clock(kStart);
        AdminPin pin(path(), clock);
        QCOMPARE(pin.check(QStringLiteral("0000")).result, Result::Wrong);
        QCOMPARE(pin.check(kPin).result, Result::Accepted);
    }

    void fiveWrongLockAndTheLockSurvivesARestart()
    {
        QCOMPARE(AdminPin::set(path(), kPin), QString());
        bk::testing::SettableClock clock(kStart);
        {
            AdminPin pin(path(), clock);
            for (int left = 4; left >= 1; --left) {
                const AdminPin::Attempt a = pin.check(QStringLiteral("1111"));
                QCOMPARE(a.result, Result::Wrong);
                QCOMPARE(a.attemptsLeft, left);
                QVERIFY(!a.lockedUntil.isValid());
            }
            const AdminPin::Attempt fifth = pin.check(QStringLiteral("1111"));
            QCOMPARE(fifth.result, Result::Wrong);
            QCOMPARE(fifth.attemptsLeft, 0);
            QCOMPARE(fifth.lockedUntil, kStart.addSecs(60));
            // Locked: even the right PIN is refused without being looked at.
            QCOMPARE(pin.check(kPin).result, Result::LockedOut);
        }
        // A restart: a new object on the same file.
        AdminPin restarted(path(), clock);
        QCOMPARE(restarted.lockedUntil(), kStart.addSecs(60));
        clock.set(kStart.addSecs(59));
        const AdminPin::Attempt locked = restarted.check(kPin);
        QCOMPARE(locked.result, Result::LockedOut);
        QCOMPARE(locked.lockedUntil, kStart.addSecs(60));
        clock.set(kStart.addSecs(60));
        QVERIFY(!restarted.lockedUntil().isValid());
        QCOMPARE(restarted.check(kPin).result, Result::Accepted);
        // The right PIN reset the count: four wrong ones do not lock.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(restarted.check(QStringLiteral("1111")).result, Result::Wrong);
        QVERIFY(!restarted.lockedUntil().isValid());
    }

    void eachFurtherLockoutLastsTwiceAsLongUpToAnHour()
    {
        QCOMPARE(AdminPin::set(path(), kPin), QString());
        bk::testing::SettableClock clock(kStart);
        AdminPin pin(path(), clock);
        QDateTime now = kStart;
        for (int seconds : {60, 120, 240, 480, 960, 1920, 3600, 3600}) {
            clock.set(now);
            const AdminPin::Attempt a = fiveWrong(pin);
            QCOMPARE(a.lockedUntil, now.addSecs(seconds));
            now = a.lockedUntil;
        }
    }

    void aClockSteppedBackDoesNotLockForever()
    {
        QCOMPARE(AdminPin::set(path(), kPin), QString());
        bk::testing::SettableClock clock(kStart);
        AdminPin pin(path(), clock);
        QCOMPARE(fiveWrong(pin).lockedUntil, kStart.addSecs(60));
        clock.set(kStart.addSecs(-3600 * 24 * 365)); // a year back: the lock is not a year long
        QVERIFY(!pin.lockedUntil().isValid());
        QCOMPARE(pin.check(kPin).result, Result::Accepted);
    }

    void anUnreadableFileIsAStorageError()
    {
        bk::testing::SettableClock clock(kStart);
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"algorithm\": \"md5\", \"hash\": \"x\"}");
        f.close();
        AdminPin pin(path(), clock);
        QCOMPARE(pin.check(kPin).result, Result::StorageError);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("\x01\x02 not json");
        f.close();
        QCOMPARE(pin.check(kPin).result, Result::StorageError);
        QVERIFY(!m_log->matching(QStringLiteral("cannot be read")).isEmpty());
    }

    void anAttemptThatCannotBeRecordedIsNotChecked()
    {
        QCOMPARE(AdminPin::set(path(), kPin), QString());
        bk::testing::SettableClock clock(kStart);
        AdminPin pin(path(), clock);
        QCOMPARE(pin.check(QStringLiteral("1111")).result, Result::Wrong);
        // A full disk, even for root: no file may grow past a few bytes (EFBIG, not a signal).
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit tiny = saved;
        tiny.rlim_cur = 8;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
        QList<Result> results;
        for (int i = 0; i < 10; ++i)
            results << pin.check(i == 9 ? kPin : QStringLiteral("1111")).result;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, oldHandler);
        // Neither endless wrong tries nor the right PIN get through unrecorded.
        QCOMPARE(results, QList<Result>(10, Result::StorageError));
        QVERIFY(!m_log->matching(QStringLiteral("attempt not checked")).isEmpty());
        // The disk back: the count went on from the one recorded wrong PIN.
        const AdminPin::Attempt next = pin.check(QStringLiteral("1111"));
        QCOMPARE(next.result, Result::Wrong);
        QCOMPARE(next.attemptsLeft, 3);
        QCOMPARE(pin.check(kPin).result, Result::Accepted);
    }

    void everyAttemptIsLoggedWithoutTheDigits()
    {
        QCOMPARE(AdminPin::set(path(), kPin), QString());
        bk::testing::SettableClock clock(kStart);
        AdminPin pin(path(), clock);
        pin.check(QStringLiteral("97531"));
        pin.check(kPin);
        QCOMPARE(m_log->matching(QStringLiteral("admin PIN wrong")).size(), 1);
        QCOMPARE(m_log->matching(QStringLiteral("admin PIN accepted")).size(), 1);
        fiveWrong(pin);
        QCOMPARE(m_log->matching(QStringLiteral("locked for 60 s")).size(), 1);
        pin.check(kPin);
        QCOMPARE(m_log->matching(QStringLiteral("refused: the pad is locked")).size(), 1);
        QCOMPARE(m_log->firstContaining({kPin, QStringLiteral("97531"), QStringLiteral("0000")}),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestAdminPin)
#include "tst_adminpin.moc"
