// CentralStore: a history of events recorded at once (the demo central's eight weeks, issue 14
// item 5), through the same recordEvent as the live code.

#include "central/centralstore.h"

namespace bk::central {

Outcome<int> CentralStore::addEventHistory(const SiteId &site,
                                           const std::function<QList<RecordedEvent>()> &make)
{
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    sql::Statement any = m_db.prepare("SELECT 1 FROM events WHERE site = ?1 LIMIT 1");
    any.bind(1, site);
    if (any.next())
        return 0;
    if (Status e = any.status(); !e)
        return serverError(e.storeError());
    const QList<RecordedEvent> events = make();
    for (const RecordedEvent &e : events)
        if (Status s = recordEvent(site, e.kind.toLatin1().constData(), e.queue, e.service,
                                   e.ticket, e.counter, e.at, e.links);
            !s)
            return serverError(s.storeError());
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return int(events.size());
}

} // namespace bk::central
