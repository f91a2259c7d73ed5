#pragma once
// Staff alerts: the kiosk watches its printer, ticket display, barcode reader and the link to
// the central, and sends each alert's raising and clearing to the central as an outbox
// operation of kind "alert" (CacheStore::queueAlert), so it reaches the central exactly once
// even when the central is down at the time, and staff see "stander 2: paper out since 10:42"
// in the fleet view. The journal gets a line for each as well (category bk.alerts).
//
// Alerts (stable keys, the same at the central):
//   paper-out            the printer reports media-empty or media-needed
//   printer-offline      the printer is unreachable (state reconnecting)
//   reader-gone          the barcode reader is unplugged or cannot be opened
//   display-gone         the ticket display is unplugged or cannot be opened
//   central-unreachable  the sync rounds have not reached the central for
//                        `unreachableAfter` (raised with the time the link went down)
// An episode starts when its condition is first seen and ends when the condition has been
// gone for `clearAfter`; it is raised once, when the condition has lasted `raiseAfter` (or
// `unreachableAfter`), and cleared once at its end, so a flapping device or link raises one
// alert per episode, not one per flap. Raised alerts are kept in the cache's meta table, so
// one raised before a restart is cleared after it.

#include "domain/clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace bk {

class BarcodeReader;
class CacheStore;
class CentralStatus;
class ReceiptPrinter;
class TicketDisplay;

class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /// A device fault must last this long before it is raised (a printer busy reconnecting
        /// for a moment is no alert).
        std::chrono::seconds raiseAfter{10};
        /// A condition must be gone this long before its alert is cleared.
        std::chrono::seconds clearAfter{60};
        /// central.unreachable_alert_minutes.
        std::chrono::minutes unreachableAfter{5};
        /// How often the conditions are looked at (besides every device change); 0 = only when
        /// tick() is called (tests step the clock).
        int tickMs = 1000;
    };

    /// Watches the three devices and, when `central` is not null, the link to the central;
    /// writes to `store`. All must outlive the monitor. Loads the alerts raised before a
    /// restart from `store`.
    AlertMonitor(const Options &options, const Clock &clock, CacheStore &store,
                 ReceiptPrinter &printer, TicketDisplay &display, BarcodeReader &reader,
                 const CentralStatus *central, QObject *parent = nullptr);

    /// Looks at every condition now: raises and clears what is due.
    void tick();
    /// The alerts raised and not yet cleared, sorted by key.
    QStringList raised() const;

signals:
    /// An alert was raised or cleared (after its outbox row was written).
    void alertsChanged();

private:
    struct Episode
    {
        QDateTime since;   ///< when the condition was first seen; invalid = no episode
        QDateTime okSince; ///< when it was last seen gone; invalid while present
        bool raised = false;
    };
    void step(const QString &alert, bool present, std::chrono::seconds raiseAfter,
              const QDateTime &now);
    /// Queues the event with the list of raised alerts it leaves, in one transaction; false
    /// (logged) when nothing was written.
    bool queue(const QString &alert, bool raise, const QDateTime &at);

    Options m_options;
    const Clock &m_clock;
    CacheStore &m_store;
    ReceiptPrinter &m_printer;
    TicketDisplay &m_display;
    BarcodeReader &m_reader;
    const CentralStatus *m_central;
    QHash<QString, Episode> m_episodes;
    QTimer m_timer;
};

} // namespace bk
