#pragma once
// The rig the CUPS printer tests share (tst_devices_cups, tst_devices_cups_unreachable): a
// private cupsd with three raw queues, the capture listener behind one of them, the log capture
// and the receipts they print (the app's own slips and the technicians' test page).

#include "devicefixtures.h"
#include "drivers/cupsreceiptprinter.h"
#include "drivers/receipt.h"
#include "kiosk/slip.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSignalSpy>
#include <QString>

#include <memory>

namespace bk::testing {

using Outcome = ReceiptPrinter::Outcome;

/// The outcome of the `i`th jobFinished signal a spy saw.
Outcome outcomeOf(const QSignalSpy &finished, int i);

/// A valid booking code, the same on every run.
QString bookingCode();

/// The queue ticket's "your place in the queue" page, the same on every run.
inline constexpr char kQueuePageUrl[] = "https://koe.example.dk/q/Wm9sZ2UgZGluIHBsYWNlQA";

/// The app's four slips: booking confirmation, queue ticket (with its queue page,
/// kQueuePageUrl), chance-queue ticket, self-service pointer. Danish site and service names; the
/// chance ticket and the self-service pointer carry a Ukrainian and an Arabic service name,
/// which no code page holds (the raster path).
QList<Slip> slips();

/// Every receipt layout: the slips laid out by the app's own ReceiptLayouts (no translator
/// installed: the source texts), then the technicians' test page.
QList<Receipt> layouts();

/// The payloads of the QR codes printed as images: each image whose sampled module grid is
/// libqrencode's symbol for one of `candidates` (a raster QR is drawn, not stored as data).
QList<QByteArray> rasterQrPayloads(const QList<QImage> &images,
                                   const QList<QByteArray> &candidates);

/// The base of a CUPS printer test class: its private slots call startRig() (initTestCase),
/// verifyNoCodeLogged() (cleanup) and verifyLogSeen() (cleanupTestCase).
class CupsTestBase : public QObject
{
protected:
    /// Starts the cupsd and the capture listener, and adds the raw queues "borgerkiosk"
    /// (socket:// into m_capture), "paperout" (the bktest backend, see PrivateCupsd) and
    /// "deadprinter" (socket:// to m_deadPort, where nobody listens). Starts the log capture
    /// first, after QtTest installed its own handler.
    void startRig();
    /// What the driver logs names jobs by number: the booking code never appears.
    void verifyNoCodeLogged() const;
    /// The check above saw the drivers' own lines (it is not looking at nothing); ends the
    /// log capture.
    void verifyLogSeen();

    /// The driver's options for `queue` on the private cupsd; everything else default.
    CupsPrinterOptions options(const QString &queue) const;

    /// Prints one receipt on `queue` (a raw queue: it ends Sent, never Failed), checking that
    /// the printer stays Connected all the while; `elapsedMs` is how long the job took.
    void printStayingConnected(const QString &queue, quint64 jobId, qint64 *elapsedMs);

    PrivateCupsd m_cupsd;
    CaptureServer m_capture;
    quint16 m_deadPort = 0;
    std::unique_ptr<LogCapture> m_log;
};

} // namespace bk::testing
