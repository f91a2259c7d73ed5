#pragma once
// The technician's check of the stander (`borgerkiosk --self-test`, later the admin screen):
// one result per part, in a fixed order: config, cache, printer, display, reader, central,
// clock, ui. Each says what it found in plain words and, unless it passed, what fixes it. The
// checks look and never change: the cache is opened read-only, CUPS is only asked, a serial
// port held by the running kiosk is not opened again, the central is asked who the token is.
// Blocking (the network checks have deadlines of a few seconds each): run them off the GUI
// thread of a running kiosk. Never a token, code or citizen's data in a result.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace bk {

struct ConfigResult;
struct KioskConfig;

namespace sync {
struct ProbeResult;
}

/// What one check concluded. Fail makes `--self-test` exit 1; Warn and Skip do not.
enum class SelfTestVerdict {
    Pass, ///< works as configured
    Warn, ///< works, but something needs a look (paper low, the clock not compared)
    Fail, ///< does not work: see the fix
    Skip  ///< not configured, simulated, or cannot be checked from here
};

/// "PASS", "WARN", "FAIL", "SKIP".
QString verdictKey(SelfTestVerdict verdict);

/// One check's result.
struct SelfTestResult
{
    QString id; ///< "config", "cache", "printer", "display", "reader", "central", "clock", "ui"
    SelfTestVerdict verdict = SelfTestVerdict::Skip;
    QString summary;     ///< what was found, in plain words (the file, queue, port or URL named)
    QString fix;         ///< the action that fixes it (commands to run); empty on Pass
    QJsonObject details; ///< the facts behind the verdict, for scripts (--json)

    /// `PASS  config   summary` and, when there is a fix, ` — fix`; the id padded so that the
    /// summaries of one run line up.
    QString line() const;
    /// {id, verdict, summary, fix, details}.
    QJsonObject toJson() const;
};

/// The checks. Each runs on its own and returns its result; runAll() runs them in order.
class SelfTest
{
public:
    struct Options
    {
        /// The build's date (UTC), the clock check's lower bound; invalid = not checked.
        QDateTime buildTime;
        /// The program's version, shown in the ui check's graph (heartbeat version).
        QString version;
        /// Deadline per network step (connect, TLS handshake, request) to the central.
        std::chrono::milliseconds centralTimeout{4000};
        /// Deadline for connecting to cupsd and for its answer.
        int cupsTimeoutMs = 3000;
        /// Run the ui check (needs a QGuiApplication with the app's QML modules linked in).
        bool ui = true;
    };

    /// Every check in order on the loaded configuration (`loaded.errors` must be empty: a
    /// file that does not parse is reported by checkConfig alone). At most about
    /// 3 × centralTimeout + 2 × cupsTimeoutMs + the ui's second, whatever is down.
    static QList<SelfTestResult> runAll(const ConfigResult &loaded, const Options &options);

    /// loadConfig's errors and checkCentralKeys' problems, each with file, line and key.
    static SelfTestResult checkConfig(const ConfigResult &loaded);
    /// The cache file read-only: SQLite quick_check, schema version against the program's,
    /// size, unsent operations.
    static SelfTestResult checkCache(const KioskConfig &config);
    /// The CUPS queue: there, printer-state, printer-state-reasons, accepting jobs.
    static SelfTestResult checkPrinter(const KioskConfig &config, int timeoutMs);
    /// The ticket display's serial port: there, a tty, openable or held by the running kiosk.
    static SelfTestResult checkDisplay(const KioskConfig &config);
    /// The barcode reader: its serial port as the display's; a keyboard-wedge reader is
    /// skipped with what can be seen of keyboards.
    static SelfTestResult checkReader(const KioskConfig &config);
    /// The central: TCP, TLS with the pinned CA, the token (GET /v1/whoami). `probe` receives
    /// the probe (for the clock check); none when no central is configured or no token.
    static SelfTestResult checkCentral(const KioskConfig &config, std::chrono::milliseconds timeout,
                                       std::optional<sync::ProbeResult> *probe);
    /// The system clock against the central's Date header (when `probe` has one), the build
    /// date and the central's clock at the last sync (from the cache, read-only).
    static SelfTestResult checkClock(const KioskConfig &config, const QDateTime &buildTime,
                                     const std::optional<sync::ProbeResult> &probe);
    /// Builds the kiosk from `config` with the devices and the central left out and the cache
    /// in a temporary folder (nothing of the running kiosk touched), loads Main.qml and waits
    /// half a second: any QML warning fails. Needs a running QGuiApplication.
    static SelfTestResult checkUi(const KioskConfig &config, const Options &options);
};

/// The whole run for scripts: {version, checks: [...], ok}; ok = no check failed.
QJsonObject selfTestJson(const QList<SelfTestResult> &results, const QString &version);

/// Whether any result failed.
bool selfTestFailed(const QList<SelfTestResult> &results);

} // namespace bk
