#include "drivers/code128.h"

#include <QTest>

using namespace bk;

class TestCode128 : public QObject
{
    Q_OBJECT

private slots:
    void singleCharacter()
    {
        // "A" = ASCII 65 -> value 33; check = (104 + 33 * 1) % 103 = 34.
        QCOMPARE(code128::symbols("A"), (QList<int>{104, 33, 34, 106}));
        // Start B 211214, 'A' 111323, check 34 131123, stop 2331112.
        QCOMPARE(code128::encode("A"), (QList<int>{2, 1, 1, 2, 1, 4, 1, 1, 1, 3, 2, 3, 1,
                                                   3, 1, 1, 2, 3, 2, 3, 3, 1, 1, 1, 2}));
    }

    void knownChecksum()
    {
        // "PJJ123C": P=48 J=42 J=42 1=17 2=18 3=19 C=35;
        // 104 + 48*1 + 42*2 + 42*3 + 17*4 + 18*5 + 19*6 + 35*7 = 879; 879 % 103 = 55.
        QCOMPARE(code128::symbols("PJJ123C"),
                 (QList<int>{104, 48, 42, 42, 17, 18, 19, 35, 55, 106}));
    }

    void patternsAreWellFormed()
    {
        // Every symbol spans 11 modules in 6 elements, the stop 13 in 7; bars 1..4 wide.
        for (int s = 0; s <= 105; ++s) {
            const QList<int> w = code128::widths({s});
            QCOMPARE(w.size(), 6);
            QCOMPARE(std::accumulate(w.begin(), w.end(), 0), 11);
            // Bars (even elements) add up to an even number of modules: Code 128's parity rule.
            QCOMPARE((w[0] + w[2] + w[4]) % 2, 0);
        }
        const QList<int> stop = code128::widths({code128::kStop});
        QCOMPARE(stop, (QList<int>{2, 3, 3, 1, 1, 1, 2}));
    }

    void wholeBarcode()
    {
        const auto w = code128::encode("K7M3-QX9S");
        QVERIFY(w);
        QCOMPARE(w->size(), (9 + 2) * 6 + 7); // start + 9 + check: 6 elements each; stop: 7
        QCOMPARE(std::accumulate(w->begin(), w->end(), 0), (9 + 2) * 11 + 13);
        QCOMPARE(w->size() % 2, 1); // starts and ends with a bar
    }

    void moduleWidthFitsThePaperWithQuietZones_data()
    {
        // 11 modules per character + start, check, stop (35) + 2 x 10 quiet zone = 11 n + 55.
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("dots");
        QTest::addColumn<int>("module");
        QTest::newRow("12 on 576: 187 x 3 = 561") << 12 << 576 << 3;
        QTest::newRow("13 on 576: 198 x 3 = 594, x 2") << 13 << 576 << 2;
        QTest::newRow("12 on 512: 187 x 2 = 374") << 12 << 512 << 2;
        QTest::newRow("9 on 512: 154 x 3 = 462") << 9 << 512 << 3;
        QTest::newRow("12 on 384: 187 x 2 = 374") << 12 << 384 << 2;
        QTest::newRow("13 on 384: 198 x 2 = 396, too wide") << 13 << 384 << 0;
        QTest::newRow("21 on 576: 286 x 2 = 572") << 21 << 576 << 2;
        QTest::newRow("22 on 576: 297 x 2 = 594, too wide") << 22 << 576 << 0;
        QTest::newRow("18 on 512: 253 x 2 = 506") << 18 << 512 << 2;
        QTest::newRow("19 on 512: 264 x 2 = 528, too wide") << 19 << 512 << 0;
    }

    void moduleWidthFitsThePaperWithQuietZones()
    {
        QFETCH(int, characters);
        QFETCH(int, dots);
        QFETCH(int, module);
        const QByteArray payload(characters, 'A');
        QCOMPARE(code128::totalModules(payload), 11 * characters + 55);
        QCOMPARE(code128::moduleDots(payload, dots), module);
        if (module > 0)
            QVERIFY(code128::totalModules(payload) * module <= dots);
    }

    void moduleWidthOfAnUnencodablePayload()
    {
        QCOMPARE(code128::totalModules(""), 0);
        QCOMPARE(code128::moduleDots("", 576), 0);
        QCOMPARE(code128::moduleDots("\x01", 576), 0);
    }

    void refused()
    {
        QVERIFY(!code128::symbols(""));
        QVERIFY(!code128::symbols("tab\there"));
        QVERIFY(!code128::symbols("\xC3\xB8")); // "ø" in UTF-8: not in code set B
        QVERIFY(!code128::symbols("\x7F"));
        QVERIFY(!code128::symbols(QByteArray(code128::kMaxPayload + 1, 'A')));
        QVERIFY(code128::symbols(QByteArray(code128::kMaxPayload, 'A')));
        QVERIFY(code128::symbols(" ~")); // both ends of the range
    }
};

QTEST_GUILESS_MAIN(TestCode128)
#include "tst_code128.moc"
