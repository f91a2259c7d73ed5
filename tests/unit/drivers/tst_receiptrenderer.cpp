#include "drivers/receiptrenderer.h"

#include <QFontInfo>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QTest>

using namespace bk;
using namespace Qt::StringLiterals;

namespace {

int darkPixels(const QImage &img, QRect area = {})
{
    if (area.isNull())
        area = img.rect();
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += qGray(img.pixel(x, y)) < 128;
    return n;
}

} // namespace

class TestReceiptRenderer : public QObject
{
    Q_OBJECT

private slots:
    void widths_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("80 mm") << kPaper80mmDots;
        QTest::newRow("58 mm") << kPaper58mmDots;
    }

    void widths()
    {
        QFETCH(int, width);
        const QImage img = renderReceipt(testPage(QStringLiteral("Borgerservice Århus")), width);
        QCOMPARE(img.width(), width);
        QVERIFY(img.height() > 600);
        QVERIFY(darkPixels(img) > 5000);
        // Nothing is drawn into the side margins except the cut line.
        const QImage plain =
            renderReceipt(Receipt().text(QString(200, u'W')).qr("x").code128("ABC"), width);
        QCOMPARE(darkPixels(plain, QRect(0, 0, kReceiptMarginDots - 1, plain.height())), 0);
        QCOMPARE(darkPixels(plain, QRect(width - kReceiptMarginDots + 1, 0, kReceiptMarginDots - 1,
                                         plain.height())),
                 0);
    }

    void danishLettersHaveGlyphs()
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        QCOMPARE(QFontInfo(f).family(), QStringLiteral("DejaVu Sans"));
        const QFontMetrics fm(f);
        for (QChar c : QStringLiteral("æøåÆØÅ"))
            QVERIFY(fm.inFont(c));
        // Ø and O draw differently (the stroke), so the letter is really there.
        const QImage o = renderReceipt(Receipt().text(QStringLiteral("O")));
        const QImage oe = renderReceipt(Receipt().text(QStringLiteral("Ø")));
        QVERIFY(darkPixels(oe) > darkPixels(o));
    }

    void sizesGrow()
    {
        const int normal = renderReceipt(Receipt().text(QStringLiteral("A042"))).height();
        const int dbl =
            renderReceipt(Receipt().text(QStringLiteral("A042"), {.size = TextSize::Double}))
                .height();
        const int large =
            renderReceipt(Receipt().text(QStringLiteral("A042"), {.size = TextSize::Large}))
                .height();
        QVERIFY(normal < dbl);
        QVERIFY(dbl < large);
    }

    void longTextWraps()
    {
        const int one = renderReceipt(Receipt().text(QStringLiteral("kort"))).height();
        const int many = renderReceipt(Receipt().text(QString(300, u'x'))).height();
        QVERIFY(many > one + 3 * kNormalTextDots);
    }

    void alignment()
    {
        auto firstDarkColumn = [](const QImage &img) {
            for (int x = 0; x < img.width(); ++x)
                for (int y = 0; y < img.height(); ++y)
                    if (qGray(img.pixel(x, y)) < 128)
                        return x;
            return -1;
        };
        const int left = firstDarkColumn(renderReceipt(Receipt().text(QStringLiteral("A042"))));
        const int center = firstDarkColumn(
            renderReceipt(Receipt().text(QStringLiteral("A042"), {.align = TextAlign::Center})));
        const int right = firstDarkColumn(
            renderReceipt(Receipt().text(QStringLiteral("A042"), {.align = TextAlign::Right})));
        QVERIFY(left < kReceiptMarginDots + 10);
        QVERIFY(left < center);
        QVERIFY(center < right);
    }

    void unprintableBlocksBecomeNotices()
    {
        // Neither crashes nor silently disappears: a notice is drawn instead, and logged.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"QR code of 2000 bytes"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Code 128 payload"_s));
        const QImage big = renderReceipt(Receipt().qr(QByteArray(2000, 'x')), kPaper58mmDots);
        QVERIFY(darkPixels(big) > 0);
        const QImage bad = renderReceipt(Receipt().code128("\xC3\xB8"));
        QVERIFY(darkPixels(bad) > 0);
        QVERIFY(renderReceipt(Receipt()).height() > 0);
    }
};

QTEST_MAIN(TestReceiptRenderer)
#include "tst_receiptrenderer.moc"
