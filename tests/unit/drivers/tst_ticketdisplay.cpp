#include "drivers/serialticketdisplay.h"
#include "drivers/simulatedticketdisplay.h"
#include "protocol/customerdisplay.h"

#include <QRegularExpression>
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
                                      << "Borgerservice skranke 12" << 20 << "A042 → skranke 12";
        QTest::newRow("abbreviates the last word")
            << "A042"
            << "Borgerservice skranke 12" << 15 << "A042 → skra. 12";
        QTest::newRow("number with a letter")
            << "A042"
            << "Borgerservice lokale 3B" << 14 << "A042 → lok. 3B";
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
            << "Sundhedskort og pas ærinder 2" << 16 << "Å100 → ærinder 2";
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

    void spelledThenFitted_data()
    {
        // What a line display is sent: PC865 keeps æøå, spells → as "->", ß as "ss", — as "-".
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("20: arrow grows, name gives way")
            << "A042"
            << "Borgerservice skranke 12" << 20 << "A042 -> skranke 12";
        QTest::newRow("16") << "A042"
                            << "Borgerservice skranke 12" << 16 << "A042 -> skra. 12";
        QTest::newRow("40: all of it")
            << "A042"
            << "Borgerservice skranke 12" << 40 << "A042 -> Borgerservice skranke 12";
        QTest::newRow("20, one too many") << "A042"
                                          << "Skranke 12345" << 20 << "A042 -> Skran. 12345";
        QTest::newRow("21 fits exactly") << "A042"
                                         << "Skranke 12345" << 21 << "A042 -> Skranke 12345";
        QTest::newRow("ß twice as long") << "A042"
                                         << "Straße 3" << 16 << "A042 -> Stras. 3";
        QTest::newRow("ß 20") << "B117"
                              << "Großraumbüro Süd 14" << 20 << "B117 -> Sud 14";
        QTest::newRow("dash and umlaut 20") << "A042"
                                            << "Großraum—Büro 12" << 20 << "A042 -> Grossrau. 12";
        QTest::newRow("arrow in the name 40")
            << "A042"
            << "Pas → kørekort 7" << 40 << "A042 -> Pas -> kørekort 7";
        QTest::newRow("Danish kept 16")
            << "Å100"
            << "Sundhedskort og pas ærinder 2" << 16 << "Å100 -> ærind. 2";
        QTest::newRow("long number 16") << "A042"
                                        << "Skranke 123456" << 16 << "A042 -> 123456";
        QTest::newRow("narrow arrow") << "A042"
                                      << "Skranke 123456789" << 16 << "A042->123456789";
        QTest::newRow("no arrow") << "A042"
                                  << "Skranke 12345678901" << 16 << "A042 12345678901";
        // The number is not always the last word.
        QTest::newRow("words after the number 20")
            << "A042"
            << "Skranke 12 (stuen)" << 20 << "A042 -> Skranke 12";
        QTest::newRow("words after the number 40")
            << "A042"
            << "Skranke 12 (stuen)" << 40 << "A042 -> Skranke 12 (stuen)";
        QTest::newRow("letter after the number 16") << "A042"
                                                    << "Skranke 12 A" << 16 << "A042 -> Sk. 12 A";
        QTest::newRow("number first 16") << "A042"
                                         << "12 Borgerservice" << 16 << "A042 -> 12";
    }

    void spelledThenFitted()
    {
        QFETCH(QString, ticket);
        QFETCH(QString, counter);
        QFETCH(int, columns);
        QFETCH(QString, expected);
        const DisplaySpelling pc865 = [](QStringView t) { return display::displayable(t); };
        const QStringList lines = formatCallouts({callout(ticket, counter)}, 2, columns, pc865);
        QCOMPARE(lines, QStringList{expected});
        // Spelling it again changes nothing: what was fitted is what is sent.
        QCOMPARE(display::displayable(lines.constFirst()), lines.constFirst());
    }

    void ticketAndCounterNumberSurviveEverySpelling()
    {
        // A display without æøå (spelled ae, oe, aa) and one with them; every width from 16
        // to 40: the line fits, starts with the whole ticket and ends with the whole number.
        const DisplaySpelling ascii = [](QStringView t) {
            QString s = display::displayable(t);
            s.replace(u'æ', QStringLiteral("ae")).replace(u'ø', QStringLiteral("oe"));
            s.replace(u'å', QStringLiteral("aa")).replace(u'Æ', QStringLiteral("AE"));
            s.replace(u'Ø', QStringLiteral("OE")).replace(u'Å', QStringLiteral("AA"));
            return s;
        };
        const DisplaySpelling pc865 = [](QStringView t) { return display::displayable(t); };
        const QList<std::pair<QString, QString>> callouts = {
            {"A042", "Borgerservice skranke 12"},    {"Æ001", "Ærøskøbing Rådhus skranke 7"},
            {"B117", "Großraumbüro → Süd — Tür 14"}, {"C100", "Straße 3"},
            {"Å999", "Øresundsværelset 2B"},         {"D004", "„Kassen“ … Étage 5"},
            {"E005", "Skranke 12 (stuen)"},          {"F006", "Borgerservice skranke 12 A"},
            {"G007", "Lokale 3 — bagindgangen"}};
        for (const DisplaySpelling &spelling : {ascii, pc865}) {
            for (int columns = 16; columns <= 40; ++columns) {
                for (const auto &[ticket, counter] : callouts) {
                    const QString line =
                        formatCallouts({callout(ticket, counter)}, 1, columns, spelling).value(0);
                    const QString what = QStringLiteral("%1 (%2 columns)").arg(line).arg(columns);
                    QVERIFY2(line.size() <= columns, qPrintable(what));
                    QVERIFY2(line.startsWith(spelling(ticket)), qPrintable(what));
                    // The number: the last word with a digit, and a one-letter word after it.
                    const QStringList ws = counter.split(u' ');
                    qsizetype at = ws.size() - 1;
                    while (at > 0 && !ws.at(at).contains(QRegularExpression(u"[0-9]"_qs)))
                        --at;
                    QString number = ws.at(at);
                    if (at + 1 < ws.size() && ws.at(at + 1).size() == 1 &&
                        ws.at(at + 1).at(0).isLetterOrNumber())
                        number += u' ' + ws.at(at + 1);
                    QVERIFY2(line.contains(u' ' + number) || line.contains(u'>' + number),
                             qPrintable(what));
                }
            }
        }
        const QStringList ae =
            formatCallouts({callout("Æ001", "Ærøskøbing skranke 7")}, 1, 16, ascii);
        QCOMPARE(ae, QStringList{"AE001 -> skra. 7"});
    }

    void serialDisplaySendsTheFittedLine()
    {
        // The bytes on the wire: on 20 columns the arrow becomes "->" and still "12" ends it.
        SerialDisplayOptions o;
        o.rows = 2;
        o.columns = 20;
        const QByteArray bytes = SerialTicketDisplay::screenBytes(
            {callout("A042", "Borgerservice skranke 12"), callout("A041", "Straße 3")}, o);
        QCOMPARE(bytes, QByteArray("\x0C\x1B@"
                                   "\x1BQA"
                                   "A042 -> skranke 12  \r"
                                   "\x1BQB"
                                   "A041 -> Strasse 3   \r"));
        o.columns = 16;
        QVERIFY(SerialTicketDisplay::screenBytes({callout("A042", "Borgerservice skranke 12")}, o)
                    .contains("\x1BQAA042 -> skra. 12\r"));
    }

    void serialDisplayIdleScreen()
    {
        SerialDisplayOptions o;
        o.rows = 2;
        o.columns = 20;
        o.idleLines = {QStringLiteral("Borgerservice Århus"), QStringLiteral("Velkommen")};
        // Cleared, then the site name and the welcome, centred; Å in PC865 (0x8F).
        const QByteArray idle("\x0C\x1B@"
                              "\x1BQA"
                              "Borgerservice \x8F"
                              "rhus \r"
                              "\x1BQB"
                              "     Velkommen      \r");
        QCOMPARE(SerialTicketDisplay::idleBytes(o), idle);
        QCOMPARE(SerialTicketDisplay::screenBytes({}, o), idle); // no call-outs: idle
        o.protocol = display::Protocol::EpsonDisplay;
        o.columns = 16;
        o.idleLines = {QStringLiteral("Velkommen → Borgerservice")};
        QCOMPARE(SerialTicketDisplay::idleBytes(o),
                 QByteArrayLiteral("\x1B@\x1BR\x00\x1Bt\x05\x1F\x01\x0C"
                                   "\x1F$\x01\x01"
                                   "Velkommen -> Bor"
                                   "\x1F$\x01\x02"
                                   "                "));
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
