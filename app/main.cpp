// borgerkiosk: the composition root. Builds every service in dependency order and hands
// them to the QML UI; nothing else in the program constructs a service.

#include "platform/commandline.h"
#include "platform/config.h"
#include "platform/logging.h"

#include "demo/demosite.h"
#include "domain/clock.h"
#include "domain/scanpayload.h"
#include "store/cachestore.h"
#include "sync/syncedhours.h"
#include "sync/syncstatus.h"

#include "drivers/barcodereader.h"
#include "drivers/cupsreceiptprinter.h"
#include "drivers/printertestpage.h"
#include "drivers/receiptprinter.h"
#include "drivers/serialbarcodereader.h"
#include "drivers/serialticketdisplay.h"
#include "drivers/simulatedbarcodereader.h"
#include "drivers/simulatedreceiptprinter.h"
#include "drivers/simulatedticketdisplay.h"
#include "drivers/ticketdisplay.h"
#include "drivers/wedgebarcodereader.h"
#include "kiosk/bookingflow.h"
#include "kiosk/cachebookingbackend.h"
#include "kiosk/centrallink.h"
#include "kiosk/centralstatus.h"
#include "kiosk/chanceflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/clockguard.h"
#include "kiosk/democontroller.h"
#include "kiosk/inactivityguard.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/receiptslipprinter.h"
#include "kiosk/session.h"
#include "kiosk/translations.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Borgerkiosk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Borgerkiosk_UiPlugin)

Q_LOGGING_CATEGORY(lcMain, "bk.main")

