#include "cupsrig.h"

#include "domain/bookingcode.h"
#include "drivers/code128.h"
#include "drivers/printertestpage.h"
#include "drivers/qrsymbol.h"
#include "kiosk/receiptlayouts.h"
#include "kiosk/uiformat.h"
#include "support/escposreader.h"

#include <QElapsedTimer>
#include <QTest>

namespace bk::testing {

Outcome outcomeOf(const QSignalSpy &finished, int i)
{
    return finished.at(i).at(1).value<Outcome>();
}

QString bookingCode()
{
    std::uint32_t state = 20260203;
    return QString::fromStdString(bookingcode::generate([&state] {
        state = state * 1664525u + 1013904223u;
        return state;
    }));
}

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
    queue.queuePageUrl = QString::fromLatin1(kQueuePageUrl);

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

QList<Receipt> layouts()
{
    QList<Receipt> out;
    for (const Slip &slip : slips())
        out.append(ReceiptLayouts::layout(slip));
    out.append(
        testPage(QStringLiteral("Borgerservice Århus"), QDateTime(QDate(2026, 2, 3), QTime(9, 0))));
    return out;
}

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

void CupsTestBase::startRig()
{
    m_log = std::make_unique<LogCapture>();
    QString error;
    QVERIFY2(m_cupsd.start(&error), qPrintable(error));
    QVERIFY(m_capture.start());
    QVERIFY2(m_cupsd.addRawQueue(
                 QStringLiteral("borgerkiosk"),
                 QStringLiteral("socket://127.0.0.1:%1").arg(m_capture.serverPort()), &error),
             qPrintable(error));
    QVERIFY2(
        m_cupsd.addRawQueue(QStringLiteral("paperout"), QStringLiteral("bktest:/paper"), &error),
        qPrintable(error));
    m_deadPort = freePort(); // nobody listens there
    QVERIFY2(m_cupsd.addRawQueue(QStringLiteral("deadprinter"),
                                 QStringLiteral("socket://127.0.0.1:%1").arg(m_deadPort), &error),
             qPrintable(error));
}
void CupsTestBase::verifyNoCodeLogged() const
{
    const QString code = bookingCode();
    const QString leaked = m_log->firstContaining({code, ui::groupedCode(code)});
    QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("booking code in a log line: ") + leaked));
}
void CupsTestBase::verifyLogSeen()
{
    QVERIFY(m_log->messages().size() >= 3);
    m_log.reset();
}
CupsPrinterOptions CupsTestBase::options(const QString &queue) const
{
    CupsPrinterOptions o;
    o.server = m_cupsd.server();
    o.queue = queue;
    return o;
}
void CupsTestBase::printStayingConnected(const QString &queue, quint64 jobId, qint64 *elapsedMs)
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
} // namespace bk::testing
