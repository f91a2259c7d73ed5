// Ticket numbers: kiosks' static blocks never overlap, numbering walks the granted blocks and
// stops when they run out, and the business day turns over at local midnight, DST or not.

#include "domain/ticketnumber.h"
#include "domain/types.h"

#include <QTest>
#include <QTimeZone>

#include <limits>
#include <vector>

using bk::NumberBlock;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// Every number the blocks give, in issue order.
QList<int> walk(const QList<NumberBlock> &blocks)
{
    QList<int> issued;
    std::optional<int> last;
    while (const std::optional<int> next = bk::nextNumber(blocks, last)) {
        issued.append(*next);
        last = next;
        if (issued.size() > 100000)
            break; // a loop here is a bug; fail below rather than hang
    }
    return issued;
}

} // namespace

class TestTicketNumber : public QObject
{
    Q_OBJECT

private slots:
    void staticBlockExamples()
    {
        QCOMPARE(bk::staticBlock(0, 2, 100, 0), (NumberBlock{1, 100}));
        QCOMPARE(bk::staticBlock(1, 2, 100, 0), (NumberBlock{101, 200}));
        QCOMPARE(bk::staticBlock(0, 2, 100, 1), (NumberBlock{201, 300}));
        QCOMPARE(bk::staticBlock(1, 2, 100, 1), (NumberBlock{301, 400}));
        QCOMPARE(bk::staticBlock(0, 1, 50, 3), (NumberBlock{151, 200}));
        QCOMPARE(bk::staticBlock(4, 5, 1, 0), (NumberBlock{5, 5}));
    }

    void staticBlocksNeverOverlap_data()
    {
        QTest::addColumn<int>("kiosks");
        QTest::addColumn<int>("blockSize");
        QTest::newRow("2 kiosks, 100") << 2 << 100;
        QTest::newRow("2 kiosks, 1") << 2 << 1;
        QTest::newRow("5 kiosks, 25") << 5 << 25;
        QTest::newRow("5 kiosks, 7") << 5 << 7;
        QTest::newRow("1 kiosk, 10") << 1 << 10;
    }

    void staticBlocksNeverOverlap()
    {
        QFETCH(int, kiosks);
        QFETCH(int, blockSize);
        const int blocksEach = 400;
        // Owner of every number: the kiosks' blocks must tile 1..N with no number twice.
        std::vector<int> owner(std::size_t(kiosks) * blockSize * blocksEach + 1, -1);
        for (int k = 0; k < kiosks; ++k) {
            for (int n = 0; n < blocksEach; ++n) {
                const NumberBlock b = bk::staticBlock(k, kiosks, blockSize, n);
                QCOMPARE(b.last - b.first + 1, blockSize);
                QVERIFY(b.first >= 1);
                for (int x = b.first; x <= b.last; ++x) {
                    QVERIFY(std::size_t(x) < owner.size());
                    if (owner[std::size_t(x)] != -1)
                        QFAIL(qPrintable(QStringLiteral("%1 issued by kiosks %2 and %3")
                                             .arg(x)
                                             .arg(owner[std::size_t(x)])
                                             .arg(k)));
                    owner[std::size_t(x)] = k;
                }
            }
        }
        for (std::size_t x = 1; x < owner.size(); ++x)
            QVERIFY(owner[x] != -1);
    }

    void staticBlockRefusesNonsense()
    {
        const auto empty = [](const NumberBlock &b) { return b.last < b.first; };
        QVERIFY(empty(bk::staticBlock(2, 2, 100, 0)));
        QVERIFY(empty(bk::staticBlock(-1, 2, 100, 0)));
        QVERIFY(empty(bk::staticBlock(0, 0, 100, 0)));
        QVERIFY(empty(bk::staticBlock(0, 2, 0, 0)));
        QVERIFY(empty(bk::staticBlock(0, 2, 100, -1)));
        // Would pass INT_MAX: refused rather than wrapped into someone else's numbers.
        QVERIFY(empty(bk::staticBlock(1, 2, 1000, std::numeric_limits<int>::max() / 2000)));
        QVERIFY(empty(bk::staticBlock(0, 1000, 1000000, std::numeric_limits<int>::max())));
        QVERIFY(!empty(bk::staticBlock(0, 2, 1000, 1000)));
    }

    void nextNumberWalksAndExhausts()
    {
        const QList<NumberBlock> blocks = {{1, 3}, {7, 8}, {20, 20}};
        QCOMPARE(bk::nextNumber(blocks, std::nullopt), std::optional(1));
        QCOMPARE(bk::nextNumber(blocks, 1), std::optional(2));
        QCOMPARE(bk::nextNumber(blocks, 3), std::optional(7));
        QCOMPARE(bk::nextNumber(blocks, 7), std::optional(8));
        QCOMPARE(bk::nextNumber(blocks, 8), std::optional(20));
        QCOMPARE(bk::nextNumber(blocks, 20), std::nullopt);
        QCOMPARE(walk(blocks), (QList<int>{1, 2, 3, 7, 8, 20}));
    }

    void nextNumberFollowsGrantOrder()
    {
        // The central may grant a lower range later; the order of granting decides.
        const QList<NumberBlock> blocks = {{201, 203}, {11, 12}};
        QCOMPARE(walk(blocks), (QList<int>{201, 202, 203, 11, 12}));
    }

