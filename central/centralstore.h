#pragma once
// The central's state in SQLite: sites, services, hours, bookings, the change log behind
// cursors, enrolled kiosks, applied operations with their first answers, ticket-number blocks,
// tickets and call-outs, heartbeats, admin tokens and staff alerts. The one class that owns the
// connection; it is used from the server's single I/O thread only, so no two calls ever run at
// once. Callers never see SQL.

#include "central/config.h"
#include "central/outcome.h"
#include "central/queueorder.h"
#include "central/statistics.h"
#include "domain/calendar.h"
#include "domain/ticketnumber.h"
#include "domain/types.h"
#include "platform/sqlite.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace bk::central {

/// A site as the admin or the demo seed defines it.
struct SiteDefinition
{
    SiteId id;
    QString name;
    QList<Service> services;
    OpeningHours hours;
    QChar chanceQueueLetter = u'K';
};

/// Who a valid token belongs to.
struct KioskIdentity
{
    QString kioskId;
    SiteId siteId;
};

/// Who a valid admin (staff) token belongs to.
struct AdminIdentity
{
    QString name; ///< as given to --make-admin-token
    SiteId site;  ///< the one site it may see; empty = every site
};

/// Staff roles. `service_calls` is counter staff who also make the service calls before a
/// visit (issue 13 item 3: the only role that will see phone numbers); `technician` has no
/// staff page yet (fleet health is read with an admin token).
inline const QStringList kStaffRoles = {QStringLiteral("counter"), QStringLiteral("service_calls"),
                                        QStringLiteral("manager"), QStringLiteral("technician")};

/// A staff account as listed (never with its password hash).
struct StaffAccount
{
    QString username;
    SiteId site;
    QString role; ///< one of kStaffRoles
    bool disabled = false;
    int failures = 0;      ///< wrong passwords in a row
    QDateTime lockedUntil; ///< UTC; invalid when not locked
    QDateTime created;
};

/// A logged-in staff member, from a valid session cookie.
struct StaffSession
{
    QString username;
    SiteId site;
    QString role;
    QString csrf;    ///< the session's CSRF token (every change must carry it)
    QString counter; ///< the counter chosen on the counter page, or empty
};

/// What a login attempt came to.
struct LoginResult
{
    enum class Kind { Ok, Wrong, Locked } kind = Kind::Wrong;
    QString sessionToken;  ///< Ok: the cookie value (only its hash is stored)
    QDateTime lockedUntil; ///< Locked, and the Wrong that locked
};

/// The first step of a login (CentralStore::beginLogin): either the account is locked, or the
/// stored hash to check the password against (a decoy's for an unknown account, so that its
/// check costs the same time).
struct LoginCheck
{
    bool locked = false;
    QDateTime lockedUntil; ///< locked: until when (UTC)
    QString storedHash;    ///< not locked: passwordhash.h's stored form
};

/// The ticket a counter has called and not finished, as the counter page shows it: nothing
/// personal (no name, phone or CPR).
struct CounterTicket
{
    QString label; ///< "A042"
    QString queue;
    QString kind;    ///< "booked" or "chance"
    QString service; ///< the errand's id (empty for a chance ticket without one)
    QDateTime bookingStart;
    QDateTime calledAt;
    QString visit; ///< the opaque visit key (events only; never shown)
    /// The booking's notes (written by staff at /staff/book), for the counter that called it;
    /// empty when none. Personal data: shown on that counter page only, never logged or sent.
    QString notes;
};

/// What links one visit's events and what its figures need (central/STATISTICS.md): never a
/// name, phone or CPR, and not the booking code either.
struct EventLinks
{
    /// Opaque random key of the visit (16 hex digits), made when the booking or the chance
    /// ticket is made; empty for an event that belongs to no visit.
    QString visit;
    QDateTime slot;       ///< UTC; the booked slot's start ("booked", "checked_in", "cancelled")
    QString channel;      ///< "booked": "stander", "web" or "staff"
    QString checkInClass; ///< "checked_in": "on_time", "late", "too_late" or "early"
};

/// One event as CentralStore records it (the events table's columns): what happened, when,
/// where, and the visit's links; never a name, phone or CPR. The demo history (demohistory.h)
/// is made of these.
struct RecordedEvent
{
    QDateTime at;    ///< UTC
    QString kind;    ///< booked, cancelled, checked_in, ticket_issued, called, ... (STATISTICS.md)
    QString queue;   ///< the queue letter; empty where the real code records none (booked, ...)
    QString service; ///< the errand's id
    QString ticket;  ///< the ticket's label ("A042"); empty before check-in
    QString counter; ///< the calling counter; empty before the call
    EventLinks links;
};

