#pragma once
// The kiosk's SQLite cache: the one class that owns the database file. Services and bookings
// as the central sends them, the tickets this kiosk issued, its ticket-number blocks and the
// outbox of local changes waiting to be pushed. Callers never see SQL; every local change is
// written together with its outbox row in one transaction.

#include "domain/checkin.h"
#include "domain/ticketnumber.h"
#include "domain/types.h"
#include "platform/sqlresult.h"
#include "platform/sqlsettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace bk {

namespace sql {
class Database;
}

/// A ticket this kiosk issued, with the id of the outbox operation that reports it.
struct IssuedTicket
{
    Ticket ticket;
    QString opId;
    /// The ticket's queue-page token (domain/queuetoken.h, 22 characters), made when it was
    /// issued, stored with it and sent in its outbox operation as payload.queueToken.
    QString queueToken;
};

/// What checkIn() did: always the decision and what it was decided on, read in the check-in's
/// own transaction (callers show these instead of reading the cache again); a new ticket only
/// when the decision admits.
struct CheckInResult
{
    CheckInDecision decision;
    Booking booking; ///< the cached booking the decision judged
    Service service; ///< the booking's service (its window and tooLate rule)
    /// The citizen's ticket: the one issued now when decision.admits(); for AlreadyCheckedIn
    /// the latest this kiosk issued for the booking (none when checked in at another kiosk);
    /// otherwise none.
    std::optional<Ticket> ticket;
    /// The queue-page token of `ticket` (empty without one, or for a ticket issued before
    /// tokens were kept).
    QString queueToken;
    std::optional<IssuedTicket> issued; ///< set exactly when decision.admits()
};

/// One local change waiting for (or already given) the central's answer.
struct OutboxEntry
{
    qint64 seq = 0;      ///< order of the change; push in this order
    QString opId;        ///< random 128-bit id; the central applies each id at most once
    QString kind;        ///< "checkin", "ticket", "booking", "alert" or "event"
    QByteArray payload;  ///< compact JSON object
    QDateTime createdAt; ///< UTC
    QDateTime sentAt;    ///< UTC; null while pending
    QByteArray answer;   ///< the central's answer (JSON) once sent
};

/// The central's answer to one pushed operation (CacheStore::markSent of a batch).
struct SentOperation
{
    QString opId;
    QByteArray answerJson; ///< the answer as the central gave it (JSON)
};

/// What purgePersonalData() removed, for the log (counts only, never the data).
struct PurgeReport
{
    int personalCleared = 0; ///< bookings whose phone and name were cleared
    int bookingsDeleted = 0;
    int ticketsDeleted = 0;
    int blocksDeleted = 0;
    int outboxDeleted = 0;
};

class CacheStore
{
public:
    /// How this kiosk numbers tickets and how long it keeps data.
    struct Options
    {
        int kioskIndex = 0;  ///< this kiosk's place (0-based) in the static number partition
        int kioskCount = 1;  ///< kiosks sharing one site's numbers until the central grants
        int blockSize = 100; ///< numbers per static block
        /// Highest number the static partition may reach; 0 = no limit. With a central, set it
        /// below the central's numberBlockBase so that static and granted numbers never meet.
        int staticNumberLimit = 0;
        int retentionDays = 1;    ///< phone and name are cleared this long after the booked start
        int keepBookingDays = 14; ///< booking rows (without personal data) are kept this long
        int busyTimeoutMs = 5000; ///< how long a writer waits for another process's transaction
        /// Test-only hook: SQL run as migrations after the built-in ones (one version each).
        QList<QByteArray> extraMigrationsForTest;
    };

    CacheStore();
    ~CacheStore();
    CacheStore(const CacheStore &) = delete;
    CacheStore &operator=(const CacheStore &) = delete;

