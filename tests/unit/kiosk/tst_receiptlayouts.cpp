// A ticket's "your place in the queue" QR code: the slip laid out by the app's ReceiptLayouts,
// encoded as ESC/POS and read back from the bytes, for printers with native QR (GS ( k: the
// stored data) and without (GS v 0: the image's modules against libqrencode's symbol).

#include "drivers/escposreceipt.h"
#include "drivers/qrsymbol.h"
#include "kiosk/receiptlayouts.h"
#include "support/escposreader.h"

#include "domain/queuetoken.h"

#include <QTest>

using namespace bk;

namespace {

const QString kLine = QStringLiteral("Follow your place in the queue on your phone");

Slip ticketSlip(Slip::Kind kind, const QString &queuePageUrl)
{
    Slip slip;
    slip.kind = kind;
    slip.language = QStringLiteral("en");
    slip.siteName = QStringLiteral("Borgerservice Demo");
    slip.serviceName = QStringLiteral("Passport");
    slip.ticket = QStringLiteral("K007");
    slip.start = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    slip.issuedAt = slip.start;
    slip.queuePageUrl = queuePageUrl;
    return slip;
}

} // namespace

class TestReceiptLayouts : public QObject
{
    Q_OBJECT

private slots:
    void ticketCarriesItsQueuePage_data()
    {
        QTest::addColumn<Slip::Kind>("kind");
        QTest::addColumn<QrMode>("mode");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QByteArray>("encodedBase"); // what the phone's camera gets
        const QString ascii = QStringLiteral("https://koe.example.dk:8443");
        const QString danish = QStringLiteral("https://kø.example.dk");
        for (const auto &[name, kind] : {std::pair("check-in", Slip::Kind::QueueTicket),
                                         std::pair("chance", Slip::Kind::ChanceTicket)}) {
            QTest::addRow("%s native", name) << kind << QrMode::Native << ascii << ascii.toLatin1();
            QTest::addRow("%s raster", name) << kind << QrMode::Raster << ascii << ascii.toLatin1();
            QTest::addRow("%s native, host not ASCII", name)
                << kind << QrMode::Native << danish
                << QByteArrayLiteral("https://xn--k-5ga.example.dk");
        }
    }

    void ticketCarriesItsQueuePage()
    {
        QFETCH(Slip::Kind, kind);
        QFETCH(QrMode, mode);
        QFETCH(QString, base);
        QFETCH(QByteArray, encodedBase);
        const QString token = queuetoken::make();
        const Receipt receipt =
            ReceiptLayouts::layout(ticketSlip(kind, queuetoken::pageUrl(base, token)));
        const QByteArray url = encodedBase + "/q/" + token.toLatin1();

        const escpos::PrintJob job = escpos::readEscPos(encodeEscPosReceipt(receipt, {.qr = mode}));
        QVERIFY2(job.problems.isEmpty(), qPrintable(job.problems.value(0).what));
        QVERIFY2(job.text.simplified().contains(kLine), qPrintable(job.text));
        if (mode == QrMode::Native) {
            QCOMPARE(job.qrPayloads, QList<QByteArray>{url});
            QCOMPARE(job.qrPrints, 1);
        } else {
            // English text is all in the code page: the one image is the QR code.
            QVERIFY(job.qrPayloads.isEmpty());
            QCOMPARE(job.images.size(), 1);
            const auto sampled = escpos::sampleQr(job.images.at(0));
            QVERIFY(sampled);
            QCOMPARE(sampled->modules, encodeQr(url)->modules);
        }
        // The voice says the line, not the address.
        const QString spoken = ReceiptLayouts::spokenText(receipt);
        QVERIFY(spoken.contains(kLine));
        QVERIFY(!spoken.contains(token));
    }

    void noAddressNoQueuePage()
    {
        for (Slip::Kind kind : {Slip::Kind::QueueTicket, Slip::Kind::ChanceTicket}) {
            const Receipt receipt = ReceiptLayouts::layout(ticketSlip(kind, QString()));
            const escpos::PrintJob job = escpos::readEscPos(encodeEscPosReceipt(receipt));
            QVERIFY(job.qrPayloads.isEmpty());
            QVERIFY(job.images.isEmpty());
            QVERIFY(!job.text.simplified().contains(kLine));
            QVERIFY(job.text.contains(QStringLiteral("K007")));
        }
    }
};

QTEST_GUILESS_MAIN(TestReceiptLayouts)
#include "tst_receiptlayouts.moc"