    void nextNumberSkipsEmptyBlocks()
    {
        const QList<NumberBlock> blocks = {{5, 4}, {1, 2}, {9, 0}, {30, 31}};
        QCOMPARE(walk(blocks), (QList<int>{1, 2, 30, 31}));
    }

    void nextNumberWithNothingToGive()
    {
        QCOMPARE(bk::nextNumber({}, std::nullopt), std::nullopt);
        QCOMPARE(bk::nextNumber({}, 5), std::nullopt);
        QCOMPARE(bk::nextNumber({{5, 4}}, std::nullopt), std::nullopt);
        // The last number lies in no known block: refusing beats a possible duplicate.
        QCOMPARE(bk::nextNumber({{1, 10}, {21, 30}}, 15), std::nullopt);
    }

    void nextNumberOverStaticBlocks()
    {
        // Kiosk 1 of 2, blocks of 3: it issues 4..6, 10..12, 16..18 and then needs more.
        QList<NumberBlock> blocks;
        for (int n = 0; n < 3; ++n)
            blocks.append(bk::staticBlock(1, 2, 3, n));
        QCOMPARE(walk(blocks), (QList<int>{4, 5, 6, 10, 11, 12, 16, 17, 18}));
        // A block granted later continues from where the kiosk stopped.
        blocks.append(bk::staticBlock(1, 2, 3, 3));
        QCOMPARE(bk::nextNumber(blocks, 18), std::optional(22));
    }

    void businessDay_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QDate>("day");
        // Winter (CET = UTC+1).
        QTest::newRow("winter 23:59:59") << utc(2026, 1, 15, 22, 59, 59) << QDate(2026, 1, 15);
        QTest::newRow("winter 00:00:00") << utc(2026, 1, 15, 23, 0, 0) << QDate(2026, 1, 16);
        // Summer (CEST = UTC+2).
        QTest::newRow("summer 23:59:59") << utc(2026, 7, 15, 21, 59, 59) << QDate(2026, 7, 15);
        QTest::newRow("summer 00:00:00") << utc(2026, 7, 15, 22, 0, 0) << QDate(2026, 7, 16);
        // 29 March 2026: starts in CET, ends in CEST (a 23-hour day).
        QTest::newRow("spring eve 23:59:59") << utc(2026, 3, 28, 22, 59, 59) << QDate(2026, 3, 28);
        QTest::newRow("spring 00:00:00") << utc(2026, 3, 28, 23, 0, 0) << QDate(2026, 3, 29);
        QTest::newRow("spring 01:59:59 CET") << utc(2026, 3, 29, 0, 59, 59) << QDate(2026, 3, 29);
        QTest::newRow("spring 03:00:00 CEST") << utc(2026, 3, 29, 1, 0, 0) << QDate(2026, 3, 29);
        QTest::newRow("spring 23:59:59") << utc(2026, 3, 29, 21, 59, 59) << QDate(2026, 3, 29);
        QTest::newRow("spring next 00:00:00") << utc(2026, 3, 29, 22, 0, 0) << QDate(2026, 3, 30);
        // 25 October 2026: starts in CEST, ends in CET (a 25-hour day).
        QTest::newRow("autumn eve 23:59:59")
            << utc(2026, 10, 24, 21, 59, 59) << QDate(2026, 10, 24);
        QTest::newRow("autumn 00:00:00") << utc(2026, 10, 24, 22, 0, 0) << QDate(2026, 10, 25);
        QTest::newRow("autumn first 02:30") << utc(2026, 10, 25, 0, 30) << QDate(2026, 10, 25);
        QTest::newRow("autumn second 02:30") << utc(2026, 10, 25, 1, 30) << QDate(2026, 10, 25);
        QTest::newRow("autumn 23:00 CET (22:00 UTC)")
            << utc(2026, 10, 25, 22, 0) << QDate(2026, 10, 25);
        QTest::newRow("autumn 23:59:59") << utc(2026, 10, 25, 22, 59, 59) << QDate(2026, 10, 25);
        QTest::newRow("autumn next 00:00:00") << utc(2026, 10, 25, 23, 0) << QDate(2026, 10, 26);
        // New Year.
        QTest::newRow("new year") << utc(2026, 12, 31, 23, 0) << QDate(2027, 1, 1);
    }

    void businessDay()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QDate, day);
        QCOMPARE(bk::businessDay(moment), day);
        // The same moment expressed in another zone is the same business day.
        QCOMPARE(bk::businessDay(moment.toOffsetFromUtc(-5 * 3600)), day);
    }

    void ticketLabel()
    {
        QCOMPARE(bk::ticketLabel(u'A', 42), QStringLiteral("A042"));
        QCOMPARE(bk::ticketLabel(u'A', 1), QStringLiteral("A001"));
        QCOMPARE(bk::ticketLabel(u'K', 999), QStringLiteral("K999"));
        QCOMPARE(bk::ticketLabel(u'B', 1000), QStringLiteral("B1000"));
        QCOMPARE(bk::ticketLabel(u'C', 0), QStringLiteral("C000"));
        bk::Ticket t;
        t.queue = u'D';
        t.number = 7;
        QCOMPARE(bk::ticketLabel(t.queue, t.number), t.label());
    }
};

QTEST_APPLESS_MAIN(TestTicketNumber)
#include "tst_ticketnumber.moc"
