#include "drivers/simulatedreceiptprinter.h"

#include "drivers/receiptrenderer.h"
#include "protocol/escpos.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcSimPrinter, "bk.drivers.simprinter")

namespace bk {

SimulatedReceiptPrinter::SimulatedReceiptPrinter(const QString &outDir, int widthDots,
                                                 QObject *parent)
    : ReceiptPrinter(parent), m_outDir(QDir(outDir).absolutePath()), m_widthDots(widthDots)
{
    m_dirOk = QDir().mkpath(m_outDir);
    if (!m_dirOk)
        qCWarning(lcSimPrinter) << "cannot create the receipt folder" << m_outDir;
}

DeviceStatus SimulatedReceiptPrinter::status() const
{
    // Offline first: an unplugged printer cannot tell whether it has paper.
    if (m_offline)
        return {DeviceState::Reconnecting, QStringLiteral("printer offline (simulated)"),
                QStringLiteral("offline")};
    if (m_paperOut)
        return {DeviceState::Error, QStringLiteral("paper out (simulated)"),
                QStringLiteral("media-empty")};
    if (!m_dirOk)
        return {DeviceState::Error,
                QStringLiteral("cannot create the receipt folder %1").arg(m_outDir),
                QStringLiteral("folder-unwritable")};
    return {DeviceState::Connected, {}};
}

void SimulatedReceiptPrinter::print(const Receipt &receipt, quint64 jobId)
{
    // Like a real spooler, the job runs later; the state it meets is the state at that time.
    QMetaObject::invokeMethod(
        this, [this, receipt, jobId] { runJob(receipt, jobId); }, Qt::QueuedConnection);
}

void SimulatedReceiptPrinter::runJob(const Receipt &receipt, quint64 jobId)
{
    const DeviceStatus s = status();
    if (s.state != DeviceState::Connected) {
        emit jobFinished(jobId, Outcome::Failed, s.reason);
        return;
    }
    const QString name =
        QStringLiteral("receipt-%1-%2.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
            .arg(jobId);
    const QString path = QDir(m_outDir).filePath(name);
    // QSaveFile writes a temporary file and renames it, so a viewer never sees half a PNG.
    QSaveFile file(path);
    // The dots a thermal printer puts on paper: the same black-and-white raster the ESC/POS
    // driver sends (escposreceipt.cpp), so a 1-bit PNG (the soak prints thousands of them).
    const QImage image =
        escpos::toMonochrome(renderReceipt(receipt, m_widthDots), escpos::Dither::Threshold);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        const QString reason = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        qCWarning(lcSimPrinter).noquote() << reason;
        emit jobFinished(jobId, Outcome::Failed, reason);
        return;
    }
    m_lastImagePath = path;
    emit receiptSaved(path);
    if (m_paperSensing)
        emit jobFinished(jobId, Outcome::Printed, {});
    else
        emit jobFinished(jobId, Outcome::Sent,
                         QStringLiteral("simulated printer without a paper sensor"));
}

void SimulatedReceiptPrinter::setFlag(bool &flag, bool value)
{
    if (flag == value)
        return;
    const DeviceStatus before = status();
    flag = value;
    if (status() != before)
        emit statusChanged();
}

void SimulatedReceiptPrinter::setPaperOut(bool paperOut)
{
    setFlag(m_paperOut, paperOut);
}

void SimulatedReceiptPrinter::setPaperSensing(bool sensing)
{
    m_paperSensing = sensing;
}

void SimulatedReceiptPrinter::setOffline(bool offline)
{
    setFlag(m_offline, offline);
}

} // namespace bk
