#include "kiosk/centralstatus.h"

#include <QMetaObject>

namespace bk {

CentralStatus::CentralStatus() = default;

CentralStatus::~CentralStatus()
{
    if (!m_engine)
        return;
    // Waits for an observer call in flight, so none reaches this object afterwards.
    m_engine->setStateObserver({});
    m_engine->setCalloutObserver({});
}

void CentralStatus::follow(sync::SyncEngine &engine)
{
    m_engine = &engine;
    // The observers run on the sync thread; the queued calls run on ours. Installed before
    // the state is read, so no change falls between the two.
    m_engine->setStateObserver([this](const sync::SyncState &s) {
        QMetaObject::invokeMethod(
            this, [this, s] { apply(s); }, Qt::QueuedConnection);
    });
    m_engine->setCalloutObserver([this](const Callout &c) {
        QMetaObject::invokeMethod(
            this, [this, c] { emit calloutReceived(c); }, Qt::QueuedConnection);
    });
    apply(m_engine->state());
}

void CentralStatus::apply(const sync::SyncState &state)
{
    m_configured = true;
    m_state = state;
    emit changed();
}

void CentralStatus::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

} // namespace bk
