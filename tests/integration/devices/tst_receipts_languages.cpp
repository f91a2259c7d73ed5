// Receipts in every UI language through a real private cupsd (rig: cupsrig.h): the app's own
// layouts, translated by the compiled catalogues, printed by CupsReceiptPrinter on a raw
// socket:// queue and captured byte-exact. Read back, text the printer's code page holds
// (Danish, English, German) is text; Arabic, Ukrainian, Polish and Turkish text arrives as
// GS v 0 images, drawn by Qt (shaped, right to left for Arabic). The images are saved as PNGs
// (BK_RECEIPT_DIR) for a person to look at.
#include "cupsrig.h"

#include "domain/uilanguages.h"
#include "drivers/cupsreceiptprinter.h"
#include "drivers/escposreceipt.h"
#include "drivers/receiptrenderer.h"
#include "kiosk/receiptlayouts.h"
#include "protocol/escpos.h"
#include "support/escposreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace bk;
using namespace bk::testing;
using namespace Qt::StringLiterals;

namespace {

/// The leftmost and rightmost printed column of a Format_Mono image (1 = dot).
std::pair<int, int> inkColumns(const QImage &mono)
{
    int left = mono.width();
    int right = -1;
    for (int y = 0; y < mono.height(); ++y)
        for (int x = 0; x < mono.width(); ++x)
            if (mono.pixelIndex(x, y) == 1) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
    return {left, right};
}

/// Every row of `images`, top to bottom, as one Format_Mono picture `width` wide.
QImage stacked(const QList<QImage> &images, int width)
{
    int height = 0;
    for (const QImage &i : images)
        height += i.height();
    QImage out(width, std::max(1, height), QImage::Format_Mono);
    out.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    out.fill(0);
    int y = 0;
    for (const QImage &i : images) {
        const QImage mono = i.convertToFormat(QImage::Format_Mono);
        const bool inverted = mono.colorTable().value(1) != qRgb(0, 0, 0);
        for (int row = 0; row < mono.height(); ++row, ++y)
            for (int x = 0; x < std::min(width, mono.width()); ++x)
                if ((mono.pixelIndex(x, row) == 1) != inverted)
                    out.setPixel(x, y, 1);
    }
    return out;
}

/// A text block the code page cannot hold, drawn as the encoder draws it.
struct DrawnBlock
{
    TextAlign align;
    QImage image; ///< Format_Mono, 1 = a printed dot
};

/// The text blocks of `receipt` its code page cannot hold, in print order.
QList<DrawnBlock> drawnBlocks(const Receipt &receipt, const EscPosSetup &setup)
{
    QList<DrawnBlock> out;
    for (const ReceiptBlock &block : receipt.blocks) {
        const auto *text = std::get_if<receipt::Text>(&block);
        if (!text || escpos::encodeText(text->text, setup.codePage).ok())
            continue;
        Receipt one;
        one.language = receipt.language;
        one.blocks.append(*text);
        out.append({text->style.align, escpos::toMonochrome(renderReceipt(one, setup.widthDots),
                                                            escpos::Dither::Threshold)});
    }
    return out;
}

} // namespace

