// SyncEngine's state: what it publishes (SyncState) and to whom, and the memo it keeps in the
// cache across restarts (cursor, hours, chance-queue letter, the central's clock).

#include "sync/syncedhours.h"
#include "syncengine_p.h"

namespace bk::sync {

void SyncEngine::setHeartbeatInfo(HeartbeatInfo info)
{
    std::lock_guard lock(m->mutex);
    m->heartbeat = std::move(info);
}

SyncState SyncEngine::state() const
{
    std::lock_guard lock(m->mutex);
    return m->state;
}

void SyncEngine::setStateObserver(std::function<void(const SyncState &)> observer)
{
    std::lock_guard lock(m->observerMutex);
    m->stateObserver = std::move(observer);
}

void SyncEngine::setCalloutObserver(std::function<void(const Callout &)> observer)
{
    std::lock_guard lock(m->observerMutex);
    m->calloutObserver = std::move(observer);
}

bool SyncEngine::waitForSync(quint64 ticket, int timeoutMs) const
{
    std::unique_lock lock(m->mutex);
    return m->cond.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                            [&] { return m->state.served >= ticket || !m->state.running; });
}

void SyncEngine::Impl::setError(const QString &error)
{
    {
        std::lock_guard lock(mutex);
        state.lastError = error;
    }
    publish();
}

void SyncEngine::Impl::publish()
{
    SyncState copy;
    {
        std::lock_guard lock(mutex);
        copy = state;
    }
    cond.notify_all();
    std::lock_guard lock(observerMutex);
    if (stateObserver)
        stateObserver(copy);
}

void SyncEngine::Impl::adopt(CacheStore::SyncMemo next)
{
    std::optional<std::optional<OpeningHours>> hours;
    if (next.hoursJson != memo.hoursJson)
        hours = syncedHours(next.hoursJson);
    memo = std::move(next);
    std::lock_guard lock(mutex);
    if (hours)
        state.hours = std::move(*hours);
    state.chanceQueueLetter = memo.chanceQueueLetter;
    state.publicBaseUrl = memo.publicBaseUrl;
    state.lastCentralTime = memo.lastCentralTime;
}

Status SyncEngine::Impl::remember(const CacheStore::SyncMemo &next)
{
    Status st = store.setSyncMemo(next);
    if (st)
        adopt(next);
    return st;
}

} // namespace bk::sync