/// One booking as "preparing the day" lists it: nothing personal. The phone number is shown one
/// booking at a time through CentralStore::revealPhone; the name never.
struct PrepareBooking
{
    QString code; ///< normalised booking code
    ServiceId service;
    QDateTime start; ///< UTC
    BookingStatus status = BookingStatus::Booked;
    bool hasPhone = false; ///< whether a number was given (whether a service call is possible)
};

/// One row of the phone access log: who saw which booking's phone number, when, from where.
struct PhoneAccess
{
    QDateTime at; ///< UTC
    QString username;
    QString bookingCode;
    QString peer; ///< the browser's IP address as the central saw it
};

/// An HTTP answer kept for an operation id, replayed verbatim on a repeat.
struct StoredAnswer
{
    int status = 200;
    QJsonObject body;
    bool replayed = false;
    QString kioskId; ///< the kiosk whose request produced the answer
};

/// A request to book a slot (the body of POST /v1/sites/{site}/bookings).
struct BookingRequest
{
    ServiceId serviceId;
    QDateTime start;
    QString phone;
    QString name;
    QString opId;
};

/// A booking a staff member makes for a citizen on the phone (/staff/book). `phone` (already
/// normalised: "+4512345678", or empty) and `notes` (plain text, at most kMaxNotes characters,
/// or empty) are personal data.
struct StaffBookingRequest
{
    ServiceId serviceId;
    QDateTime start; ///< UTC; a slot of the errand
    QString phone;
    QString notes;
};

/// One outbox operation as received.
struct OutboxOp
{
    QString opId;
    QString kind;
    QJsonObject payload;
};

class CentralStore
{
public:
    CentralStore() = default;
    CentralStore(const CentralStore &) = delete;
    CentralStore &operator=(const CentralStore &) = delete;

    /// Opens or creates the database (WAL, synchronous=FULL) and migrates it; a Database or
    /// Schema error naming the file otherwise.
    Status open(const QString &path, const Config &config);
    /// The configuration the store was opened with.
    const Config &config() const { return m_config; }
    /// Closes the database; every later call answers a failure (500), never "not found".
    void close() { m_db.close(); }

    // --- Administration and seeding ----------------------------------------------------------

    /// Creates or replaces a site with its services and hours (changes are logged).
    Outcome<Done> putSite(const SiteDefinition &site, const QDateTime &nowUtc);
    /// Whether the site exists.
    bool hasSite(const SiteId &site);
    /// Stores an enrolment code for a site (ignored when it already exists).
    Outcome<Done> addEnrolCode(const SiteId &site, const QString &code, const QDateTime &nowUtc);
    /// Creates a fresh random one-time enrolment code ("XXXX-XXXX-XXXX").
    Outcome<QString> makeEnrolCode(const SiteId &site, const QDateTime &nowUtc);
    /// Creates a fresh random admin token named `name` (1..64 characters) for `site`, or for
    /// every site when `site` is empty; returned once, only its SHA-256 is stored. The same name
    /// again replaces the old token. 404 for an unknown site.
    Outcome<QString> makeAdminToken(const QString &name, const SiteId &site,
                                    const QDateTime &nowUtc);
    /// The admin a bearer token belongs to; NotFound for an empty, unknown or kiosk token.
    Result<AdminIdentity> authenticateAdmin(const QString &token);
    /// Inserts or replaces a booking as the online booking system would (logged as a change).
    Outcome<Done> putBooking(const Booking &booking, const QDateTime &nowUtc);
    /// Books a slot for a citizen on the phone (the staff page /staff/book): the same slot
    /// rules and atomic hold as createBooking, one transaction, the "booked" event with channel
    /// "staff". The phone number and notes are kept in the booking only (the notes never reach
    /// a kiosk; sweepPersonalData deletes both). The new booking; 404 not-found for an unknown
    /// errand, 422 not-a-slot, 409 slot-taken with `alternatives` in the refusal's extra.
    Outcome<Booking> staffBooking(const SiteId &site, const StaffBookingRequest &request,
                                  const QDateTime &nowUtc);
    /// The errand's free slots from local midnight of `fromDay` on (and after `nowUtc`), at
    /// most `count`, across days up to Config::bookingDays: [{start (RFC 3339 UTC), free
    /// (places left)}]. 404 for an unknown or unbookable errand or site.
    Outcome<QJsonArray> freeSlots(const SiteId &site, const ServiceId &service,
                                  const QDate &fromDay, const QDateTime &nowUtc, int count);
    /// A booking of `site` by its code (with phone and name: callers decide what to show);
    /// NotFound when there is none at that site.
    Result<Booking> siteBooking(const SiteId &site, const QString &code);
    /// Notes a staff booking carries at most, in characters.
    static constexpr int kMaxNotes = 200;
    /// Removes a booking; kiosks get a tombstone.
    Outcome<Done> deleteBooking(const SiteId &site, const QString &code, const QDateTime &nowUtc);

