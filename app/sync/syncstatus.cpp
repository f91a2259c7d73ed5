#include "sync/syncstatus.h"

#include <QMetaObject>

namespace bk::sync {

SyncStatus::SyncStatus(SyncEngine &engine, QObject *parent)
    : QObject(parent), m_engine(engine), m_state(engine.state())
{
    // The observers run on the sync thread; the queued calls run apply() on ours.
    m_engine.setStateObserver([this](const SyncState &s) {
        QMetaObject::invokeMethod(
            this, [this, s] { apply(s); }, Qt::QueuedConnection);
    });
    m_engine.setCalloutObserver([this](const Callout &c) {
        QMetaObject::invokeMethod(
            this, [this, c] { emit calloutReceived(c); }, Qt::QueuedConnection);
    });
}

SyncStatus::~SyncStatus()
{
    // Waits for an observer call in flight, so none reaches this object afterwards.
    m_engine.setStateObserver({});
    m_engine.setCalloutObserver({});
}

void SyncStatus::syncNow()
{
    m_engine.syncNow();
}

void SyncStatus::apply(const SyncState &state)
{
    m_state = state;
    emit changed();
}

} // namespace bk::sync
