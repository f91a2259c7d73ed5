// Code page tables: the Danish letters land on the bytes the printer's table has them at,
// every assigned byte round-trips, and what a page lacks is reported, never dropped.

#include "protocol/codepage.h"

#include <QTest>

using namespace bk::escpos;

class TestCodePage : public QObject
{
    Q_OBJECT
private slots:
    void danishLettersInPc865()
    {
        const EncodedText e = encodeText(u"æÆøØåÅ", CodePage::PC865);
        QVERIFY(e.ok());
        QCOMPARE(e.bytes, QByteArray("\x91\x92\x9B\x9D\x86\x8F"));
    }

    void danishLettersInWpc1252()
    {
        const EncodedText e = encodeText(u"æÆøØåÅ€", CodePage::WPC1252);
        QVERIFY(e.ok());
        QCOMPARE(e.bytes, QByteArray("\xE6\xC6\xF8\xD8\xE5\xC5\x80"));
    }

    void asciiIsItself()
    {
        const EncodedText e = encodeText(u"Tid: 10:30 (A042) ~", CodePage::PC865);
        QVERIFY(e.ok());
        QCOMPARE(e.bytes, QByteArray("Tid: 10:30 (A042) ~"));
    }

    void euroNotInPc865IsReported()
    {
        const EncodedText e = encodeText(u"Pris 5 € og 6 €", CodePage::PC865);
        QVERIFY(!e.ok());
        QCOMPARE(e.unencodable, QStringLiteral("€"));
        QCOMPARE(e.bytes, QByteArray("Pris 5  og 6 ")); // only what could be encoded
    }

    void unencodableOncePerCodePointInOrder()
    {
        const QString text = QStringLiteral("Ж ش 😀 Ж ł");
        const EncodedText e = encodeText(text, CodePage::WPC1252);
        QCOMPARE(e.unencodable, QStringLiteral("Жش😀ł"));
    }

    void byteOrderMarkAndLoneSurrogatesAreReported()
    {
        // QString::toUcs4() silently drops a leading U+FEFF; it must be reported like any other.
        const QString text = QString(QChar(0xFEFF)) + QChar(0xD800) + u'a' + QChar(0xDC00);
        const EncodedText e = encodeText(text, CodePage::PC865);
        QCOMPARE(e.bytes, QByteArray("a"));
        QCOMPARE(e.unencodable, QString(QChar(0xFEFF)) + QChar(0xD800) + QChar(0xDC00));
        QCOMPARE(codePoints(u"x😀"), (QList<char32_t>{U'x', U'😀'}));
    }

    void controlCharactersAreNotText()
    {
        const EncodedText e = encodeText(QStringLiteral("a\nb\x1B@\tc\x7F\u0085"), CodePage::PC865);
        QCOMPARE(e.bytes, QByteArray("a\nb@c"));
        QCOMPARE(e.unencodable, QStringLiteral("\x1B\t\x7F\u0085"));
    }

    void everyAssignedByteRoundTrips_data()
    {
        QTest::addColumn<CodePage>("page");
        QTest::addColumn<int>("assigned");
        QTest::newRow("PC865") << CodePage::PC865 << 128;
        QTest::newRow("WPC1252") << CodePage::WPC1252 << 123; // 5 holes
    }

    void everyAssignedByteRoundTrips()
    {
        QFETCH(CodePage, page);
        QFETCH(int, assigned);
        int count = 0;
        for (int b = 0x80; b <= 0xFF; ++b) {
            const char32_t c = decodeByte(quint8(b), page);
            if (c == 0xFFFD)
                continue;
            ++count;
            const auto back = encodeChar(c, page);
            QVERIFY2(back && quint8(*back) == b, qPrintable(QString::number(b, 16)));
        }
        QCOMPARE(count, assigned);
        for (int b = 0x20; b < 0x7F; ++b)
            QCOMPARE(decodeByte(quint8(b), page), char32_t(b));
    }

    void wpc1252HolesDecodeAsReplacement()
    {
        for (quint8 b : {0x81, 0x8D, 0x8F, 0x90, 0x9D})
            QCOMPARE(decodeByte(b, CodePage::WPC1252), char32_t(0xFFFD));
    }

    void decodeText()
    {
        QCOMPARE(bk::escpos::decodeText(QByteArray("R\x9B"
                                                   "dovre\n\x1B"),
                                        CodePage::PC865),
                 QStringLiteral("Rødovre\n\uFFFD"));
    }

    void pageNumbers()
    {
        QCOMPARE(codePageNumber(CodePage::PC865), quint8(5));
        QCOMPARE(codePageNumber(CodePage::WPC1252), quint8(16));
        QCOMPARE(codePageFromNumber(5), std::optional(CodePage::PC865));
        QCOMPARE(codePageFromNumber(16), std::optional(CodePage::WPC1252));
        QVERIFY(!codePageFromNumber(0));
    }

    void pageNumbersOfAnotherPrinter()
    {
        const CodePageNumbers epson;
        QCOMPARE(epson.of(CodePage::PC865), quint8(5));
        QCOMPARE(epson.of(CodePage::WPC1252), quint8(16));
        const CodePageNumbers clone{18, 71};
        QCOMPARE(clone.of(CodePage::PC865), quint8(18));
        QCOMPARE(clone.of(CodePage::WPC1252), quint8(71));
        QCOMPARE(clone.pageOf(18), std::optional(CodePage::PC865));
        QCOMPARE(clone.pageOf(71), std::optional(CodePage::WPC1252));
        QVERIFY(!clone.pageOf(5)); // Epson's number means another table on this printer
        QVERIFY(!clone.pageOf(16));
    }
};

QTEST_APPLESS_MAIN(TestCodePage)
#include "tst_codepage.moc"
