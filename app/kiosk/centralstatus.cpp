#include "kiosk/centralstatus.h"

#include "sync/syncstatus.h"

namespace bk {

CentralStatus::CentralStatus(QObject *parent) : QObject(parent) {}

void CentralStatus::follow(sync::SyncStatus &status)
{
    connect(&status, &sync::SyncStatus::changed, this, [this, &status] { apply(status.state()); });
    apply(status.state());
}

void CentralStatus::apply(const sync::SyncState &state)
{
    m_configured = true;
    m_state = state;
    emit changed();
}

} // namespace bk
