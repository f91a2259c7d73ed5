#pragma once
// The central's state in SQLite: sites, services, hours, bookings, the change log behind
// cursors, enrolled kiosks, applied operations with their first answers, ticket-number blocks,
// tickets and call-outs, heartbeats, admin tokens and staff alerts. The one class that owns the
// connection; it is used from the server's single I/O thread only, so no two calls ever run at
// once. Callers never see SQL.

#include "central/config.h"
#include "central/outcome.h"
#include "domain/calendar.h"
#include "domain/ticketnumber.h"
#include "domain/types.h"
#include "platform/sqlite.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

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
    /// Removes a booking; kiosks get a tombstone.
    Outcome<Done> deleteBooking(const SiteId &site, const QString &code, const QDateTime &nowUtc);

    // --- Kiosk API ---------------------------------------------------------------------------

    /// Trades a one-time code for a token (returned once; only its hash is stored).
    Outcome<QJsonObject> enrol(const QString &code, const QString &kioskId,
                               const QDateTime &nowUtc);
    /// The kiosk a bearer token belongs to; NotFound for an empty or unknown token, Database
    /// when the database cannot answer.
    Result<KioskIdentity> authenticate(const QString &token);
    /// Services, hours, slots, bookings from today on, and the cursor.
    Outcome<QJsonObject> snapshot(const SiteId &site, const QDateTime &nowUtc);
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

private:
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
    Status insertBooking(const Booking &b, const QString &phone, const QString &name,
                         const QDateTime &nowUtc);
    Result<StoredAnswer> storedAnswer(const QString &opId);
    Status storeAnswer(const QString &opId, const KioskIdentity &who, const QString &kind,
                       const StoredAnswer &answer, const QDateTime &nowUtc);
    Outcome<QJsonObject> applyCheckIn(const KioskIdentity &who, const OutboxOp &op,
                                      const QDateTime &nowUtc);
    Outcome<QJsonObject> applyTicket(const KioskIdentity &who, const OutboxOp &op,
                                     const QDateTime &nowUtc);
    Outcome<QJsonObject> applyBooking(const KioskIdentity &who, const OutboxOp &op,
                                      const QDateTime &nowUtc);
    Outcome<QJsonObject> applyAlert(const KioskIdentity &who, const OutboxOp &op,
                                    const QDateTime &nowUtc);
    /// The kiosk's open alerts at `site` (a kiosk id enrolled again elsewhere starts afresh).
    Result<QJsonArray> openAlerts(const SiteId &site, const QString &kioskId);
    Outcome<Done> insertTicket(const KioskIdentity &who, const QJsonObject &ticket,
                               const QString &kind, const QString &service,
                               const QString &bookingCode, const QDateTime &bookingStart,
                               const QDateTime &issuedAt, const QString &opId);

    sql::Database m_db;
    Config m_config;
};

} // namespace bk::central
