#pragma once
// The technician's screens on the stander: the way in (a hold of at least 3 s in the top-left
// corner of home, then within 5 s one in the bottom-right corner), the PIN pad, and the
// diagnostics pages (devices, tests, central, the stander, actions), each a list of rows with
// a level (ok / warning / fault), words and the action that fixes it. Leaving, or 60 s without
// a touch, locks it again. The PIN itself is checked by an injected Pin (platform/adminpin.h in
// the graph); its digits are held here only until checked, never shown, logged or exposed.
// The actions page re-enrols the stander with a new one-time code from the central: typed on a
// keypad of the code's alphabet, sent by an injected Enrol off the GUI thread under a deadline,
// the outcome in words; after success the program restarts to use the new token.

#include "drivers/receipt.h"
#include "drivers/receiptprinter.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace bk {

class BarcodeReader;
class CacheStore;
class CentralStatus;
class Clock;
class TicketDisplay;

class AdminController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the composition root (graph/kioskgraph.h)")
    Q_PROPERTY(Page page READ page NOTIFY pageChanged)
    /// The corners of home listen for the way in (home only, admin closed).
    Q_PROPERTY(bool gestureEnabled READ gestureEnabled NOTIFY pageChanged)
    /// Digits typed on the PIN pad so far (shown as dots; the digits never leave this object).
    Q_PROPERTY(int pinLength READ pinLength NOTIFY pinChanged)
    /// A PIN is being checked (slow hash, off the GUI thread): the pad waits.
    Q_PROPERTY(bool checking READ checking NOTIFY pinChanged)
    /// The pad takes no digits (locked out, or no PIN set).
    Q_PROPERTY(bool padLocked READ padLocked NOTIFY pinChanged)
    /// What the pad says: wrong PIN and tries left, "locked until 10:45", no PIN set and how.
    Q_PROPERTY(QString pinMessage READ pinMessage NOTIFY pinChanged)
    Q_PROPERTY(QVariantList deviceRows READ deviceRows NOTIFY rowsChanged)
    Q_PROPERTY(QVariantList testRows READ testRows NOTIFY rowsChanged)
    Q_PROPERTY(QVariantList centralRows READ centralRows NOTIFY rowsChanged)
    Q_PROPERTY(QVariantList standerRows READ standerRows NOTIFY rowsChanged)
    Q_PROPERTY(QVariantList actionRows READ actionRows NOTIFY rowsChanged)
    /// "Scan something now" is open: the next scan is shown here and checks nobody in.
    Q_PROPERTY(bool scanTestActive READ scanTestActive NOTIFY rowsChanged)
    /// Re-enrolment on the actions page: None (the page's rows), Typing (the code keypad),
    /// Working (the central is asked), Done (the outcome).
    Q_PROPERTY(EnrolStep enrolStep READ enrolStep NOTIFY enrolChanged)
    /// The keys of the code keypad: the enrolment code's 31 symbols (bookingcode::kAlphabet).
    Q_PROPERTY(QStringList enrolKeys READ enrolKeys CONSTANT)
    /// The code typed so far, in groups of four ("K7M3-QX9P-2"); empty outside Typing.
    Q_PROPERTY(QString enrolCode READ enrolCode NOTIFY enrolChanged)
    /// Symbols typed so far, of enrolCodeLength.
    Q_PROPERTY(int enrolCodeSize READ enrolCodeSize NOTIFY enrolChanged)
    Q_PROPERTY(int enrolCodeLength READ enrolCodeLength CONSTANT)
    /// Done: "ok" (enrolled) or "fault"; the outcome's title and what to do.
    Q_PROPERTY(QString enrolLevel READ enrolLevel NOTIFY enrolChanged)
    Q_PROPERTY(QString enrolTitle READ enrolTitle NOTIFY enrolChanged)
    Q_PROPERTY(QString enrolMessage READ enrolMessage NOTIFY enrolChanged)

