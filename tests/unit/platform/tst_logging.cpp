#include "platform/logging.h"

#include <QTest>

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
