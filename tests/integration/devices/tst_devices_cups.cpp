// CupsReceiptPrinter against a private cupsd: receipts arrive byte-exact on a socket:// queue,
// paper-out is reported and the failed job is cancelled (it never prints later), a dead printer
// is reported unreachable within a bound and nothing is queued for it, the usb and ipp
// backends' real behaviour (slow finish, unplugged, paper at an IPP printer) is told apart, and
// a cupsd without job history does not turn printed receipts into failures.
#include "devicefixtures.h"
#include "domain/bookingcode.h"
#include "drivers/code128.h"
#include "drivers/cupsreceiptprinter.h"
#include "drivers/printertestpage.h"
#include "drivers/qrsymbol.h"
#include "kiosk/receiptlayouts.h"
#include "kiosk/receiptslipprinter.h"
#include "kiosk/receiptstatus.h"
#include "kiosk/uiformat.h"
#include "protocol/escposreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bk;
using namespace bk::testing;

namespace {

using Outcome = ReceiptPrinter::Outcome;

Outcome outcomeOf(const QSignalSpy &finished, int i)
{
    return finished.at(i).at(1).value<Outcome>();
}

/// A valid booking code, the same on every run.
QString bookingCode()
{
    std::uint32_t state = 20260203;
    return QString::fromStdString(bookingcode::generate([&state] {
        state = state * 1664525u + 1013904223u;
        return state;
    }));
}

/// The app's four slips: booking confirmation, queue ticket, chance-queue ticket, self-service
/// pointer. Danish site and service names; the chance ticket and the self-service pointer carry
/// a Ukrainian and an Arabic service name, which no code page holds (the raster path).
QList<Slip> slips()
{
    const QDateTime start(QDate(2026, 2, 3), QTime(8, 30), Qt::UTC);
    const QDateTime issued(QDate(2026, 2, 3), QTime(8, 10), Qt::UTC);
    Slip base;
    base.siteName = QStringLiteral("Borgerservice Århus");
    base.language = QStringLiteral("da");
    base.issuedAt = issued;

    Slip booking = base;
    booking.kind = Slip::Kind::Booking;
    booking.serviceName = QStringLiteral("Pas og kørekort");
    booking.code = bookingCode();
    booking.start = start;
    booking.bring = {QStringLiteral("Gammelt pas"), QStringLiteral("Billede, højst 6 måneder")};

    Slip queue = base;
    queue.kind = Slip::Kind::QueueTicket;
    queue.serviceName = QStringLiteral("Pas og kørekort");
    queue.ticket = QStringLiteral("A042");
    queue.start = start;

    Slip chance = base;
    chance.kind = Slip::Kind::ChanceTicket;
    chance.language = QStringLiteral("uk");
    chance.serviceName = QStringLiteral("Паспорт і посвідчення водія");
    chance.ticket = QStringLiteral("C007");
    chance.expectedAt = start.addSecs(45 * 60);

    Slip self = base;
    self.kind = Slip::Kind::SelfService;
    self.language = QStringLiteral("ar");
    self.serviceName = QStringLiteral("جواز السفر");
    self.url = QStringLiteral("https://www.borger.dk/pas-og-rejse");

    return {booking, queue, chance, self};
}

/// Every receipt layout: the slips laid out by the app's own ReceiptLayouts (no translator
/// installed: the source texts), then the technicians' test page.
QList<Receipt> layouts()
{
    QList<Receipt> out;
    for (const Slip &slip : slips())
        out.append(ReceiptLayouts::layout(slip));
    out.append(
        testPage(QStringLiteral("Borgerservice Århus"), QDateTime(QDate(2026, 2, 3), QTime(9, 0))));
    return out;
}

/// The payloads of the QR codes printed as images: each image whose sampled module grid is
/// libqrencode's symbol for one of `candidates` (a raster QR is drawn, not stored as data).
QList<QByteArray> rasterQrPayloads(const QList<QImage> &images, const QList<QByteArray> &candidates)
{
    QList<QByteArray> out;
    for (const QImage &image : images) {
        const auto sampled = escpos::sampleQr(image);
        if (!sampled)
            continue;
        for (const QByteArray &payload : candidates) {
            const auto symbol = encodeQr(payload);
            if (symbol && symbol->size == sampled->size && symbol->modules == sampled->modules)
                out.append(payload);
        }
    }
    return out;
}

} // namespace

class TestDevicesCups : public QObject
{
    Q_OBJECT

    PrivateCupsd m_cupsd;
    CaptureServer m_capture;
    quint16 m_deadPort = 0;
    std::unique_ptr<LogCapture> m_log; // made after QtTest installed its own handler

    CupsPrinterOptions options(const QString &queue) const
    {
        CupsPrinterOptions o;
        o.server = m_cupsd.server();
        o.queue = queue;
        return o;
    }