    // --- Kiosk API ---------------------------------------------------------------------------

    /// Trades a one-time code for a token (returned once; only its hash is stored).
    Outcome<QJsonObject> enrol(const QString &code, const QString &kioskId,
                               const QDateTime &nowUtc);
    /// The kiosk a bearer token belongs to; NotFound for an empty or unknown token, Database
    /// when the database cannot answer.
    Result<KioskIdentity> authenticate(const QString &token);
    /// Services, hours, slots, bookings from today on, and the cursor. With `limit` > 0 only
    /// the first `limit` bookings by code, and "next" (the last code sent) when more follow:
    /// the kiosk asks snapshotBookings() for the rest.
    Outcome<QJsonObject> snapshot(const SiteId &site, const QDateTime &nowUtc, int limit = 0);
    /// The snapshot's next page: up to `limit` (1..kSnapshotPageMax) bookings of the window with
    /// codes after `after`, by code (keyset paging), and "next" when more follow. Read at its
    /// own moment: what changed since the first page's cursor is replayed by changes().
    Outcome<QJsonObject> snapshotBookings(const SiteId &site, const QString &after, int limit,
                                          const QDateTime &nowUtc);
    /// The most bookings one snapshot page may ask for.
    static constexpr int kSnapshotPageMax = 5000;
    /// Changes after `cursor`; 410 cursor-expired when it is unknown or older than the history.
    Outcome<QJsonObject> changes(const SiteId &site, const QString &cursor);
    /// Books a slot atomically; idempotent on opId (the first answer is replayed).
    Outcome<StoredAnswer> createBooking(const KioskIdentity &who, const BookingRequest &request,
                                        const QDateTime &nowUtc);
    /// Applies one outbox operation at most once; a repeat returns the first answer.
    Outcome<StoredAnswer> applyOp(const KioskIdentity &who, const OutboxOp &op,
                                  const QDateTime &nowUtc);
    /// Grants the next block of numbers for (site, day, queue).
    Outcome<NumberBlock> grantBlock(const KioskIdentity &who, const QDate &day, QChar queue,
                                    const QDateTime &nowUtc);
    /// Calls the next ticket to a counter; nullopt when nobody waits.
    Outcome<std::optional<QJsonObject>> callNext(const SiteId &site, const QString &counter,
                                                 const QDateTime &nowUtc);
    /// A ticket's place in the queue for the public queue page, by the token printed on it
    /// (centralstore_queuepage.cpp): {ticket, siteName, state: waiting|called|finished, ahead,
    /// estimatedWaitMinutes, counter} (nulls where they do not apply or are unknown; see
    /// queueorder.h). 404 not-found for a malformed or unknown token, 410 ticket-expired for a
    /// ticket of an earlier day (Copenhagen). Nothing personal: no booking code, name or phone.
    Outcome<QJsonObject> queuePlace(const QString &token, const QDateTime &nowUtc);
    /// Stores a kiosk's latest heartbeat.
    Outcome<Done> heartbeat(const KioskIdentity &who, const QJsonObject &body,
                            const QDateTime &nowUtc);
    /// The site's kiosks with their latest heartbeat (every site's when `site` is empty).
    Outcome<QJsonArray> kiosks(const SiteId &site);

    // --- Fleet health and staff alerts (centralstore_fleet.cpp) ------------------------------

