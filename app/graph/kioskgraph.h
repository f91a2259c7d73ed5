#pragma once
// The composition root: the kiosk's object graph, built from kiosk.conf in dependency order
// (cache, devices, link to the central, clock guard, flows, session). app/main.cpp, the Qt
// Quick test fixture (tests/qml) and the integration tests all build the kiosk through it, so
// the program and its tests run the same wiring; nothing else constructs these services.

#include "graph/devices.h"

#include "domain/clock.h"
#include "kiosk/admincontroller.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>

class QQmlEngine;

namespace bk {

struct KioskConfig;
class AdminController;
class AlertMonitor;
class BookingFlow;
class CacheStore;
class CentralStatus;
class ChanceFlow;
class CheckInFlow;
class ClockGuard;
class DemoController;
class InactivityGuard;
class KioskController;
class ReceiptSlipPrinter;
class Session;
class Speech;
class SpeechEngine;
class Translations;

namespace sync {
class SyncEngine;
}

class KioskGraph
{
public:
    /// What the graph takes from its caller besides the configuration.
    struct Context
    {
        /// The time everything is decided by; must outlive the graph.
        const Clock *clock = nullptr;
        /// The engine the UI runs in (translations are installed on it); may be null.
        QQmlEngine *engine = nullptr;
        /// The build's date (UTC): the clock guard's lower bound; invalid = unknown.
        QDateTime buildTime;
        /// Reported to the central in the heartbeat.
        QString version;
        /// A window (not fullscreen) whatever ui.fullscreen says: --self-test, --screenshot.
        bool windowed = false;
        /// The inactivity guard and the alert monitor look at the clock only when told (tests
        /// step the clock).
        bool manualInactivityTicks = false;
        /// The configuration file read (shown on the admin screen).
        QString configPath;
        /// The admin screen's "restart": ends the program (systemd starts it again). Empty =
        /// QCoreApplication::exit(0).
        std::function<void()> restart;
        /// The admin screen's re-enrolment deadline (AdminController::Options).
        int enrolDeadlineMs = 30000;
        /// How long the admin screen shows a successful re-enrolment before the restart.
        int enrolRestartDelayMs = 3000;
        /// Replaces the re-enrolment's request to the central (graph/centralsetup.h reenrol):
        /// for the Qt Quick tests and screenshots, whose kiosk has no central. Empty = the
        /// real request.
        std::function<AdminController::EnrolAnswer(const QString &code, int deadlineMs)> enrol;
        /// The speech engine; empty = Qt TextToSpeech with speech-dispatcher
        /// (kiosk/qtspeechengine.h). The Qt Quick tests give a recording engine here.
        std::function<std::unique_ptr<SpeechEngine>()> speechEngine;
    };

    /// Why the graph could not be built; the message is for the technician (names the file
    /// or key and what to do).
    struct Error
    {
        enum class Kind {
            Cache,  ///< the cache cannot be opened or the demo site not seeded
            Central ///< [central] is configured but the link cannot start (token, TLS, URL)
        };
        Kind kind = Kind::Cache;
        QString message;
    };

    /// Builds the graph; null with `error` set when it cannot.
    static std::unique_ptr<KioskGraph> build(const KioskConfig &config, const Context &context,
                                             Error *error);
    ~KioskGraph();
    KioskGraph(const KioskGraph &) = delete;
    KioskGraph &operator=(const KioskGraph &) = delete;

    /// The objects Main.qml takes as its initial properties: kiosk, session, checkIn,
    /// booking, chance, guard, central, admin, and demo in demo mode with simulated devices.
    QVariantMap qmlProperties() const;

    CacheStore &store();
    const Devices &devices() const;
    ReceiptSlipPrinter &slipPrinter();
    Translations &translations();
    KioskController &kiosk();
    CheckInFlow &checkIn();
    BookingFlow &booking();
    ChanceFlow &chance();
    InactivityGuard &guard();
    Session &session();
    AdminController &admin();
    CentralStatus &central();
    ClockGuard &clockGuard();
    /// The sync engine; null without a central.
    sync::SyncEngine *syncEngine();
    /// The demo panel's controller; null outside demo mode.
    DemoController *demo();
    /// The staff alerts sent to the central (kiosk/alertmonitor.h).
    AlertMonitor &alerts();
    /// The kiosk's voice (kiosk/speech.h).
    Speech &speech();
    /// Called once home's first frame is on screen: starts what waits for it — the speech
    /// engine (listing the voices takes seconds of CPU on a stander).
    void homeOnScreen();

    struct Parts; ///< defined in kioskgraph.cpp

private:
    KioskGraph();
    std::unique_ptr<Parts> m;
};

} // namespace bk