class TestReceiptsLanguages : public CupsTestBase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startRig();
        QVERIFY(QDir().mkpath(QStringLiteral(BK_RECEIPT_DIR)));
    }
    void cleanup()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
        verifyNoCodeLogged();
    }
    void cleanupTestCase() { verifyLogSeen(); }

    void everyLanguagePrints_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("drawn"); // the code page lacks letters of the language
        for (const QString &code : catalogueLanguages())
            QTest::newRow(qPrintable(code))
                << code << !(code == u"da" || code == u"en" || code == u"de");
    }

    void everyLanguagePrints()
    {
        QFETCH(QString, language);
        QFETCH(bool, drawn);
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(BK_QM_DIR "/borgerkiosk_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));

        CupsPrinterOptions o = options(QStringLiteral("borgerkiosk"));
        CupsReceiptPrinter printer(o);
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        m_capture.finished.clear();

        // The booking confirmation and the queue ticket of the rig, in `language`.
        QList<Slip> printed = slips().first(2);
        for (Slip &slip : printed)
            slip.language = language;
        for (qsizetype i = 0; i < printed.size(); ++i) {
            const Receipt receipt = ReceiptLayouts::layout(printed[i]);
            QCOMPARE(receipt.language, language);
            const QByteArray expected = encodeEscPosReceipt(receipt, o.setup);
            printer.print(receipt, quint64(700 + i));
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), int(i + 1), 15000);
            QCOMPARE(outcomeOf(finished, int(i)), Outcome::Sent);
            QTRY_COMPARE_WITH_TIMEOUT(m_capture.finished.size(), int(i + 1), 5000);
            QVERIFY(m_capture.finished.last() == expected);

            const escpos::PrintJob job = escpos::readEscPos(m_capture.finished.last());
            QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
            QCOMPARE(job.cuts, 1);
            QVERIFY(job.text.startsWith(u"Borgerservice Århus"_s)); // the site name stays text
            // The booking's code, the ticket's queue page: GS ( k in every language.
            QCOMPARE(job.qrPayloads, QList<QByteArray>{i == 0 ? bookingCode().toLatin1()
                                                              : QByteArray(kQueuePageUrl)});
            const QString heading = i == 0 ? ReceiptLayouts::tr("Your booking")
                                           : ReceiptLayouts::tr("You are checked in");
            if (language != u"en")
                QVERIFY2(heading != (i == 0 ? u"Your booking"_s : u"You are checked in"_s),
                         "the catalogue translates the heading");
            const QString name =
                QStringLiteral("%1_%2").arg(language, i == 0 ? u"booking"_s : u"queue"_s);
            // What the paper shows, as the simulated printer draws it, for comparison.
            QVERIFY(renderReceipt(receipt, o.setup.widthDots)
                        .save(QStringLiteral(BK_RECEIPT_DIR "/%1_whole.png").arg(name)));
            for (qsizetype k = 0; k < job.images.size(); ++k)
                QVERIFY(job.images[k].save(
                    QStringLiteral(BK_RECEIPT_DIR "/%1_raster%2.png").arg(name).arg(k)));

            const QList<DrawnBlock> blocks = drawnBlocks(receipt, o.setup);
            if (!drawn) {
                // All in the code page: the heading is printer text, no text image.
                QVERIFY2(job.text.simplified().contains(heading), qPrintable(job.text));
                QVERIFY(blocks.isEmpty());
                QVERIFY(job.images.isEmpty()); // the QR is GS ( k, the barcode GS k
                continue;
            }
            // The heading is printer text only when the code page holds it (Polish "Twoja
            // rezerwacja" does, Ukrainian never), and the images read back are exactly the
            // blocks Qt drew, row for row.
            QCOMPARE(job.text.simplified().contains(heading),
                     escpos::encodeText(heading, o.setup.codePage).ok());
            QVERIFY(!blocks.isEmpty());
            QList<QImage> want;
            for (const DrawnBlock &b : blocks)
                want.append(b.image);
            const QImage got = stacked(job.images, o.setup.widthDots);
            QCOMPARE(got.size(), stacked(want, o.setup.widthDots).size());
            QVERIFY(got == stacked(want, o.setup.widthDots));
            // A block aligned Left starts where the language starts a line: at the right
            // margin in Arabic, at the left one otherwise.
            int startAligned = 0;
            for (const DrawnBlock &b : blocks) {
                if (b.align != TextAlign::Left)
                    continue;
                ++startAligned;
                const auto [left, right] = inkColumns(b.image);
                const QString where = QStringLiteral("ink from %1 to %2").arg(left).arg(right);
                if (isRightToLeft(language))
                    QVERIFY2(right >= o.setup.widthDots - kReceiptMarginDots - 8,
                             qPrintable(where));
                else
                    QVERIFY2(left <= kReceiptMarginDots + 8, qPrintable(where));
            }
            QVERIFY(startAligned > 0);
        }
    }

private:
    std::unique_ptr<QTranslator> m_translator;
};

QTEST_MAIN(TestReceiptsLanguages)
#include "tst_receipts_languages.moc"
