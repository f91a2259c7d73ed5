// Customer display screens, on exact bytes for both command sets, and the text reduced to
// what a character display shows: Danish letters kept, the rest spelled in ASCII, no control
// bytes ever passed through from the text.

#include "protocol/customerdisplay.h"

#include <QTest>

using namespace bk::display;
using bk::escpos::CodePage;

class TestCustomerDisplay : public QObject
{
    Q_OBJECT
private slots:
    void cd5220TwoLines()
    {
        const QByteArray bytes = renderLines({QStringLiteral("A042 -> Skranke 3"),
                                              QStringLiteral("Velkommen på Rådhuset i Ærøskøbing")},
                                             2, 20, Protocol::CD5220);
        QCOMPARE(bytes, QByteArray("\x0C\x1B@"
                                   "\x1BQA"
                                   "A042 -> Skranke 3   \r"
                                   "\x1BQB"
                                   "Velkommen p\x86 R\x86"
                                   "dhuse\r"));
    }

    void cd5220HasTwoRowsAtMost()
    {
        const QByteArray bytes =
            renderLines({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}, 4, 4,
                        Protocol::CD5220);
        QCOMPARE(bytes, QByteArray("\x0C\x1B@\x1BQA1   \r\x1BQB2   \r"));
    }

    void epsonDisplay()
    {
        const QByteArray bytes =
            renderLines({QStringLiteral("B017 → 2")}, 2, 10, Protocol::EpsonDisplay);
        QCOMPARE(bytes, QByteArrayLiteral("\x1B@\x1BR\x00\x1Bt\x05\x1F\x01\x0C"
                                          "\x1F$\x01\x01"
                                          "B017 -> 2 "
                                          "\x1F$\x01\x02"
                                          "          "));
    }

    void epsonDisplayWpc1252()
    {
        const QByteArray bytes =
            renderLines({QStringLiteral("Åben")}, 1, 4, Protocol::EpsonDisplay, CodePage::WPC1252);
        QCOMPARE(bytes, QByteArrayLiteral("\x1B@\x1BR\x00\x1Bt\x10\x1F\x01\x0C\x1F$\x01\x01\xC5"
                                          "ben"));
    }

    void rowsAndColumnsAreCapped()
    {
        const QByteArray bytes = renderLines({}, 0, 0, Protocol::EpsonDisplay);
        QCOMPARE(bytes, QByteArrayLiteral("\x1B@\x1BR\x00\x1Bt\x05\x1F\x01\x0C\x1F$\x01\x01 "));
        const QByteArray wide =
            renderLines({QString(100, QLatin1Char('x'))}, 99, 99, Protocol::EpsonDisplay);
        QCOMPARE(wide.count('x'), kMaxColumns);
        QCOMPARE(wide.count("\x1F$"), kMaxRows);
    }

    void displayable_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("danish kept") << QStringLiteral("æøåÆØÅ") << QStringLiteral("æøåÆØÅ");
        QTest::newRow("accents") << QStringLiteral("é ü Ñ ç Å") << QStringLiteral("e u N c Å");
        QTest::newRow("german") << QStringLiteral("Straße") << QStringLiteral("Strasse");
        QTest::newRow("arrows") << QStringLiteral("A→3 ←") << QStringLiteral("A->3 <-");
        QTest::newRow("quotes") << QStringLiteral("„hej“ ‘x’ – …")
                                << QStringLiteral("\"hej\" 'x' - ...");
        QTest::newRow("polish") << QStringLiteral("Łódź") << QStringLiteral("Lodz");
        QTest::newRow("other scripts") << QStringLiteral("Ж ش 😀") << QStringLiteral("? ? ?");
        QTest::newRow("controls") << QStringLiteral("a\x1B@b\x00\x7F\u0085c\td\r\ne")
                                  << QStringLiteral("a@bc d  e");
        QTest::newRow("fullwidth and ligature")
            << QStringLiteral("ＡＢ ﬁ") << QStringLiteral("AB fi");
        QTest::newRow("euro") << QStringLiteral("5 €") << QStringLiteral("5 EUR");
    }

    void displayable()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(bk::display::displayable(in), out);
    }

    void fitToColumns()
    {
        QCOMPARE(bk::display::fitToColumns(u"A042", 6), QStringLiteral("A042  "));
        QCOMPARE(bk::display::fitToColumns(u"Skranke 12 → nu", 12), QStringLiteral("Skranke 12 -"));
        QCOMPARE(bk::display::fitToColumns(u"", 3), QStringLiteral("   "));
        QCOMPARE(bk::display::fitToColumns(u"abc", 0), QStringLiteral("a"));
    }

    void noControlBytesFromText()
    {
        QString nasty;
        for (char16_t c = 0; c < 0x100; ++c)
            nasty += QChar(c);
        for (Protocol p : {Protocol::CD5220, Protocol::EpsonDisplay}) {
            const QByteArray header = renderLines({}, 1, 40, p);
            const QByteArray bytes = renderLines({nasty}, 1, 40, p);
            // Only the command bytes of the header and the row trailer may be below 0x20.
            const QByteArray text =
                p == Protocol::CD5220
                    ? bytes.mid(6, 40)
                    : bytes.mid(15); // Epson: ESC @, ESC R 0, ESC t n, US MD1, CLR, US $ x y
            QCOMPARE(text.size(), 40);
            for (char c : text)
                QVERIFY(quint8(c) >= 0x20 && quint8(c) != 0x7F);
            QCOMPARE(bytes.size(), header.size());
        }
    }
};

QTEST_APPLESS_MAIN(TestCustomerDisplay)
#include "tst_customerdisplay.moc"
