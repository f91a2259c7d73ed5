#pragma once
// The kiosk's one configuration file, /etc/borgerkiosk/kiosk.conf: an INI-like text with
// [section] headers, `key = value` lines, # comments and blank lines, in UTF-8. Every key is
// listed once, with its type, default and documentation, in the schema (configschema.h); the
// example file (packaging/kiosk.conf.example) is rendered from that schema. Validation is
// strict and complete: an unknown key, a bad value, a duplicate or a malformed line is an
// error that names the file, line, key, value and what is allowed, and all errors are
// reported at once so a technician fixes the file in one go.

#include "platform/logging.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace bk {

/// Screen orientation the UI is laid out for.
enum class Orientation { Portrait, Landscape };
/// Which receipt printer driver to build.
enum class PrinterDriver { None, Simulated, Cups };
/// Which ticket display driver to build.
enum class DisplayDriver { None, Simulated, Serial };
/// Which barcode reader driver to build.
enum class ScannerDriver { None, Simulated, Serial, Wedge };
/// The receipt printer's character table ([printer] codepage).
enum class PrinterCodePage { PC865, WPC1252 };
/// How the receipt printer gets QR codes ([printer] qr).
enum class PrinterQrMode { Native, Raster };
/// The serial ticket display's command set ([display] protocol).
enum class DisplayProtocol { CD5220, Epson };
/// A keyboard layout ([scanner] wedge_layout, wedge_keymap): US, Danish, German, Swedish,
/// Norwegian, UK.
enum class KeyboardLayout { Us, Da, De, Sv, No, Uk };
/// What a wedge reader sends after each code ([scanner] wedge_terminator).
enum class ScanTerminator { Enter, Tab, None };

/// The validated configuration, one field per key. A default-constructed KioskConfig is
/// empty; defaultConfig() (or parsing an empty file) gives the documented defaults.
struct KioskConfig
{
    struct Site
    {
        QString id;   ///< site.id: [a-z0-9-]{1,40}
        QString name; ///< site.name: shown on screen and on receipts

        friend bool operator==(const Site &, const Site &) = default;
    } site;
    struct Kiosk
    {
        QString id;            ///< kiosk.id: [a-z0-9-]{1,40}
        int index = 0;         ///< kiosk.index: position among the site's kiosks (< count)
        int count = 0;         ///< kiosk.count: kiosks at the site
        QStringList languages; ///< kiosk.languages: the codes a citizen can choose, in order
        QString language;      ///< kiosk.language: one of languages, the one the screen returns to

        friend bool operator==(const Kiosk &, const Kiosk &) = default;
    } kiosk;
    struct Ui
    {
        Orientation orientation = Orientation::Portrait;
        int panelWidthMm = 0; ///< ui.panel_width_mm: the visible area's long side
        bool fullscreen = false;
        int inactivitySeconds = 0; ///< ui.inactivity_seconds
        int countdownSeconds = 0;  ///< ui.countdown_seconds

        friend bool operator==(const Ui &, const Ui &) = default;
    } ui;
    struct Speech
    {
        bool enabled = true;   ///< speech.enabled
        int rate = 0;          ///< speech.rate: percent, -50 … 50
        int volume = 80;       ///< speech.volume: percent, 10 … 100
        QString headsetDevice; ///< speech.headset_device: absolute path, or empty (off)

        friend bool operator==(const Speech &, const Speech &) = default;
    } speech;
    struct Store
    {
        QString path;          ///< store.path: absolute
        int retentionDays = 0; ///< store.retention_days

        friend bool operator==(const Store &, const Store &) = default;
    } store;
    struct Devices
    {
        PrinterDriver printer = PrinterDriver::None;
        DisplayDriver display = DisplayDriver::None;
        ScannerDriver scanner = ScannerDriver::None;
        QString receiptDir; ///< devices.receipt_dir: absolute

        friend bool operator==(const Devices &, const Devices &) = default;
    } devices;
    struct Printer
    {
        QString queue;  ///< printer.queue: CUPS queue name
        QString server; ///< printer.server: "host:port" or a socket path; empty = CUPS default
        PrinterCodePage codePage = PrinterCodePage::PC865;
        int paperWidthMm = 80; ///< printer.paper_width_mm: 58 or 80
        int dots = 0;          ///< printer.dots: printable dots per line; 0 = from paperWidthMm
        int columns = 0;       ///< printer.columns: font A characters per line; 0 = dots / 12
        PrinterQrMode qr = PrinterQrMode::Native;
        int pc865Number = 5;    ///< printer.pc865_number: the n of ESC t n for PC865
        int wpc1252Number = 16; ///< printer.wpc1252_number: the n of ESC t n for WPC1252

