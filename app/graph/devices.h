#pragma once
// The devices named in kiosk.conf [devices]: real drivers, simulated twins or null devices,
// with their options from [printer], [display] and [scanner]. Part of the composition root.

#include "drivers/barcodereader.h"
#include "drivers/cupsreceiptprinter.h"
#include "drivers/receiptprinter.h"
#include "drivers/ticketdisplay.h"

#include <memory>

namespace bk {

struct KioskConfig;
class SimulatedBarcodeReader;
class SimulatedReceiptPrinter;
class SimulatedTicketDisplay;

/// The three devices; the simulated ones are also named (demo panel, tests), else null.
struct Devices
{
    std::unique_ptr<ReceiptPrinter> printer;
    std::unique_ptr<TicketDisplay> display;
    std::unique_ptr<BarcodeReader> scanner;
    SimulatedReceiptPrinter *simPrinter = nullptr;
    SimulatedTicketDisplay *simDisplay = nullptr;
    SimulatedBarcodeReader *simScanner = nullptr;
};

/// The CUPS driver's options from [printer] (queue, server, the printer profile).
CupsPrinterOptions cupsOptions(const KioskConfig &cfg);

/// The receipt printer named in devices.printer; `sim` is set when it is the simulated one.
std::unique_ptr<ReceiptPrinter> makePrinter(const KioskConfig &cfg,
                                            SimulatedReceiptPrinter **sim = nullptr);

/// The devices named in [devices]. Each reports its state through status()/statusChanged,
/// which the app reads (printer readiness on home) and which is logged (category bk.devices).
/// A wedge reader watches every window of the running QGuiApplication.
Devices makeDevices(const KioskConfig &cfg);

} // namespace bk
