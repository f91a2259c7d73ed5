#include "kiosk/centrallink.h"

#include "kiosk/kioskcontroller.h"

namespace bk {

QString startCentralLink(const sync::SyncConfig &config, const sync::HeartbeatInfo &heartbeat,
                         const Clock &clock, BookingBackend &cacheTimes, KioskController &kiosk,
                         CentralLink &link)
{
    link.engine = std::make_unique<sync::SyncEngine>(config, clock);
    link.engine->setHeartbeatInfo(heartbeat);
    link.status = std::make_unique<sync::SyncStatus>(*link.engine);
    QObject::connect(link.status.get(), &sync::SyncStatus::calloutReceived, &kiosk,
                     [&kiosk](const Callout &c) { kiosk.addCallout(c); });
    if (const QString e = link.engine->start(); !e.isEmpty())
        return e;
    link.booking = std::make_unique<CentralBookingBackend>(*link.engine, cacheTimes);
    return {};
}

} // namespace bk
