#include "graph/kioskgraph.h"

#include "graph/centralsetup.h"

#include "demo/demosite.h"
#include "drivers/headsetjack.h"
#include "drivers/printertestpage.h"
#include "drivers/simulatedbarcodereader.h"
#include "drivers/simulatedreceiptprinter.h"
#include "drivers/simulatedticketdisplay.h"
#include "kiosk/admincontroller.h"
#include "kiosk/alertmonitor.h"
#include "kiosk/bookingflow.h"
#include "kiosk/cachebookingbackend.h"
#include "kiosk/calloutmodel.h"
#include "kiosk/centrallink.h"
#include "kiosk/centralstatus.h"
#include "kiosk/chanceflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/clockguard.h"
#include "kiosk/democontroller.h"
#include "kiosk/inactivityguard.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/qtspeechengine.h"
#include "kiosk/receiptslipprinter.h"
#include "kiosk/session.h"
#include "kiosk/speech.h"
#include "kiosk/translations.h"
#include "platform/adminpin.h"
#include "platform/config.h"
#include "store/cachestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QQmlEngine>

#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcGraph, "bk.graph")

namespace bk {

namespace {

/// The queue page's public address for the ticket flows: the central's, as the sync last
/// brought it. The first ticket without one says so in the log, once (it prints no QR code).
std::function<QString()> queuePageBase(const CentralStatus *status)
{
    auto told = std::make_shared<bool>(false);
    return [status, told] {
        const QString base = status->state().publicBaseUrl;
        if (base.isEmpty() && !*told) {
            *told = true;
            qCInfo(lcGraph) << "tickets print without the queue-page QR code: the central has "
                               "sent no public address (its publicBaseUrl; an older central, or "
                               "none configured)";
        }
        return base;
    };
}

/// Days on the booking flow's day screen, today first (two weeks: the central's booking
/// horizon for kiosk bookings).
constexpr int kDaysShown = 14;

/// A page of times fills the screen: 3 x 6 in portrait, 6 x 2 in landscape.
int timesPerPage(const KioskConfig &cfg)
{
    return cfg.ui.orientation == Orientation::Landscape ? 12 : 18;
}

/// Puts the demo site and today's demo bookings into the cache.
Status seedDemo(CacheStore &store, const Clock &clock)
{
    const demo::DemoSite site = demo::site();
    QList<Booking> bookings;
    for (const demo::DemoBooking &b : demo::bookings(clock.now()))
        bookings.append(b.booking);
    if (auto r = store.upsertServices(site.id, site.services); !r)
        return r.storeError();
    if (auto r = store.upsertBookings(bookings); !r)
        return r.storeError();
    return {};
}

/// The configuration as the admin screen shows it: what a technician checks first, never a
/// secret (the token and the PIN file are named by path only, their contents never read here).
QStringList configSummary(const KioskConfig &cfg)
{
    const auto onOff = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    QStringList s{
        QStringLiteral("site.id = %1").arg(cfg.site.id),
        QStringLiteral("site.name = %1").arg(cfg.site.name),
        QStringLiteral("kiosk.id = %1 (%2 of %3)")
            .arg(cfg.kiosk.id)
            .arg(cfg.kiosk.index + 1)
            .arg(cfg.kiosk.count),
        QStringLiteral("kiosk.language = %1 (of %2)")
            .arg(cfg.kiosk.language, cfg.kiosk.languages.join(u',')),
        QStringLiteral("ui.orientation = %1")
            .arg(cfg.ui.orientation == Orientation::Landscape ? QStringLiteral("landscape")
                                                              : QStringLiteral("portrait")),
        QStringLiteral("store.path = %1").arg(cfg.store.path),
        QStringLiteral("printer.queue = %1").arg(cfg.printer.queue),
        QStringLiteral("display.port = %1").arg(cfg.display.port),
        QStringLiteral("scanner.port = %1").arg(cfg.scanner.port),
        QStringLiteral("central.url = %1")
            .arg(cfg.central.url.isEmpty() ? QStringLiteral("(none)") : cfg.central.url),
        QStringLiteral("central.token_file = %1").arg(cfg.central.tokenFile),
        QStringLiteral("admin.pin_file = %1").arg(cfg.admin.pinFile),
        QStringLiteral("demo.enabled = %1").arg(onOff(cfg.demo.enabled)),
    };
    return s;
}

/// What a device is attached to, in words: the CUPS queue, the serial port, or its kind.
QString printerWhere(const KioskConfig &cfg)
{
    switch (cfg.devices.printer) {
    case PrinterDriver::Cups:
        return QStringLiteral("CUPS %1").arg(cfg.printer.queue);
    case PrinterDriver::Simulated:
        return QStringLiteral("simulated");
    case PrinterDriver::None:
        break;
    }
    return QStringLiteral("none");
}

QString displayWhere(const KioskConfig &cfg)
{
    switch (cfg.devices.display) {
    case DisplayDriver::Serial:
        return cfg.display.port;
    case DisplayDriver::Simulated:
        return QStringLiteral("simulated");
    case DisplayDriver::None:
        break;
    }
    return QStringLiteral("none");
}

QString readerWhere(const KioskConfig &cfg)
{
    switch (cfg.devices.scanner) {
    case ScannerDriver::Serial:
        return cfg.scanner.port;
    case ScannerDriver::Wedge:
        return QStringLiteral("keyboard wedge");
    case ScannerDriver::Simulated:
        return QStringLiteral("simulated");
    case ScannerDriver::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

struct KioskGraph::Parts
{
    explicit Parts(const Clock &c) : clock(c) {}

    const Clock &clock;
    CacheStore store;
    Devices devices;
    std::unique_ptr<Translations> translations;
    std::unique_ptr<ReceiptSlipPrinter> slipPrinter;
    std::unique_ptr<KioskController> kiosk;
    std::unique_ptr<CacheBookingBackend> cacheBooking;
    CentralLink central;
    std::unique_ptr<ClockGuard> clockGuard;
    std::unique_ptr<CheckInFlow> checkIn;
    std::unique_ptr<BookingFlow> booking;
    std::unique_ptr<ChanceFlow> chance;
    std::unique_ptr<InactivityGuard> guard;
    std::unique_ptr<AdminPin> adminPin;
    std::unique_ptr<AdminController> admin;
    std::unique_ptr<Session> session;
    std::unique_ptr<DemoController> demo;
    std::unique_ptr<AlertMonitor> alerts;
    std::unique_ptr<SpeechEngine> speechEngine;
    std::unique_ptr<Speech> speech;
    std::unique_ptr<HeadsetJack> headset;

    /// Starts the link to the central configured in [central]; empty on success and when no
    /// central is configured, else why it could not start.
    QString startCentral(const KioskConfig &cfg, const QString &version);
};

QString KioskGraph::Parts::startCentral(const KioskConfig &cfg, const QString &version)
{
    if (cfg.central.url.isEmpty())
        return {};
    // The same checks as borgerkiosk --check-config, so the two never disagree.
    if (const QList<ConfigProblem> problems = checkCentralKeys(cfg); !problems.isEmpty()) {
        const ConfigProblem &p = problems.constFirst();
        return QStringLiteral("borgerkiosk: not started: %1 = \"%2\": %3")
            .arg(p.key, p.value, p.message);
    }
    QFile tokenFile(cfg.central.tokenFile);
    if (cfg.central.tokenFile.isEmpty() || !tokenFile.open(QIODevice::ReadOnly))
        return QStringLiteral("borgerkiosk: central.token_file '%1' cannot be read; enrol the "
                              "kiosk with a one-time code and store its token there")
            .arg(cfg.central.tokenFile);
    sync::SyncConfig sc;
    sc.centralUrl = cfg.central.url;
    sc.caFile = cfg.central.caFile;
    sc.devPlainHttp = cfg.central.devPlainHttp;
    sc.token = QString::fromUtf8(tokenFile.readAll().trimmed());
    sc.site = cfg.site.id;
    sc.kioskId = cfg.kiosk.id;
    sc.cachePath = cfg.store.path;
    sc.pollIntervalMs = cfg.central.pollSeconds * 1000;
    // The heartbeat carries each device's state key ("connected", "error", ...), its reason
    // key ("media-empty", ...) and the technician's words as they are now.
    const Devices *d = &devices;
    const auto heartbeat = [d, version] {
        const auto report = [](const DeviceStatus &s) {
            return sync::HeartbeatDevice(stateKey(s.state), s.reasonKey, s.reason);
        };
        sync::HeartbeatInfo h;
        h.versions.insert(QStringLiteral("borgerkiosk"), version);
        h.printer = report(d->printer->status());
        h.display = report(d->display->status());
        h.scanner = report(d->scanner->status());
        return h;
    };
    if (const QString e = startCentralLink(sc, heartbeat(), clock, *cacheBooking, *kiosk, central);
        !e.isEmpty())
        return QStringLiteral("borgerkiosk: not started: %1").arg(e);
    sync::SyncEngine *engine = central.engine.get();
    const auto update = [engine, heartbeat] { engine->setHeartbeatInfo(heartbeat()); };
    // central.status is the context: the connections end with the link.
    QObject::connect(devices.printer.get(), &ReceiptPrinter::statusChanged, &central.status,
                     update);
    QObject::connect(devices.display.get(), &TicketDisplay::statusChanged, &central.status, update);
    QObject::connect(devices.scanner.get(), &BarcodeReader::statusChanged, &central.status, update);
    return {};
}

KioskGraph::KioskGraph() = default;

KioskGraph::~KioskGraph() = default;

std::unique_ptr<KioskGraph> KioskGraph::build(const KioskConfig &cfg, const Context &context,
                                              Error *error)
{
    Q_ASSERT(context.clock);
    const Clock &clock = *context.clock;
    std::unique_ptr<KioskGraph> graph(new KioskGraph);
    graph->m = std::make_unique<Parts>(clock);
    Parts &p = *graph->m;
    const auto fail = [error](Error::Kind kind, const QString &message) {
        if (error)
            *error = {kind, message};
        return nullptr;
    };

    CacheStore::Options storeOptions;
    storeOptions.kioskIndex = cfg.kiosk.index;
    storeOptions.kioskCount = cfg.kiosk.count;
    storeOptions.retentionDays = cfg.store.retentionDays;
    // Static numbers stay below the central's blocks; without a central they are all there is.
    storeOptions.staticNumberLimit = cfg.central.url.isEmpty() ? 0 : cfg.central.staticNumberLimit;
    if (!QDir().mkpath(QFileInfo(cfg.store.path).absolutePath()) ||
        !p.store.open(cfg.store.path, storeOptions))
        return fail(Error::Kind::Cache, QStringLiteral("borgerkiosk: cannot open the cache %1: %2")
                                            .arg(cfg.store.path, p.store.lastError()));
    if (cfg.demo.enabled) {
        if (const Status seeded = seedDemo(p.store, clock); !seeded)
            return fail(Error::Kind::Cache,
                        QStringLiteral("borgerkiosk: demo seed failed: %1").arg(seeded.error()));
    }

    p.devices = makeDevices(cfg);
    p.translations = std::make_unique<Translations>(context.engine);
    p.translations->setOffered(cfg.kiosk.languages);
    p.slipPrinter = std::make_unique<ReceiptSlipPrinter>(*p.devices.printer);
    const demo::DemoSite site = demo::site();

    KioskController::Options kioskOptions;
    kioskOptions.siteName = cfg.site.name;
    kioskOptions.defaultLanguage = cfg.kiosk.language;
    kioskOptions.demo = cfg.demo.enabled;
    kioskOptions.landscape = cfg.ui.orientation == Orientation::Landscape;
    kioskOptions.pixelsPerMm = 1920.0 / cfg.ui.panelWidthMm;
    kioskOptions.fullscreen = cfg.ui.fullscreen && !context.windowed && !cfg.demo.enabled;
    if (!cfg.central.url.isEmpty())
        kioskOptions.centralOffline = [status = &p.central.status] { return status->offline(); };
    p.kiosk =
        std::make_unique<KioskController>(kioskOptions, clock, *p.translations, *p.slipPrinter);
    // The latest call-outs: one model for home's "now serving" panel and the ticket display.
    TicketDisplay *display = p.devices.display.get();
    QObject::connect(
        p.kiosk->nowServing(), &CalloutModel::calloutsChanged, display,
        [display](const QList<Callout> &callouts) { display->showCallouts(callouts); });

    // Free times come from the cache, with the site's hours: with a central the hours it last
    // sent (the sync state, read on every offer, so a change applies at once; none before the
    // first sync, and then no day is offered); the demo without a central has the demo site's
    // hours; a kiosk with neither knows no hours. With a central the booking itself is made
    // there, without one in the cache. central.status is QML's `central`, with or without one.
    const CentralStatus *centralStatus = &p.central.status;
    CacheBookingBackend::HoursSource hours;
    if (!cfg.central.url.isEmpty())
        hours = [centralStatus] { return centralStatus->state().hours; };
    else if (cfg.demo.enabled)
        hours = CacheBookingBackend::fixedHours(site.hours);
    p.cacheBooking = std::make_unique<CacheBookingBackend>(
        p.store, clock, CacheBookingBackend::Options{cfg.site.id, hours, 0});
    if (const QString e = p.startCentral(cfg, context.version); !e.isEmpty())
        return fail(Error::Kind::Central, e);
    // Staff alerts (paper out, a device gone, the central unreachable) go to the central
    // through the outbox; with manual ticks (tests) only when the test ticks the monitor.
    AlertMonitor::Options alertOptions;
    alertOptions.unreachableAfter = std::chrono::minutes(cfg.central.unreachableAlertMinutes);
    alertOptions.tickMs = context.manualInactivityTicks ? 0 : 1000;
    p.alerts = std::make_unique<AlertMonitor>(
        alertOptions, clock, p.store, *p.devices.printer, *p.devices.display, *p.devices.scanner,
        cfg.central.url.isEmpty() ? nullptr : &p.central.status);
    BookingBackend &bookingBackend =
        p.central.booking ? static_cast<BookingBackend &>(*p.central.booking) : *p.cacheBooking;

    // The clock decides check-ins and numbers tickets: while it is implausible (before this
    // build, before the last sync, far from the central's), neither happens.
    ClockGuard::Sources clockSources;
    clockSources.buildTime = context.buildTime;
    // The central's clock at the last sync: the engine's state with a central; without one
    // (any more) what the cache kept from the last sync there was.
    const auto kept = p.store.syncMemo();
    const QDateTime keptCentralTime = kept ? kept->lastCentralTime : QDateTime();
    clockSources.lastSync = [centralStatus, keptCentralTime] {
        const QDateTime t = centralStatus->state().lastCentralTime;
        return t.isValid() ? t : keptCentralTime;
    };
    clockSources.centralNow = [centralStatus] { return centralStatus->state().centralNow(); };
    p.clockGuard = std::make_unique<ClockGuard>(clock, clockSources);
    p.clockGuard->check(); // logs at start when the clock is wrong
    QObject::connect(&p.central.status, &CentralStatus::changed, p.clockGuard.get(),
                     [guard = p.clockGuard.get()] { guard->check(); });

    // The queue page lives on the central: without one, tickets carry no QR code.
    const std::function<QString()> pageBase =
        cfg.central.url.isEmpty() ? std::function<QString()>() : queuePageBase(centralStatus);
    p.checkIn = std::make_unique<CheckInFlow>(
        CheckInFlow::Options{cfg.site.id, cfg.site.name, p.clockGuard->gate(), pageBase}, p.store,
        clock, *p.translations, *p.slipPrinter);
    // The self-service pointer's events go to the central's statistics through the outbox.
    const auto reportEvent = [store = &p.store, clk = &clock](StanderEvent event,
                                                              const ServiceId &service) {
        if (auto queued = store->queueEvent(event, service, clk->now()); !queued)
            qCWarning(lcGraph) << "a stander event was not queued:" << int(queued.errorKind());
    };
    p.booking = std::make_unique<BookingFlow>(
        BookingFlow::Options{cfg.site.name, kDaysShown, timesPerPage(cfg), p.clockGuard->gate(),
                             reportEvent},
        bookingBackend, clock, *p.translations, *p.slipPrinter);
    // The chance queue's letter is the site's: with a central the one it sent (none before the
    // first sync: no ticket then), the demo site's in the demo without a central.
    ChanceFlow::LetterSource chanceLetter;
    if (!cfg.central.url.isEmpty())
        chanceLetter = [centralStatus] { return centralStatus->state().chanceQueueLetter; };
    else if (cfg.demo.enabled)
        chanceLetter = ChanceFlow::fixedLetter(site.chanceQueueLetter);
    p.chance = std::make_unique<ChanceFlow>(
        ChanceFlow::Options{cfg.site.id, cfg.site.name, chanceLetter, p.clockGuard->gate(),
                            pageBase},
        p.store, bookingBackend, clock, *p.translations, *p.slipPrinter);
    p.guard = std::make_unique<InactivityGuard>(
        InactivityGuard::Options{cfg.ui.inactivitySeconds, cfg.ui.countdownSeconds,
                                 context.manualInactivityTicks ? 0 : 250},
        clock);

    // The technician's screens: the PIN file, the devices, the link, the cache, a start log
    // next to the cache (the last starts, shown on the stander page).
    const QString startLog =
        QFileInfo(cfg.store.path).absolutePath() + QStringLiteral("/starts.log");
    if (!AdminController::recordStart(startLog, clock.now()))
        qCWarning(lcGraph) << "cannot write the start log" << startLog;
    p.adminPin = std::make_unique<AdminPin>(cfg.admin.pinFile, clock);
    AdminPin *pin = p.adminPin.get();
    // The kiosk layer cannot include platform/, so it has its own copy of the result; the
    // conversion below (and the tests' adapters) rely on the two enums keeping one order.
    using PinResult = AdminController::PinAttempt::Result;
    static_assert(int(PinResult::Accepted) == int(AdminPin::Result::Accepted) &&
                  int(PinResult::Wrong) == int(AdminPin::Result::Wrong) &&
                  int(PinResult::LockedOut) == int(AdminPin::Result::LockedOut) &&
                  int(PinResult::NotSet) == int(AdminPin::Result::NotSet) &&
                  int(PinResult::StorageError) == int(AdminPin::Result::StorageError));
    AdminController::Pin pinAccess{[pin] { return pin->isSet(); },
                                   [pin] { return pin->lockedUntil(); },
                                   [pin](const QString &digits) {
                                       const AdminPin::Attempt a = pin->check(digits);
                                       return AdminController::PinAttempt{
                                           PinResult(int(a.result)), a.attemptsLeft, a.lockedUntil};
                                   }};
    const EscPosSetup printerSetup = cupsOptions(cfg).setup;
    AdminController::Options adminOptions;
    adminOptions.version = context.version;
    adminOptions.configPath = context.configPath;
    adminOptions.configSummary = configSummary(cfg);
    adminOptions.cachePath = cfg.store.path;
    adminOptions.startLogPath = startLog;
    adminOptions.printerQueue = printerWhere(cfg);
    adminOptions.printerProfile = printerProfileLines(printerSetup);
    adminOptions.displayPort = displayWhere(cfg);
    adminOptions.readerPort = readerWhere(cfg);
    adminOptions.testPage = [printerSetup, siteName = cfg.site.name, c = &clock] {
        return printerTestPage(printerSetup, siteName, c->now());
    };
    adminOptions.tickMs = context.manualInactivityTicks ? 0 : 1000;
    adminOptions.restart = context.restart ? context.restart : [] { QCoreApplication::exit(0); };
    adminOptions.enrolDeadlineMs = context.enrolDeadlineMs;
    adminOptions.enrolRestartDelayMs = context.enrolRestartDelayMs;
    if (context.enrol) {
        adminOptions.enrol = context.enrol;
    } else if (!cfg.central.url.isEmpty()) {
        // The kiosk layer cannot include graph/, so it has its own copy of the outcome; the
        // conversion relies on the two enums keeping one order.
        using EnrolResult = AdminController::EnrolAnswer::Result;
        using Outcome = ReenrolResult::Outcome;
        static_assert(int(EnrolResult::Enrolled) == int(Outcome::Enrolled) &&
                      int(EnrolResult::Refused) == int(Outcome::Refused) &&
                      int(EnrolResult::Unreachable) == int(Outcome::Unreachable) &&
                      int(EnrolResult::TlsRefused) == int(Outcome::TlsRefused) &&
                      int(EnrolResult::TimedOut) == int(Outcome::TimedOut) &&
                      int(EnrolResult::Invalid) == int(Outcome::Invalid) &&
                      int(EnrolResult::StorageError) == int(Outcome::StorageError));
        adminOptions.enrol = [cfg](const QString &code, int deadlineMs) {
            const ReenrolResult r = reenrol(cfg, code, deadlineMs);
            return AdminController::EnrolAnswer{EnrolResult(int(r.outcome)), r.siteId, r.message};
        };
    }
    p.admin = std::make_unique<AdminController>(adminOptions, pinAccess, clock, *p.devices.printer,
                                                *p.devices.display, *p.devices.scanner,
                                                p.central.status, p.store);
    // Touches on the window (the guard watches it) count for the admin screens' idle lock.
    QObject::connect(p.guard.get(), &InactivityGuard::activity, p.admin.get(),
                     &AdminController::touched);
    // After a display test line, the display shows the call-outs again.
    QObject::connect(p.admin.get(), &AdminController::displayTestEnded, display,
                     [display, kiosk = p.kiosk.get()] {
                         display->showCallouts(kiosk->nowServing()->latestFirst());
                     });

    KioskController *kiosk = p.kiosk.get();
    p.session = std::make_unique<Session>(*p.checkIn, *p.booking, *p.chance, *p.guard, *p.admin,
                                          [kiosk] { kiosk->resetLanguage(); });
    // A scan checks a citizen in, except while the admin screens are open (the scan test
    // shows its kind there): then nobody is checked in. The admin screen sees every scan's kind.
    AdminController *admin = p.admin.get();
    CheckInFlow *checkIn = p.checkIn.get();
    QObject::connect(p.devices.scanner.get(), &BarcodeReader::scanned, admin,
                     [admin, checkIn](const QByteArray &raw) {
                         const bool forCitizen = !admin->isOpen();
                         admin->scanned(raw);
                         if (forCitizen)
                             checkIn->scanned(raw);
                     });

    // Speech: the screen the session shows is what "Listen" reads; a new page cuts off what
    // is being said; the next citizen starts with kiosk.conf's rate and volume.
    p.speechEngine = context.speechEngine
                         ? context.speechEngine()
                         : std::make_unique<QtSpeechEngine>(
                               cfg.speech.enabled ? QStringLiteral("speechd") : QString());
    p.speech = std::make_unique<Speech>(
        Speech::Options{cfg.speech.enabled, cfg.speech.rate, cfg.speech.volume}, *p.speechEngine,
        *p.translations);
    Session *session = p.session.get();
    Speech *speech = p.speech.get();
    session->setHomeText([kiosk] { return kiosk->spokenText(); });
    QObject::connect(kiosk, &KioskController::spokenTextChanged, session, [session] {
        if (session->screen() == Session::Screen::Home)
            emit session->spokenTextChanged();
    });
    QObject::connect(&p.central.status, &CentralStatus::changed, kiosk,
                     &KioskController::spokenTextChanged);
    speech->setScreenText([session] { return session->spokenText(); });
    QObject::connect(session, &Session::pageChanged, speech, &Speech::stop);
    QObject::connect(session, &Session::pageChanged, speech, [session, speech] {
        if (session->page() == Session::Page::Home)
            speech->resetSettings();
    });
    // The non-visual mode: its start says how it is used and reads the screen, its end is
    // said, and in the mode every new screen (an outcome, an error) is read on arrival
    // (EN 301 549 5.1.3.15), after the stop above.
    QObject::connect(session, &Session::nonVisualChanged, speech, [session, speech] {
        speech->say(session->nonVisual()
                        ? Session::nonVisualOnText() + u'\n' + session->spokenText()
                        : Session::nonVisualOffText());
    });
    struct Heard
    {
        Session::Page page = Session::Page::Home;
        QString text;
    };
    auto heard = std::make_shared<Heard>();
    QObject::connect(session, &Session::pageChanged, speech, [session, speech, heard] {
        if (!session->nonVisual())
            return;
        *heard = {session->page(), session->spokenText()};
        speech->say(heard->text);
    });
    // An outcome's text changes when its receipt is being printed, printed or failed (after the
    // page was read): in the mode the lines that changed are said after what is being said.
    // Only on the outcome pages: elsewhere the text changes with each key typed and the clock.
    QObject::connect(session, &Session::spokenTextChanged, speech, [session, speech, heard] {
        const Session::Page page = session->page();
        if (!session->nonVisual() || page != heard->page ||
            (page != Session::Page::CheckInResult && page != Session::Page::ChanceTicket &&
             page != Session::Page::BookingDone))
            return;
        const QString now = session->spokenText();
        const QStringList was = heard->text.split(u'\n');
        const QStringList is = now.split(u'\n');
        heard->text = now;
        qsizetype first = 0;
        while (first < was.size() && first < is.size() && was[first] == is[first])
            ++first;
        qsizetype last = 0; // lines the same at the end
        while (last < is.size() - first && last < was.size() - first &&
               was[was.size() - 1 - last] == is[is.size() - 1 - last])
            ++last;
        if (is.size() - first - last > 0)
            speech->sayNext(is.mid(first, is.size() - first - last).join(u'\n'));
    });
    // A turn of the errand page is no new page of the session: the voice stops (Listen read
    // the errands of the old page), and in the mode the new page's errands are read at once.
    // The page's layout tells the flow how many errands a page holds only once it is laid out,
    // after the session's page changed and was read: in the mode the page is read again then,
    // with its pages ("Page 1 of 3"), instead of every errand of the site.
    const std::pair<ErrandFlow *, Session::Page> errandPages[] = {
        {p.booking.get(), Session::Page::BookingErrand},
        {p.chance.get(), Session::Page::ChanceErrand}};
    for (const auto &errandPage : errandPages) {
        ErrandFlow *flow = errandPage.first;
        const Session::Page page = errandPage.second;
        QObject::connect(flow, &ErrandFlow::errandPageTurned, speech, [session, speech, flow] {
            speech->stop();
            if (session->nonVisual())
                speech->say(flow->spokenErrandPage());
        });
        QObject::connect(flow, &ErrandFlow::errandsPerPageChanged, speech,
                         [session, speech, page, heard] {
                             if (!session->nonVisual() || session->page() != page)
                                 return;
                             *heard = {page, session->spokenText()};
                             speech->say(heard->text);
                         });
    }
    // The same for a turn of the time page: the voice stops, and in the mode the new page's
    // times are read at once.
    QObject::connect(p.booking.get(), &BookingFlow::timePageTurned, speech,
                     [session, speech, booking = p.booking.get()] {
                         speech->stop();
                         if (session->nonVisual())
                             speech->say(booking->spokenTimePage());
                     });
    // "Are you still there?" is said in the mode (any touch or key answers it).
    QObject::connect(p.guard.get(), &InactivityGuard::changed, speech,
                     [guard = p.guard.get(), session, speech, warned = false]() mutable {
                         if (guard->warning() && !warned && session->nonVisual())
                             speech->say(Session::stillThereText());
                         warned = guard->warning();
                     });
    // The headset jack (speech.headset_device): a plug in starts the mode, out ends it.
    if (!cfg.speech.headsetDevice.isEmpty()) {
        p.headset = std::make_unique<HeadsetJack>(cfg.speech.headsetDevice);
        QObject::connect(p.headset.get(), &HeadsetJack::insertedChanged, session,
                         &Session::setNonVisual);
    }
    p.kiosk->setSpeech(speech);
    p.kiosk->setSession(session);

    if (cfg.demo.enabled && p.devices.simPrinter && p.devices.simDisplay)
        p.demo = std::make_unique<DemoController>(*p.devices.simPrinter, *p.devices.simDisplay,
                                                  p.devices.simScanner, demo::bookingCodes());

    // The QML engine must not take the services it is handed (they are owned here).
    for (QObject *o :
         {static_cast<QObject *>(p.kiosk.get()), static_cast<QObject *>(p.session.get()),
          static_cast<QObject *>(p.checkIn.get()), static_cast<QObject *>(p.booking.get()),
          static_cast<QObject *>(p.chance.get()), static_cast<QObject *>(p.guard.get()),
          static_cast<QObject *>(&p.central.status), static_cast<QObject *>(p.admin.get()),
          static_cast<QObject *>(p.demo.get()), static_cast<QObject *>(p.speech.get())})
        if (o)
            QQmlEngine::setObjectOwnership(o, QQmlEngine::CppOwnership);
    qCInfo(lcGraph) << "kiosk graph built for site" << cfg.site.id
                    << (cfg.central.url.isEmpty() ? "without a central" : "with a central")
                    << (cfg.demo.enabled ? "(demo)" : "");
    return graph;
}

QVariantMap KioskGraph::qmlProperties() const
{
    QVariantMap initial{{QStringLiteral("kiosk"), QVariant::fromValue(m->kiosk.get())},
                        {QStringLiteral("session"), QVariant::fromValue(m->session.get())},
                        {QStringLiteral("checkIn"), QVariant::fromValue(m->checkIn.get())},
                        {QStringLiteral("booking"), QVariant::fromValue(m->booking.get())},
                        {QStringLiteral("chance"), QVariant::fromValue(m->chance.get())},
                        {QStringLiteral("guard"), QVariant::fromValue(m->guard.get())},
                        {QStringLiteral("central"), QVariant::fromValue(&m->central.status)},
                        {QStringLiteral("admin"), QVariant::fromValue(m->admin.get())}};
    if (m->demo)
        initial.insert(QStringLiteral("demo"), QVariant::fromValue(m->demo.get()));
    return initial;
}

CacheStore &KioskGraph::store()
{
    return m->store;
}
const Devices &KioskGraph::devices() const
{
    return m->devices;
}
ReceiptSlipPrinter &KioskGraph::slipPrinter()
{
    return *m->slipPrinter;
}
Translations &KioskGraph::translations()
{
    return *m->translations;
}
KioskController &KioskGraph::kiosk()
{
    return *m->kiosk;
}
CheckInFlow &KioskGraph::checkIn()
{
    return *m->checkIn;
}
BookingFlow &KioskGraph::booking()
{
    return *m->booking;
}
ChanceFlow &KioskGraph::chance()
{
    return *m->chance;
}
InactivityGuard &KioskGraph::guard()
{
    return *m->guard;
}
Session &KioskGraph::session()
{
    return *m->session;
}
AdminController &KioskGraph::admin()
{
    return *m->admin;
}
CentralStatus &KioskGraph::central()
{
    return m->central.status;
}
ClockGuard &KioskGraph::clockGuard()
{
    return *m->clockGuard;
}
sync::SyncEngine *KioskGraph::syncEngine()
{
    return m->central.engine.get();
}
DemoController *KioskGraph::demo()
{
    return m->demo.get();
}
AlertMonitor &KioskGraph::alerts()
{
    return *m->alerts;
}
Speech &KioskGraph::speech()
{
    return *m->speech;
}
void KioskGraph::homeOnScreen()
{
    m->speechEngine->start();
}

} // namespace bk