    /// Opens or creates the cache at `path` and migrates it; refuses a newer schema.
    Status open(const QString &path, const Options &options);
    /// Opens with the default options (one kiosk, blocks of 100).
    Status open(const QString &path) { return open(path, Options()); }
    /// Closes the file (also done by the destructor).
    void close();
    /// Whether open() succeeded and close() has not been called since.
    bool isOpen() const;
    /// The message of the last failed call (open() included), for logs and the admin screen.
    QString lastError() const { return m_lastError; }
    /// The schema version of the open file (PRAGMA user_version).
    int schemaVersion() const;
    /// The newest schema version this program knows.
    static int latestSchemaVersion();

    /// The connection settings in force, as SQLite reports them (self-test, admin screen).
    using Pragmas = sql::Pragmas;
    /// Reads the pragmas back from the open connection.
    Result<Pragmas> pragmas();

    // --- Cached data from the central ---------------------------------------------------------

    /// Inserts or updates the site's services (keyed by id).
    Status upsertServices(const SiteId &site, const QList<Service> &services);
    /// The cached service; NotFound when it is not cached, Database when the cache cannot be
    /// read (or is not open).
    Result<Service> findService(const SiteId &site, const ServiceId &service);
    /// Every cached service of the site, ordered by id.
    Result<QList<Service>> services(const SiteId &site);
    /// Inserts or updates bookings (keyed by code) in one transaction; returns the count.
    Result<int> upsertBookings(const QList<Booking> &bookings);
    /// Bulk variant: pulls bookings from `next` until nullopt, all in one transaction, without
    /// holding them in memory at once (initial snapshots, the benchmark).
    Result<int> upsertBookings(const std::function<std::optional<Booking>()> &next);
    /// Places taken per slot start (seconds since the epoch) for bookings of `service` at
    /// `site` starting in [fromUtc, toUtc), cancelled ones excluded (slot offers at the kiosk).
    Result<QHash<qint64, int>> bookedPlaces(const SiteId &site, const ServiceId &service,
                                            const QDateTime &fromUtc, const QDateTime &toUtc);
    /// Deletes bookings by code (tombstones from the central); returns how many existed.
    Result<int> removeBookings(const QStringList &codes);
    /// The cached booking with this normalised code; NotFound when it is not cached, Database
    /// when the cache cannot be read (or is not open). Messages never contain the code.
    Result<Booking> findBooking(const QString &code);

    // --- Local changes (each with its outbox row, in one transaction) --------------------------

    /// Checks the booking in at `site` if decideCheckIn() admits it, and then issues its
    /// ticket. NotFound when the code or its service is not cached.
    Result<CheckInResult> checkIn(const QString &code, const SiteId &site, const QDateTime &nowUtc);
    /// The latest ticket this kiosk issued for a booking (a reprint after "already checked
    /// in"), or nullopt when it issued none (checked in elsewhere).
    Result<std::optional<Ticket>> ticketForBooking(const QString &code);
    /// Issues a chance-queue ticket (walk-in without a booking) in queue `queueLetter`.
    Result<IssuedTicket> issueChanceTicket(const SiteId &site, const ServiceId &service,
                                           QChar queueLetter, const QDateTime &nowUtc);
    /// Stores a booking made at this kiosk; Duplicate when the code is taken (the caller
    /// generates a new code and retries). Returns the outbox operation id.
    Result<QString> insertBookingLocal(const Booking &booking, const QDateTime &nowUtc);
    /// Grants this kiosk a block of numbers for (site, day, queue), after those it has.
    /// Invalid when it is empty or overlaps a block already held.
    Status addNumberBlock(const SiteId &site, const QDate &day, QChar queue,
                          const NumberBlock &block);
    /// The blocks held for (site, day, queue) in the order they were granted.
    Result<QList<NumberBlock>> numberBlocks(const SiteId &site, const QDate &day, QChar queue);
    /// How many numbers this kiosk can still issue for (site, day, queue) from the blocks it
    /// holds, without taking a new static block (the sync engine asks for more when low).
    Result<int> numbersLeft(const SiteId &site, const QDate &day, QChar queue);

    // --- Outbox ------------------------------------------------------------------------------

