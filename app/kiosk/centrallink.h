#pragma once
// The kiosk's link to the central, built by the composition root (app/graph) when kiosk.conf
// has a [central] url: the sync engine, its state for the UI and the kiosk's consumers
// (CentralStatus), call-outs sent to home's "now serving" list and the ticket display, and
// booking through the central.

#include "kiosk/centralbookingbackend.h"

#include "kiosk/centralstatus.h"
#include "sync/syncengine.h"

#include <memory>

namespace bk {

class Clock;
class KioskController;

/// Declared in the order the parts depend on each other, so they are destroyed in reverse.
struct CentralLink
{
    std::unique_ptr<sync::SyncEngine> engine;
    /// Follows `engine` once started; without a central it stays "not configured" (QML's
    /// `central` either way).
    CentralStatus status;
    std::unique_ptr<CentralBookingBackend> booking;
};

/// Starts the engine with `config` and wires it: call-outs go to `kiosk` (which shows them on
/// home and on the ticket display), bookings to the central with free times from `cacheTimes`.
/// Empty on success, else why the engine refused to start. `kiosk`, `cacheTimes` and `clock`
/// must outlive `link`.
QString startCentralLink(const sync::SyncConfig &config, const sync::HeartbeatInfo &heartbeat,
                         const Clock &clock, BookingBackend &cacheTimes, KioskController &kiosk,
                         CentralLink &link);

} // namespace bk
