#pragma once
// The service graph of the kiosk, as main() builds it, for the Qt Quick tests: a temporary
// cache seeded with the demo site, a fixed clock, simulated devices, the flows and the
// session. One fresh graph per test (setUp), so no test sees another's tickets or input.

#include "kiosk/bookingflow.h"
#include "kiosk/centralstatus.h"
#include "kiosk/chanceflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/inactivityguard.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/session.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace bk::test {

struct FixtureGraph;

class KioskFixture : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bk::KioskController *kiosk READ kiosk NOTIFY rebuilt)
    Q_PROPERTY(bk::Session *session READ session NOTIFY rebuilt)
    Q_PROPERTY(bk::CheckInFlow *checkIn READ checkIn NOTIFY rebuilt)
    Q_PROPERTY(bk::BookingFlow *booking READ booking NOTIFY rebuilt)
    Q_PROPERTY(bk::ChanceFlow *chance READ chance NOTIFY rebuilt)
    Q_PROPERTY(bk::InactivityGuard *guard READ guard NOTIFY rebuilt)
    /// No central until setCentralOnline() is called, as in the demo on its own.
    Q_PROPERTY(bk::CentralStatus *central READ central NOTIFY rebuilt)
    Q_PROPERTY(QStringList demoCodes READ demoCodes CONSTANT)
    /// A well-formed booking code (valid check character) that no demo booking has.
    Q_PROPERTY(QString unknownCode READ unknownCode CONSTANT)
    Q_PROPERTY(int receiptCount READ receiptCount NOTIFY receiptsChanged)
    Q_PROPERTY(QString lastReceiptText READ lastReceiptText NOTIFY receiptsChanged)
    Q_PROPERTY(QString lastReceiptLanguage READ lastReceiptLanguage NOTIFY receiptsChanged)
    Q_PROPERTY(int scanCount READ scanCount NOTIFY scansChanged)

public:
    explicit KioskFixture(QObject *parent = nullptr);
    ~KioskFixture() override;

    KioskController *kiosk() const;
    Session *session() const;
    CheckInFlow *checkIn() const;
    BookingFlow *booking() const;
    ChanceFlow *chance() const;
    InactivityGuard *guard() const;
    CentralStatus *central() const;
    QStringList demoCodes() const;
    QString unknownCode() const;
    int receiptCount() const;
    QString lastReceiptText() const;
    QString lastReceiptLanguage() const;
    int scanCount() const { return m_scans; }

    /// A fresh graph: site language `language`, 1920x1080 when `landscape`.
    Q_INVOKABLE void setUp(const QString &language, bool landscape);
    /// "Scans" a code with the simulated barcode reader; scanCount grows once it has arrived.
    Q_INVOKABLE void scan(const QString &payload);
    /// `count` call-outs reach the kiosk ("A101 → Skranke 1", …), the newest last.
    Q_INVOKABLE void addCallouts(int count);
    /// Moves the clock on and lets the inactivity guard look at it.
    Q_INVOKABLE void advanceSeconds(int seconds);
    /// A central is configured and its latest sync round reached it (true) or failed (false).
    Q_INVOKABLE void setCentralOnline(bool online);
    /// Paper out (false) or refilled (true) in the simulated printer.
    Q_INVOKABLE void setPrinterReady(bool ready);
    /// With `sensing` false the printer cannot report paper (a raw queue): receipts end Sent.
    Q_INVOKABLE void setPrinterPaperSensing(bool sensing);
    /// Every string the flows hold about the citizen, joined (to prove they are forgotten).
    Q_INVOKABLE QString citizenState() const;
    /// Someone else books every place of the time the booking flow has chosen (SlotTaken).
    Q_INVOKABLE void takeChosenTime();
    /// Closes the cache, so that every later lookup fails (the "not possible now" screens).
    Q_INVOKABLE void breakCache();
    /// Saves what `window` shows as `<BK_SCREENSHOT_DIR>/<name>.png`; returns the path or "".
    Q_INVOKABLE QString saveScreenshot(QObject *window, const QString &name) const;
    /// Copies the simulated printer's last receipt image to `<BK_SCREENSHOT_DIR>/<name>.png`.
    Q_INVOKABLE QString saveLastReceipt(const QString &name) const;

signals:
    void rebuilt();
    void receiptsChanged();
    void scansChanged();

private:
    std::unique_ptr<FixtureGraph> m_graph;
    int m_receipts = 0;
    int m_scans = 0;
};

} // namespace bk::test