    /// Every kiosk of the site as openapi.json's Fleet: latest heartbeat, devices, outbox,
    /// clock offset, open alerts, and `silent` when the latest heartbeat is older than
    /// Config::silentAfterSeconds at `nowUtc` (or none came). 404 for an unknown site.
    Outcome<QJsonObject> fleet(const SiteId &site, const QDateTime &nowUtc);
    /// The site's alert events (raised and cleared) received at or after `sinceUtc`, oldest
    /// first, at most `limit`. 404 for an unknown site.
    Outcome<QJsonArray> alerts(const SiteId &site, const QDateTime &sinceUtc, int limit);

    // --- Staff accounts, sessions, the counter and the lobby (centralstore_staff.cpp) -------

    /// Creates an account; 409 when the username exists, 404 for an unknown site, 400 for a
    /// bad username (1..64 of a-z 0-9 . _ -), role or password (passwordhash.h).
    Outcome<StaffAccount> addStaff(const QString &username, const SiteId &site, const QString &role,
                                   const QString &password, const QDateTime &nowUtc);
    /// Changes an account: a new password (also ends the lockout), a role, disabled or not;
    /// a new password, a new role or disabling ends the account's sessions. 404 when unknown.
    Outcome<StaffAccount> updateStaff(const QString &username,
                                      const std::optional<QString> &password,
                                      const std::optional<QString> &role,
                                      const std::optional<bool> &disabled, const QDateTime &nowUtc);
    /// The accounts of `site` (every site's when empty), by username.
    Outcome<QList<StaffAccount>> staffAccounts(const SiteId &site);
    /// Checks a password; kStaffMaxFailures wrong ones in a row lock the account for
    /// kStaffLockSeconds (stored, so a restart does not lift it). A disabled or unknown account
    /// is Wrong, and costs the same time as a real check.
    Outcome<LoginResult> login(const QString &username, const QString &password,
                               const QDateTime &nowUtc);
    /// login() in two steps around the slow check, so that it can run off the store's thread:
    /// beginLogin reads the account (Locked, or the hash to check), verifyPassword(password,
    /// storedHash) runs anywhere, and finishLogin applies its outcome to the account as it is
    /// then: locked meanwhile answers Locked (nothing counted), a password changed meanwhile
    /// (not `checkedHash` any more) counts as wrong, else a session or one more failure (the
    /// kStaffMaxFailures-th locks). Concurrent attempts each count once.
    Outcome<LoginCheck> beginLogin(const QString &username, const QDateTime &nowUtc);
    Outcome<LoginResult> finishLogin(const QString &username, const QString &checkedHash,
                                     bool passwordRight, const QDateTime &nowUtc);
    /// The session of a cookie value, refreshing its idle time; NotFound when unknown, idle
    /// for longer than kSessionIdleSeconds, older than kSessionMaxSeconds or its account is
    /// disabled.
    Result<StaffSession> staffSession(const QString &token, const QDateTime &nowUtc);
    /// Ends a session (logout).
    Outcome<Done> endSession(const QString &token);
    /// Remembers the counter a session works at.
    Outcome<Done> setSessionCounter(const QString &token, const QString &counter);
    /// The site's counters: "1" .. the sum of its services' parallel counters (at least 1).
    Outcome<QStringList> counters(const SiteId &site);
    /// The site's services (errands) with their Danish names, by id.
    Outcome<QList<Service>> services(const SiteId &site);
    /// The ticket `counter` called today and has not finished; nullopt when none.
    Outcome<std::optional<CounterTicket>> currentTicket(const SiteId &site, const QString &counter,
                                                        const QDateTime &nowUtc);
    /// Tickets of the site waiting today.
    Outcome<int> waitingCount(const SiteId &site, const QDateTime &nowUtc);
    /// Calls the counter's current ticket again; the call-out (same shape as callNext's), or
    /// 409 when the counter has no called ticket.
    Outcome<QJsonObject> recall(const SiteId &site, const QString &counter,
                                const QDateTime &nowUtc);
    /// Finishes the counter's current ticket as "served" or "no_show"; 409 when none.
    Outcome<Done> finish(const SiteId &site, const QString &counter, const QString &outcome,
                         const QDateTime &nowUtc);
    /// Puts the counter's current ticket back in line for another errand (same number); 409
    /// when none, 400 for an unknown errand.
    Outcome<Done> transfer(const SiteId &site, const QString &counter, const ServiceId &service,
                           const QDateTime &nowUtc);
    /// Creates a lobby display link for `site` named `name`; the token is returned once.
    Outcome<QString> makeDisplayLink(const SiteId &site, const QString &name,
                                     const QString &createdBy, const QDateTime &nowUtc);
    /// The site of a display token; NotFound when unknown.
    Result<SiteId> displaySite(const QString &token);
    /// The site's display links {name, createdBy, createdAt}.
    Outcome<QJsonArray> displayLinks(const SiteId &site);
    /// The site's notice for the lobby screen (may be empty).
    Outcome<Done> setNotice(const SiteId &site, const QString &notice);
    /// The lobby's view: {siteId, siteName, notice, calls: [{ticket, counter, at}]}, the
    /// latest `limit` call-outs of today, newest first.
    Outcome<QJsonObject> lobby(const SiteId &site, int limit, const QDateTime &nowUtc);
    /// Events of the site at or after `sinceUtc`, oldest first (statistics' raw material).
    Outcome<QJsonArray> events(const SiteId &site, const QDateTime &sinceUtc);
    /// The site's events with `fromUtc` <= time < `toUtc`, oldest first, as the statistics
    /// read them (central/statistics.h).
    Outcome<QList<stats::Event>> statisticsEvents(const SiteId &site, const QDateTime &fromUtc,
                                                  const QDateTime &toUtc);
    /// The statistics' day cells of the site's visit days `from` .. `to` (local, inclusive):
    /// those of days before today (as of `nowUtc`) from the roll-up — made now, and kept, for
    /// the days that lack one —, today's and later ones computed from the events.
    Outcome<QList<stats::DayCell>> statisticsCells(const SiteId &site, const QDate &from,
                                                   const QDate &to, const QDateTime &nowUtc);
    /// Makes the roll-up of every site's days of the last 366 that lack one (at start and
    /// daily, so that no manager waits for a year's events to be read).
    Status rollUpStatistics(const QDateTime &nowUtc);
    /// Unless `site` has any event already (so a demo history is seeded once): records the
    /// events `make` returns, in one transaction. Answers how many were recorded; 0 when
    /// skipped (then `make` is not called).
    Outcome<int> addEventHistory(const SiteId &site,
                                 const std::function<QList<RecordedEvent>()> &make);
    /// Retention (issue 14 item 4): removes the phone number, name and notes of every booking whose
    /// slot started more than Config::retentionDays before `nowUtc`; the events stay. Answers
    /// how many bookings lost personal data.
    Outcome<int> sweepPersonalData(const QDateTime &nowUtc);