    /// Prints one receipt on `queue` (a raw queue: it ends Sent, never Failed), checking that
    /// the printer stays Connected all the while; `elapsedMs` is how long the job took.
    void printStayingConnected(const QString &queue, quint64 jobId, qint64 *elapsedMs)
    {
        CupsReceiptPrinter printer(options(queue));
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QList<DeviceStatus> seen;
        connect(&printer, &ReceiptPrinter::statusChanged, this,
                [&seen, &printer] { seen.append(printer.status()); });
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        QElapsedTimer clock;
        clock.start();
        printer.print(layouts().at(1), jobId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        *elapsedMs = clock.elapsed();
        qInfo("job on %s finished after %lld ms", qPrintable(queue), qlonglong(*elapsedMs));
        QCOMPARE(outcomeOf(finished, 0), Outcome::Sent);
        for (const DeviceStatus &s : seen)
            QVERIFY2(s.state == DeviceState::Connected, qPrintable(s.reason));
    }

private slots:
    void initTestCase()
    {
        m_log = std::make_unique<LogCapture>();
        QString error;
        QVERIFY2(m_cupsd.start(&error), qPrintable(error));
        QVERIFY(m_capture.start());
        QVERIFY2(m_cupsd.addRawQueue(
                     QStringLiteral("borgerkiosk"),
                     QStringLiteral("socket://127.0.0.1:%1").arg(m_capture.serverPort()), &error),
                 qPrintable(error));
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("paperout"), QStringLiteral("bktest:/paper"),
                                     &error),
                 qPrintable(error));
        m_deadPort = freePort(); // nobody listens there
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("deadprinter"),
                                     QStringLiteral("socket://127.0.0.1:%1").arg(m_deadPort),
                                     &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        // What the driver logs names jobs by number: the booking code never appears.
        const QString code = bookingCode();
        const QString leaked = m_log->firstContaining({code, ui::groupedCode(code)});
        QVERIFY2(leaked.isEmpty(),
                 qPrintable(QStringLiteral("booking code in a log line: ") + leaked));
    }

    void cleanupTestCase()
    {
        // The check above saw the drivers' own lines (it is not looking at nothing).
        QVERIFY(m_log->messages().size() >= 3);
        m_log.reset();
    }

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
        QVERIFY(queue.images.isEmpty());
        QVERIFY(queue.lines().contains(QStringLiteral("A042")));
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

    void unreachablePrinterIsReported()
    {
        // Bound: CUPS's socket backend keeps retrying a refused connection, the job processing
        // with a warning as printer-state-message; the driver calls the printer unreachable
        // after unreachableGraceMs (5 s) plus one job poll (0.3 s). The test allows 10 s.
        CupsReceiptPrinter printer(options(QStringLiteral("deadprinter")));
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        QElapsedTimer clock;
        clock.start();
        printer.print(layouts().at(1), 9);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        qInfo("unreachable printer reported after %lld ms", qlonglong(clock.elapsed()));
        QCOMPARE(outcomeOf(finished, 0), Outcome::Failed);
        const QString why = finished.at(0).at(2).toString();
        QVERIFY2(why.contains(u"unreachable"), qPrintable(why));
        QCOMPARE(printer.status().state, DeviceState::Reconnecting);
        QVERIFY(clock.elapsed() < 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_cupsd.jobsOn(QStringLiteral("deadprinter")).isEmpty(), 5000);
    }

    void busyPrinterIsNotUnreachable()
    {
        // A network printer keeps the connection open while it prints; the socket backend
        // waits for it with the job processing and "Waiting for printer to finish." as the
        // printer's message. Longer than the unreachable grace, it is still a working printer.
        HoldingServer busy(7000);
        QVERIFY(busy.start());
        QString error;
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("busyprinter"),
                                     QStringLiteral("socket://127.0.0.1:%1").arg(busy.serverPort()),
                                     &error),
                 qPrintable(error));
        qint64 elapsed = 0;
        printStayingConnected(QStringLiteral("busyprinter"), 11, &elapsed);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(elapsed >= 6500); // the printer really held the job past the grace
        QCOMPARE(busy.received.load(), 1);
    }

    void usbPrinterFinishingSlowlyIsNotUnreachable()
    {
        // CUPS's usb backend says "Sending data to printer." and keeps the job processing for
        // ~8 s after the last byte (the back channel wait), with no
        // cups-waiting-for-job-completed. That is a working printer: the receipt is out.
        QString error;
        m_cupsd.setFlag(QStringLiteral("usb-slow"), true);
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("usbslow"),
                                     QStringLiteral("usb://BK/Receipt?serial=slow"), &error),
                 qPrintable(error));
        qint64 elapsed = 0;
        printStayingConnected(QStringLiteral("usbslow"), 21, &elapsed);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(elapsed >= 7000); // the backend really kept it processing past the grace
    }

    void unpluggedUsbPrinterIsUnreachableAndNothingPrintsLater()
    {
        // The same backend with no printer on the bus: "Waiting for printer to become
        // available." every 5 s. Told apart from the slow finish by what the backend says.
        QString error;
        m_cupsd.setFlag(QStringLiteral("usb-gone"), false);
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("usbgone"),
                                     QStringLiteral("usb://BK/Receipt?serial=gone"), &error),
                 qPrintable(error));
        CupsPrinterOptions o = options(QStringLiteral("usbgone"));
        CupsReceiptPrinter printer(o);
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        QElapsedTimer clock;
        clock.start();
        printer.print(layouts().at(1), 22);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        qInfo("unplugged usb printer reported after %lld ms", qlonglong(clock.elapsed()));
        QCOMPARE(outcomeOf(finished, 0), Outcome::Failed);
        QVERIFY2(finished.at(0).at(2).toString().contains(u"unreachable"),
                 qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(printer.status().state, DeviceState::Reconnecting);
        QTRY_VERIFY_WITH_TIMEOUT(m_cupsd.jobsOn(QStringLiteral("usbgone")).isEmpty(), 5000);
        // Plugged in again: the cancelled receipt does not come out.
        const QStringList before = m_cupsd.printed();
        m_cupsd.setFlag(QStringLiteral("usb-gone"), true);
        QTest::qWait(6000); // longer than the backend's 5 s retry
        QCOMPARE(m_cupsd.printed(), before);
    }

    void unreachablePrinterQueuesNothingAndNeverPrintsTwice()
    {
        // Printer unreachable: the first receipt fails after the grace and is cancelled; the
        // next ones (a reprint, the next citizen) are failed at once without being queued; when
        // the printer is back, only a receipt asked for then comes out, once.
        const quint16 port = freePort();
        QString error;
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("comesback"),
                                     QStringLiteral("socket://127.0.0.1:%1").arg(port), &error),
                 qPrintable(error));
        CupsPrinterOptions o = options(QStringLiteral("comesback"));
        o.unreachableHoldMs = 4000;
        CupsReceiptPrinter printer(o);
        ReceiptSlipPrinter slipPrinter(printer);
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        const LogCapture &log = *m_log;
        const qsizetype logBefore = log.messages().size();
        printer.print(layouts().at(1), 31);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(outcomeOf(finished, 0), Outcome::Failed);
        QTRY_VERIFY_WITH_TIMEOUT(m_cupsd.jobsOn(QStringLiteral("comesback")).isEmpty(), 5000);
        // Known unreachable: the reprint fails at once and CUPS gets no job.
        QCOMPARE(printer.status().state, DeviceState::Reconnecting);
        QVERIFY(!slipPrinter.ready());
        QElapsedTimer clock;
        clock.start();
        printer.print(layouts().at(1), 32);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 2000);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(outcomeOf(finished, 1), Outcome::Failed);
        QVERIFY(m_cupsd.jobsOn(QStringLiteral("comesback")).isEmpty());
        // Staff are told: a warning names the job as not queued.
        const QStringList lines = log.messages().mid(logBefore);
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [](const QString &l) { return l.contains(u"not queued"); }),
                 qPrintable(lines.join(u'\n')));

        // The printer comes back on its port.
        CaptureServer back;
        QVERIFY(back.start(port));
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 10000);
        const Receipt third = layouts().at(0);
        printer.print(third, 33);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 15000);
        QCOMPARE(outcomeOf(finished, 2), Outcome::Sent);
        QTest::qWait(3000); // anything still queued would arrive now
        QCOMPARE(back.finished.size(), 1);
        QVERIFY(back.finished.first() == encodeEscPosReceipt(third));
    }

    void printedBeforeTheCancelLandedIsToldToStaff()
    {
        // The job times out (reported failed, code on screen) but CUPS refuses the cancel (a
        // policy the kiosk user does not pass) and prints it: staff must learn of the stray
        // receipt.
        QString error;
        m_cupsd.setFlag(QStringLiteral("usb-nocancel"), true);
        QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("nocancel"),
                                     QStringLiteral("usb://BK/Receipt?serial=nocancel"), &error,
                                     {QStringLiteral("printer-op-policy=nocancel")}),
                 qPrintable(error));
        CupsPrinterOptions o = options(QStringLiteral("nocancel"));
        o.jobTimeoutMs = 2000;
        CupsReceiptPrinter printer(o);
        QTRY_COMPARE_WITH_TIMEOUT(printer.status().state, DeviceState::Connected, 5000);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        QSignalSpy late(&printer, &CupsReceiptPrinter::jobPrintedLate);
        printer.print(layouts().at(1), 41);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 6000);
        QCOMPARE(outcomeOf(finished, 0), Outcome::Failed);
        // "Print my number again" while the failed job is still in CUPS: not queued, or the
        // two would come out together.
        printer.print(layouts().at(1), 42);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 2000);
        QCOMPARE(outcomeOf(finished, 1), Outcome::Failed);
        QVERIFY2(finished.at(1).at(2).toString().contains(u"nothing prints twice"),
                 qPrintable(finished.at(1).at(2).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(late.count(), 1, 15000);
        QCOMPARE(late.at(0).at(0).value<quint64>(), quint64(41));
        QVERIFY2(late.at(0).at(1).toString().contains(u"stray receipt"),
                 qPrintable(late.at(0).at(1).toString()));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(m_cupsd.jobsOn(QStringLiteral("nocancel")), QStringList());
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
    }
};

QTEST_MAIN(TestDevicesCups)
#include "tst_devices_cups.moc"
