// Framing a serial barcode reader's bytes into scans: any split of the bytes gives the same
// scans, CRLF counts once, a pause ends a scan, an endless line is capped and reported once,
// and a code presented again within two seconds counts once.

#include "protocol/scanframer.h"

#include <QTest>

using namespace bk::scanner;

namespace {

QList<Scan> scans(std::initializer_list<const char *> codes)
{
    QList<Scan> out;
    for (const char *c : codes)
        out.append({QByteArray(c), false});
    return out;
}

} // namespace

class TestScanFramer : public QObject
{
    Q_OBJECT
private slots:
    void oneScanPerTerminator()
    {
        ScanFramer f;
        QCOMPARE(f.feed("7K3M9QX2\r", 0), scans({"7K3M9QX2"}));
        QCOMPARE(f.feed("ABC\n", 10), scans({"ABC"}));
        QCOMPARE(f.feed("DEF\r\n", 20), scans({"DEF"}));
        QVERIFY(!f.deadline());
    }

    void splitPackets()
    {
        ScanFramer f;
        QVERIFY(f.feed("]Q1ht", 0).isEmpty());
        QVERIFY(f.feed("tps://x/", 2).isEmpty());
        QCOMPARE(f.feed("7K3M\r", 4), scans({"]Q1https://x/7K3M"}));
    }

    void crlfSplitAcrossFeedsCountsOnce()
    {
        ScanFramer f;
        QCOMPARE(f.feed("A042\r", 0), scans({"A042"}));
        QVERIFY(f.feed("\n", 1).isEmpty());
        QCOMPARE(f.feed("B\r", 2), scans({"B"}));
        QVERIFY(f.feed("\n", 500).isEmpty()); // also after a pause
    }

    void emptyLinesIgnored()
    {
        ScanFramer f;
        QCOMPARE(f.feed("\r\n\n\r\rX\n\n", 0), scans({"X"}));
    }

    void manyScansInOneFeed()
    {
        ScanFramer f;
        QCOMPARE(f.feed("A\rB\nC\r\nD\n\rE", 0), scans({"A", "B", "C", "D"}));
        QCOMPARE(f.flush(80), scans({"E"}));
    }

    void silenceEndsAScan()
    {
        ScanFramer f(512, 80);
        QVERIFY(f.feed("ABC", 1000).isEmpty());
        QCOMPARE(f.deadline(), std::optional<qint64>(1080));
        QVERIFY(f.flush(1079).isEmpty());
        QCOMPARE(f.flush(1080), scans({"ABC"}));
        QVERIFY(f.flush(5000).isEmpty());
        QVERIFY(!f.deadline());
    }

    void silenceIsMeasuredFromTheLastByte()
    {
        ScanFramer f(512, 80);
        QVERIFY(f.feed("AB", 0).isEmpty());
        QVERIFY(f.feed("C", 70).isEmpty());
        QVERIFY(f.flush(140).isEmpty());
        QCOMPARE(f.flush(150), scans({"ABC"}));
    }

    void bytesAfterASilenceStartANewScan()
    {
        ScanFramer f(512, 80);
        QVERIFY(f.feed("ONE", 0).isEmpty());
        // flush() was not called in time; the silence still separates the two scans.
        QCOMPARE(f.feed("TWO\r", 200), scans({"ONE", "TWO"}));
    }

    void tenKilobyteLineIsCappedAndReportedOnce()
    {
        ScanFramer f(512, 80);
        const QByteArray line(10 * 1024, 'x');
        QList<Scan> got;
        for (qsizetype i = 0; i < line.size(); i += 100)
            got += f.feed(QByteArrayView(line).sliced(i, std::min<qsizetype>(100, line.size() - i)),
                          0);
        got += f.feed("\r\nNEXT\r", 1);
        QCOMPARE(got.size(), 2);
        QVERIFY(got.at(0).overflow);
        QCOMPARE(got.at(0).bytes, QByteArray(512, 'x'));
        QCOMPARE(got.at(1), (Scan{"NEXT", false}));
    }

    void lineOfExactlyTheCapIsFine()
    {
        ScanFramer f(4, 80);
        QCOMPARE(f.feed("ABCD\r", 0), scans({"ABCD"}));
        QCOMPARE(f.feed("ABCDE\r", 1), (QList<Scan>{{"ABCD", true}}));
    }

    void overlongLineEndedBySilence()
    {
        ScanFramer f(4, 80);
        QCOMPARE(f.feed("ABCDEFGH", 0), (QList<Scan>{{"ABCD", true}}));
        QCOMPARE(f.deadline(), std::optional<qint64>(80));
        QVERIFY(f.flush(80).isEmpty()); // already reported
        QCOMPARE(f.feed("XY\r", 100), scans({"XY"}));
    }

    void nulBytesAreData()
    {
        // The framer keeps them; the scan parser refuses control characters with a message.
        ScanFramer f;
        const QList<Scan> got = f.feed(QByteArrayView("A\0B\r\0\r", 6), 0);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0).bytes, QByteArray("A\0B", 3));
        QCOMPARE(got.at(1).bytes, QByteArray(1, '\0'));
    }

    void everySplitGivesTheSameScans()
    {
        const QByteArray stream("]C0ABC\r\n7K3M-9QX2\n\r\nURL/x\r");
        const QList<Scan> expected = scans({"]C0ABC", "7K3M-9QX2", "URL/x"});
        for (qsizetype a = 0; a <= stream.size(); ++a) {
            for (qsizetype b = a; b <= stream.size(); ++b) {
                ScanFramer f;
                QList<Scan> got = f.feed(QByteArrayView(stream).first(a), 0);
                got += f.feed(QByteArrayView(stream).sliced(a, b - a), 1);
                got += f.feed(QByteArrayView(stream).sliced(b), 2);
                QCOMPARE(got, expected);
            }
        }
    }

    void resetDropsPartialScan()
    {
        ScanFramer f;
        QVERIFY(f.feed("PART", 0).isEmpty());
        f.reset();
        QCOMPARE(f.feed("X\r", 1), scans({"X"}));
    }

    void duplicateWindowEdges()
    {
        DuplicateFilter d(2000);
        QVERIFY(d.accept("A", 10000));
        QVERIFY(!d.accept("A", 11999)); // 1999 ms later: the same presentation
        QVERIFY(!d.accept("A", 13998)); // window restarts at every sighting
        QVERIFY(d.accept("A", 15998));  // exactly 2000 ms after the last sighting: new
        QVERIFY(d.accept("B", 15999));
        QVERIFY(d.accept("A", 16000)); // another code in between
        d.reset();
        QVERIFY(d.accept("A", 16001));
    }
};

QTEST_APPLESS_MAIN(TestScanFramer)
#include "tst_scanframer.moc"
