// borgerkiosk: the program. Reads the command line and kiosk.conf, enrols with the central
// when it has no token yet, builds the kiosk through the composition root (graph/kioskgraph.h)
// and hands it to the QML UI, then tells systemd it is ready and pets the watchdog;
// --check-config, --enrol, --set-admin-pin, --screenshot, --exit-at-first-frame and
// --print-test-page are answered here, --self-test prints what graph/selftest.h finds.

#include "drivers/printertestpage.h"
#include "graph/centralsetup.h"
#include "graph/kioskgraph.h"
#include "graph/selftest.h"
#include "kiosk/inactivityguard.h"
#include "kiosk/session.h"
#include "platform/adminpin.h"
#include "platform/commandline.h"
#include "platform/config.h"
#include "platform/logging.h"
#include "platform/startmeasure.h"
#include "platform/systemdnotifier.h"
#include "platform/termsignals.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <termios.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Borgerkiosk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Borgerkiosk_UiPlugin)

Q_LOGGING_CATEGORY(lcMain, "bk.main")

namespace {

// Exit codes a technician (and systemd) can tell apart; values from sysexits.h.
constexpr int kExitUsage = 64;
constexpr int kExitConfig = 78;
constexpr int kExitUnavailable = 69;
constexpr int kExitCantCreate = 73;

/// An error for the technician on stderr; when stderr is the journal (ExecCondition's
/// --check-config, a start under systemd) with the `<3>` (err) prefix, so journalctl -p err
/// shows it (sd-daemon(3)).
void printErr(const QString &text)
{
    static const bool journal = bk::stderrIsJournal();
    std::fputs(qPrintable((journal ? QStringLiteral("<3>") : QString()) + text + u'\n'), stderr);
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
    const std::unique_ptr<bk::ReceiptPrinter> printer = bk::makePrinter(cfg);
    const bk::CupsPrinterOptions options = bk::cupsOptions(cfg);
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

/// Renders offscreen when there is no display: a technician's --self-test or --print-test-page
/// over ssh (the test page draws text the code page lacks with Qt's fonts).
void offscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

/// --self-test [--json]: the checks (graph/selftest.h), one line each or one JSON object on
/// stdout; 0 when none failed, 1 when one did, 78 when the configuration cannot be read (then
/// only the config check is reported: the others need the file).
int selfTest(int &argc, char **argv, const bk::CommandLine &options)
{
    const bk::ConfigResult loaded = bk::loadConfig(options.configPath);
    const auto print = [&options](const QList<bk::SelfTestResult> &results) {
        if (options.json) {
            std::fputs(QJsonDocument(bk::selfTestJson(results, QStringLiteral(BK_VERSION)))
                           .toJson(QJsonDocument::Indented)
                           .constData(),
                       stdout);
            return;
        }
        QStringList failed;
        int warned = 0;
        for (const bk::SelfTestResult &r : results) {
            std::printf("%s\n", qPrintable(r.line()));
            if (r.verdict == bk::SelfTestVerdict::Fail)
                failed.append(r.id);
            warned += int(r.verdict == bk::SelfTestVerdict::Warn);
        }
        if (failed.isEmpty())
            std::printf("self-test: ok (%d checks, %d warning(s))\n", int(results.size()), warned);
        else
            std::printf("self-test: FAILED: %s\n", qPrintable(failed.join(QStringLiteral(", "))));
    };
    if (!loaded.errors.isEmpty()) {
        print({bk::SelfTest::checkConfig(loaded)});
        return kExitConfig;
    }
    bk::installLogHandler(loaded.config.log.level);
    offscreenWithoutDisplay();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("borgerkiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(BK_VERSION));
    bk::SelfTest::Options o;
    o.buildTime = QDateTime::fromSecsSinceEpoch(BK_BUILD_EPOCH, Qt::UTC);
    o.version = QStringLiteral(BK_VERSION);
    const QList<bk::SelfTestResult> results = bk::SelfTest::runAll(loaded, o);
    print(results);
    return bk::selfTestFailed(results) ? 1 : 0;
}

/// --check-config: the configuration as a start reads it (loadConfig) and the [central]
/// checks the graph makes before it connects (checkCentralKeys); no GUI object, no network.
/// The central checks run only on a file that parsed: on a partial one they would report
/// defaults standing in for the values already reported as wrong.
int checkConfig(const QString &path)
{
    const bk::ConfigResult loaded = bk::loadConfig(path);
    QStringList errors = loaded.errors;
    if (errors.isEmpty())
        for (const bk::ConfigProblem &p : bk::checkCentralKeys(loaded.config))
            errors.append(bk::describeProblem(loaded, p));
    for (const QString &e : errors)
        printErr(e);
    if (!errors.isEmpty()) {
        printErr(QStringLiteral("borgerkiosk: configuration %1 has %2 error(s); every key is "
                                "documented in kiosk.conf.example")
                     .arg(path)
                     .arg(errors.size()));
        return kExitConfig;
    }
    std::printf("configuration ok: %s\n", qPrintable(path));
    return 0;
}

/// One line from standard input, without its newline; on a terminal after `prompt` (on stderr)
/// and without echo. Nullopt at the end of the input.
std::optional<QString> readSecretLine(const char *prompt)
{
    const bool tty = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (tty && tcgetattr(STDIN_FILENO, &saved) == 0) {
        std::fputs(prompt, stderr);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (!got)
        return std::nullopt;
    return QString::fromStdString(line).trimmed();
}

/// --set-admin-pin: the PIN from standard input (asked twice on a terminal), stored as a
/// salted hash in admin.pin_file. Neither the PIN nor its hash is printed.
int setAdminPin(const bk::KioskConfig &cfg)
{
    const std::optional<QString> pin = readSecretLine("New admin PIN (4-12 digits): ");
    if (!pin) {
        printErr(QStringLiteral("borgerkiosk: no PIN on standard input"));
        return kExitUsage;
    }
    if (const QString why = bk::AdminPin::validate(*pin); !why.isEmpty()) {
        printErr(QStringLiteral("borgerkiosk: PIN not set: %1").arg(why));
        return kExitUsage;
    }
    if (isatty(STDIN_FILENO) == 1 && readSecretLine("The same PIN again: ") != pin) {
        printErr(QStringLiteral("borgerkiosk: PIN not set: the two PINs differ"));
        return kExitUsage;
    }
    if (const QString e = bk::AdminPin::set(cfg.admin.pinFile, *pin); !e.isEmpty()) {
        printErr(QStringLiteral("borgerkiosk: PIN not set: %1").arg(e));
        return kExitCantCreate;
    }
    std::printf("admin PIN set in %s (wrong attempts and lockout cleared)\n",
                qPrintable(cfg.admin.pinFile));
    return 0;
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

    if (cl.options.checkConfig)
        return checkConfig(cl.options.configPath);
    if (cl.options.selfTest)
        return selfTest(argc, argv, cl.options);

    const bk::ConfigResult loaded = bk::loadConfig(cl.options.configPath);
    if (!loaded.errors.isEmpty()) {
        for (const QString &e : loaded.errors)
            printErr(e);
        printErr(QStringLiteral("borgerkiosk: not started; fix the configuration above "
                                "(every key is documented in kiosk.conf.example)."));
        return kExitConfig;
    }
    const bk::KioskConfig &cfg = loaded.config;
    if (cl.options.setAdminPin)
        return setAdminPin(cfg);
    // Before any GUI object: the messages below reach the journal with their priority.
    bk::installLogHandler(cfg.log.level);

    // Enrolment before the graph: the graph needs the token. The code is used once: with a
    // token in central.token_file it is ignored. Never log the code or the token.
    if (cl.options.enrol || (cl.options.screenshotPath.isEmpty() && !cl.options.printTestPage)) {
        const bk::EnrolmentStep step = bk::enrolIfNeeded(cfg, cl.options.enrol);
        switch (step.outcome) {
        case bk::EnrolmentStep::Outcome::Enrolled:
            qCInfo(lcMain).noquote() << step.message;
            break;
        case bk::EnrolmentStep::Outcome::Failed:
            qCCritical(lcMain).noquote() << step.message;
            if (!cl.options.enrol)
                qCCritical(lcMain) << "borgerkiosk: not started: not enrolled with the central";
            return step.exitCode;
        case bk::EnrolmentStep::Outcome::NotNeeded:
            if (cl.options.enrol)
                qCInfo(lcMain).noquote() << step.message;
            break;
        }
        if (cl.options.enrol)
            return 0;
    }

    if (cl.options.printTestPage)
        offscreenWithoutDisplay();

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("borgerkiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(BK_VERSION));
    if (cl.options.printTestPage)
        return printTestPage(cfg);

    bk::SystemClock clock;
    // Owned here so that it can be destroyed before the services its bindings read.
    auto engineOwner = std::make_unique<QQmlApplicationEngine>();
    QQmlApplicationEngine &engine = *engineOwner;
    // qt_add_qml_module places the modules under qrc:/<URI>/; Qt 6.4 does not look there itself.
    engine.addImportPath(QStringLiteral("qrc:/"));

    bk::KioskGraph::Context context;
    context.clock = &clock;
    context.engine = &engine;
    context.buildTime = QDateTime::fromSecsSinceEpoch(BK_BUILD_EPOCH, Qt::UTC);
    context.version = QStringLiteral(BK_VERSION);
    context.windowed = !cl.options.screenshotPath.isEmpty();
    context.configPath = cl.options.configPath;
    bk::KioskGraph::Error error;
    const std::unique_ptr<bk::KioskGraph> graph = bk::KioskGraph::build(cfg, context, &error);
    if (!graph) {
        printErr(error.message);
        return error.kind == bk::KioskGraph::Error::Kind::Central ? kExitConfig : kExitUnavailable;
    }
    engine.setInitialProperties(graph->qmlProperties());

    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [](const QList<QQmlError> &ws) {
        for (const QQmlError &w : ws)
            qCWarning(lcMain).noquote() << w.toString();
    });

    engine.load(QUrl(QStringLiteral("qrc:/Borgerkiosk/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        printErr(QStringLiteral("borgerkiosk: the user interface failed to load (see above)."));
        engineOwner.reset(); // the QML goes first, then the services it was bound to
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    // Every touch or click anywhere in the window counts as "still here".
    graph->guard().watch(window);

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

    // Home's first frame: the moment the kiosk is up. systemd (sd_notify) gets READY=1 then,
    // i.e. at the first frame swapped while the session shows home; the watchdog is petted
    // from this (the GUI) thread, so a hung event loop gets the unit restarted. frameSwapped
    // comes from the render thread: queued to the notifier, which lives here.
    // --exit-at-first-frame measures the same moment. What can wait starts after it
    // (KioskGraph::homeOnScreen).
    bk::SystemdNotifier notifier;
    bk::quitOnTermSignals(&app);
    const bool measure = cl.options.exitAtFirstFrame;
    if (window) {
        bk::Session *session = &graph->session();
        bk::KioskGraph *g = graph.get();
        const QString status = QStringLiteral("home on screen: site %1, kiosk %2%3")
                                   .arg(cfg.site.id, cfg.kiosk.id,
                                        cfg.demo.enabled ? QStringLiteral(" (demo)") : QString());
        auto readyOnce = std::make_shared<QMetaObject::Connection>();
        *readyOnce = QObject::connect(
            window, &QQuickWindow::frameSwapped, &notifier,
            [&notifier, session, g, status, readyOnce, measure] {
                // Swaps queued before the disconnect still arrive: once is enough.
                if (!*readyOnce || session->page() != bk::Session::Page::Home)
                    return;
                QObject::disconnect(*readyOnce);
                *readyOnce = {};
                if (measure) {
                    std::fputs(bk::firstFrameLine().constData(), stdout);
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                    return;
                }
                if (notifier.enabled())
                    notifier.ready(status);
                qCInfo(lcMain).noquote() << "ready:" << status;
                g->homeOnScreen();
            },
            Qt::QueuedConnection);
        // Offscreen or hidden windows render only when asked.
        window->requestUpdate();
    } else {
        graph->homeOnScreen();
    }

    qCInfo(lcMain) << "borgerkiosk" << BK_VERSION << "started for site" << cfg.site.id
                   << (cfg.demo.enabled ? "(demo)" : "");
    const int rc = QGuiApplication::exec();
    notifier.stopping();
    engineOwner.reset(); // the QML goes first, then the services it was bound to
    return rc;
}
