#pragma once
// The sync engine's state for QML and the admin screen: properties on the GUI thread, updated
// by queued calls from the sync thread.

#include "sync/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace bk::sync {

class SyncStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(bool liveConnected READ liveConnected NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(qint64 outboxDepth READ outboxDepth NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    /// Observes `engine` until destroyed; the engine must outlive this object.
    explicit SyncStatus(SyncEngine &engine, QObject *parent = nullptr);
    ~SyncStatus() override;

    bool online() const { return m_state.online; }
    bool liveConnected() const { return m_state.liveConnected; }
    QDateTime lastSync() const { return m_state.lastSync; }
    qint64 outboxDepth() const { return m_state.outboxDepth; }
    QString lastError() const { return m_state.lastError; }
    /// The whole state as last received.
    const SyncState &state() const { return m_state; }

    /// Asks for a sync round now (admin screen, "try again").
    Q_INVOKABLE void syncNow();

signals:
    void changed();
    /// A call-out arrived ("A042 → skranke 3").
    void calloutReceived(const bk::Callout &callout);

private:
    void apply(const SyncState &state);

    SyncEngine &m_engine;
    SyncState m_state;
};

} // namespace bk::sync
