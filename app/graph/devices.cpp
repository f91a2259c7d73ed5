#include "graph/devices.h"

#include "domain/scanpayload.h"
#include "drivers/serialbarcodereader.h"
#include "drivers/serialticketdisplay.h"
#include "drivers/simulatedbarcodereader.h"
#include "drivers/simulatedreceiptprinter.h"
#include "drivers/simulatedticketdisplay.h"
#include "drivers/wedgebarcodereader.h"
#include "platform/config.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDevices, "bk.devices")

namespace bk {

namespace {

SerialDisplayOptions displayOptions(const KioskConfig &cfg)
{
    SerialDisplayOptions o;
    o.serial = {cfg.display.port, cfg.display.baud};
    o.protocol = cfg.display.protocol == DisplayProtocol::Epson ? display::Protocol::EpsonDisplay
                                                                : display::Protocol::CD5220;
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
WedgeOptions wedgeOptions(const KioskConfig &cfg)
{
    static constexpr keylayout::Layout kLayouts[] = {keylayout::Layout::Us, keylayout::Layout::Da,
                                                     keylayout::Layout::De, keylayout::Layout::Sv,
                                                     keylayout::Layout::No, keylayout::Layout::Uk};
    static constexpr WedgeTerminator kTerminators[] = {WedgeTerminator::Enter, WedgeTerminator::Tab,
                                                       WedgeTerminator::None};
    WedgeOptions o;
    o.maxGapMs = cfg.scanner.wedgeMaxGapMs;
    o.terminator = kTerminators[int(cfg.scanner.wedgeTerminator)];
    o.readerLayout = kLayouts[int(cfg.scanner.wedgeLayout)];
    if (cfg.scanner.wedgeKeymap)
        o.kioskKeymap = kLayouts[int(*cfg.scanner.wedgeKeymap)];
    else
        o.kioskKeymap = keylayout::fromXkbName(qEnvironmentVariable("XKB_DEFAULT_LAYOUT"));
    o.scanCodeOffset = scanCodeOffsetFor(QGuiApplication::platformName());
    o.accepts = [](const QByteArray &raw) {
        return parseScan(std::string_view(raw.constData(), std::size_t(raw.size()))).ok();
    };
    qCInfo(lcDevices).noquote() << "scanner: wedge reader typing" << keylayout::name(o.readerLayout)
                                << "on keymap"
                                << (o.kioskKeymap ? keylayout::name(*o.kioskKeymap)
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
        const DeviceStatus s = device.status();
        if (s.state == DeviceState::Connected && s.reason.isEmpty())
            qCInfo(lcDevices).noquote() << what << stateKey(s.state);
        else
            qCWarning(lcDevices).noquote() << what << stateKey(s.state) + u':' << s.reason;
    };
    QObject::connect(&device, &Device::statusChanged, &device, log);
}

} // namespace

CupsPrinterOptions cupsOptions(const KioskConfig &cfg)
{
    CupsPrinterOptions o;
    o.server = cfg.printer.server;
    o.queue = cfg.printer.queue;
    o.setup.codePage = cfg.printer.codePage == PrinterCodePage::WPC1252 ? escpos::CodePage::WPC1252
                                                                        : escpos::CodePage::PC865;
    o.setup.widthDots = cfg.printer.dotsPerLine();
    o.setup.columns = cfg.printer.fontAColumns();
    o.setup.qr = cfg.printer.qr == PrinterQrMode::Raster ? QrMode::Raster : QrMode::Native;
    o.setup.codePageNumbers = {quint8(cfg.printer.pc865Number), quint8(cfg.printer.wpc1252Number)};
    return o;
}

std::unique_ptr<ReceiptPrinter> makePrinter(const KioskConfig &cfg, SimulatedReceiptPrinter **sim)
{
    switch (cfg.devices.printer) {
    case PrinterDriver::Simulated: {
        auto p = std::make_unique<SimulatedReceiptPrinter>(cfg.devices.receiptDir);
        if (sim)
            *sim = p.get();
        return p;
    }
    case PrinterDriver::Cups: {
        auto p = std::make_unique<CupsReceiptPrinter>(cupsOptions(cfg));
        // A receipt reported failed (the code was shown on screen) is cancelled in CUPS; should
        // CUPS have printed it before the cancel landed, staff must know a stray receipt is in
        // the tray (the driver's reason says so; no citizen data in it).
        QObject::connect(p.get(), &CupsReceiptPrinter::jobPrintedLate, p.get(),
                         [](quint64 job, const QString &reason) {
                             qCWarning(lcDevices).noquote() << "receipt job" << job << reason;
                         });
        return p;
    }
    case PrinterDriver::None:
        break;
    }
    return std::make_unique<NullReceiptPrinter>();
}

Devices makeDevices(const KioskConfig &cfg)
{
    Devices d;
    d.printer = makePrinter(cfg, &d.simPrinter);
    switch (cfg.devices.display) {
    case DisplayDriver::Simulated: {
        auto p = std::make_unique<SimulatedTicketDisplay>();
        d.simDisplay = p.get();
        d.display = std::move(p);
        break;
    }
    case DisplayDriver::Serial:
        d.display = std::make_unique<SerialTicketDisplay>(displayOptions(cfg));
        break;
    case DisplayDriver::None:
        d.display = std::make_unique<NullTicketDisplay>();
        break;
    }
    switch (cfg.devices.scanner) {
    case ScannerDriver::Simulated: {
        auto p = std::make_unique<SimulatedBarcodeReader>();
        d.simScanner = p.get();
        d.scanner = std::move(p);
        break;
    }
    case ScannerDriver::Serial:
        d.scanner = std::make_unique<SerialBarcodeReader>(
            SerialSettings{cfg.scanner.port, cfg.scanner.baud});
        break;
    case ScannerDriver::Wedge:
        // Watches the key events of every window of the application.
        d.scanner =
            std::make_unique<WedgeBarcodeReader>(QCoreApplication::instance(), wedgeOptions(cfg));
        break;
    case ScannerDriver::None:
        d.scanner = std::make_unique<NullBarcodeReader>();
        break;
    }
    logStatusChanges(*d.printer, "printer");
    logStatusChanges(*d.display, "display");
    logStatusChanges(*d.scanner, "scanner");
    return d;
}

} // namespace bk