        /// Printable dots per line: `dots`, or 576 (80 mm) / 384 (58 mm) at 203 dpi.
        int dotsPerLine() const { return dots > 0 ? dots : paperWidthMm == 58 ? 384 : 576; }
        /// Font A characters per line: `columns`, or dotsPerLine() / 12 (12-dot font A).
        int fontAColumns() const { return columns > 0 ? columns : dotsPerLine() / 12; }

        friend bool operator==(const Printer &, const Printer &) = default;
    } printer;
    struct Display
    {
        QString port; ///< display.port: absolute device path
        int baud = 0;
        DisplayProtocol protocol = DisplayProtocol::CD5220;
        int rows = 0;
        int columns = 0;
        QString idleText; ///< display.idle_text: shown under site.name until the first call-out

        friend bool operator==(const Display &, const Display &) = default;
    } display;
    struct Scanner
    {
        QString port; ///< scanner.port: absolute device path (serial driver only)
        int baud = 0;
        KeyboardLayout wedgeLayout =
            KeyboardLayout::Us;                    ///< scanner.wedge_layout: the reader's layout
        std::optional<KeyboardLayout> wedgeKeymap; ///< scanner.wedge_keymap: none = auto
        int wedgeMaxGapMs = 0;                     ///< scanner.wedge_max_gap_ms
        ScanTerminator wedgeTerminator = ScanTerminator::Enter; ///< scanner.wedge_terminator

        friend bool operator==(const Scanner &, const Scanner &) = default;
    } scanner;
    struct Demo
    {
        bool enabled = false;

        friend bool operator==(const Demo &, const Demo &) = default;
    } demo;
    struct Central
    {
        QString url;       ///< central.url: https://host:port; empty = no central
        QString caFile;    ///< central.ca_file: the only CA trusted for the central
        QString tokenFile; ///< central.token_file: the kiosk token from enrolment
        /// central.enrolment_code: one-time code traded for the token when token_file is absent
        QString enrolmentCode;
        bool devPlainHttp = false;       ///< central.dev_plain_http
        int staticNumberLimit = 0;       ///< central.static_number_limit
        int pollSeconds = 0;             ///< central.poll_seconds
        int unreachableAlertMinutes = 5; ///< central.unreachable_alert_minutes

        friend bool operator==(const Central &, const Central &) = default;
    } central;
    struct Admin
    {
        QString pinFile; ///< admin.pin_file: the admin PIN's hash and lockout (adminpin.h)

        friend bool operator==(const Admin &, const Admin &) = default;
    } admin;
    struct Log
    {
        LogLevel level = LogLevel::Info;

        friend bool operator==(const Log &, const Log &) = default;
    } log;

    friend bool operator==(const KioskConfig &, const KioskConfig &) = default;
};

/// A configuration or the reasons there is none. `config` is only meaningful without errors.
struct ConfigResult
{
    KioskConfig config;
    QStringList errors;        ///< one line each: "file:line: key = "value": what is allowed"
    QString fileName;          ///< the file as named to loadConfig()/parseConfig()
    QHash<QString, int> lines; ///< full key name ("central.ca_file") -> line it was set on

    bool ok() const { return errors.isEmpty(); }
    /// "file:line: " for a key set in the file, "file: " for one left at its default: the
    /// head of a message about that key's value found after parsing (e.g. an unreadable CA).
    QString at(const QString &fullKey) const;
};

/// Reads and validates the file at `path`; a missing or unreadable file is an error.
ConfigResult loadConfig(const QString &path);

/// Validates `text` as if read from `fileName` (named in errors; relative paths in values are
/// resolved against its folder).
ConfigResult parseConfig(QByteArrayView text, const QString &fileName);

/// The documented defaults of every key (what an empty file gives).
KioskConfig defaultConfig();

/// The example file: every key with its documentation, what is allowed and `key = default`.
QString exampleConfig();

} // namespace bk
