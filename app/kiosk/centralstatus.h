#pragma once
// The kiosk's link to the central as the screens show it: the one QObject that carries the
// sync engine's state (sync::SyncState) to the GUI thread and QML, and whether the citizen
// should be told that booking a new time is not possible now. The engine's observers run on
// the sync thread; follow() hands each state and call-out over by queued calls. Without a
// central (the demo on its own) nothing is ever shown.

#include "sync/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace bk {

class CentralStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the composition root (graph/kioskgraph.h)")
    /// A central is configured for this kiosk.
    Q_PROPERTY(bool configured READ configured NOTIFY changed)
    /// A central is configured and the latest sync round did not reach it: check-in and
    /// tickets work from the cache, a new booking does not. False until the first round ends.
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    /// The latest round reached the central and was answered.
    Q_PROPERTY(bool online READ online NOTIFY changed)
    /// The call-out WebSocket is up.
    Q_PROPERTY(bool liveConnected READ liveConnected NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(qint64 outboxDepth READ outboxDepth NOTIFY changed)
    /// For the technician (admin screen), never for the citizen.
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    /// No central: configured and offline stay false until follow() or apply(). Owned by
    /// value (CentralLink, the test fixture), so no parent.
    CentralStatus();
    /// Stops following the engine (waits for an observer call in flight).
    ~CentralStatus() override;

    /// Follows `engine` (its state and call-outs, queued to this object's thread) until
    /// destroyed; the engine must outlive this object. Replaces the engine's observers.
    void follow(sync::SyncEngine &engine);
    /// Takes `state` as the engine's latest (follow() calls it; tests set a state directly).
    void apply(const sync::SyncState &state);

    bool configured() const { return m_configured; }
    bool offline() const { return m_configured && m_state.unreachable(); }
    bool online() const { return m_state.online; }
    bool liveConnected() const { return m_state.liveConnected; }
    QDateTime lastSync() const { return m_state.lastSync; }
    qint64 outboxDepth() const { return m_state.outboxDepth; }
    QString lastError() const { return m_state.lastError; }
    /// The whole state as last received: the site's hours and chance-queue letter, the
    /// central's clock (SyncState::centralNow(), lastCentralTime) for the kiosk's consumers.
    const sync::SyncState &state() const { return m_state; }

    /// Asks for a sync round now (admin screen, "try again"); nothing without a central.
    Q_INVOKABLE void syncNow();

signals:
    void changed();
    /// A call-out arrived ("A042 → skranke 3").
    void calloutReceived(const bk::Callout &callout);

private:
    sync::SyncEngine *m_engine = nullptr;
    bool m_configured = false;
    sync::SyncState m_state;
};

} // namespace bk