public:
    /// Closed: the citizen's screens. The others: one admin page each.
    enum class Page { Closed, Pin, Devices, Tests, Central, Stander, Actions };
    Q_ENUM(Page)
    enum class EnrolStep { None, Typing, Working, Done };
    Q_ENUM(EnrolStep)

    /// A one-time code's symbols: 12, as `borgerkiosk-central --make-enrol-code` makes them
    /// ("XXXX-XXXX-XXXX" from bookingcode::kAlphabet, central/centralstore.cpp).
    static constexpr int kEnrolCodeLength = 12;

    /// The re-enrolment's answer (graph/centralsetup.h ReenrolResult, without the graph).
    struct EnrolAnswer
    {
        enum class Result {
            Enrolled,    ///< the new token is stored (atomically, 0600): restart to use it
            Refused,     ///< the central refused the code (unknown, mistyped or used)
            Unreachable, ///< no connection, or a server error (5xx)
            TlsRefused,  ///< the central's certificate was not accepted
            TimedOut,    ///< connected, but no answer within the deadline
            Invalid,     ///< not attempted: no central, or the [central] keys cannot enrol
            StorageError ///< enrolled, but the token could not be stored (the code is used)
        };
        Result result = Result::Invalid;
        QString siteId; ///< Enrolled: the site the central enrolled the stander at
        QString detail; ///< for the technician: the step or refusal; never the code or token
    };

    /// The PIN store's answer (platform/adminpin.h AdminPin::Attempt, without the platform).
    struct PinAttempt
    {
        enum class Result { Accepted, Wrong, LockedOut, NotSet, StorageError };
        Result result = Result::NotSet;
        int attemptsLeft = 0;  ///< after Wrong: wrong PINs left before the pad locks
        QDateTime lockedUntil; ///< UTC end of the lockout (LockedOut, the Wrong that locked it)
    };
    /// The PIN store. `check` is slow and runs on a worker thread, one call at a time;
    /// `isSet` and `lockedUntil` are quick and run on the GUI thread.
    struct Pin
    {
        std::function<bool()> isSet;
        std::function<QDateTime()> lockedUntil; ///< UTC; invalid when not locked now
        std::function<PinAttempt(const QString &pin)> check;
    };

    struct Options
    {
        QString version;            ///< the program's version
        QString configPath;         ///< the configuration file read at start
        QStringList configSummary;  ///< "key = value" lines, no secrets (the graph picks them)
        QString cachePath;          ///< the SQLite cache: its size and the disk's free space
        QString startLogPath;       ///< recordStart()'s file: the last starts
        QString printerQueue;       ///< "CUPS queue borgerkiosk", "simulated", "none"
        QStringList printerProfile; ///< printerProfileLines() of the configured profile
        QString displayPort;        ///< "/dev/borgerkiosk/display", "simulated", "none"
        QString readerPort;         ///< the reader's port or kind
        std::function<Receipt()> testPage; ///< the printer test page, made when printed
        int idleSeconds = 60; ///< no touch this long on an admin page: locked, back home
        int holdSeconds = 3;  ///< a corner is held at least this long
        int armSeconds = 5;   ///< the second corner within this long after the first
        int tickMs = 1000;    ///< how often the idle time is looked at; 0 = only by tick()
        /// Restarts the program (systemd's Restart=always brings it back).
        std::function<void()> restart;
        /// Re-enrols with a one-time code (canonical symbols) within `deadlineMs`; slow, runs
        /// on a worker thread; stores the new token only on success. Empty = no central.
        std::function<EnrolAnswer(const QString &code, int deadlineMs)> enrol;
        /// The re-enrolment's deadline: the request is given this long, and the screen leaves
        /// "working" after it whatever the request does. Below idleSeconds, so the outcome is
        /// shown before the idle lock.
        int enrolDeadlineMs = 30000;
        /// How long the success is shown before the restart.
        int enrolRestartDelayMs = 3000;
    };

    AdminController(Options options, Pin pin, const Clock &clock, ReceiptPrinter &printer,
                    TicketDisplay &display, BarcodeReader &reader, CentralStatus &central,
                    CacheStore &store, QObject *parent = nullptr);
    ~AdminController() override;

    /// Appends `now` to the start log at `path` (one ISO time a line), keeping the last 10.
    /// Returns false when the file cannot be written.
    static bool recordStart(const QString &path, const QDateTime &now);
    /// The starts in the log at `path`, newest first.
    static QList<QDateTime> starts(const QString &path);

    Page page() const { return m_page; }
    bool isOpen() const { return m_page != Page::Closed; }
    bool gestureEnabled() const { return m_gestureEnabled && m_page == Page::Closed; }
    int pinLength() const { return int(m_pin.size()); }
    bool checking() const { return m_checking; }
    bool padLocked() const;
    QString pinMessage() const;
    QVariantList deviceRows() const;
    QVariantList testRows() const;
    QVariantList centralRows() const;
    QVariantList standerRows() const;
    QVariantList actionRows() const;
    bool scanTestActive() const { return m_scanTest; }
    EnrolStep enrolStep() const { return m_enrolStep; }
    QStringList enrolKeys() const;
    QString enrolCode() const;
    int enrolCodeSize() const { return int(m_enrolCode.size()); }
    int enrolCodeLength() const { return kEnrolCodeLength; }
    QString enrolLevel() const;
    QString enrolTitle() const;
    QString enrolMessage() const;

    /// The session shows home (true) or a citizen's task (false): the corners listen on home.
    void setGestureEnabled(bool enabled);

    /// A corner ("top-left", "bottom-right") is pressed / let go. The way in: top-left held
    /// at least holdSeconds, then within armSeconds bottom-right held as long.
    Q_INVOKABLE void cornerPressed(const QString &corner);
    Q_INVOKABLE void cornerReleased(const QString &corner);
    /// The PIN pad: a digit "0".."9", erase, OK (checks the PIN off the GUI thread).
    Q_INVOKABLE void pinDigit(const QString &digit);
    Q_INVOKABLE void pinErase();
    Q_INVOKABLE void pinSubmit();
    /// An admin page by name: "devices", "tests", "central", "stander", "actions".
    Q_INVOKABLE void show(const QString &pageName);
    /// Locks again and goes back to the citizen's home.
    Q_INVOKABLE void close();
    /// The technician did something: the idle time starts again.
    Q_INVOKABLE void touched();
    /// Looks at the clock: locks after idleSeconds without a touch.
    Q_INVOKABLE void tick();
    /// Tests page: prints the printer test page (its outcome in testRows).
    Q_INVOKABLE void printTestPage();
    /// Tests page: a test line on the ticket display.
    Q_INVOKABLE void showTestLine();
    /// Tests page: "scan something now" on / off.
    Q_INVOKABLE void setScanTest(bool on);
    /// Actions: a sync round now.
    Q_INVOKABLE void syncNow();
    /// Actions: ends the program; systemd starts it again.
    Q_INVOKABLE void restartApp();
    /// Actions: opens the code keypad for re-enrolment (Typing).
    Q_INVOKABLE void startEnrol();
    /// The code keypad: one symbol of enrolKeys (lower case is taken), erase, OK (asks the
    /// central off the GUI thread, once all kEnrolCodeLength symbols are typed).
    Q_INVOKABLE void enrolKey(const QString &symbol);
    Q_INVOKABLE void enrolErase();
    Q_INVOKABLE void enrolSubmit();
    /// Back to the actions page's rows from the keypad or an outcome (not while Working).
    Q_INVOKABLE void enrolBack();

    /// A scan from the reader (every scan: the devices page shows the kind of the last one).
    void scanned(const QByteArray &raw);