    /// Queues a staff alert for the central (an operation of kind "alert"): `alert` is its key
    /// ("paper-out", "central-unreachable", ...), `raised` false when it is cleared, `atUtc`
    /// when it happened. With a `metaKey`, sets that meta value to `metaValue` in the same
    /// transaction (the alert monitor's list of raised alerts), so a crash or a failed write
    /// leaves both or neither. Returns the operation id; Invalid for an empty or over-long key.
    Result<QString> queueAlert(const QString &alert, bool raised, const QDateTime &atUtc,
                               const QString &metaKey = {}, const QString &metaValue = {});
    /// Queues what only the stander knows for the central's statistics (an operation of kind
    /// "event"): the event, the errand `service` and when it happened. `bookingCode` only with
    /// CheckInRefusedTooLate (the central finds the booking's visit by it and does not keep
    /// it); Invalid when it is given with another event or missing there, or `service` is
    /// empty. Returns the operation id.
    Result<QString> queueEvent(StanderEvent event, const ServiceId &service, const QDateTime &atUtc,
                               const QString &bookingCode = {});
    /// Up to `limit` unsent operations, oldest first.
    Result<QList<OutboxEntry>> pendingOutbox(int limit);
    /// Records the central's answer for an operation; NotFound for an unknown id.
    Status markSent(const QString &opId, const QByteArray &answerJson, const QDateTime &sentAtUtc);
    /// Records the answers of one pushed batch in one transaction (one write to disk for the
    /// batch instead of one per operation); NotFound for an unknown id, and then none of them
    /// is recorded.
    Status markSent(const QList<SentOperation> &answers, const QDateTime &sentAtUtc);
    /// Number of unsent operations (reported in the heartbeat); -1 on error.
    qint64 outboxDepth();
    /// One operation by id, sent or not; NotFound for an unknown id, Database on a failure.
    Result<OutboxEntry> outboxEntry(const QString &opId);

    // --- Housekeeping ------------------------------------------------------------------------

    /// Deletes personal data and rows no longer needed at `nowUtc` (see cachestore.cpp).
    Result<PurgeReport> purgePersonalData(const QDateTime &nowUtc);
    /// "ok", or SQLite's integrity_check messages.
    QString integrityCheck();
    /// A value from the meta table (kiosk id, sync cursor, ...), or a null QString.
    QString meta(const QString &key);
    /// Sets a value in the meta table.
    Status setMeta(const QString &key, const QString &value);

    /// What the sync engine keeps between rounds and across restarts (meta table keys
    /// sync.cursor, sync.hours, sync.chanceQueueLetter, sync.lastCentralTime,
    /// sync.publicBaseUrl). A value never
    /// written reads as empty / nullopt / invalid.
    struct SyncMemo
    {
        QString cursor;       ///< the central's change cursor; empty = take a snapshot next
        QByteArray hoursJson; ///< the site's Hours JSON verbatim as the central sent it
        std::optional<QChar> chanceQueueLetter; ///< the site's chance-queue letter (A-Z)
        QDateTime lastCentralTime; ///< UTC, the central's clock at the latest completed round
        /// The central's public address for the queue page; empty = it sent none
        QString publicBaseUrl;
    };
    // --- Paged snapshots ---------------------------------------------------------------------
    //
    // A snapshot replaces the site's services and bookings in short transactions, so that a
    // check-in waits at most for one page: beginSnapshot() (services, and the progress under
    // meta key sync.snapshot, with the memo's cursor cleared), applySnapshotPage() per page
    // (its bookings marked with the snapshot's generation, and where to resume), then
    // finishSnapshot() (the site's bookings of an older generation removed in batches, then
    // the memo written and the progress dropped). After a crash every booking is either as
    // before or as the central sent it, check-ins and unsent local bookings are kept (a
    // "booked" from the central never overwrites "checked_in"), and snapshotInProgress()
    // says where to resume.

