#pragma once
// The kiosk for the Qt Quick tests: the program's own graph (graph/kioskgraph.h) built from
// the program's test configuration (tests/e2e/kiosk-test.conf.in: the demo site, simulated
// devices) in a temporary folder, on a fixed clock. One fresh graph per test (setUp), so no
// test sees another's tickets or input.

#include "kiosk/admincontroller.h"
#include "kiosk/bookingflow.h"
#include "kiosk/centralstatus.h"
#include "kiosk/chanceflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/inactivityguard.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/session.h"
#include "kiosk/speech.h"

#include <QDateTime>
#include <QFont>
#include <QMutex>
#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QTemporaryDir;

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
    Q_PROPERTY(bk::AdminController *admin READ admin NOTIFY rebuilt)
    /// How often the admin screen's "restart" ended the program (here: counted only).
    Q_PROPERTY(int restarts READ restarts NOTIFY restartsChanged)
    /// What the simulated ticket display shows, one line each.
    Q_PROPERTY(QStringList displayLines READ displayLines NOTIFY displayChanged)
    Q_PROPERTY(QStringList demoCodes READ demoCodes CONSTANT)
    /// A well-formed booking code (valid check character) that no demo booking has.
    Q_PROPERTY(QString unknownCode READ unknownCode CONSTANT)
    Q_PROPERTY(int receiptCount READ receiptCount NOTIFY receiptsChanged)
    Q_PROPERTY(QString lastReceiptText READ lastReceiptText NOTIFY receiptsChanged)
    Q_PROPERTY(QString lastReceiptLanguage READ lastReceiptLanguage NOTIFY receiptsChanged)
    Q_PROPERTY(int scanCount READ scanCount NOTIFY scansChanged)
    Q_PROPERTY(bk::Speech *speech READ speech NOTIFY rebuilt)
    /// Every text the kiosk handed to the (recording) speech engine, oldest first.
    Q_PROPERTY(QStringList spoken READ spoken NOTIFY spokenChanged)
    /// How often the engine was told to stop.
    Q_PROPERTY(int speechStops READ speechStops NOTIFY spokenChanged)
    Q_PROPERTY(QString speechLanguage READ speechLanguage NOTIFY spokenChanged)
    /// The engine's rate (-1 … 1) and volume (0 … 1) as the kiosk set them.
    Q_PROPERTY(double speechRate READ speechRate NOTIFY spokenChanged)
    Q_PROPERTY(double speechVolume READ speechVolume NOTIFY spokenChanged)

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
    AdminController *admin() const;
    int restarts() const { return m_restarts; }
    QStringList displayLines() const;
    QStringList demoCodes() const;
    QString unknownCode() const;
    int receiptCount() const;
    QString lastReceiptText() const;
    QString lastReceiptLanguage() const;
    int scanCount() const { return m_scans; }
    Speech *speech() const;
    QStringList spoken() const;
    int speechStops() const;
    QString speechLanguage() const;
    double speechRate() const;
    double speechVolume() const;

    /// The recording engine ends its utterance, as a voice does when it has said it all.
    Q_INVOKABLE void finishSpeaking();
    /// The engine becomes unavailable (false) or available again (true).
    Q_INVOKABLE void setSpeechAvailable(bool available);

    /// A fresh graph: site language `language`, 1920x1080 when `landscape`.
    Q_INVOKABLE void setUp(const QString &language, bool landscape);
    /// As setUp (portrait), with the keyboard-wedge barcode reader of the program
    /// (scanner = wedge, drivers/wedgebarcodereader.h) instead of the simulated one: a scan is
    /// then typed into the window as keys.
    Q_INVOKABLE void setUpWedge(const QString &language);
    /// The program starts again on the same folder (cache, PIN file, start log) and clock:
    /// a new graph, as after a restart. The window must be made again from initialProperties.
    Q_INVOKABLE void restartKiosk();
    /// Sets the admin PIN in the configured admin.pin_file (AdminPin::set); "" or the error.
    Q_INVOKABLE QString setAdminPin(const QString &pin);
    /// The central is configured and its latest round failed with `error` (the engine's words).
    Q_INVOKABLE void setCentralError(const QString &error);
    /// Main.qml's initial properties, as the program passes them (without the demo panel).
    Q_INVOKABLE QVariantMap initialProperties() const;
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
    /// What the admin screen's re-enrolment answers from now on, after `delayMs` on its worker
    /// thread: `result` "enrolled", "refused", "unreachable", "tls", "timeout", "invalid" or
    /// "storage" (AdminController::EnrolAnswer), for the pages a kiosk without a central cannot
    /// reach; "" (the default) = the real request (graph/centralsetup.h reenrol), which here
    /// says that no central is configured. The real outcomes: tests/integration/sync/tst_reenrol.
    Q_INVOKABLE void setEnrolAnswer(const QString &result, const QString &siteId,
                                    const QString &detail, int delayMs);
    /// Every string the flows hold about the citizen, joined (to prove they are forgotten).
    Q_INVOKABLE QString citizenState() const;
    /// Someone else books every place of the time the booking flow has chosen (SlotTaken).
    Q_INVOKABLE void takeChosenTime();
    /// The site of a large municipality: 15 more errands with long real names (da, en, de and
    /// ar; the other languages show the Danish name), 23 in all. Returns how many the site has.
    Q_INVOKABLE int addLargeSiteErrands();
    /// Marks demo booking `index` (demoCodes) as the central sends a booking staff settled:
    /// by phone, or else moved to self-service (issue 13 item 3).
    Q_INVOKABLE void settleDemoBooking(int index, bool byPhone);
    /// Closes the cache, so that every later lookup fails (the "not possible now" screens).
    Q_INVOKABLE void breakCache();
    /// Saves what `window` shows as `<BK_SCREENSHOT_DIR>/<name>.png`; returns the path or "".
    Q_INVOKABLE QString saveScreenshot(QObject *window, const QString &name) const;
    /// The cap height in pixels of `font` as it is drawn here (QFontMetricsF::capHeight of the
    /// font it resolves to, pixel or point size): what the screen audit turns into mm.
    Q_INVOKABLE static double capHeightPixels(const QFont &font);
    /// Copies the simulated printer's last receipt image to `<BK_SCREENSHOT_DIR>/<name>.png`.
    Q_INVOKABLE QString saveLastReceipt(const QString &name) const;
    /// Puts `count` bookings for "pas" at the demo site into the cache, starting `minutes`
    /// from the clock's now, as a sync round would; returns their codes (valid check
    /// characters, drawn from a sequence that goes on across calls), or [] on a cache error.
    Q_INVOKABLE QStringList addBookings(int count, int minutes);
    /// Moves the clock to 10:30 local time on the next weekday (the demo site is open then)
    /// and lets the inactivity guard look at it.
    Q_INVOKABLE void nextOpeningDay();
    /// This process's resident set size in MiB (VmRSS of /proc/self/status); -1 if unreadable.
    Q_INVOKABLE static double residentMiB();
    /// Writes `line` and a newline to standard output at once (the soak's figures).
    Q_INVOKABLE static void report(const QString &line);
    /// The environment variable `name` as a whole number; `fallback` when unset or not one.
    Q_INVOKABLE static int environmentNumber(const QString &name, int fallback);

signals:
    void rebuilt();
    void receiptsChanged();
    void scansChanged();
    void restartsChanged();
    void displayChanged();
    void spokenChanged();

private:
    /// A graph on `dir`; the clock at `now`, or the fixture's fixed morning when invalid.
    void build(const QString &language, bool landscape, std::shared_ptr<QTemporaryDir> dir,
               const QDateTime &now);

    std::unique_ptr<FixtureGraph> m_graph;
    int m_receipts = 0;
    int m_scans = 0;
    int m_restarts = 0;
    /// setEnrolAnswer()'s answer, read on the admin screen's worker thread.
    struct EnrolScript
    {
        QMutex mutex;
        QString result;
        AdminController::EnrolAnswer answer;
        int delayMs = 0;
    };
    std::shared_ptr<EnrolScript> m_enrolScript = std::make_shared<EnrolScript>();
    QString m_language;
    bool m_landscape = false;
    bool m_wedge = false;
    std::uint32_t m_codeState = 1; ///< addBookings()' sequence
};

} // namespace bk::test
