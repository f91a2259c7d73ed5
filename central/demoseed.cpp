#include "central/demoseed.h"

#include "demo/demosite.h"

namespace bk::central {

QStringList demoEnrolCodes()
{
    return {QStringLiteral("DEMO-KIOSK-0001"), QStringLiteral("DEMO-KIOSK-0002")};
}

Outcome<Done> seedDemo(CentralStore &store, const QDateTime &nowUtc)
{
    const demo::DemoSite d = demo::site();
    SiteDefinition site{d.id, d.name, d.services, d.hours, d.chanceQueueLetter};
    if (auto r = store.putSite(site, nowUtc); !r)
        return r;
    // The "booked at another site" scenario needs that other site to exist.
    SiteDefinition nord = site;
    nord.id = QStringLiteral("demo-nord");
    nord.name = QStringLiteral("Borgerservice Demo Nord");
    if (auto r = store.putSite(nord, nowUtc); !r)
        return r;
    for (const demo::DemoBooking &b : demo::bookings(nowUtc))
        if (auto r = store.putBooking(b.booking, nowUtc); !r)
            return r;
    for (const QString &code : demoEnrolCodes())
        if (auto r = store.addEnrolCode(site.id, code, nowUtc); !r)
            return r;
    return Done{};
}

} // namespace bk::central