    // --- Preparing the day (centralstore_prepare.cpp, issue 13 item 3) ----------------------

    /// The site's bookings starting on the local (Europe/Copenhagen) day `localDay`, by start
    /// time then code, every status. 404 for an unknown site.
    Outcome<QList<PrepareBooking>> prepareDay(const SiteId &site, const QDate &localDay);
    /// The phone number of booking `code` at `site`, recording one phone_access row (username,
    /// code, time, peer; never the number) in the same transaction. 404 for a booking unknown
    /// at the site, 409 not-preparable unless it is booked for today or tomorrow (local days),
    /// 409 no-phone when it has none.
    Outcome<QString> revealPhone(const SiteId &site, const QString &code, const QString &username,
                                 const QString &peer, const QDateTime &nowUtc);
    /// Marks a booked (not checked-in, not cancelled) booking SettledByPhone or
    /// MovedToSelfService: logged as a booking change (kiosks see it as cancelled, with why:
    /// "settled") and recorded as the event "settled_by_phone" or "moved_to_self_service". 404
    /// unknown at the site, 409 not-booked when its status is not Booked, 400 for any other `to`.
    Outcome<Done> settleBooking(const SiteId &site, const QString &code, BookingStatus to,
                                const QDateTime &nowUtc);
    /// The site's phone access log, newest first, at most `limit` rows.
    Outcome<QList<PhoneAccess>> phoneAccessLog(const SiteId &site, int limit);

