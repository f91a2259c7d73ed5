#include "central/demoseed.h"

#include "central/demohistory.h"
#include "demo/demosite.h"
#include "domain/clock.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace bk::central {

Q_LOGGING_CATEGORY(lcDemo, "bk.central.demo")

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
    // Eight weeks of past activity for the manager's statistics, once: a central that has
    // recorded any event at the demo site keeps what it has (so before today's bookings, whose
    // "booked" events would count).
    QElapsedTimer timer;
    timer.start();
    const QDate today = nowUtc.toTimeZone(siteTimeZone()).date();
    auto history = store.addEventHistory(site.id, [&] {
        return demoHistory(site, today.addDays(-kDemoHistoryDays), today.addDays(-1),
                           kDemoHistorySeed);
    });
    if (!history)
        return history.refusal();
    if (*history > 0)
        qCInfo(lcDemo).noquote() << "seeded" << *history << "events of" << kDemoHistoryDays
                                 << "days of demo history in" << timer.elapsed() << "ms";
    for (const demo::DemoBooking &b : demo::bookings(nowUtc))
        if (auto r = store.putBooking(b.booking, nowUtc); !r)
            return r;
    for (const QString &code : demoEnrolCodes())
        if (auto r = store.addEnrolCode(site.id, code, nowUtc); !r)
            return r;
    return Done{};
}

} // namespace bk::central
