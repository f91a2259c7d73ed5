#pragma once
// The kiosk's sync engine: Boost.Asio with C++20 coroutines, on an io_context and thread of its
// own, or on an io_context the caller gives it and runs (tests step it deterministically).
// It pulls a snapshot and then deltas from the central into the cache, drains the outbox in
// order (each operation sent until its answer is recorded), keeps ticket-number blocks from
// the central in stock, and books online for the booking flow. Failures are logged (category
// bk.sync, never personal data), retried with exponential backoff and jitter, and shown in
// SyncState; the kiosk keeps working from its cache meanwhile.
//
// The engine publishes one typed value, SyncState: the connection, and what the kiosk needs
// from a sync (the site's opening hours, its chance-queue letter, the central's clock). The
// persisted parts are loaded from the cache at start(), so the state is right before the
// first round. Every public function may be called from any thread. Observers are called on
// the sync thread: CentralStatus (kiosk/centralstatus.h) hands the state to the GUI thread.

#include "sync/syncconfig.h"

#include "domain/calendar.h"
#include "domain/types.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace boost::asio {
class io_context;
}

namespace bk {
class Clock;
}

namespace bk::sync {

/// What the UI and the admin screen show about the connection to the central, and what the
/// kiosk takes from the central through the sync (hours, chance-queue letter, clock).
struct SyncState
{
    bool running = false;
    bool online = false; ///< the latest round reached the central and was answered
    QDateTime lastSync;  ///< UTC end of the latest complete round; null before the first
    qint64 outboxDepth = 0;
    QString lastError;          ///< for the technician; empty after a good round
    int failures = 0;           ///< consecutive failed rounds (drives the backoff)
    quint64 rounds = 0;         ///< complete rounds so far
    quint64 served = 0;         ///< the latest syncNow() ticket a completed round began after
    bool liveConnected = false; ///< the call-out WebSocket is up
    /// The central's clock by its latest answer's Date header (UTC, whole seconds), and when
    /// that answer arrived on the monotonic clock; null before an answer with a Date.
    QDateTime centralDate;
    std::chrono::steady_clock::time_point centralDateAt{};
    /// The site's opening hours as the central last sent them (kept in the cache across
    /// restarts); nullopt before the first snapshot and while the central's are unreadable
    /// (sync/syncedhours.h): then no time is offered for booking.
    std::optional<OpeningHours> hours;
    /// The site's chance-queue letter as the central last sent it (kept in the cache);
    /// nullopt before the first snapshot: then no chance ticket is issued.
    std::optional<QChar> chanceQueueLetter;
    /// The central's public address for the queue page as it last sent it (kept in the
    /// cache); empty before the first pull and when the central sends none: then tickets carry
    /// no queue-page QR code.
    QString publicBaseUrl;
    /// The central's clock (UTC) at the end of the latest completed round, kept in the cache
    /// across restarts: the true time is at least this. Invalid before the first such round.
    QDateTime lastCentralTime;

    /// The central's clock at `at` (a monotonic time): centralDate plus the time since, so a
    /// step of the system clock does not move it. None without an answer in the last
    /// `maxAge` (a clock pinned by an answer an hour old is not pinned).
    std::optional<QDateTime>
    centralNow(std::chrono::steady_clock::time_point at = std::chrono::steady_clock::now(),
               std::chrono::milliseconds maxAge = std::chrono::minutes(10)) const
    {
        if (!centralDate.isValid() || at < centralDateAt || at - centralDateAt > maxAge)
            return std::nullopt;
        return centralDate.addMSecs(
            std::chrono::duration_cast<std::chrono::milliseconds>(at - centralDateAt).count());
    }

