#include "drivers/simulatedreceiptprinter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

namespace {

Receipt ticket()
{
    Receipt r;
    r.kind = ReceiptKind::CheckInTicket;
    r.text(QStringLiteral("Borgerservice Århus"), {.align = TextAlign::Center, .bold = true})
        .text(QStringLiteral("A042"), {.align = TextAlign::Center, .size = TextSize::Large})
        .text(QStringLiteral("Pas · kørekort · sundhedskort"), {.align = TextAlign::Center})
        .qr("K7M3QX9S")
        .cut();
    return r;
}

} // namespace

class TestSimulatedPrinter : public QObject
{
    Q_OBJECT

private slots:
    void withoutPaperSensorJobsEndSent()
    {
        // A printer that takes the data but cannot report paper (a raw socket:// or usb://
        // queue) must not claim the receipt came out.
        QTemporaryDir dir;
        SimulatedReceiptPrinter printer(dir.path());
        printer.setPaperSensing(false);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        printer.print(ticket(), 3);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Sent);
        QVERIFY(!finished.at(0).at(2).toString().isEmpty());
        printer.setPaperSensing(true);
        printer.print(ticket(), 4);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Printed);
    }

    void printsPng()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("receipts/sub")); // created on demand
        SimulatedReceiptPrinter printer(out);
        QCOMPARE(printer.status().state, DeviceState::Connected);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        QSignalSpy saved(&printer, &SimulatedReceiptPrinter::receiptSaved);

        printer.print(ticket(), 7);
        QCOMPARE(finished.count(), 0); // never from inside print()
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<quint64>(), quint64(7));
        QCOMPARE(finished.at(0).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Printed);
        QCOMPARE(finished.at(0).at(2).toString(), QString());
        QCOMPARE(saved.count(), 1);

        const QString path = printer.lastImagePath();
        QCOMPARE(saved.at(0).at(0).toString(), path);
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(out).absolutePath());
        QVERIFY2(QRegularExpression(QStringLiteral("^receipt-\\d{8}-\\d{6}-7\\.png$"))
                     .match(QFileInfo(path).fileName())
                     .hasMatch(),
                 qPrintable(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(8).startsWith("\x89PNG\r\n\x1a\n"));
        const QImage img(path);
        QVERIFY(!img.isNull());
        QCOMPARE(img.width(), 576);
        QCOMPARE(img.depth(), 1); // black dots on white paper, as the thermal printer prints
        int dark = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                dark += qGray(img.pixel(x, y)) < 128;
        QVERIFY(dark > 2000);
        // Only the PNG: no temporary files left behind.
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 1);

        QTest::qWait(20);
        QCOMPARE(finished.count(), 1); // exactly once
    }

    void narrowPaper()
    {
        QTemporaryDir dir;
        SimulatedReceiptPrinter printer(dir.path(), 384);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        printer.print(ticket(), 1);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(QImage(printer.lastImagePath()).width(), 384);
    }

    void everyJobFinishesOnceInOrder()
    {
        QTemporaryDir dir;
        SimulatedReceiptPrinter printer(dir.path());
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        for (quint64 id : {11u, 12u, 13u})
            printer.print(ticket(), id);
        QTRY_COMPARE(finished.count(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(finished.at(i).at(0).value<quint64>(), quint64(11 + i));
        QTest::qWait(20);
        QCOMPARE(finished.count(), 3);
    }

    void paperOut()
    {
        QTemporaryDir dir;
        SimulatedReceiptPrinter printer(dir.path());
        QSignalSpy status(&printer, &ReceiptPrinter::statusChanged);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        printer.setPaperOut(true);
        QCOMPARE(status.count(), 1);
        QCOMPARE(printer.status().state, DeviceState::Error);
        QVERIFY(printer.status().reason.contains(u"paper out"));
        printer.setPaperOut(true);
        QCOMPARE(status.count(), 1); // no change, no signal

        printer.print(ticket(), 5);
        QCOMPARE(finished.count(), 0);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<quint64>(), quint64(5));
        QCOMPARE(finished.at(0).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Failed);
        QCOMPARE(finished.at(0).at(2).toString(), printer.status().reason);
        QVERIFY(printer.lastImagePath().isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());

        printer.setPaperOut(false);
        QCOMPARE(status.count(), 2);
        QCOMPARE(printer.status(), (DeviceStatus{DeviceState::Connected, {}}));
        printer.print(ticket(), 6);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Printed);
    }

    void offline()
    {
        QTemporaryDir dir;
        SimulatedReceiptPrinter printer(dir.path());
        QSignalSpy status(&printer, &ReceiptPrinter::statusChanged);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        printer.setOffline(true);
        QCOMPARE(printer.status().state, DeviceState::Reconnecting);
        QVERIFY(printer.status().reason.contains(u"offline"));
        // Offline hides paper-out (the printer cannot say); no status change is visible.
        printer.setPaperOut(true);
        QCOMPARE(status.count(), 1);
        printer.print(ticket(), 9);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(2).toString().contains(u"offline"));
        printer.setOffline(false);
        QCOMPARE(printer.status().state, DeviceState::Error);
        QCOMPARE(status.count(), 2);
    }

    void stateMetByTheJob()
    {
        // The job meets the state at the time it runs, as with a real spooler.
        QTemporaryDir dir;
        SimulatedReceiptPrinter printer(dir.path());
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        printer.print(ticket(), 1);
        printer.setPaperOut(true);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Failed);
    }

    void folderCannotBeCreated()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot create")));
        SimulatedReceiptPrinter printer(file + QStringLiteral("/receipts"));
        QCOMPARE(printer.status().state, DeviceState::Error);
        QSignalSpy finished(&printer, &ReceiptPrinter::jobFinished);
        printer.print(ticket(), 3);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).value<ReceiptPrinter::Outcome>(),
                 ReceiptPrinter::Outcome::Failed);
        QVERIFY(finished.at(0).at(2).toString().contains(u"receipt folder"));
    }

    void destroyedWithJobPending()
    {
        QTemporaryDir dir;
        auto *printer = new SimulatedReceiptPrinter(dir.path());
        printer->print(ticket(), 1);
        delete printer; // the queued job must not run on a dead object
        QTest::qWait(20);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestSimulatedPrinter)
#include "tst_simulatedprinter.moc"
