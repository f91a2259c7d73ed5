#include "simulatedticketdisplay.h"

#include <QSignalSpy>
#include <QTest>

using namespace bk;

namespace {

Callout callout(const QString &ticket, const QString &counter)
{
    return Callout{ticket, counter, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
}

} // namespace

class TestTicketDisplay : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fits") << "A042"
                              << "Skranke 3" << 20 << "A042 → Skranke 3";
        QTest::newRow("danish") << "B007"
                                << "Skranke Ø" << 20 << "B007 → Skranke Ø";
        QTest::newRow("exactly") << "A042"
                                 << "Skranke 12345" << 20 << "A042 → Skranke 12345";
        QTest::newRow("keeps number") << "A042"
                                      << "Borgerservice skranke 12" << 20 << "A042 → Borgerser. 12";
        QTest::newRow("no number") << "A042"
                                   << "Informationen i stueetagen" << 20 << "A042 → Informatione.";
        QTest::newRow("only number fits") << "A042"
                                          << "Skranke 3" << 8 << "A042 → 3";
        QTest::newRow("compact arrow") << "A042"
                                       << "Skranke 3" << 6 << "A042→3";
        QTest::newRow("ticket only") << "A042"
                                     << "Skranke 3" << 5 << "A042";
        QTest::newRow("ticket cut") << "A042"
                                    << "Skranke 3" << 3 << "A04";
        QTest::newRow("no counter") << "A042"
                                    << "" << 20 << "A042";
        QTest::newRow("control chars") << "A042"
                                       << "Skranke\n3" << 20 << "A042 → Skranke 3";
        QTest::newRow("æøå shortened")
            << "Å100"
            << "Sundhedskort og pas ærinder 2" << 16 << "Å100 → Sundhe. 2";
    }

    void format()
    {
        QFETCH(QString, ticket);
        QFETCH(QString, counter);
        QFETCH(int, columns);
        QFETCH(QString, expected);
        const QStringList lines = formatCallouts({callout(ticket, counter)}, 2, columns);
        QCOMPARE(lines, QStringList{expected});
        QVERIFY(lines.constFirst().toUcs4().size() <= columns);
    }

    void rowsLatestFirst()
    {
        const QList<Callout> cs = {callout("A044", "Skranke 1"), callout("A043", "Skranke 2"),
                                   callout("A042", "Skranke 3")};
        QCOMPARE(formatCallouts(cs, 2, 20), (QStringList{"A044 → Skranke 1", "A043 → Skranke 2"}));
        QCOMPARE(formatCallouts(cs, 5, 20).size(), 3);
        QVERIFY(formatCallouts({}, 2, 20).isEmpty());
        QVERIFY(formatCallouts(cs, 0, 20).isEmpty());
        QVERIFY(formatCallouts(cs, 2, 0).isEmpty());
    }

    void alwaysFits()
    {
        const QStringList counters = {"",
                                      "1",
                                      "Skranke 3",
                                      "Meget langt skrankenavn nummer 42",
                                      "ÆØÅ æøå ÆØÅ æøå ÆØÅ",
                                      "Room 😀 7",
                                      "x x x x x x x x x x"};
        for (int columns = 1; columns <= 40; ++columns)
            for (const QString &c : counters)
                for (const QString &line :
                     formatCallouts({callout("A042", c), callout("C100", c)}, 2, columns))
                    QVERIFY2(line.toUcs4().size() <= columns,
                             qPrintable(QStringLiteral("%1 (%2 columns)").arg(line).arg(columns)));
    }

    void simulatedDisplay()
    {
        SimulatedTicketDisplay display;
        QCOMPARE(display.status().state, DeviceState::Connected);
        QCOMPARE(display.rows(), 2);
        QCOMPARE(display.columns(), 20);
        QSignalSpy changed(&display, &SimulatedTicketDisplay::linesChanged);
        const QList<Callout> cs = {callout("A042", "Skranke 3")};
        display.showCallouts(cs);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(display.lines(), QStringList{"A042 → Skranke 3"});
        display.showCallouts(cs);
        QCOMPARE(changed.count(), 1); // same text, no signal
        display.showCallouts({});
        QCOMPARE(changed.count(), 2);
        QVERIFY(display.lines().isEmpty());
    }

    void nullDisplay()
    {
        NullTicketDisplay display;
        QCOMPARE(display.status().state, DeviceState::Disabled);
        QVERIFY(!display.status().reason.isEmpty());
        display.showCallouts({callout("A042", "Skranke 3")}); // accepted and dropped
    }
};

QTEST_GUILESS_MAIN(TestTicketDisplay)
#include "tst_ticketdisplay.moc"