signals:
    void pageChanged();
    void pinChanged();
    void rowsChanged();
    void enrolChanged();
    /// The call-outs the display showed before a test line should be shown again.
    void displayTestEnded();

private:
    void setPage(Page page);
    void clearPin();
    void pinChecked(const PinAttempt &attempt);
    QString lockText(const QDateTime &until) const;
    QVariantMap row(const QString &key, const QString &label, const QString &value,
                    const QString &level, const QString &action = {}) const;
    QString timeText(const QDateTime &utc) const;
    QString ageText(const QDateTime &utc) const;
    void clearEnrol();
    void enrolAnswered(quint64 run, const EnrolAnswer &answer);
    void enrolTimedOut();

    Options m_options;
    Pin m_pinStore;
    const Clock &m_clock;
    ReceiptPrinter &m_printer;
    TicketDisplay &m_display;
    BarcodeReader &m_reader;
    CentralStatus &m_central;
    CacheStore &m_store;
    QTimer m_timer;

    Page m_page = Page::Closed;
    bool m_gestureEnabled = true;
    QDateTime m_startedAt;
    QDateTime m_lastTouch;
    // The way in: when the corner now held went down, and until when the second step may come.
    QString m_heldCorner;
    QDateTime m_heldSince;
    QDateTime m_armedUntil;
    // The PIN pad.
    QString m_pin;
    bool m_checking = false;
    PinAttempt m_lastAttempt;
    bool m_haveAttempt = false;
    // Devices.
    QDateTime m_lastJobAt;
    ReceiptPrinter::Outcome m_lastJobOutcome = ReceiptPrinter::Outcome::Failed;
    QString m_lastJobReason;
    bool m_haveJob = false;
    QDateTime m_lastScanAt;
    QString m_lastScanKind;
    // Tests.
    quint64 m_testJob = 0;
    quint64 m_nextTestJob;
    QString m_testPrint; ///< "", "busy", "printed", "sent", "failed"
    QString m_testPrintReason;
    QDateTime m_testLineAt;
    bool m_scanTest = false;
    QString m_scanTestKind;
    bool m_scanTestValid = false;
    bool m_scanTestSeen = false;
    QString m_actionMessage;
    // Re-enrolment: the code typed (canonical symbols, never logged), the run now asked (a
    // late answer of an earlier run is told apart), its outcome.
    EnrolStep m_enrolStep = EnrolStep::None;
    QString m_enrolCode;
    quint64 m_enrolRun = 0;
    EnrolAnswer m_enrolAnswer;
    QTimer m_enrolDeadline;
    bool m_restartPending = false;
    /// The slow PIN checks and the re-enrolment run here; declared last, so it is destroyed
    /// first and waits for a job in flight while what it calls still exists.
    QThreadPool m_workers;
};

} // namespace bk
