// The clock plausibility rule: a stale clock (flat RTC battery, NTP not yet synced) is caught
// by the build date, by the central's clock at the last sync, and by the central's clock now.

#include "domain/clockcheck.h"
#include "domain/httpdate.h"

#include <QTest>
#include <QTimeZone>

using namespace bk;

namespace {

QDateTime utc(int y, int m, int d, int h = 12, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

} // namespace

class TestClockCheck : public QObject
{
    Q_OBJECT

private slots:
    void noEvidenceTrustsTheClock()
    {
        QVERIFY(judgeClock(utc(2001, 1, 1), {}).ok());
        QVERIFY(judgeClock(utc(2026, 11, 30), {}).reason.isEmpty());
    }

    void beforeTheBuildIsWrong_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("ok");
        // Built 2026-11-30 12:00 UTC.
        QTest::newRow("epoch (no RTC)") << utc(1970, 1, 1, 0) << false;
        QTest::newRow("firmware default") << utc(2000, 1, 1, 0) << false;
        QTest::newRow("a month before") << utc(2026, 10, 30) << false;
        QTest::newRow("25 h before") << utc(2026, 11, 29, 11) << false;
        QTest::newRow("23 h before (slack)") << utc(2026, 11, 29, 13) << true;
        QTest::newRow("after") << utc(2027, 2, 1) << true;
    }

    void beforeTheBuildIsWrong()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, ok);
        const ClockVerdict v = judgeClock(now, {utc(2026, 11, 30), {}, {}});
        QCOMPARE(v.ok(), ok);
        if (!ok) {
            QCOMPARE(v.fault, ClockFault::BeforeBuild);
            // The technician is told what the clock says, against what, and what to do.
            QVERIFY2(v.reason.contains(now.toString(u"yyyy-MM-dd HH:mm:ss"_qs)),
                     qPrintable(v.reason));
            QVERIFY(v.reason.contains(u"2026-11-30 12:00:00 UTC"_qs));
            QVERIFY(v.reason.contains(u"timedatectl"_qs));
        }
    }

    void beforeTheLastSyncIsWrong()
    {
        const ClockEvidence e{utc(2026, 1, 1), utc(2026, 11, 30, 9), {}};
        QCOMPARE(judgeClock(utc(2026, 11, 29, 9), e).fault, ClockFault::BeforeLastSync);
        QCOMPARE(judgeClock(utc(2026, 11, 30, 8, 54), e).fault, ClockFault::BeforeLastSync);
        QVERIFY(judgeClock(utc(2026, 11, 30, 8, 56), e).ok()); // NTP stepped back a little
        QVERIFY(judgeClock(utc(2026, 11, 30, 10), e).ok());
        QVERIFY(judgeClock(utc(2026, 11, 29, 9), e).reason.contains(u"last sync"_qs));
    }

    void farFromTheCentralIsWrong_data()
    {
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<bool>("ok");
        QTest::newRow("same") << qint64(0) << true;
        QTest::newRow("2 min ahead") << qint64(120) << true;
        QTest::newRow("2 min behind") << qint64(-120) << true;
        QTest::newRow("3 min ahead") << qint64(180) << false;
        QTest::newRow("3 min behind") << qint64(-180) << false;
        QTest::newRow("a day ahead") << qint64(86400) << false;
        QTest::newRow("an hour behind (DST done twice)") << qint64(-3600) << false;
    }

    void farFromTheCentralIsWrong()
    {
        QFETCH(qint64, skew);
        QFETCH(bool, ok);
        const QDateTime central = utc(2026, 11, 30, 10);
        const ClockVerdict v = judgeClock(central.addSecs(skew), {utc(2026, 1, 1), {}, central});
        QCOMPARE(v.ok(), ok);
        if (!ok)
            QCOMPARE(v.fault, ClockFault::FarFromCentral);
    }

    void theCentralDecidesOverTheLastSync()
    {
        // The last sync was stored while the clock ran a day ahead; the central now says the
        // clock is right: it is.
        const QDateTime central = utc(2026, 11, 30, 10);
        QVERIFY(judgeClock(central, {{}, central.addDays(1), central}).ok());
        // The build date still bounds everything.
        QCOMPARE(judgeClock(utc(2020, 1, 1), {utc(2026, 1, 1), {}, utc(2020, 1, 1)}).fault,
                 ClockFault::BeforeBuild);
    }

    void httpDateRoundTrip()
    {
        const QDateTime t = utc(2026, 11, 30, 9, 40, 7);
        QCOMPARE(formatHttpDate(t), u"Mon, 30 Nov 2026 09:40:07 GMT"_qs);
        QCOMPARE(parseHttpDate(u"Mon, 30 Nov 2026 09:40:07 GMT"), t);
        QCOMPARE(parseHttpDate(u"Sun, 06 Nov 1994 08:49:37 GMT"), utc(1994, 11, 6, 8, 49, 37));
        // Another zone's local time is converted.
        QCOMPARE(formatHttpDate(t.toTimeZone(QTimeZone("Europe/Copenhagen"))),
                 u"Mon, 30 Nov 2026 09:40:07 GMT"_qs);
        QVERIFY(formatHttpDate({}).isEmpty());
    }

    void httpDateRefusesOtherText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("rfc 850") << u"Sunday, 06-Nov-94 08:49:37 GMT"_qs;
        QTest::newRow("asctime") << u"Sun Nov  6 08:49:37 1994"_qs;
        QTest::newRow("no zone") << u"Mon, 30 Nov 2026 09:40:07"_qs;
        QTest::newRow("bad month") << u"Mon, 30 Xyz 2026 09:40:07 GMT"_qs;
        QTest::newRow("bad hour") << u"Mon, 30 Nov 2026 29:40:07 GMT"_qs;
        QTest::newRow("garbage") << u"\x01\x02 garbage garbage garbage GMT"_qs;
    }

    void httpDateRefusesOtherText()
    {
        QFETCH(QString, text);
        QVERIFY(!parseHttpDate(text).isValid());
    }

    void faultKeys()
    {
        QCOMPARE(clockFaultKey(ClockFault::None), u"clock-ok"_qs);
        QCOMPARE(clockFaultKey(ClockFault::BeforeBuild), u"clock-before-build"_qs);
        QCOMPARE(clockFaultKey(ClockFault::BeforeLastSync), u"clock-before-last-sync"_qs);
        QCOMPARE(clockFaultKey(ClockFault::FarFromCentral), u"clock-far-from-central"_qs);
    }
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "tst_clockcheck.moc"
