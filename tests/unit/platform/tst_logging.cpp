#include "platform/logging.h"

#include <QLoggingCategory>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace bk;

class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void levels()
    {
        QVERIFY(logLevelPasses(QtDebugMsg, LogLevel::Debug));
        QVERIFY(!logLevelPasses(QtDebugMsg, LogLevel::Info));
        QVERIFY(logLevelPasses(QtInfoMsg, LogLevel::Info));
        QVERIFY(!logLevelPasses(QtInfoMsg, LogLevel::Warning));
        QVERIFY(logLevelPasses(QtWarningMsg, LogLevel::Warning));
        QVERIFY(logLevelPasses(QtCriticalMsg, LogLevel::Warning));
    }

    void plainFormat()
    {
        QCOMPARE(formatLogMessage(QtInfoMsg, "bk.store", QStringLiteral("opened æøå"), false),
                 QByteArray("info bk.store: opened \xC3\xA6\xC3\xB8\xC3\xA5\n"));
        QCOMPARE(formatLogMessage(QtWarningMsg, nullptr, QStringLiteral("x"), false),
                 QByteArray("warning default: x\n"));
    }

    void journalFormat()
    {
        QCOMPARE(formatLogMessage(QtDebugMsg, "bk.a", QStringLiteral("d"), true),
                 QByteArray("<7>debug bk.a: d\n"));
        QCOMPARE(formatLogMessage(QtInfoMsg, "bk.a", QStringLiteral("i"), true),
                 QByteArray("<6>info bk.a: i\n"));
        QCOMPARE(formatLogMessage(QtWarningMsg, "bk.a", QStringLiteral("w"), true),
                 QByteArray("<4>warning bk.a: w\n"));
        QCOMPARE(formatLogMessage(QtCriticalMsg, "bk.a", QStringLiteral("c"), true),
                 QByteArray("<3>critical bk.a: c\n"));
        // Each line of a multi-line message keeps its priority in the journal.
        QCOMPARE(formatLogMessage(QtWarningMsg, "bk.a", QStringLiteral("one\ntwo"), true),
                 QByteArray("<4>warning bk.a: one\n<4>  two\n"));
    }

    void journalFieldSet()
    {
        QMessageLogContext where("app/store/cachestore.cpp", 42, "bk::CacheStore::open",
                                 "bk.store");
        QCOMPARE(journalFields(QtWarningMsg, where, QStringLiteral("cache æ\nline 2")),
                 (QList<QByteArray>{"MESSAGE=cache \xC3\xA6\nline 2", "PRIORITY=4",
                                    "SYSLOG_IDENTIFIER=borgerkiosk", "BK_CATEGORY=bk.store",
                                    "CODE_FILE=app/store/cachestore.cpp", "CODE_LINE=42",
                                    "CODE_FUNC=bk::CacheStore::open"}));
        // Release builds carry no location: only the fields that are known.
        QMessageLogContext bare(nullptr, 0, nullptr, nullptr);
        QCOMPARE(journalFields(QtCriticalMsg, bare, QStringLiteral("x")),
                 (QList<QByteArray>{"MESSAGE=x", "PRIORITY=3", "SYSLOG_IDENTIFIER=borgerkiosk",
                                    "BK_CATEGORY=default"}));
        QCOMPARE(journalFields(QtDebugMsg, bare, {}).at(1), QByteArray("PRIORITY=7"));
        QCOMPARE(journalFields(QtInfoMsg, bare, {}).at(1), QByteArray("PRIORITY=6"));
        QCOMPARE(journalFields(QtFatalMsg, bare, {}).at(1), QByteArray("PRIORITY=2"));
    }

    void journalStreamWithoutJournald()
    {
        // stderr is "the journal stream" (JOURNAL_STREAM names it) but no journald listens
        // on /run/systemd/journal/socket: each message still arrives on stderr, with its
        // <N> priority prefix, so nothing is lost.
        if (QFile::exists(QStringLiteral("/run/systemd/journal/socket")))
            QSKIP("a journald runs here: the messages would go to it, not to stderr");
        QTemporaryFile capture;
        QVERIFY(capture.open());
        std::fflush(stderr);
        const int saved = dup(fileno(stderr));
        QVERIFY(dup2(capture.handle(), fileno(stderr)) >= 0);
        struct stat st
        {};
        QCOMPARE(fstat(fileno(stderr), &st), 0);
        qputenv("JOURNAL_STREAM", QByteArray::number(quint64(st.st_dev)) + ':' +
                                      QByteArray::number(quint64(st.st_ino)));
        const bool journal = stderrIsJournal();
        installLogHandler(LogLevel::Info);
        QLoggingCategory cat("bk.test");
        qCWarning(cat) << "paper low";
        qCDebug(cat) << "not shown";
        qInstallMessageHandler(nullptr);
        std::fflush(stderr);
        dup2(saved, fileno(stderr));
        close(saved);
        qunsetenv("JOURNAL_STREAM");
        QVERIFY(journal);
        capture.seek(0);
        QCOMPARE(capture.readAll(), QByteArray("<4>warning bk.test: paper low\n"));
    }

    void journalDetection()
    {
        qunsetenv("JOURNAL_STREAM");
        QVERIFY(!stderrIsJournal());
        // Inherited from a parent whose stderr went to the journal, but ours does not.
        qputenv("JOURNAL_STREAM", "1:1");
        QVERIFY(!stderrIsJournal());
        qunsetenv("JOURNAL_STREAM");
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
