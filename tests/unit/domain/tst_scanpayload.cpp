// Scanner input: every accepted form yields the code, everything else a rejection with a
// stable log key, and nothing a reader can send makes the parser misbehave.

#include "domain/bookingcode.h"
#include "domain/scanpayload.h"

#include <QTest>

using bk::ScanRejection;

namespace {

// QTest data columns hold QByteArray so that NUL and invalid UTF-8 survive unchanged.
std::string bytes(const QByteArray &b)
{
    return std::string(b.constData(), std::size_t(b.size()));
}

} // namespace

class TestScanPayload : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("bare") << QByteArray("K7M3QX9S");
        QTest::newRow("grouped") << QByteArray("K7M3-QX9S");
        QTest::newRow("lower case") << QByteArray("k7m3-qx9s");
        QTest::newRow("CR") << QByteArray("K7M3QX9S\r");
        QTest::newRow("LF") << QByteArray("K7M3QX9S\n");
        QTest::newRow("CRLF") << QByteArray("K7M3QX9S\r\n");
        QTest::newRow("TAB") << QByteArray("K7M3QX9S\t");
        QTest::newRow("spaces") << QByteArray("  K7M3-QX9S  \r\n");
        QTest::newRow("stray LF in front") << QByteArray("\nK7M3QX9S\r");
        QTest::newRow("AIM QR") << QByteArray("]Q1K7M3QX9S");
        QTest::newRow("AIM Code 128") << QByteArray("]C0K7M3-QX9S\r\n");
        QTest::newRow("AIM Data Matrix") << QByteArray("]d2k7m3qx9s");
        QTest::newRow("AIM EAN") << QByteArray("]E0K7M3QX9S");
        QTest::newRow("AIM letter modifier") << QByteArray("]QAK7M3QX9S");
        QTest::newRow("https") << QByteArray("https://booking.kommune.dk/b/K7M3QX9S");
        QTest::newRow("http") << QByteArray("http://booking.kommune.dk/K7M3QX9S");
        QTest::newRow("upper-case scheme") << QByteArray("HTTPS://BOOKING.KOMMUNE.DK/B/K7M3QX9S");
        QTest::newRow("trailing slash") << QByteArray("https://x.dk/b/K7M3-QX9S/");
        QTest::newRow("query") << QByteArray("https://x.dk/b/K7M3QX9S?lang=da&c=ZZZZ");
        QTest::newRow("fragment") << QByteArray("https://x.dk/b/K7M3QX9S#top");
        QTest::newRow("slash, query and fragment")
            << QByteArray("https://x.dk/b/k7m3qx9s/?a=b/c#d/e");
        QTest::newRow("URL after AIM") << QByteArray("]Q1https://x.dk/b/K7M3QX9S\r\n");
        QTest::newRow("URL with port") << QByteArray("https://x.dk:8443/K7M3QX9S");
    }

    void accepted()
    {
        QFETCH(QByteArray, raw);
        const bk::ScanResult r = bk::parseScan(bytes(raw));
        QVERIFY2(r.ok(), r.rejection ? bk::rejectionKey(*r.rejection).data() : "");
        QCOMPARE(r.code, std::string("K7M3QX9S"));
    }

    void encodingHeadersAndInvisibles_data()
    {
        // What readers and other systems' generators put around a payload: ECI escapes from
        // readers in AIM/ECI mode (backslash + six digits; 000026 = UTF-8, 000003 = Latin-1)
        // and invisible code points (Unicode Default_Ignorable_Code_Point) in UTF-8.
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("ECI UTF-8") << QByteArray("\\000026K7M3QX9S");
        QTest::newRow("AIM ECI UTF-8") << QByteArray("]Q2\\000026K7M3QX9S");
        QTest::newRow("AIM ECI URL")
            << QByteArray("]Q2\\000026https://booking.example.dk/b/K7M3-QX9S");
        QTest::newRow("ECI Latin-1 + CRLF") << QByteArray("\\000003k7m3-qx9s\r\n");
        QTest::newRow("Data Matrix ECI") << QByteArray("]d4\\000026K7M3QX9S");
        QTest::newRow("ECI switch mid-stream")
            << QByteArray("]Q2\\000003https://x.dk/b/\\000026K7M3QX9S");
        QTest::newRow("ECI, AIM says none") << QByteArray("]Q1\\000026K7M3QX9S");
        QTest::newRow("escaped backslash in query")
            << QByteArray("]Q2\\000026https://x.dk/b/K7M3QX9S?p=a\\\\b");
        // Latin-1 (ECI 000003) and Windows-1252 (000023) QR codes are not UTF-8: the code in
        // them is still read; the other characters (a name in a query) are never needed.
        QTest::newRow("ECI Latin-1 URL, Latin-1 query")
            << QByteArray("]Q2\\000003https://booking.example.dk/b/K7M3-QX9S?navn=S\xf8ren");
        QTest::newRow("ECI Windows-1252, euro sign in the query")
            << QByteArray("\\000023https://x.dk/b/K7M3QX9S?pris=\x80");
        QTest::newRow("ECI Latin-1, then Latin-2")
            << QByteArray("]Q2\\000003https://x.dk/b/\\000004K7M3QX9S?\xe6");
        QTest::newRow("BOM") << QByteArray("\xef\xbb\xbfK7M3QX9S");
        QTest::newRow("BOM after ECI") << QByteArray("]Q2\\000026\xef\xbb\xbfK7M3QX9S");
        QTest::newRow("BOM before AIM") << QByteArray("\xef\xbb\xbf]Q1K7M3QX9S\r\n");
        QTest::newRow("zero-width space") << QByteArray("\xe2\x80\x8bK7M3QX9S");
        QTest::newRow("ZWNJ and ZWJ") << QByteArray("\xe2\x80\x8c\xe2\x80\x8dK7M3QX9S");
        QTest::newRow("word joiner") << QByteArray("\xe2\x81\xa0K7M3QX9S");
        QTest::newRow("soft hyphen") << QByteArray("\xc2\xad"
                                                   "K7M3QX9S");
        QTest::newRow("LRM and RLM") << QByteArray("\xe2\x80\x8eK7M3QX9S\xe2\x80\x8f");
        QTest::newRow("bidi isolate") << QByteArray("\xe2\x81\xa6K7M3QX9S\xe2\x81\xa9");
        QTest::newRow("bidi embedding") << QByteArray("\xe2\x80\xaaK7M3QX9S\xe2\x80\xac");
        QTest::newRow("variation selector") << QByteArray("K7M3QX9S\xef\xb8\x8f");
        QTest::newRow("tag characters") << QByteArray("K7M3QX9S\xf3\xa0\x80\x81\xf3\xa0\x81\xbf");
        QTest::newRow("BOM at the end") << QByteArray("K7M3QX9S\xef\xbb\xbf\r\n");
        QTest::newRow("ZWSP at the end of a URL")
            << QByteArray("https://x.dk/b/K7M3QX9S\xe2\x80\x8b");
        QTest::newRow("soft hyphen inside the code") << QByteArray("K7M3\xc2\xadQX9S");
        QTest::newRow("ZWSP inside a URL") << QByteArray("https://x.dk/b/\xe2\x80\x8bK7M3QX9S");
        QTest::newRow("no-break space") << QByteArray("\xc2\xa0K7M3\xc2\xa0QX9S\xc2\xa0");
        QTest::newRow("ideographic space") << QByteArray("\xe3\x80\x80K7M3QX9S");
        QTest::newRow("narrow no-break space group") << QByteArray("K7M3\xe2\x80\xafQX9S");
        QTest::newRow("non-breaking hyphen group") << QByteArray("K7M3\xe2\x80\x91QX9S");
        QTest::newRow("en dash group") << QByteArray("K7M3\xe2\x80\x93QX9S");
        QTest::newRow("minus sign group") << QByteArray("K7M3\xe2\x88\x92QX9S");
        QTest::newRow("fullwidth hyphen group") << QByteArray("K7M3\xef\xbc\x8dQX9S");
        QTest::newRow("everything at once")
            << QByteArray("\xef\xbb\xbf]Q2\\000026\xe2\x80\x8bhttps://x.dk/b/K7M3-QX9S\xe2\x80"
                          "\x8d\xc2\xa0\r\n");
    }

    void encodingHeadersAndInvisibles()
    {
        QFETCH(QByteArray, raw);
        const bk::ScanResult r = bk::parseScan(bytes(raw));
        QVERIFY2(r.ok(), r.rejection ? bk::rejectionKey(*r.rejection).data() : "");
        QCOMPARE(r.code, std::string("K7M3QX9S"));
    }

    void lookAlikesInAScan()
    {
        const bk::ScanResult r = bk::parseScan("]Q1loKoMiq2\r");
        QVERIFY(r.ok());
        QCOMPARE(r.code, std::string("10K0M1Q2"));
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("rejection");
        const auto row = [](const char *name, const QByteArray &raw, ScanRejection r) {
            QTest::newRow(name) << raw << int(r);
        };
        row("empty", QByteArray(), ScanRejection::Empty);
        row("only line ending", QByteArray("\r\n"), ScanRejection::Empty);
        row("only spaces and tabs", QByteArray(" \t \t"), ScanRejection::Empty);
        row("10 kB line", QByteArray(10 * 1024, 'A'), ScanRejection::TooLong);
        row("one byte over the cap", QByteArray(int(bk::kMaxScanBytes) + 1, ' '),
            ScanRejection::TooLong);
        row("10 kB of NUL", QByteArray(10 * 1024, '\0'), ScanRejection::TooLong);
        row("garbage", QByteArray("hello world"), ScanRejection::NotACode);
        row("digits", QByteArray("5701234567892"), ScanRejection::NotACode);
        row("too short", QByteArray("K7M3QX9"), ScanRejection::NotACode);
        row("too long", QByteArray("K7M3QX9SA"), ScanRejection::NotACode);
        row("U in code", QByteArray("K7M3QX9U"), ScanRejection::NotACode);
        row("non-ASCII letter", QByteArray("K7M3QX9\xc3\x98"), ScanRejection::NotACode);
        row("bad check", QByteArray("K7M3QX9T"), ScanRejection::BadCheck);
        row("transposed", QByteArray("K7M3QXS9\r\n"), ScanRejection::BadCheck);
        row("bad check after AIM", QByteArray("]Q1K7M3-QX9T"), ScanRejection::BadCheck);
        row("URL with wrong code", QByteArray("https://x.dk/b/K7M3QX9T"), ScanRejection::BadCheck);
        row("URL with no code", QByteArray("https://x.dk/b/hello"), ScanRejection::NotACode);
        row("URL host only", QByteArray("https://x.dk"), ScanRejection::NotACode);
        row("URL host and slash", QByteArray("https://x.dk/"), ScanRejection::NotACode);
        row("code as URL host", QByteArray("https://K7M3QX9S"), ScanRejection::NotACode);
        row("code in query only", QByteArray("https://x.dk/b?c=K7M3QX9S"), ScanRejection::NotACode);
        row("other scheme", QByteArray("ftp://x.dk/K7M3QX9S"), ScanRejection::NotACode);
        row("AIM prefix alone", QByteArray("]Q1"), ScanRejection::NotACode);
        row("AIM prefix alone with CR", QByteArray("]Q1\r\n"), ScanRejection::NotACode);
        row("broken AIM prefix", QByteArray("]1QK7M3QX9S"), ScanRejection::NotACode);
        row("NUL inside", QByteArray("K7M3\0QX9S", 9), ScanRejection::ControlCharacters);
        row("NUL at end", QByteArray("K7M3QX9S\0", 9), ScanRejection::ControlCharacters);
        row("ESC", QByteArray("\x1b[2JK7M3QX9S"), ScanRejection::ControlCharacters);
        row("BEL", QByteArray("K7M3QX9S\a"), ScanRejection::ControlCharacters);
        row("tab inside", QByteArray("K7M3\tQX9S"), ScanRejection::ControlCharacters);
        row("DEL", QByteArray("K7M3QX9S\x7f"), ScanRejection::ControlCharacters);
        row("C1 control", QByteArray("K7M3QX9S\xc2\x85"), ScanRejection::ControlCharacters);
        row("lone continuation byte", QByteArray("K7M3\x80QX9S"), ScanRejection::InvalidUtf8);
        row("truncated sequence", QByteArray("K7M3QX9S\xc3"), ScanRejection::InvalidUtf8);
        row("overlong slash", QByteArray("\xc0\xaf"), ScanRejection::InvalidUtf8);
        row("overlong NUL", QByteArray("K7M3QX9S\xc0\x80"), ScanRejection::InvalidUtf8);
        row("overlong 3-byte", QByteArray("\xe0\x80\xaf"), ScanRejection::InvalidUtf8);
        row("overlong 4-byte", QByteArray("\xf0\x80\x80\xaf"), ScanRejection::InvalidUtf8);
        row("surrogate D800", QByteArray("\xed\xa0\x80"), ScanRejection::InvalidUtf8);
        row("surrogate DFFF", QByteArray("\xed\xbf\xbf"), ScanRejection::InvalidUtf8);
        row("above U+10FFFF", QByteArray("\xf4\x90\x80\x80"), ScanRejection::InvalidUtf8);
        // One-byte ECI data is read only for its ASCII: a non-ASCII byte in the code is no code,
        // and invalid UTF-8 announced as UTF-8 (or as a multi-byte set) stays invalid.
        row("Latin-1 byte inside the code", QByteArray("\\000003K7M3\xd8QX9S"),
            ScanRejection::NotACode);
        row("invalid UTF-8 under ECI UTF-8", QByteArray("\\000026K7M3QX9S\xf8"),
            ScanRejection::InvalidUtf8);
        row("Shift JIS ECI", QByteArray("\\000020K7M3QX9S\x82\xa0"), ScanRejection::InvalidUtf8);
        row("single-byte ECI, then UTF-16", QByteArray("\\000003\\000025K7M3QX9S\xff"),
            ScanRejection::InvalidUtf8);
        row("F5 lead byte", QByteArray("\xf5\x80\x80\x80"), ScanRejection::InvalidUtf8);
        row("FF byte", QByteArray("K7M3QX9S\xff"), ScanRejection::InvalidUtf8);
        row("Latin-1 not UTF-8", QByteArray("K\xf8ge"), ScanRejection::InvalidUtf8);
        // Headers and invisibles around something that is not a code: refused as before.
        row("ECI alone", QByteArray("\\000026"), ScanRejection::NotACode);
        row("AIM and ECI alone", QByteArray("]Q2\\000026\r\n"), ScanRejection::NotACode);
        row("ECI + bad check", QByteArray("]Q2\\000026K7M3QX9T"), ScanRejection::BadCheck);
        row("ECI + garbage", QByteArray("\\000026hello"), ScanRejection::NotACode);
        row("short ECI designator", QByteArray("\\00026K7M3QX9S"), ScanRejection::NotACode);
        row("lone backslash", QByteArray("K7M3\\QX9S"), ScanRejection::NotACode);
        row("trailing backslash", QByteArray("\\000026K7M3QX9S\\"), ScanRejection::NotACode);
        row("escaped backslash is data", QByteArray("\\\\000026K7M3QX9S"), ScanRejection::NotACode);
        row("ECI + Latin-1 bytes", QByteArray("\\000003K\xf8ge"), ScanRejection::NotACode);
        row("only a BOM", QByteArray("\xef\xbb\xbf"), ScanRejection::Empty);
        row("invisibles and spaces", QByteArray("\xe2\x80\x8b\xc2\xa0\xef\xbb\xbf\r\n"),
            ScanRejection::Empty);
        row("BOM + NUL", QByteArray("\xef\xbb\xbfK7M3\0QX9S", 12),
            ScanRejection::ControlCharacters);
        row("BOM + garbage", QByteArray("\xef\xbb\xbfhello"), ScanRejection::NotACode);
        row("BOM + bad check", QByteArray("\xef\xbb\xbfK7M3QX9T"), ScanRejection::BadCheck);
        row("truncated BOM", QByteArray("\xef\xbbK7M3QX9S"), ScanRejection::InvalidUtf8);
        row("dash for a symbol", QByteArray("K7M3QX9\xe2\x80\x93"), ScanRejection::NotACode);
        row("visible format char", QByteArray("\xd8\x80K7M3QX9S"), ScanRejection::NotACode);
    }

    void rejected()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, rejection);
        const bk::ScanResult r = bk::parseScan(bytes(raw));
        QVERIFY(!r.ok());
        QVERIFY(r.code.empty());
        QCOMPARE(bk::rejectionKey(*r.rejection), bk::rejectionKey(ScanRejection(rejection)));
    }

    void capIsInclusive()
    {
        // Padding to exactly the cap is still looked at; one byte more is not.
        std::string atCap = "K7M3QX9S";
        atCap.resize(bk::kMaxScanBytes, ' ');
        QVERIFY(bk::parseScan(atCap).ok());
        atCap.push_back(' ');
        QCOMPARE(bk::parseScan(atCap).rejection, std::optional(ScanRejection::TooLong));
    }

    void validMultibyteTextIsNotAnEncodingError()
    {
        // Danish letters, a 3-byte euro sign and a 4-byte emoji are valid UTF-8: not ours,
        // but a "not a code" message, not an encoding error.
        for (const char *s : {"Kø ved skranke", "\xe2\x82\xac", "\xf0\x9f\x98\x80"}) {
            QCOMPARE(bk::parseScan(s).rejection, std::optional(ScanRejection::NotACode));
        }
    }

    void capCountsInvisibleBytes()
    {
        // The cap is on the bytes as received: invisibles cannot smuggle in a longer line.
        std::string padded;
        while (padded.size() + 3 <= bk::kMaxScanBytes - 8)
            padded += "\xe2\x80\x8b";
        QVERIFY(bk::parseScan(padded + "K7M3QX9S").ok());
        QCOMPARE(bk::parseScan(padded + "\xe2\x80\x8b" + "K7M3QX9S").rejection,
                 std::optional(ScanRejection::TooLong));
    }

    void rejectionKeysAreStableAndPayloadFree()
    {
        QCOMPARE(bk::rejectionKey(ScanRejection::Empty), std::string_view("empty"));
        QCOMPARE(bk::rejectionKey(ScanRejection::TooLong), std::string_view("too-long"));
        QCOMPARE(bk::rejectionKey(ScanRejection::InvalidUtf8), std::string_view("invalid-utf8"));
        QCOMPARE(bk::rejectionKey(ScanRejection::ControlCharacters),
                 std::string_view("control-characters"));
        QCOMPARE(bk::rejectionKey(ScanRejection::NotACode), std::string_view("not-a-code"));
        QCOMPARE(bk::rejectionKey(ScanRejection::BadCheck), std::string_view("bad-check"));
    }

    void everyGeneratedCodeScansInEveryForm()
    {
        for (int i = 0; i < 200; ++i) {
            const std::string c = bk::bookingcode::generate();
            const std::string g = bk::bookingcode::grouped(c);
            for (const std::string &raw :
                 {c, g + "\r\n", "]Q1" + g, "https://x.dk/b/" + c + "/?x#y", "]Q2\\000026" + g,
                  "\xef\xbb\xbf" + c + "\xe2\x80\x8b"}) {
                const bk::ScanResult r = bk::parseScan(raw);
                QVERIFY(r.ok());
                QCOMPARE(r.code, c);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestScanPayload)
#include "tst_scanpayload.moc"
