#pragma once
// The kiosk's link to the central as the screens show it: the sync engine's state (SyncStatus)
// for QML, and whether the citizen should be told that booking a new time is not possible now.
// Without a central (the demo on its own) nothing is ever shown.

#include "sync/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace bk {

namespace sync {
class SyncStatus;
}

class CentralStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by main(), the composition root")
    /// A central is configured for this kiosk.
    Q_PROPERTY(bool configured READ configured NOTIFY changed)
    /// A central is configured and the latest sync round did not reach it: check-in and
    /// tickets work from the cache, a new booking does not. False until the first round ends.
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(qint64 outboxDepth READ outboxDepth NOTIFY changed)
    /// For the technician (admin screen), never for the citizen.
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    /// No central: configured and offline stay false until follow() or apply().
    explicit CentralStatus(QObject *parent = nullptr);

    /// Follows `status` (the engine's state on the GUI thread) while both exist.
    void follow(sync::SyncStatus &status);
    /// Takes `state` as the engine's latest (follow() calls it; tests set a state directly).
    void apply(const sync::SyncState &state);

    bool configured() const { return m_configured; }
    bool offline() const { return m_configured && m_state.unreachable(); }
    QDateTime lastSync() const { return m_state.lastSync; }
    qint64 outboxDepth() const { return m_state.outboxDepth; }
    QString lastError() const { return m_state.lastError; }

signals:
    void changed();

private:
    bool m_configured = false;
    sync::SyncState m_state;
};

} // namespace bk