    /// A paged snapshot in progress.
    struct SnapshotProgress
    {
        qint64 generation = 0; ///< the mark of this snapshot's bookings (above every earlier)
        int pages = 0;         ///< pages applied; 0 = take the snapshot again from the start
        QString after;         ///< resume after this booking code; empty (with pages) = all in
        SyncMemo memo;         ///< written when the snapshot is finished (the first page's cursor)
        /// When it began (ms since the epoch, the cache's clock): a booking written since (one
        /// booked online while the pages come) is not swept even if no page brought it; the
        /// changes from the first page's cursor settle it. 0 = unknown (every row is swept).
        qint64 begunMs = 0;
    };
    /// Starts a snapshot: replaces the site's services, clears the memo's cursor (a crash from
    /// here on resumes or retakes the snapshot) and records the progress, in one transaction.
    /// Bookings per write transaction of a snapshot page: 250 keeps a check-in's wait during a
    /// 100,000-booking snapshot under 100 ms at p99 on the test machine (bench_snapshot_checkin;
    /// a whole page of 1,000 per transaction gave 132 ms).
    static constexpr int kSnapshotRowsPerTransaction = 250;
    Result<SnapshotProgress> beginSnapshot(const SiteId &site, const QList<Service> &services,
                                           const SyncMemo &memo);
    /// Writes one page of bookings (upserts by code, marked with the progress's generation)
    /// and records `next` (the code to resume after) in `progress` and the cache. The page is
    /// written in transactions of at most kSnapshotRowsPerTransaction bookings (a check-in
    /// waits at most for one of them); `next` is recorded with the last. A crash within a page
    /// leaves part of it written and the progress before it: the page is taken again. Only the
    /// last transaction of a page waits for an fsync (the others commit with synchronous =
    /// NORMAL); the connection is at FULL again when it returns.
    Status applySnapshotPage(SnapshotProgress &progress, const QList<Booking> &bookings,
                             const QString &next);
    /// Ends a snapshot after its last page: removes the site's bookings it did not bring,
    /// `batch` rows per transaction (not local bookings whose push is queued; their tickets
    /// keep their numbers), then writes the progress's memo and drops the progress in one
    /// transaction. Returns how many bookings were removed.
    Result<int> finishSnapshot(const SiteId &site, const SnapshotProgress &progress,
                               int batch = 1000);
    /// The snapshot begun and not finished, or nullopt.
    Result<std::optional<SnapshotProgress>> snapshotInProgress();

    /// The sync engine's memo; a StoreError when the cache cannot be read (never an empty
    /// memo for a failure, so a read error is not taken for "never synced").
    Result<SyncMemo> syncMemo();
    /// Replaces the sync engine's memo, all four values in one transaction.
    Status setSyncMemo(const SyncMemo &memo);

private:
    template <typename T> T fail(T result);
    Status writeBooking(const Booking &booking, const QDateTime &nowUtc, const char *origin,
                        qint64 generation = 0);
    Status writeSyncMemo(const SyncMemo &memo);
    Status writeSnapshotProgress(const SnapshotProgress &progress);
    Result<IssuedTicket> issueTicket(const SiteId &site, const ServiceId &service, QChar queue,
                                     const QString &bookingCode, const QDateTime &nowUtc);
    Result<int> nextTicketNumber(const SiteId &site, const QString &day, QChar queue);
    /// Sets one meta value (insert or replace), inside whatever transaction is open.
    Status writeMeta(const QString &key, const QString &value);
    Status writeOutbox(const QString &opId, const char *kind, const QByteArray &payload,
                       const QDateTime &nowUtc);
    Status writeServices(const SiteId &site, const QList<Service> &services,
                         const QDateTime &nowUtc);

    /// The site's services as last read, while no connection has written the file since
    /// (PRAGMA data_version: changes when another connection, e.g. the sync engine's, commits;
    /// this connection's own writes of services drop it). The errand pages read the services
    /// on every binding evaluation; parsing them from SQLite each time was a sixth of the
    /// day's soak.
    struct ServicesMemo
    {
        SiteId site;
        qint64 dataVersion = -1;
        QList<Service> services;
    };
    Result<qint64> dataVersion();

    std::unique_ptr<sql::Database> m_db;
    Options m_options;
    QString m_lastError;
    std::optional<ServicesMemo> m_servicesMemo;
};

template <typename T> T CacheStore::fail(T result)
{
    if (!result)
        m_lastError = result.error();
    return result;
}

} // namespace bk
