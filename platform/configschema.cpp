#include "platform/configschema.h"

namespace bk::configschema {

const QList<Key> &schema()
{
    static const QList<Key> keys = {
        {"site",
         "id",
         Type::String,
         "demo",
         "Identifier of the citizen service centre, as the central knows it.",
         [](KioskConfig &c, const QVariant &v) { c.site.id = v.toString(); },
         1,
         40,
         {},
         kIdPattern,
         kIdHelp},
        {"site", "name", Type::String, "Borgerservice",
         "Name of the centre, shown on screen and printed on receipts.",
         [](KioskConfig &c, const QVariant &v) { c.site.name = v.toString(); }, 1, 80},
        {"kiosk",
         "id",
         Type::String,
         "kiosk-1",
         "Identifier of this kiosk, unique within the site.",
         [](KioskConfig &c, const QVariant &v) { c.kiosk.id = v.toString(); },
         1,
         40,
         {},
         kIdPattern,
         kIdHelp},
        {"kiosk", "index", Type::Int, "0",
         "This kiosk's position among the site's kiosks (0 = first); picks its block of "
         "ticket numbers until the central hands them out. Must be less than kiosk.count.",
         [](KioskConfig &c, const QVariant &v) { c.kiosk.index = v.toInt(); }, 0, 63},
        {"kiosk", "count", Type::Int, "1", "How many kiosks the site has.",
         [](KioskConfig &c, const QVariant &v) { c.kiosk.count = v.toInt(); }, 1, 64},
        {"kiosk",
         "languages",
         Type::String,
         "da,en,ar,tr,pl,uk,de",
         "The languages a citizen can choose, in the order the language choice shows them: "
         "language codes separated by commas, each with a catalogue in the build "
         "(qml/i18n/borgerkiosk_<code>.ts; see the README, \"Adding a language\").",
         [](KioskConfig &c, const QVariant &v) {
             c.kiosk.languages.clear();
             for (const QString &code : v.toString().split(u','))
                 c.kiosk.languages.append(code.trimmed());
         },
         2,
         200,
         {},
         kLanguageListPattern,
         kLanguageListHelp},
        {"kiosk",
         "language",
         Type::String,
         "da",
         "The language the screen starts in and returns to after each citizen; one of "
         "kiosk.languages.",
         [](KioskConfig &c, const QVariant &v) { c.kiosk.language = v.toString(); },
         2,
         3,
         {},
         kLanguagePattern,
         kLanguageHelp},
        {"ui",
         "orientation",
         Type::Enum,
         "portrait",
         "How the screen is mounted: portrait (1080x1920) or landscape (1920x1080).",
         [](KioskConfig &c, const QVariant &v) { c.ui.orientation = Orientation(v.toInt()); },
         0,
         0,
         {QStringLiteral("portrait"), QStringLiteral("landscape")}},
        {"ui", "panel_width_mm", Type::Int, "476",
         "Physical width in mm of the screen's visible area along its long (1920-pixel) side, "
         "from the panel's data sheet (\"active area\"): 476 for the 21.5\" reference panel. "
         "Text and touch-target sizes are computed from it, so that they have the same size in "
         "mm on every panel (EN 301 549 5.1.4).",
         [](KioskConfig &c, const QVariant &v) { c.ui.panelWidthMm = v.toInt(); }, 200, 1500},
        {"ui", "fullscreen", Type::Bool, "true",
         "Fill the whole screen (turn off only for testing on a desktop).",
         [](KioskConfig &c, const QVariant &v) { c.ui.fullscreen = v.toBool(); }},
        {"ui", "inactivity_seconds", Type::Int, "30",
         "Seconds without a touch before the kiosk asks whether the citizen is still there.",
         [](KioskConfig &c, const QVariant &v) { c.ui.inactivitySeconds = v.toInt(); }, 10, 600},
        {"ui", "countdown_seconds", Type::Int, "10",
         "Seconds that question is shown before the screen forgets the citizen.",
         [](KioskConfig &c, const QVariant &v) { c.ui.countdownSeconds = v.toInt(); }, 3, 60},
        {"speech", "enabled", Type::Bool, "true",
         "Read screens and receipts aloud on the Listen button, and keys as they are pressed "
         "(Qt TextToSpeech through speech-dispatcher with espeak-ng voices).",
         [](KioskConfig &c, const QVariant &v) { c.speech.enabled = v.toBool(); }},
        {"speech", "rate", Type::Int, "0",
         "Speaking rate in percent of the voice's normal rate: -50 (slow) to 50 (fast). Each "
         "citizen starts at this rate.",
         [](KioskConfig &c, const QVariant &v) { c.speech.rate = v.toInt(); }, -50, 50},
        {"speech", "volume", Type::Int, "80",
         "Speech volume in percent of the system's volume: 10 to 100. Each citizen starts at this "
         "volume.",
         [](KioskConfig &c, const QVariant &v) { c.speech.volume = v.toInt(); }, 10, 100},
        {"speech", "headset_device", Type::Path, "",
         "The headset jack's input device: /dev/borgerkiosk/headset, which the package's udev "
         "rule links to the sound card's event device that reports SW_HEADPHONE_INSERT and lets "
         "the group audio read. Plugging a headset in starts the non-visual mode, pulling it "
         "out ends it. Empty: off (the mode starts with a long press on Listen).",
         [](KioskConfig &c, const QVariant &v) { c.speech.headsetDevice = v.toString(); }, 0, 400},
        {"store", "path", Type::Path, "/var/lib/borgerkiosk/cache.sqlite",
         "The local SQLite cache that keeps check-in working offline.",
         [](KioskConfig &c, const QVariant &v) { c.store.path = v.toString(); }},
        {"store", "retention_days", Type::Int, "1",
         "Days after the booked time when a booking's personal fields are deleted.",
         [](KioskConfig &c, const QVariant &v) { c.store.retentionDays = v.toInt(); }, 0, 30},
        {"devices",
         "printer",
         Type::Enum,
         "none",
         "Receipt printer driver: cups prints ESC/POS through the CUPS queue in [printer].",
         [](KioskConfig &c, const QVariant &v) {
             static constexpr PrinterDriver kDrivers[] = {PrinterDriver::Simulated,
                                                          PrinterDriver::None, PrinterDriver::Cups};
             c.devices.printer = kDrivers[v.toInt()];
         },
         0,
         0,
         {QStringLiteral("simulated"), QStringLiteral("none"), QStringLiteral("cups")}},
        {"devices",
         "display",
         Type::Enum,
         "none",
         "Ticket display (lobby call-out) driver: serial drives the line display in [display].",
         [](KioskConfig &c, const QVariant &v) {
             static constexpr DisplayDriver kDrivers[] = {
                 DisplayDriver::Simulated, DisplayDriver::None, DisplayDriver::Serial};
             c.devices.display = kDrivers[v.toInt()];
         },
         0,
         0,
         {QStringLiteral("simulated"), QStringLiteral("none"), QStringLiteral("serial")}},
        {"devices",
         "scanner",
         Type::Enum,
         "none",
         "Barcode reader driver: serial reads the port in [scanner]; wedge takes fast bursts of "
         "keystrokes ending in Enter from a reader that types like a USB keyboard.",
         [](KioskConfig &c, const QVariant &v) {
             static constexpr ScannerDriver kDrivers[] = {
                 ScannerDriver::Simulated, ScannerDriver::None, ScannerDriver::Serial,
                 ScannerDriver::Wedge};
             c.devices.scanner = kDrivers[v.toInt()];
         },
         0,
         0,
         {QStringLiteral("simulated"), QStringLiteral("none"), QStringLiteral("serial"),
          QStringLiteral("wedge")}},
        {"devices", "receipt_dir", Type::Path, "/var/lib/borgerkiosk/receipts",
         "Folder where the simulated printer saves each receipt as a PNG image.",
         [](KioskConfig &c, const QVariant &v) { c.devices.receiptDir = v.toString(); }},
        {"printer",
         "queue",
         Type::String,
         "borgerkiosk",
         "CUPS queue the receipts are sent to, raw (packaging sets it up with lpadmin -m raw).",
         [](KioskConfig &c, const QVariant &v) { c.printer.queue = v.toString(); },
         1,
         127,
         {},
         "[A-Za-z0-9_.-]{1,127}",
         "a CUPS queue name: 1 to 127 letters a-z, A-Z, digits, '_', '.' or '-'"},
        {"printer",
         "server",
         Type::String,
         "",
         "CUPS server as host:port or a socket path; empty uses the system's CUPS default.",
         [](KioskConfig &c, const QVariant &v) { c.printer.server = v.toString(); },
         0,
         255,
         {},
         "[^\\s]{0,255}",
         "empty, host:port or an absolute socket path, without spaces"},
        {"printer",
         "codepage",
         Type::Enum,
         "pc865",
         "Character table the printer is driven in (ESC t); text it cannot hold is printed as "
         "an image.",
         [](KioskConfig &c, const QVariant &v) { c.printer.codePage = PrinterCodePage(v.toInt()); },
         0,
         0,
         {QStringLiteral("pc865"), QStringLiteral("wpc1252")}},
        {"printer",
         "paper_width_mm",
         Type::Enum,
         "80",
         "Paper roll width in mm of a 203-dpi printer: 80 (576 dots per line, 48 columns) or "
         "58 (384 dots, 32 columns). Only used while dots is 0; for any other printer set dots "
         "(and columns) instead.",
         [](KioskConfig &c, const QVariant &v) {
             c.printer.paperWidthMm = v.toInt() == 0 ? 58 : 80;
         },
         0,
         0,
         {QStringLiteral("58"), QStringLiteral("80")}},
        {"printer", "dots", Type::Int, "0",
         "Printable dots per line, from the printer's manual or self-test print: 576 for 80 mm "
         "at 203 dpi (Epson TM-T20 and most clones), 512 for 80 mm at 180 dpi (Epson TM-T88 "
         "series), 384 for 58 mm at 203 dpi. Text images, raster QR codes and barcode widths are "
         "fitted to it. 0 takes it "
         "from paper_width_mm.",
         [](KioskConfig &c, const QVariant &v) { c.printer.dots = v.toInt(); }, 0, 1024},
        {"printer", "columns", Type::Int, "0",
         "Characters per line of the printer's font A at normal size (text is wrapped to it): "
         "48 at 576 dots, 42 at 512 dots (or an 80 mm printer set to 42-column mode), 32 at "
         "384 dots. 0 takes dots / 12 (font A is 12 dots wide).",
         [](KioskConfig &c, const QVariant &v) { c.printer.columns = v.toInt(); }, 0, 128},
        {"printer",
         "qr",
         Type::Enum,
         "native",
         "How QR codes are printed: native sends the GS ( k QR command (Epson TM and most "
         "clones); raster draws the symbol and sends it as an image (GS v 0), for cheap "
         "printers without native QR (they print nothing or the raw text).",
         [](KioskConfig &c, const QVariant &v) { c.printer.qr = PrinterQrMode(v.toInt()); },
         0,
         0,
         {QStringLiteral("native"), QStringLiteral("raster")}},
        {"printer", "pc865_number", Type::Int, "5",
         "The n of the ESC t n command that selects the PC865 (Nordic) table on this printer: "
         "5 on Epson; clones that number their tables differently list the number on their "
         "self-test print (borgerkiosk --print-test-page shows whether æøå print right).",
         [](KioskConfig &c, const QVariant &v) { c.printer.pc865Number = v.toInt(); }, 0, 255},
        {"printer", "wpc1252_number", Type::Int, "16",
         "The n of ESC t n that selects the WPC1252 (Windows Latin-1) table on this printer: "
         "16 on Epson; see pc865_number.",
         [](KioskConfig &c, const QVariant &v) { c.printer.wpc1252Number = v.toInt(); }, 0, 255},
        {"display", "port", Type::Path, "/dev/borgerkiosk/display",
         "Serial port of the ticket display: the name the package's udev rules give it, stable "
         "across replugs and USB ports (see /lib/udev/rules.d/60-borgerkiosk.rules).",
         [](KioskConfig &c, const QVariant &v) { c.display.port = v.toString(); }},
        {"display",
         "baud",
         Type::Enum,
         "9600",
         "Serial speed the display is set to (8 data bits, no parity, 1 stop bit).",
         [](KioskConfig &c, const QVariant &v) {
             static constexpr int kBauds[] = {9600, 19200, 38400, 115200};
             c.display.baud = kBauds[v.toInt()];
         },
         0,
         0,
         {QStringLiteral("9600"), QStringLiteral("19200"), QStringLiteral("38400"),
          QStringLiteral("115200")}},
        {"display",
         "protocol",
         Type::Enum,
         "cd5220",
         "Command set the display speaks: cd5220 or epson (ESC/POS customer display).",
         [](KioskConfig &c, const QVariant &v) { c.display.protocol = DisplayProtocol(v.toInt()); },
         0,
         0,
         {QStringLiteral("cd5220"), QStringLiteral("epson")}},
        {"display", "rows", Type::Int, "2", "Text rows the display has.",
         [](KioskConfig &c, const QVariant &v) { c.display.rows = v.toInt(); }, 1, 4},
        {"display", "columns", Type::Int, "20", "Characters per row.",
         [](KioskConfig &c, const QVariant &v) { c.display.columns = v.toInt(); }, 16, 40},
        {"display", "idle_text", Type::String, "Velkommen",
         "Shown under the site name (site.name) while no number has been called: the display "
         "is cleared and shows it at start and whenever it is plugged back in before the "
         "first call-out. Empty shows the site name alone.",
         [](KioskConfig &c, const QVariant &v) { c.display.idleText = v.toString(); }, 0, 80},
        {"scanner", "port", Type::Path, "/dev/borgerkiosk/reader",
         "Serial port of the barcode reader (devices.scanner = serial): the name the package's "
         "udev rules give it.",
         [](KioskConfig &c, const QVariant &v) { c.scanner.port = v.toString(); }},
        {"scanner",
         "baud",
         Type::Enum,
         "9600",
         "Serial speed of the barcode reader (USB CDC readers ignore it).",
         [](KioskConfig &c, const QVariant &v) {
             static constexpr int kBauds[] = {9600, 19200, 38400, 115200};
             c.scanner.baud = kBauds[v.toInt()];
         },
         0,
         0,
         {QStringLiteral("9600"), QStringLiteral("19200"), QStringLiteral("38400"),
          QStringLiteral("115200")}},
        {"scanner",
         "wedge_layout",
         Type::Enum,
         "us",
         "Keyboard layout a wedge reader types in (its keyboard country setting; readers ship "
         "set to us). Where the display server reports key positions (Wayland, X11) the "
         "reader's keys are read by position, so the kiosk's own keymap does not matter.",
         [](KioskConfig &c, const QVariant &v) {
             c.scanner.wedgeLayout = KeyboardLayout(v.toInt());
         },
         0,
         0,
         {QStringLiteral("us"), QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("sv"),
          QStringLiteral("no"), QStringLiteral("uk")}},
        {"scanner",
         "wedge_keymap",
         Type::Enum,
         "auto",
         "The kiosk's own keymap, used to map a wedge reader's characters back where key "
         "positions are not reported; auto takes XKB_DEFAULT_LAYOUT from the environment, or "
         "the same as wedge_layout. A scan that only reads through another layout is still "
         "taken, and logged with the value to set here.",
         [](KioskConfig &c, const QVariant &v) {
             c.scanner.wedgeKeymap =
                 v.toInt() == 0 ? std::nullopt
                                : std::optional<KeyboardLayout>(KeyboardLayout(v.toInt() - 1));
         },
         0,
         0,
         {QStringLiteral("auto"), QStringLiteral("us"), QStringLiteral("da"), QStringLiteral("de"),
          QStringLiteral("sv"), QStringLiteral("no"), QStringLiteral("uk")}},
        {"scanner", "wedge_max_gap_ms", Type::Int, "80",
         "Longest pause between two keys of one wedge scan, in ms, by the key events' own "
         "timestamps. USB readers type a key every 1-15 ms, Bluetooth readers every 40-60 ms; "
         "a person typing takes 120 ms or more, and a scan also needs 6 keys in a row.",
         [](KioskConfig &c, const QVariant &v) { c.scanner.wedgeMaxGapMs = v.toInt(); }, 10, 250},
        {"scanner",
         "wedge_terminator",
         Type::Enum,
         "enter",
         "What the wedge reader sends after each code (its suffix setting): enter, tab, or "
         "none (a pause of twice wedge_max_gap_ms ends the scan).",
         [](KioskConfig &c, const QVariant &v) {
             c.scanner.wedgeTerminator = ScanTerminator(v.toInt());
         },
         0,
         0,
         {QStringLiteral("enter"), QStringLiteral("tab"), QStringLiteral("none")}},
        {"demo", "enabled", Type::Bool, "false",
         "Seed the demo site into the cache at start and show the demo side panel.",
         [](KioskConfig &c, const QVariant &v) { c.demo.enabled = v.toBool(); }},
        {"central",
         "url",
         Type::String,
         "",
         "Address of the central server (https://host:port). Empty: the kiosk works from its "
         "cache alone and books locally (demo, a site without a central).",
         [](KioskConfig &c, const QVariant &v) { c.central.url = v.toString(); },
         0,
         200,
         {},
         "(https?://[A-Za-z0-9.:\\[\\]-]+)?",
         "empty or https://host:port"},
        {"central", "ca_file", Type::Path, "",
         "The PEM file of the CA that signed the central's certificate; the only CA the kiosk "
         "trusts for the central.",
         [](KioskConfig &c, const QVariant &v) { c.central.caFile = v.toString(); }, 0, 400},
        {"central", "token_file", Type::Path, "/var/lib/borgerkiosk/token",
         "The file holding this kiosk's token from enrolment (mode 0600, owned by the kiosk "
         "user). Read only when central.url is set.",
         [](KioskConfig &c, const QVariant &v) { c.central.tokenFile = v.toString(); }, 0, 400},
        {"central",
         "enrolment_code",
         Type::String,
         "",
         "One-time enrolment code from the central (borgerkiosk-central --make-enrol-code SITE). "
         "At start, when central.url is set and token_file is missing or empty, the kiosk "
         "trades it for its token and writes token_file (mode 0600); once token_file exists the "
         "code is ignored, so it may stay here. borgerkiosk --enrol does only this step. Leave "
         "empty once enrolled, or when the token file is put in place by hand.",
         [](KioskConfig &c, const QVariant &v) { c.central.enrolmentCode = v.toString(); },
         0,
         64,
         {},
         "[A-Za-z0-9-]{0,64}",
         "empty or the code as given: up to 64 letters, digits or '-'"},
        {"central", "dev_plain_http", Type::Bool, "false",
         "Development only: allow an http:// central address (tokens travel unencrypted).",
         [](KioskConfig &c, const QVariant &v) { c.central.devPlainHttp = v.toBool(); }},
        {"central", "static_number_limit", Type::Int, "500",
         "With a central: highest ticket number the kiosk issues from its own partition "
         "before the central hands it blocks (0 = no limit); set the central's numberBlockBase "
         "above it so that no number is "
         "issued twice.",
         [](KioskConfig &c, const QVariant &v) { c.central.staticNumberLimit = v.toInt(); }, 0,
         100000},
        {"central", "poll_seconds", Type::Int, "30",
         "Seconds between sync rounds while the central answers (failures retry sooner, then "
         "back off).",
         [](KioskConfig &c, const QVariant &v) { c.central.pollSeconds = v.toInt(); }, 2, 3600},
        {"central", "unreachable_alert_minutes", Type::Int, "5",
         "Minutes the central may be unreachable before the kiosk raises a staff alert "
         "(central-unreachable); it reaches the central, with the time the link went down, "
         "when the link is back.",
         [](KioskConfig &c, const QVariant &v) { c.central.unreachableAlertMinutes = v.toInt(); },
         1, 1440},
        {"admin", "pin_file", Type::Path, "/var/lib/borgerkiosk/admin-pin",
         "The technician's admin PIN, stored only as a salted PBKDF2 hash with the count of wrong "
         "attempts and the lockout (mode 0600, owned by the kiosk user). Set it with "
         "borgerkiosk --set-admin-pin; without it the admin screen cannot be opened.",
         [](KioskConfig &c, const QVariant &v) { c.admin.pinFile = v.toString(); }, 0, 400},
        {"log",
         "level",
         Type::Enum,
         "info",
         "Least severe log messages written to the journal.",
         [](KioskConfig &c, const QVariant &v) { c.log.level = LogLevel(v.toInt()); },
         0,
         0,
         {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning")}},
    };
    return keys;
}

QStringList sections()
{
    QStringList out;
    for (const Key &k : schema())
        if (!out.contains(QLatin1String(k.section)))
            out.append(QLatin1String(k.section));
    return out;
}

const Key *findKey(const QString &section, const QString &name)
{
    for (const Key &k : schema())
        if (section == QLatin1String(k.section) && name == QLatin1String(k.name))
            return &k;
    return nullptr;
}

QString allowedText(const Key &k)
{
    switch (k.type) {
    case Type::String:
        if (k.patternHelp)
            return QStringLiteral("expected %1").arg(QLatin1String(k.patternHelp));
        return QStringLiteral("expected text of %1 to %2 characters").arg(k.min).arg(k.max);
    case Type::Bool:
        return QStringLiteral("expected true or false (also yes/no, on/off, 1/0)");
    case Type::Int:
        return QStringLiteral("expected a whole number from %1 to %2").arg(k.min).arg(k.max);
    case Type::Enum:
        return QStringLiteral("expected one of: %1").arg(k.allowed.join(QStringLiteral(", ")));
    case Type::Path:
        return QStringLiteral("expected a file system path (relative to this file's folder "
                              "or absolute)");
    }
    return {};
}

namespace {

/// `text` as # comment lines of at most ~90 columns, broken at spaces.
QString commentBlock(const QString &text)
{
    constexpr int kWidth = 88;
    QString out;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > kWidth) {
            out += QStringLiteral("# ") + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out + QStringLiteral("# ") + line + u'\n';
}

} // namespace

} // namespace bk::configschema

namespace bk {

QString exampleConfig()
{
    using configschema::commentBlock;
    using configschema::Key;
    using configschema::Type;
    QString out = QStringLiteral(
        "# borgerkiosk configuration: /etc/borgerkiosk/kiosk.conf\n"
        "#\n"
        "# Every key, with what it means, what is allowed and its default value. A key left out\n"
        "# keeps its default. Lines starting with # are comments. The kiosk refuses to start\n"
        "# when a key is unknown, duplicated or has a value that is not allowed, and names the\n"
        "# line. Relative paths are resolved against this file's folder.\n"
        "#\n"
        "# Generated from the schema in platform/configschema.cpp (bk::exampleConfig());\n"
        "# a unit test keeps packaging/kiosk.conf.example equal to it.\n");
    QString section;
    for (const Key &k : configschema::schema()) {
        if (section != QLatin1String(k.section)) {
            section = QLatin1String(k.section);
            out += QStringLiteral("\n[%1]\n").arg(section);
        } else {
            out += u'\n';
        }
        out += commentBlock(QString::fromUtf8(k.doc));
        // "expected X" reads as "Allowed: X" in a file; enums list just the words.
        const QString allowed = k.type == Type::Enum ? k.allowed.join(QStringLiteral(", "))
                                                     : configschema::allowedText(k).mid(9);
        out += commentBlock(QStringLiteral("Allowed: %1.").arg(allowed));
        // An empty default is written as "" so the line does not end in a stray space.
        const QString value = QString::fromUtf8(k.defaultText);
        out += QStringLiteral("%1 = %2\n")
                   .arg(QLatin1String(k.name), value.isEmpty() ? QStringLiteral("\"\"") : value);
    }
    return out;
}

} // namespace bk
