// CupsReceiptPrinter against a private cupsd (rig: cupsrig.h): receipts arrive byte-exact on a
// socket:// queue, borgerkiosk --print-test-page prints the test page, paper-out is reported
// and the failed job is cancelled (it never prints later), paper is confirmed by an IPP printer
// and by the bkescpos backend, and a cupsd without job history does not turn printed receipts
// into failures. Unreachable printers: tst_devices_cups_unreachable.cpp.
#include "cupsrig.h"

#include "domain/bookingcode.h"
#include "drivers/code128.h"
#include "drivers/cupsreceiptprinter.h"
#include "drivers/printertestpage.h"
#include "kiosk/receiptlayouts.h"
#include "kiosk/receiptslipprinter.h"
#include "kiosk/receiptstatus.h"
#include "kiosk/uiformat.h"
#include "support/escposreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using namespace bk::testing;

class TestDevicesCups : public CupsTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { startRig(); }
    void cleanup() { verifyNoCodeLogged(); }
    void cleanupTestCase() { verifyLogSeen(); }

    void layoutsArriveByteExact_data()
    {
        QTest::addColumn<escpos::CodePage>("page");
        QTest::addColumn<int>("widthDots");
        QTest::addColumn<int>("columns");
        QTest::addColumn<bool>("rasterQr");
        QTest::addColumn<int>("pageNumber"); // this printer's ESC t n for `page`
        QTest::newRow("pc865 80mm") << escpos::CodePage::PC865 << kPaper80mmDots << 0 << false << 5;
        QTest::newRow("wpc1252 58mm")
            << escpos::CodePage::WPC1252 << kPaper58mmDots << 0 << false << 16;
        // A clone: 80 mm at 180 dpi (512 dots, 42 columns), no native QR, PC865 as ESC t 18.
        QTest::newRow("clone 512 dots raster qr pc865=18")
            << escpos::CodePage::PC865 << 512 << 42 << true << 18;
    }

    void layoutsArriveByteExact()
    {
        QFETCH(escpos::CodePage, page);
        QFETCH(int, widthDots);
        QFETCH(int, columns);
        QFETCH(bool, rasterQr);
        QFETCH(int, pageNumber);
        CupsPrinterOptions o = options(QStringLiteral("borgerkiosk"));
        o.setup.codePage = page;
        o.setup.widthDots = widthDots;
        o.setup.columns = columns;
        o.setup.qr = rasterQr ? QrMode::Raster : QrMode::Native;
        if (page == escpos::CodePage::PC865)
            o.setup.codePageNumbers.pc865 = quint8(pageNumber);
        else
            o.setup.codePageNumbers.wpc1252 = quint8(pageNumber);
        CupsReceiptPrinter printer(o);
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        // Staff (admin screen, heartbeat) learn that this queue cannot report paper.
        QTRY_VERIFY_WITH_TIMEOUT(printer.status().reason.startsWith(u"paper state unknown"), 5000);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        const QList<Receipt> receipts = layouts();
        m_capture.finished.clear();
        QElapsedTimer clock;
        clock.start();
        for (qsizetype i = 0; i < receipts.size(); ++i) {
            const QByteArray expected = encodeEscPosReceipt(receipts[i], o.setup);
            printer.print(receipts[i], quint64(100 + i));
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), int(i + 1), 15000);
            QCOMPARE(finished.last().at(0).value<quint64>(), quint64(100 + i));
            // A raw socket:// queue cannot know the paper: sent, never "printed".
            QCOMPARE(outcomeOf(finished, int(i)), Outcome::Sent);
            QVERIFY2(finished.last().at(2).toString().contains(u"paper state unknown"),
                     qPrintable(finished.last().at(2).toString()));
            QTRY_COMPARE_WITH_TIMEOUT(m_capture.finished.size(), int(i + 1), 5000);
            QCOMPARE(m_capture.finished.last().size(), expected.size());
            QVERIFY(m_capture.finished.last() == expected);
        }
        qInfo("%lld receipts printed through cupsd in %lld ms", qlonglong(receipts.size()),
              qlonglong(clock.elapsed()));

        // Read back what the printer received, as a person reading the paper would, with the
        // profile's table numbers.
        const auto read = [&](int i) {
            return escpos::readEscPos(m_capture.finished.at(i), std::nullopt,
                                      o.setup.codePageNumbers);
        };
        const int lineColumns = escPosColumns(o.setup);
        const QString code = bookingCode();
        const escpos::PrintJob booking = read(0);
        QVERIFY2(booking.problems.isEmpty(), qPrintable(booking.problems.value(0).what));
        QCOMPARE(booking.inits, 1);
        // ESC @, ESC R 0, ESC t n: the USA set and this printer's number for the page.
        QCOMPARE(m_capture.finished.at(0).left(8),
                 QByteArray("\x1B@\x1BR\x00\x1Bt", 7) + char(pageNumber));
        if (rasterQr) {
            QVERIFY(booking.qrPayloads.isEmpty()); // no GS ( k for a printer without it
            QCOMPARE(booking.qrPrints, 0);
            QCOMPARE(booking.images.size(), 1); // the QR, drawn: Danish text needs none
            QCOMPARE(rasterQrPayloads(booking.images, {code.toLatin1()}),
                     QList<QByteArray>{code.toLatin1()});
        } else {
            QCOMPARE(booking.qrPayloads, QList<QByteArray>{code.toLatin1()}); // the GS ( k store
            QCOMPARE(booking.qrPrints, 1);
            QVERIFY(booking.images.isEmpty()); // Danish and English: all in the code page
        }
        QCOMPARE(booking.code128, QList<QByteArray>{code.toLatin1()}); // the GS k data
        QCOMPARE(booking.code128ModuleDots,
                 QList<int>{code128::moduleDots(code.toLatin1(), widthDots)});
        QVERIFY(booking.code128ModuleDots.constFirst() >= 2);
        QVERIFY(booking.text.startsWith(QStringLiteral("Borgerservice Århus")));
        QVERIFY(booking.lines().contains(ui::groupedCode(code)));
        QVERIFY(booking.text.simplified().contains(QStringLiteral("Pas og kørekort")));
        QVERIFY(booking.text.simplified().contains(QStringLiteral("Billede, højst 6 måneder")));
        for (const QString &line : booking.lines())
            QVERIFY2(line.size() <= lineColumns, qPrintable(line));
        QCOMPARE(booking.cuts, 1);
        const escpos::PrintJob queue = read(1);
        QVERIFY(queue.problems.isEmpty());
        QVERIFY(queue.lines().contains(QStringLiteral("A042")));
        // The queue page's QR code (Danish text needs no image).
        const QByteArray queuePage(kQueuePageUrl);
        if (rasterQr) {
            QCOMPARE(queue.images.size(), 1);
            QCOMPARE(rasterQrPayloads(queue.images, {queuePage}), QList<QByteArray>{queuePage});
        } else {
            QVERIFY(queue.images.isEmpty());
            QCOMPARE(queue.qrPayloads, QList<QByteArray>{queuePage});
        }
        QVERIFY(queue.text.simplified().contains(QStringLiteral("Pas og kørekort")));
        const escpos::PrintJob chance = read(2);
        QVERIFY(chance.problems.isEmpty());
        QVERIFY(!chance.images.isEmpty()); // the Ukrainian service name, drawn
        QVERIFY(!chance.text.contains(QStringLiteral("Паспорт")));
        QVERIFY(chance.lines().contains(QStringLiteral("C007")));
        QVERIFY(chance.text.startsWith(QStringLiteral("Borgerservice Århus")));
        const escpos::PrintJob self = read(3);
        QVERIFY(self.problems.isEmpty());
        QVERIFY(!self.images.isEmpty()); // the Arabic service name, drawn
        for (const QImage &image : self.images)
            QCOMPARE(image.width(), widthDots);
        const QByteArray url("https://www.borger.dk/pas-og-rejse");
        if (rasterQr)
            QCOMPARE(rasterQrPayloads(self.images, {url}), QList<QByteArray>{url});
        else
            QCOMPARE(self.qrPayloads, QList<QByteArray>{url});
        const escpos::PrintJob test = read(4);
        QVERIFY(test.problems.isEmpty());
        QVERIFY(test.text.simplified().contains(QStringLiteral("ÆØÅ æøå")));
        QCOMPARE(test.code128, QList<QByteArray>{"BK-TEST-0123"});
        QCOMPARE(test.cuts, 1);
    }

    void printTestPageCommand()
    {
        // borgerkiosk --print-test-page as a technician runs it over ssh (no display), with a
        // clone's profile: 512 dots, 42 columns, QR as an image, PC865 as ESC t 18.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto writeConfig = [&](const QString &queue) {
            QFile conf(dir.filePath(QStringLiteral("kiosk.conf")));
            QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
            conf.write(QStringLiteral("[site]\nname = Borgerservice Århus\n"
                                      "[store]\npath = data/cache.sqlite\n"
                                      "[devices]\nprinter = cups\n"
                                      "[printer]\nserver = %1\nqueue = %2\ndots = 512\n"
                                      "columns = 42\nqr = raster\npc865_number = 18\n"
                                      "wpc1252_number = 71\n")
                           .arg(m_cupsd.server(), queue)
                           .toUtf8());
        };
        const auto run = [&](QString *out) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            p.setProcessEnvironment(env);
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(BK_PROGRAM),
                    {QStringLiteral("--print-test-page"), QStringLiteral("--config"),
                     dir.filePath(QStringLiteral("kiosk.conf"))});
            // The capture listener lives on this thread: keep its event loop running meanwhile.
            QSignalSpy done(&p, &QProcess::finished);
            if (!done.wait(60000)) {
                p.kill();
                p.waitForFinished(5000);
            }
            *out = QString::fromUtf8(p.readAll());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };

        writeConfig(QStringLiteral("borgerkiosk"));
        m_capture.finished.clear();
        QString out;
        const int rc = run(&out);
        QVERIFY2(rc == 0, qPrintable(QStringLiteral("exit %1: %2").arg(rc).arg(out)));
        for (const char *shown :
             {"dots: 512", "columns: 42", "code page: PC865 (ESC t 18)", "QR: raster (GS v 0)",
              "Code 128: 2 dots/module", "test page sent to the printer"})
            QVERIFY2(out.contains(QLatin1String(shown)), qPrintable(out));
        QTRY_COMPARE_WITH_TIMEOUT(m_capture.finished.size(), 1, 5000);

        const QByteArray bytes = m_capture.finished.first();
        QCOMPARE(bytes.left(8), QByteArray("\x1B@\x1BR\x00\x1Bt\x12", 8));
        const escpos::PrintJob page = escpos::readEscPos(bytes, std::nullopt, {18, 71});
        QVERIFY2(page.problems.isEmpty(), qPrintable(page.problems.value(0).what));
        const QStringList lines = page.lines();
        QVERIFY(lines.contains(QStringLiteral("Borgerservice Århus")));
        QVERIFY(lines.contains(QStringLiteral("æøå ÆØÅ")));
        QVERIFY(lines.contains(QStringLiteral("@ [ ] { } \\ | ~")));
        for (const char *value : {"dots: 512", "columns: 42", "code page: PC865 (ESC t 18)",
                                  "QR: raster (GS v 0)", "Code 128: 2 dots/module (GS w 2)"})
            QVERIFY2(lines.contains(QLatin1String(value)), value);
        // The ruler is exactly one line of 42 columns; no line is longer.
        QVERIFY(lines.contains(QStringLiteral("....+....1....+....2....+....3....+....4..")));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 42, qPrintable(line));
        QVERIFY(page.qrPayloads.isEmpty());
        QCOMPARE(rasterQrPayloads(page.images, {kTestPageQrPayload}),
                 QList<QByteArray>{kTestPageQrPayload});
        QCOMPARE(page.code128, QList<QByteArray>{kTestPageBarcode});
        QCOMPARE(page.code128ModuleDots, QList<int>{2});
        QCOMPARE(page.cuts, 1);

        // A queue CUPS does not have: the outcome is said, and the exit code is not 0.
        writeConfig(QStringLiteral("nosuchqueue"));
        QVERIFY(run(&out) != 0);
        QVERIFY2(out.contains(u"test page not printed"), qPrintable(out));
    }

    void paperOutJobIsCancelledNotPrintedLater()
    {
        // The printer as the app drives it: a flow's ReceiptStatus prints a slip through the
        // ReceiptSlipPrinter, and its state is what the screen shows (code kept on screen).
        m_cupsd.setPaperOk(false);
        CupsReceiptPrinter printer(options(QStringLiteral("paperout")));
        ReceiptSlipPrinter slipPrinter(printer);
        ReceiptStatus receipt(slipPrinter);
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QVERIFY(slipPrinter.ready());
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        QSignalSpy late(&printer, &CupsReceiptPrinter::jobPrintedLate);
        QSignalSpy readiness(&slipPrinter, &SlipPrinter::readyChanged);
        QElapsedTimer clock;
        clock.start();
        const Slip ticket = slips().at(1);
        receipt.print(ticket);
        QCOMPARE(receipt.state(), ReceiptStatus::State::Printing);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        qInfo("paper out reported after %lld ms", qlonglong(clock.elapsed()));
        QCOMPARE(outcomeOf(finished, 0), Outcome::Failed);
        const QString why = finished.at(0).at(2).toString();
        QVERIFY2(why.contains(u"out of paper"), qPrintable(why));
        QVERIFY2(why.contains(u"will not print later"), qPrintable(why));
        QCOMPARE(receipt.state(), ReceiptStatus::State::Failed);
        QCOMPARE(printer.status().state, DeviceState::Error);
        QVERIFY2(printer.status().reason.startsWith(u"out of paper"),
                 qPrintable(printer.status().reason));
        // The stable key the heartbeat and the staff alert carry: CUPS's RFC 8011 keyword.
        QCOMPARE(printer.status().reasonKey, u"media-empty"_qs);
        QVERIFY(!slipPrinter.ready()); // the home screen warns before the next citizen
        QVERIFY(readiness.count() >= 1);
        // The citizen was told no receipt comes: CUPS no longer holds the job.
        QTRY_VERIFY_WITH_TIMEOUT(m_cupsd.jobsOn(QStringLiteral("paperout")).isEmpty(), 5000);

        // While out of paper a new receipt is refused at once, not queued for later.
        receipt.print(ticket);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 2000);
        QCOMPARE(outcomeOf(finished, 1), Outcome::Failed);
        QCOMPARE(receipt.state(), ReceiptStatus::State::Failed);
        QVERIFY(m_cupsd.jobsOn(QStringLiteral("paperout")).isEmpty());

        // Staff put paper in and resume the queue: nothing old comes out into the next
        // citizen's hands; the next receipt is the only one printed. (CUPS keeps the
        // backend's last "media-empty" on the idle queue until a job runs: the next receipt
        // is tried, and clears it.)
        m_cupsd.setPaperOk(true);
        QString error;
        QVERIFY2(m_cupsd.enable(QStringLiteral("paperout"), &error), qPrintable(error));
        QTest::qWait(2500); // a held job would start now; and the driver sees the idle queue
        QVERIFY(m_cupsd.printed().isEmpty());
        receipt.print(ticket);
        const Receipt next = *slipPrinter.lastReceipt();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 15000);
        QCOMPARE(outcomeOf(finished, 2), Outcome::Sent); // bktest cannot report paper
        QCOMPARE(receipt.state(), ReceiptStatus::State::Sent);
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QVERIFY(slipPrinter.ready());
        const QStringList printed = m_cupsd.printed();
        QCOMPARE(printed.size(), 1);
        QFile job(m_cupsd.printedDir() + u'/' + printed.first());
        QVERIFY(job.open(QIODevice::ReadOnly));
        QVERIFY(job.readAll() == encodeEscPosReceipt(next));
        QCOMPARE(late.count(), 0);
        QCOMPARE(finished.count(), 3); // exactly once per print()
    }

    void ippPrinterConfirmsPaper()
    {
        // An IPP printer reports its paper and CUPS's ipp backend follows the job there: a
        // completed job is printed, and paper out at the printer fails the job (cancelled).
        QString error;
        m_cupsd.setFlag(QStringLiteral("ipp-paper-ok"), true);
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("ippprinter"),
                                     QStringLiteral("ipp://127.0.0.1:%1/ipp/print").arg(freePort()),
                                     &error),
                 qPrintable(error));
        CupsReceiptPrinter printer(options(QStringLiteral("ippprinter")));
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QCOMPARE(printer.status().reason, QString()); // paper state known
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        printer.print(layouts().at(1), 51);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(outcomeOf(finished, 0), Outcome::Printed);

        m_cupsd.setFlag(QStringLiteral("ipp-paper-ok"), false);
        const QStringList before = m_cupsd.printed();
        printer.print(layouts().at(1), 52);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(outcomeOf(finished, 1), Outcome::Failed);
        QVERIFY2(finished.at(1).at(2).toString().contains(u"out of paper"),
                 qPrintable(finished.at(1).at(2).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_cupsd.jobsOn(QStringLiteral("ippprinter")).isEmpty(), 5000);
        m_cupsd.setFlag(QStringLiteral("ipp-paper-ok"), true);
        QTest::qWait(2000);
        QCOMPARE(m_cupsd.printed(), before);
    }

    void jobHistoryOffIsNotAFailure()
    {
        // With PreserveJobHistory No cupsd forgets a job the moment it ends: "not found" is
        // not a failure. The job-completed event says how it ended: completed on an IPP
        // printer is printed, on a raw socket:// queue sent.
        PrivateCupsd noHistory;
        QString error;
        QVERIFY2(noHistory.start(&error, "PreserveJobHistory No\n"), qPrintable(error));
        noHistory.setFlag(QStringLiteral("ipp-paper-ok"), true);
        QVERIFY2(noHistory.addRawQueue(
                     QStringLiteral("ipp"),
                     QStringLiteral("ipp://127.0.0.1:%1/ipp/print").arg(freePort()), &error),
                 qPrintable(error));
        QVERIFY2(noHistory.addRawQueue(
                     QStringLiteral("socket"),
                     QStringLiteral("socket://127.0.0.1:%1").arg(m_capture.serverPort()), &error),
                 qPrintable(error));
        for (const auto &[queue, expected] : {std::pair{QStringLiteral("ipp"), Outcome::Printed},
                                              std::pair{QStringLiteral("socket"), Outcome::Sent}}) {
            CupsPrinterOptions o;
            o.server = noHistory.server();
            o.queue = queue;
            CupsReceiptPrinter printer(o);
            QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
            QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
            printer.print(layouts().at(1), 61);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
            QVERIFY2(outcomeOf(finished, 0) == expected,
                     qPrintable(queue + QStringLiteral(": ") + finished.at(0).at(2).toString()));
        }
    }

    void escposBackendConfirmsPaper_data()
    {
        QTest::addColumn<EscPosPrinterServer::Paper>("paper");
        QTest::addColumn<Outcome>("expected");
        QTest::addColumn<bool>("receiptSent");
        QTest::newRow("paper there") << EscPosPrinterServer::Paper::Ok << Outcome::Printed << true;
        QTest::newRow("paper end before")
            << EscPosPrinterServer::Paper::End << Outcome::Failed << false;
        QTest::newRow("paper ran out while printing")
            << EscPosPrinterServer::Paper::RunsOut << Outcome::Failed << true;
        QTest::newRow("no back channel")
            << EscPosPrinterServer::Paper::Silent << Outcome::Sent << true;
    }

    void escposBackendConfirmsPaper()
    {
        // Our bkescpos backend asks the ESC/POS printer for its paper (DLE EOT 4 before, GS r 1
        // after): a receipt counts as printed only when the printer said its paper was there.
        QFETCH(EscPosPrinterServer::Paper, paper);
        QFETCH(Outcome, expected);
        QFETCH(bool, receiptSent);
        EscPosPrinterServer escpos;
        escpos.paper = paper;
        QVERIFY(escpos.start());
        QString error;
        QVERIFY2(m_cupsd.installBackend(QStringLiteral(BK_ESCPOS_BACKEND), &error),
                 qPrintable(error));
        const QString queue = QStringLiteral("escpos%1").arg(int(paper));
        QVERIFY2(m_cupsd.addRawQueue(
                     queue,
                     QStringLiteral("bkescpos://127.0.0.1:%1/?wait=1").arg(escpos.serverPort()),
                     &error),
                 qPrintable(error));
        CupsReceiptPrinter printer(options(queue));
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QCOMPARE(printer.status().reason, QString()); // this queue can learn the paper state
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        const Receipt receipt = layouts().at(1);
        printer.print(receipt, 71);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY2(outcomeOf(finished, 0) == expected, qPrintable(finished.at(0).at(2).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(escpos.finished.size(), 1, 5000);
        const QByteArray query("\x10\x04\x04", 3);
        const QByteArray sensor("\x1d\x72\x01", 3);
        const QByteArray bytes = escpos.finished.first();
        if (receiptSent)
            QVERIFY(bytes == query + encodeEscPosReceipt(receipt) + sensor);
        else
            QVERIFY(bytes == query); // paper end: not one byte of the receipt
        if (expected == Outcome::Failed) {
            QVERIFY2(finished.at(0).at(2).toString().contains(u"out of paper"),
                     qPrintable(finished.at(0).at(2).toString()));
            QCOMPARE(printer.status().state, DeviceState::Error);
            QTRY_VERIFY_WITH_TIMEOUT(m_cupsd.jobsOn(queue).isEmpty(), 5000);
        }
        if (!receiptSent) {
            // Staff put in a new roll: the next receipt prints, with no cupsenable by hand.
            escpos.paper = EscPosPrinterServer::Paper::Ok;
            printer.print(receipt, 72);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
            QVERIFY2(outcomeOf(finished, 1) == Outcome::Printed,
                     qPrintable(finished.at(1).at(2).toString()));
            QTRY_COMPARE_WITH_TIMEOUT(escpos.finished.size(), 2, 5000);
            QVERIFY(escpos.finished.at(1) == query + encodeEscPosReceipt(receipt) + sensor);
            QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        }
    }

    void missingQueueIsNamed()
    {
        CupsReceiptPrinter printer(options(QStringLiteral("nosuchqueue")));
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Error, 5000);
        QVERIFY(printer.status().reason.contains(u"\"nosuchqueue\""));
        QCOMPARE(printer.status().reasonKey, u"queue-missing"_qs);
    }
};

QTEST_MAIN(TestDevicesCups)
#include "tst_devices_cups.moc"
