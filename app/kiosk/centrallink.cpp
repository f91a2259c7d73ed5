#include "kiosk/centrallink.h"

#include "kiosk/kioskcontroller.h"

namespace bk {

QString startCentralLink(const sync::SyncConfig &config, const sync::HeartbeatInfo &heartbeat,
                         const Clock &clock, BookingBackend &cacheTimes, KioskController &kiosk,
                         CentralLink &link)
{
    link.engine = std::make_unique<sync::SyncEngine>(config, clock);
    link.engine->setHeartbeatInfo(heartbeat);
    QObject::connect(&link.status, &CentralStatus::calloutReceived, &kiosk,
                     [&kiosk](const Callout &c) { kiosk.addCallout(c); });
    // Observers before start(), so no call-out from the first round can slip past them.
    link.status.follow(*link.engine);
    if (const QString e = link.engine->start(); !e.isEmpty())
        return e;
    // start() loaded what the last sync kept (hours, letter, clock): take it at once, not
    // only when the queued copy arrives.
    link.status.apply(link.engine->state());
    link.booking = std::make_unique<CentralBookingBackend>(*link.engine, cacheTimes);
    return {};
}

} // namespace bk