    static constexpr int kStaffMaxFailures = 5;
    static constexpr int kStaffLockSeconds = 15 * 60;
    static constexpr int kSessionIdleSeconds = 30 * 60;
    static constexpr int kSessionMaxSeconds = 12 * 3600;

private:
    /// Appends to `bookings` up to `limit` of the site's snapshot-window bookings with codes
    /// after `after`, by code; sets `next` to the last code sent when more follow.
    Status snapshotPage(const SiteId &site, const QDateTime &nowUtc, const QString &after,
                        int limit, QJsonArray &bookings, QString &next);
    /// Records an event (issue 13 item 6): what happened, when, where, in which queue and for
    /// which errand; never a name, phone or CPR. Inside the caller's transaction.
    Status recordEvent(const SiteId &site, const char *kind, const QString &queue,
                       const QString &service, const QString &ticket, const QString &counter,
                       const QDateTime &atUtc, const EventLinks &links = {});
    /// Deletes the statistics' roll-up rows of the days an event of `visit` at `atMs` (with
    /// the booked slot `slotMs`) can belong to, so they are made again from the events.
    Status forgetStatisticsDays(const SiteId &site, const QString &visit, qint64 atMs,
                                std::optional<qint64> slotMs);
    /// The visit key of a booking (made when it is missing); empty when there is no booking.
    Result<QString> bookingVisit(const QString &code);

    // Lookups answer NotFound or a Database failure; refusalFor() (outcome.h) turns them into
    // the HTTP answer.
    Result<SiteDefinition> loadSite(const SiteId &site);
    Result<Booking> loadBooking(const QString &code);
    Status logChange(const SiteId &site, const char *entity, const QString &key, const char *op,
                     const QDateTime &nowUtc);
    int taken(const SiteId &site, const ServiceId &service, const QDateTime &start);
    std::optional<Refusal> checkSlot(const SiteDefinition &site, const Service &service,
                                     const QDateTime &start, const QDateTime &nowUtc);
    QJsonArray alternatives(const SiteDefinition &site, const Service &service,
                            const QDateTime &after, const QDateTime &nowUtc, int count);
    /// `channel`: how the booking arrived ("stander", "web", "staff"; EventLinks::channel).
    /// `notes` empty keeps a replaced booking's notes.
    Status insertBooking(const Booking &b, const QString &phone, const QString &name,
                         const QString &channel, const QDateTime &nowUtc,
                         const QString &notes = {});
    /// A booking's personal fields (phone number, name, staff's notes).
    struct BookingPersonal
    {
        QString phone;
        QString name;
        QString notes;
    };
    /// Books a free slot inside the caller's transaction: 404 for an unknown errand, 422
    /// not-a-slot, 409 slot-taken with alternatives, 500 when the database fails.
    Outcome<Booking> bookSlot(const SiteDefinition &site, const ServiceId &service,
                              const QDateTime &start, const BookingPersonal &personal,
                              const QString &channel, const QDateTime &nowUtc);
    Result<StoredAnswer> storedAnswer(const QString &opId);
    Status storeAnswer(const QString &opId, const KioskIdentity &who, const QString &kind,
                       const StoredAnswer &answer, const QDateTime &nowUtc);
    Outcome<QJsonObject> applyCheckIn(const KioskIdentity &who, const OutboxOp &op,
                                      const QDateTime &nowUtc);
    Outcome<QJsonObject> applyTicket(const KioskIdentity &who, const OutboxOp &op,
                                     const QDateTime &nowUtc);
    Outcome<QJsonObject> applyBooking(const KioskIdentity &who, const OutboxOp &op,
                                      const QDateTime &nowUtc);
    /// An outbox operation of kind "event": what only a stander knows, recorded as an event
    /// for the statistics (central/STATISTICS.md). The self-service pointer's events each start
    /// a visit of their own; a refused too-late check-in joins its booking's visit (found by
    /// payload.code, which is not kept). 400 bad-field, 404 unknown-booking.
    Outcome<QJsonObject> applyEvent(const KioskIdentity &who, const OutboxOp &op);
    Outcome<QJsonObject> applyAlert(const KioskIdentity &who, const OutboxOp &op,
                                    const QDateTime &nowUtc);
    /// The kiosk's open alerts at `site` (a kiosk id enrolled again elsewhere starts afresh).
    Result<QJsonArray> openAlerts(const SiteId &site, const QString &kioskId);
    Outcome<Done> insertTicket(const KioskIdentity &who, const QJsonObject &ticket,
                               const QString &kind, const QString &service,
                               const QString &bookingCode, const QDateTime &bookingStart,
                               const QDateTime &issuedAt, const QString &opId,
                               const QString &queueToken, const QString &checkInClass = {});
    /// Today's tickets of `site` that no counter has called, for the calling rule.
    Result<QList<queueorder::Waiting>> waitingTickets(const SiteId &site, const QString &day);

    sql::Database m_db;
    Config m_config;
};

} // namespace bk::central