namespace {

// Exit codes a technician (and systemd) can tell apart; values from sysexits.h.
constexpr int kExitUsage = 64;
constexpr int kExitConfig = 78;
constexpr int kExitUnavailable = 69;

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

struct Devices
{
    std::unique_ptr<bk::ReceiptPrinter> printer;
    std::unique_ptr<bk::TicketDisplay> display;
    std::unique_ptr<bk::BarcodeReader> scanner;
    bk::SimulatedReceiptPrinter *simPrinter = nullptr;
    bk::SimulatedTicketDisplay *simDisplay = nullptr;
    bk::SimulatedBarcodeReader *simScanner = nullptr;
};

bk::CupsPrinterOptions cupsOptions(const bk::KioskConfig &cfg)
{
    bk::CupsPrinterOptions o;
    o.server = cfg.printer.server;
    o.queue = cfg.printer.queue;
    o.setup.codePage = cfg.printer.codePage == bk::PrinterCodePage::WPC1252
                           ? bk::escpos::CodePage::WPC1252
                           : bk::escpos::CodePage::PC865;
    o.setup.widthDots = cfg.printer.dotsPerLine();
    o.setup.columns = cfg.printer.fontAColumns();
    o.setup.qr =
        cfg.printer.qr == bk::PrinterQrMode::Raster ? bk::QrMode::Raster : bk::QrMode::Native;
    o.setup.codePageNumbers = {quint8(cfg.printer.pc865Number), quint8(cfg.printer.wpc1252Number)};
    return o;
}

bk::SerialDisplayOptions displayOptions(const bk::KioskConfig &cfg)
{
    bk::SerialDisplayOptions o;
    o.serial = {cfg.display.port, cfg.display.baud};
    o.protocol = cfg.display.protocol == bk::DisplayProtocol::Epson
                     ? bk::display::Protocol::EpsonDisplay
                     : bk::display::Protocol::CD5220;
    o.rows = cfg.display.rows;
    o.columns = cfg.display.columns;
    o.idleLines = {cfg.site.name};
    if (!cfg.display.idleText.isEmpty())
        o.idleLines.append(cfg.display.idleText);
    return o;
}

/// The wedge reader's settings from [scanner]. The kiosk's keymap: wedge_keymap, or with auto
/// the compositor's XKB_DEFAULT_LAYOUT (cage reads the same variable). Key positions are used
/// where the platform reports XKB key codes; the app's scan parser recognises a scan that only
/// reads through another keymap.
bk::WedgeOptions wedgeOptions(const bk::KioskConfig &cfg)
{
    static constexpr bk::keylayout::Layout kLayouts[] = {
        bk::keylayout::Layout::Us, bk::keylayout::Layout::Da, bk::keylayout::Layout::De,
        bk::keylayout::Layout::Sv, bk::keylayout::Layout::No, bk::keylayout::Layout::Uk};
    static constexpr bk::WedgeTerminator kTerminators[] = {
        bk::WedgeTerminator::Enter, bk::WedgeTerminator::Tab, bk::WedgeTerminator::None};
    bk::WedgeOptions o;
    o.maxGapMs = cfg.scanner.wedgeMaxGapMs;
    o.terminator = kTerminators[int(cfg.scanner.wedgeTerminator)];
    o.readerLayout = kLayouts[int(cfg.scanner.wedgeLayout)];
    if (cfg.scanner.wedgeKeymap)
        o.kioskKeymap = kLayouts[int(*cfg.scanner.wedgeKeymap)];
    else
        o.kioskKeymap = bk::keylayout::fromXkbName(qEnvironmentVariable("XKB_DEFAULT_LAYOUT"));
    o.scanCodeOffset = bk::scanCodeOffsetFor(QGuiApplication::platformName());
    o.accepts = [](const QByteArray &raw) {
        return bk::parseScan(std::string_view(raw.constData(), std::size_t(raw.size()))).ok();
    };
    qCInfo(lcMain).noquote() << "scanner: wedge reader typing"
                             << bk::keylayout::name(o.readerLayout) << "on keymap"
                             << (o.kioskKeymap ? bk::keylayout::name(*o.kioskKeymap)
                                               : QLatin1StringView("(as the reader)"))
                             << (o.scanCodeOffset ? "read by key position"
                                                  : "read by character (no key positions)");
    return o;
}

/// Logs every change of a device's state for the technician (journald). The reasons are the
/// drivers' words about the device (paper, port, queue), never a citizen's data.
template <typename Device> void logStatusChanges(Device &device, const char *what)
{
    const auto log = [&device, what] {
        const bk::DeviceStatus s = device.status();
        if (s.state == bk::DeviceState::Connected && s.reason.isEmpty())
            qCInfo(lcMain).noquote() << what << bk::stateKey(s.state);
        else
            qCWarning(lcMain).noquote() << what << bk::stateKey(s.state) + u':' << s.reason;
    };
    QObject::connect(&device, &Device::statusChanged, &device, log);
}

/// The receipt printer named in [devices] printer; `sim` is set when it is the simulated one.
std::unique_ptr<bk::ReceiptPrinter> makePrinter(const bk::KioskConfig &cfg,
                                                bk::SimulatedReceiptPrinter **sim)
{
    switch (cfg.devices.printer) {
    case bk::PrinterDriver::Simulated: {
        auto p = std::make_unique<bk::SimulatedReceiptPrinter>(cfg.devices.receiptDir);
        *sim = p.get();
        return p;
    }
    case bk::PrinterDriver::Cups: {
        auto p = std::make_unique<bk::CupsReceiptPrinter>(cupsOptions(cfg));
        // A receipt reported failed (the code was shown on screen) is cancelled in CUPS; should
        // CUPS have printed it before the cancel landed, staff must know a stray receipt is in
        // the tray (the driver's reason says so; no citizen data in it).
        QObject::connect(p.get(), &bk::CupsReceiptPrinter::jobPrintedLate, p.get(),
                         [](quint64 job, const QString &reason) {
                             qCWarning(lcMain).noquote() << "receipt job" << job << reason;
                         });
        return p;
    }
    case bk::PrinterDriver::None:
        break;
    }
    return std::make_unique<bk::NullReceiptPrinter>();
}

/// The devices named in [devices]: real drivers, simulated twins or null devices. Each reports
/// its state through status()/statusChanged, which the app reads (printer readiness on the
/// home screen) and which is logged here.
Devices makeDevices(const bk::KioskConfig &cfg)
{
    Devices d;
    d.printer = makePrinter(cfg, &d.simPrinter);
    switch (cfg.devices.display) {
    case bk::DisplayDriver::Simulated: {
        auto p = std::make_unique<bk::SimulatedTicketDisplay>();
        d.simDisplay = p.get();
        d.display = std::move(p);
        break;
    }
    case bk::DisplayDriver::Serial:
        d.display = std::make_unique<bk::SerialTicketDisplay>(displayOptions(cfg));
        break;
    case bk::DisplayDriver::None:
        d.display = std::make_unique<bk::NullTicketDisplay>();
        break;
    }
    switch (cfg.devices.scanner) {
    case bk::ScannerDriver::Simulated: {
        auto p = std::make_unique<bk::SimulatedBarcodeReader>();
        d.simScanner = p.get();
        d.scanner = std::move(p);
        break;
    }
    case bk::ScannerDriver::Serial:
        d.scanner = std::make_unique<bk::SerialBarcodeReader>(
            bk::SerialSettings{cfg.scanner.port, cfg.scanner.baud});
        break;
    case bk::ScannerDriver::Wedge:
        // Watches the key events of every window of the application.
        d.scanner = std::make_unique<bk::WedgeBarcodeReader>(QCoreApplication::instance(),
                                                             wedgeOptions(cfg));
        break;
    case bk::ScannerDriver::None:
        d.scanner = std::make_unique<bk::NullBarcodeReader>();
        break;
    }
    logStatusChanges(*d.printer, "printer");
    logStatusChanges(*d.display, "display");
    logStatusChanges(*d.scanner, "scanner");
    return d;
}

/// --print-test-page: prints the printer test page with the configured printer and profile,
/// waits for the job's outcome and prints it; 0 when the page was printed or sent.
int printTestPage(const bk::KioskConfig &cfg)
{
    if (cfg.devices.printer == bk::PrinterDriver::None) {
        printErr(QStringLiteral("borgerkiosk: devices.printer = none: there is no printer to "
                                "test; set devices.printer = cups and the [printer] keys"));
        return kExitConfig;
    }
    bk::SimulatedReceiptPrinter *simulated = nullptr;
    const std::unique_ptr<bk::ReceiptPrinter> printer = makePrinter(cfg, &simulated);
    const bk::CupsPrinterOptions options = cupsOptions(cfg);
    std::printf("printer test page: queue %s, profile:\n", qPrintable(options.queue));
    for (const QString &line : bk::printerProfileLines(options.setup))
        std::printf("  %s\n", qPrintable(line));
    std::fflush(stdout);
    int rc = kExitUnavailable;
    QObject::connect(printer.get(), &bk::ReceiptPrinter::jobFinished, printer.get(),
                     [&rc](quint64, bk::ReceiptPrinter::Outcome outcome, const QString &reason) {
                         switch (outcome) {
                         case bk::ReceiptPrinter::Outcome::Printed:
                             std::printf("test page printed\n");
                             rc = 0;
                             break;
                         case bk::ReceiptPrinter::Outcome::Sent:
                             // A raw socket:// or usb:// queue cannot say whether paper came
                             // out: the technician looks at the printer.
                             std::printf("test page sent to the printer (this queue cannot "
                                         "confirm paper: check that the page came out)\n");
                             rc = 0;
                             break;
                         case bk::ReceiptPrinter::Outcome::Failed:
                             printErr(QStringLiteral("test page not printed: %1").arg(reason));
                             rc = 1;
                             break;
                         }
                         QCoreApplication::exit(rc);
                     });
    // The driver reports every job within its job timeout; this only ends a wait for a driver
    // that never answers.
    QTimer::singleShot(options.jobTimeoutMs + 10000, printer.get(), [] {
        printErr(QStringLiteral("test page not printed: no outcome from the printer driver"));
        QCoreApplication::exit(kExitUnavailable);
    });
    printer->print(bk::printerTestPage(options.setup, cfg.site.name, QDateTime::currentDateTime()),
                   1);
    QCoreApplication::exec();
    return rc;
}

/// Puts the demo site and today's demo bookings into the cache.
bool seedDemo(bk::CacheStore &store, const bk::Clock &clock)
{
    const bk::demo::DemoSite site = bk::demo::site();
    QList<bk::Booking> bookings;
    for (const bk::demo::DemoBooking &b : bk::demo::bookings(clock.now()))
        bookings.append(b.booking);
    if (auto r = store.upsertServices(site.id, site.services); !r) {
        qCCritical(lcMain) << "demo seed failed:" << r.error();
        return false;
    }
    if (auto r = store.upsertBookings(bookings); !r) {
        qCCritical(lcMain) << "demo seed failed:" << r.error();
        return false;
    }
    return true;
}

/// Starts the link to the central configured in kiosk.conf [central] (bk::startCentralLink);
/// empty on success and when no central is configured, else why it could not start.
QString startCentral(const bk::KioskConfig &cfg, const bk::Clock &clock, const Devices &devices,
                     bk::BookingBackend &cacheTimes, bk::KioskController &kiosk,
                     bk::CentralLink &link)
{
    if (cfg.central.url.isEmpty())
        return {};
    QFile tokenFile(cfg.central.tokenFile);
    if (cfg.central.tokenFile.isEmpty() || !tokenFile.open(QIODevice::ReadOnly))
        return QStringLiteral("borgerkiosk: central.token_file '%1' cannot be read; enrol the "
                              "kiosk with a one-time code and store its token there")
            .arg(cfg.central.tokenFile);
    bk::sync::SyncConfig sc;
    sc.centralUrl = cfg.central.url;
    sc.caFile = cfg.central.caFile;
    sc.devPlainHttp = cfg.central.devPlainHttp;
    sc.token = QString::fromUtf8(tokenFile.readAll().trimmed());
    sc.site = cfg.site.id;
    sc.kioskId = cfg.kiosk.id;
    sc.cachePath = cfg.store.path;
    sc.pollIntervalMs = cfg.central.pollSeconds * 1000;
    // The heartbeat carries each device's state key ("connected", "error", ...) as it is now.
    const auto heartbeat = [&devices] {
        bk::sync::HeartbeatInfo h;
        h.versions.insert(QStringLiteral("borgerkiosk"), QStringLiteral(BK_VERSION));
        h.printer = bk::stateKey(devices.printer->status().state);
        h.display = bk::stateKey(devices.display->status().state);
        h.scanner = bk::stateKey(devices.scanner->status().state);
        return h;
    };
    if (const QString e = bk::startCentralLink(sc, heartbeat(), clock, cacheTimes, kiosk, link);
        !e.isEmpty())
        return QStringLiteral("borgerkiosk: not started: %1").arg(e);
    bk::sync::SyncEngine *engine = link.engine.get();
    const auto update = [engine, heartbeat] { engine->setHeartbeatInfo(heartbeat()); };
    // link.status is the context: the connections end with the link.
    QObject::connect(devices.printer.get(), &bk::ReceiptPrinter::statusChanged, link.status.get(),
                     update);
    QObject::connect(devices.display.get(), &bk::TicketDisplay::statusChanged, link.status.get(),
                     update);
    QObject::connect(devices.scanner.get(), &bk::BarcodeReader::statusChanged, link.status.get(),
                     update);
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // The command line and the configuration are read before any GUI object exists, so that
    // --help, --version and a configuration error work over ssh with no display.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const bk::CommandLineResult cl = bk::parseCommandLine(args);
    if (!cl.error.isEmpty()) {
        printErr(cl.error);
        printErr(QStringLiteral("Try 'borgerkiosk --help'."));
        return kExitUsage;
    }
    if (cl.options.help) {
        std::fputs(qPrintable(bk::helpText()), stdout);
        return 0;
    }
    if (cl.options.version) {
        std::printf("borgerkiosk %s\n", BK_VERSION);
        return 0;
    }

    const bk::ConfigResult loaded = bk::loadConfig(cl.options.configPath);
    if (!loaded.errors.isEmpty()) {
        for (const QString &e : loaded.errors)
            printErr(e);
        printErr(QStringLiteral("borgerkiosk: not started; fix the configuration above "
                                "(every key is documented in kiosk.conf.example)."));
        return kExitConfig;
    }
    const bk::KioskConfig &cfg = loaded.config;

    // A technician's --self-test or --print-test-page over ssh has no display: render offscreen
    // then (the test page draws text the code page lacks with Qt's fonts).
    if ((cl.options.selfTest || cl.options.printTestPage) &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("borgerkiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(BK_VERSION));
    bk::installLogHandler(cfg.log.level);
    if (cl.options.printTestPage)
        return printTestPage(cfg);

    bk::SystemClock clock;

    bk::CacheStore store;
    bk::CacheStore::Options storeOptions;
    storeOptions.kioskIndex = cfg.kiosk.index;
    storeOptions.kioskCount = cfg.kiosk.count;
    storeOptions.retentionDays = cfg.store.retentionDays;
    // Static numbers stay below the central's blocks; without a central they are all there is.
    storeOptions.staticNumberLimit = cfg.central.url.isEmpty() ? 0 : cfg.central.staticNumberLimit;
    if (QDir().mkpath(QFileInfo(cfg.store.path).absolutePath()) == false ||
        !store.open(cfg.store.path, storeOptions)) {
        printErr(QStringLiteral("borgerkiosk: cannot open the cache %1: %2")
                     .arg(cfg.store.path, store.lastError()));
        return kExitUnavailable;
    }
    if (cfg.demo.enabled && !seedDemo(store, clock))
        return kExitUnavailable;

    Devices devices = makeDevices(cfg);

    // Owned here so that it can be destroyed before the controllers its bindings read.
    auto engineOwner = std::make_unique<QQmlApplicationEngine>();
    QQmlApplicationEngine &engine = *engineOwner;
    // qt_add_qml_module places the modules under qrc:/<URI>/; Qt 6.4 does not look there itself.
    engine.addImportPath(QStringLiteral("qrc:/"));

    bk::Translations translations(&engine);
    bk::ReceiptSlipPrinter slipPrinter(*devices.printer);
    const bk::demo::DemoSite site = bk::demo::site();

    bk::KioskController::Options kioskOptions;
    kioskOptions.siteName = cfg.site.name;
    kioskOptions.defaultLanguage = cfg.kiosk.language;
    kioskOptions.demo = cfg.demo.enabled;
    kioskOptions.landscape = cfg.ui.orientation == bk::Orientation::Landscape;
    kioskOptions.fullscreen = cfg.ui.fullscreen && !cl.options.selfTest &&
                              cl.options.screenshotPath.isEmpty() && !cfg.demo.enabled;
    bk::TicketDisplay &display = *devices.display;
    bk::KioskController kiosk(
        kioskOptions, clock, translations, slipPrinter,
        [&display](const QList<bk::Callout> &callouts) { display.showCallouts(callouts); });

    // Free times come from the cache, with the site's hours: with a central the hours it last
    // sent (read on every offer, so a change applies at once; none before the first sync, and
    // then no day is offered); the demo without a central has the demo site's hours; a kiosk
    // with neither knows no hours. With a central the booking itself is made there, without
    // one in the cache.
    bk::sync::SyncedHours syncedHours(store);
    bk::CacheBookingBackend::HoursSource hours;
    if (!cfg.central.url.isEmpty())
        hours = [&syncedHours] { return syncedHours.current(); };
    else if (cfg.demo.enabled)
        hours = bk::CacheBookingBackend::fixedHours(site.hours);
    bk::CacheBookingBackend cacheBooking(store, clock, {cfg.site.id, hours, 0});
    bk::CentralLink central;
    if (const QString e = startCentral(cfg, clock, devices, cacheBooking, kiosk, central);
        !e.isEmpty()) {
        printErr(e);
        return kExitConfig;
    }
    // Home tells the citizen when the central cannot be reached; nothing without a central.
    bk::CentralStatus centralStatus;
    if (central.status)
        centralStatus.follow(*central.status);
    bk::BookingBackend &bookingBackend =
        central.booking ? static_cast<bk::BookingBackend &>(*central.booking) : cacheBooking;
    // The clock decides check-ins and numbers tickets: while it is implausible (before this
    // build, before the last sync, far from the central's), neither happens.
    bk::ClockGuard::Sources clockSources;
    clockSources.buildTime = QDateTime::fromSecsSinceEpoch(BK_BUILD_EPOCH, Qt::UTC);
    clockSources.lastSync = [&store] { return bk::sync::syncedLastCentralTime(store); };
    if (central.status) {
        const bk::sync::SyncStatus *status = central.status.get();
        clockSources.centralNow = [status] { return status->state().centralNow(); };
    }
    bk::ClockGuard clockGuard(clock, clockSources);
    clockGuard.check(); // logs at start when the clock is wrong
    if (central.status)
        QObject::connect(central.status.get(), &bk::sync::SyncStatus::changed, &clockGuard,
                         [&clockGuard] { clockGuard.check(); });
    bk::CheckInFlow checkIn({cfg.site.id, cfg.site.name, clockGuard.gate()}, store, clock,
                            translations, slipPrinter);
    // A page of times fills the screen: 3 x 6 in portrait, 6 x 2 in landscape.
    bk::BookingFlow booking(
        {cfg.site.name, 14, kioskOptions.landscape ? 12 : 18, clockGuard.gate()}, bookingBackend,
        clock, translations, slipPrinter);
    // The chance queue's letter is the site's: with a central the one it sent (none before the
    // first sync: no ticket then), the demo site's in the demo without a central.
    bk::ChanceFlow::LetterSource chanceLetter;
    if (!cfg.central.url.isEmpty())
        chanceLetter = [&store] { return bk::sync::syncedChanceQueueLetter(store); };
    else if (cfg.demo.enabled)
        chanceLetter = bk::ChanceFlow::fixedLetter(site.chanceQueueLetter);
    bk::ChanceFlow chance({cfg.site.id, cfg.site.name, chanceLetter, clockGuard.gate()}, store,
                          bookingBackend, clock, translations, slipPrinter);
    bk::InactivityGuard guard({cfg.ui.inactivitySeconds, cfg.ui.countdownSeconds}, clock);
    bk::Session session(checkIn, booking, chance, guard, [&kiosk] { kiosk.resetLanguage(); });
    QObject::connect(devices.scanner.get(), &bk::BarcodeReader::scanned, &checkIn,
                     &bk::CheckInFlow::scanned);

    std::unique_ptr<bk::DemoController> demo;
    if (cfg.demo.enabled && devices.simPrinter && devices.simDisplay)
        demo = std::make_unique<bk::DemoController>(*devices.simPrinter, *devices.simDisplay,
                                                    devices.simScanner, bk::demo::bookingCodes());

    QVariantMap initial{{QStringLiteral("kiosk"), QVariant::fromValue(&kiosk)},
                        {QStringLiteral("session"), QVariant::fromValue(&session)},
                        {QStringLiteral("checkIn"), QVariant::fromValue(&checkIn)},
                        {QStringLiteral("booking"), QVariant::fromValue(&booking)},
                        {QStringLiteral("chance"), QVariant::fromValue(&chance)},
                        {QStringLiteral("guard"), QVariant::fromValue(&guard)},
                        {QStringLiteral("central"), QVariant::fromValue(&centralStatus)}};
    if (demo)
        initial.insert(QStringLiteral("demo"), QVariant::fromValue(demo.get()));
    engine.setInitialProperties(initial);

    // --self-test: any QML warning while loading is a failure.
    int qmlWarnings = 0;
    QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                     [&qmlWarnings](const QList<QQmlError> &ws) {
                         qmlWarnings += int(ws.size());
                         for (const QQmlError &w : ws)
                             qCWarning(lcMain).noquote() << w.toString();
                     });

    engine.load(QUrl(QStringLiteral("qrc:/Borgerkiosk/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        printErr(QStringLiteral("borgerkiosk: the user interface failed to load (see above)."));
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    // Every touch or click anywhere in the window counts as "still here".
    guard.watch(window);

    if (cl.options.selfTest) {
        // Let bindings settle and the first frame render before judging.
        QTimer::singleShot(500, &app, [&] {
            const bk::ClockVerdict clockVerdict = clockGuard.check();
            const bool ok = window && qmlWarnings == 0 && clockVerdict.ok();
            std::printf("self-test: %s (%d QML warnings)\n", ok ? "ok" : "FAILED", qmlWarnings);
            if (!clockVerdict.ok())
                std::printf("self-test: clock: %s\n", qPrintable(clockVerdict.reason));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    if (!cl.options.screenshotPath.isEmpty() && window) {
        const QString path = cl.options.screenshotPath;
        // One second lets the window map and images load; then grab what is really on screen.
        QTimer::singleShot(1000, window, [window, path] {
            const bool saved = window->grabWindow().save(path);
            if (!saved)
                printErr(
                    QStringLiteral("borgerkiosk: could not write the screenshot %1").arg(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }

    qCInfo(lcMain) << "borgerkiosk" << BK_VERSION << "started for site" << cfg.site.id
                   << (cfg.demo.enabled ? "(demo)" : "");
    const int rc = QGuiApplication::exec();
    engineOwner.reset(); // the QML goes first, then the services it was bound to
    return rc;
}
