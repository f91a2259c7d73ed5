#include "drivers/qrsymbol.h"
#include "drivers/receiptrenderer.h"

#include <QTest>

using namespace bk;

namespace {

// ISO/IEC 18004 finder pattern: 7x7 dark ring, light ring, 3x3 dark core.
bool finderDark(int x, int y)
{
    const int ring = std::max(std::abs(x - 3), std::abs(y - 3));
    return ring != 2;
}

bool isDark(QRgb c)
{
    return qGray(c) < 128;
}

} // namespace

class TestQrSymbol : public QObject
{
    Q_OBJECT

private slots:
    void versions()
    {
        // Byte-mode capacity at level M: version 1 holds 14 bytes, version 2 holds 26.
        auto s = encodeQr(QByteArray(14, 'a'));
        QVERIFY(s);
        QCOMPARE(s->version, 1);
        QCOMPARE(s->size, 21);
        s = encodeQr(QByteArray(15, 'a'));
        QCOMPARE(s->version, 2);
        s = encodeQr("https://www.borger.dk");
        QCOMPARE(s->version, 2);
        QCOMPARE(s->size, 25);
        QCOMPARE(s->modules.size(), 25 * 25);
        QVERIFY(!encodeQr(""));
        QVERIFY(!encodeQr(QByteArray(5000, 'x'))); // over version 40's capacity
    }

    void finderPatternsInMatrix()
    {
        const auto s = encodeQr("K7M3QX9S");
        QVERIFY(s);
        const int n = s->size;
        for (int y = 0; y < 7; ++y)
            for (int x = 0; x < 7; ++x) {
                QCOMPARE(s->dark(x, y), finderDark(x, y));
                QCOMPARE(s->dark(n - 7 + x, y), finderDark(x, y));
                QCOMPARE(s->dark(x, n - 7 + y), finderDark(x, y));
            }
    }

    void moduleSize()
    {
        QCOMPARE(qrModuleDots(25, 576), 10); // capped: bigger only wastes paper
        QCOMPARE(qrModuleDots(25, 384), 10);
        QCOMPARE(qrModuleDots(49, 384), 6); // version 8: 57 * 6 = 342 dots
        QCOMPARE(qrModuleDots(57, 384), 0); // version 10: 65 * 6 > 384
        QCOMPARE(qrModuleDots(89, 576), 0); // 97 * 6 > 576: does not fit
    }

    void renderedGridMatchesSymbol_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("80 mm") << kPaper80mmDots;
        QTest::newRow("58 mm") << kPaper58mmDots;
    }

    void renderedGridMatchesSymbol()
    {
        QFETCH(int, width);
        const QByteArray payload = "https://kiosk.example/b/K7M3QX9S";
        const auto s = encodeQr(payload);
        QVERIFY(s);
        Receipt r;
        r.qr(payload);
        const QImage img = renderReceipt(r, width);
        QCOMPARE(img.width(), width);

        // The dark bounding box is the symbol (finder patterns sit in three corners).
        int left = img.width(), top = img.height(), right = -1, bottom = -1;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                if (isDark(img.pixel(x, y))) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
        const int module = qrModuleDots(s->size, width);
        QVERIFY(module >= kQrMinModuleDots);
        QCOMPARE(right - left + 1, s->size * module);
        QCOMPARE(bottom - top + 1, s->size * module);
        // Quiet zone: at least 4 modules of white on every side.
        QVERIFY(left >= kQrQuietZone * module);
        QVERIFY(top >= kQrQuietZone * module);
        QVERIFY(img.width() - 1 - right >= kQrQuietZone * module);
        QVERIFY(img.height() - 1 - bottom >= kQrQuietZone * module);
        // Every module, sampled at its centre, has the symbol's colour.
        for (int my = 0; my < s->size; ++my)
            for (int mx = 0; mx < s->size; ++mx) {
                const QRgb c =
                    img.pixel(left + mx * module + module / 2, top + my * module + module / 2);
                if (isDark(c) != s->dark(mx, my))
                    QFAIL(qPrintable(QStringLiteral("module %1,%2 differs").arg(mx).arg(my)));
            }
    }
};

QTEST_MAIN(TestQrSymbol)
#include "tst_qrsymbol.moc"