    /// A round has ended and the latest did not reach the central: a booking made now would
    /// fail. False before the first round ends (the central gets the benefit of the doubt).
    bool unreachable() const { return rounds > 0 && !online; }
};

/// A booking to make at the central (the citizen confirmed it at the kiosk).
struct OnlineBooking
{
    ServiceId service;
    QDateTime start; ///< UTC
    QString phone;   ///< personal data: sent, never logged
    QString opId;    ///< empty = the engine makes one
};

/// The central's answer to an online booking.
struct OnlineBookingResult
{
    enum class Kind {
        Booked,     ///< `code` holds the new booking code
        SlotTaken,  ///< `alternatives` are the next free times
        Refused,    ///< the central refused the request (not a slot, bad field): `errorKey`
        Unreachable ///< no answer (offline, timeout, 5xx): the kiosk may fall back
    };
    Kind kind = Kind::Unreachable;
    QString code;
    QList<QDateTime> alternatives;
    QString errorKey; ///< stable key for the log, never personal
};

/// One device as the heartbeat reports it (bk::DeviceStatus in plain strings: the sync engine
/// does not know the drivers). Assigning a QString sets the state key alone.
struct HeartbeatDevice
{
    HeartbeatDevice(QString stateKey = QStringLiteral("unknown"), QString reasonKey = {},
                    QString reason = {})
        : state(std::move(stateKey)), reasonKey(std::move(reasonKey)), reason(std::move(reason))
    {}
    QString state;     ///< "connected", "reconnecting", "error", "disabled"
    QString reasonKey; ///< stable key ("media-empty", "port-missing"); empty when none
    QString reason;    ///< the technician's words (never personal data)
};

/// What the heartbeat reports besides the engine's own state (outbox depth and the age of its
/// oldest item, cursor, last sync, clock offset to the central).
struct HeartbeatInfo
{
    QHash<QString, QString> versions; ///< component -> version ("borgerkiosk" -> "0.1.0")
    HeartbeatDevice printer;
    HeartbeatDevice display;
    HeartbeatDevice scanner;
};

class SyncEngine
{
public:
    /// An engine on an io_context and a thread of its own (started by start()).
    SyncEngine(SyncConfig config, const Clock &clock);
    /// An engine on `io`, which the caller runs (run(), poll(), run_one()) on one thread; no
    /// thread of its own. Observers and booking answers then come on that thread, and
    /// waitForSync() only returns while another thread runs `io`. stop() and the destructor
    /// must be called on that thread, outside `io`'s handlers: they run `io` until the
    /// engine's coroutines have ended. `io` must outlive the engine.
    SyncEngine(SyncConfig config, const Clock &clock, boost::asio::io_context &io);
    /// Stops the engine (stop()).
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    /// Validates the configuration (plain HTTP without the development flag is refused), opens
    /// the cache, loads what the last sync kept there into state() and starts the rounds (on
    /// its own thread, or on the given io_context). Empty on success, else the reason (also
    /// logged).
    QString start();
    /// Stops the rounds, closes connections and joins the thread (or runs the given io_context
    /// until the rounds have ended). Safe to call twice.
    void stop();
    /// Runs a round now instead of waiting for the schedule or the backoff; returns a ticket
    /// for waitForSync().
    quint64 syncNow();
    /// Books at the central; `done` is called exactly once, on the sync thread.
    void book(OnlineBooking booking, std::function<void(OnlineBookingResult)> done);

    /// Versions and device states for the heartbeat sent each round; any thread, any time.
    void setHeartbeatInfo(HeartbeatInfo info);

    /// The state now (a copy).
    SyncState state() const;
    /// Called with every state change, on the sync thread (one observer; replacing it waits
    /// for a call in flight).
    void setStateObserver(std::function<void(const SyncState &)> observer);
    /// Called with every call-out from the WebSocket, on the sync thread.
    void setCalloutObserver(std::function<void(const Callout &)> observer);
    /// Blocks until a round that began after syncNow() returned `ticket` has ended, or
    /// `timeoutMs` passed (tests, the enrolment command); whether it ended.
    bool waitForSync(quint64 ticket, int timeoutMs) const;

    struct Impl; ///< defined in syncengine_p.h (the engine's own sources only)

private:
    std::unique_ptr<Impl> m;
};

} // namespace bk::sync
