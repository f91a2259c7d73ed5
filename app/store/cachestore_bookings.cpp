// CacheStore: services and bookings, as the central sends them and as made at the kiosk.

#include "store/cachestore.h"

#include "domain/bookingcode.h"
#include "internal.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bk {

using namespace bk::store;

// --- Services ----------------------------------------------------------------------------------

Status CacheStore::writeServices(const SiteId &site, const QList<Service> &services,
                                 const QDateTime &nowUtc)
{
    m_servicesMemo.reset();
    sql::Statement siteSt =
        m_db->prepare("INSERT INTO sites(id, updated_at) VALUES (?1, ?2) "
                      "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at");
    siteSt.bind(1, site).bind(2, toMs(nowUtc));
    if (Status s = siteSt.run(); !s)
        return s;
    for (const Service &svc : services) {
        sql::Statement st = m_db->prepare(
            "INSERT OR REPLACE INTO services(site_id, id, queue_letter, duration_minutes, "
            "counters, opens_before_min, on_time_after_min, late_after_min, too_late, bookable, "
            "self_service_url, names_json, bring_json, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
        st.bind(1, site)
            .bind(2, svc.id)
            .bind(3, QString(svc.queueLetter))
            .bind(4, svc.durationMinutes)
            .bind(5, svc.counters)
            .bind(6, svc.window.opensMinutesBefore)
            .bind(7, svc.window.onTimeMinutesAfter)
            .bind(8, svc.window.lateAcceptedMinutesAfter)
            .bind(9, svc.window.tooLate == TooLateAction::SeeStaff ? "staff" : "chance")
            .bind(10, svc.bookable ? 1 : 0)
            .bind(11, svc.selfServiceUrl.isNull() ? QStringLiteral("") : svc.selfServiceUrl)
            .bind(12, QString::fromUtf8(sql::compactJson(sql::namesToJson(svc.names))))
            .bind(13, QString::fromUtf8(sql::compactJson(sql::bringToJson(svc.bring))))
            .bind(14, toMs(nowUtc));
        if (Status s = st.run(); !s)
            return s;
    }
    return {};
}

Status CacheStore::upsertServices(const SiteId &site, const QList<Service> &services)
{
    if (!m_db)
        return fail(Status(notOpen()));
    sql::Transaction tx(*m_db);
    Status s = tx.status();
    if (s)
        s = writeServices(site, services, QDateTime::currentDateTimeUtc());
    if (s)
        s = tx.commit();
    return fail(s);
}

Result<Service> CacheStore::findService(const SiteId &site, const ServiceId &service)
{
    using R = Result<Service>;
    if (!m_db)
        return fail(R(notOpen()));
    sql::Statement st = m_db->prepare(kSelectService);
    st.bind(1, site).bind(2, service);
    if (st.next())
        return readService(st);
    if (Status s = st.status(); !s)
        return fail(R(s.storeError()));
    return notFound(
        QStringLiteral("%1: service %2 of site %3 is not cached").arg(m_db->path(), service, site));
}

Result<QList<Service>> CacheStore::services(const SiteId &site)
{
    using R = Result<QList<Service>>;
    if (!m_db)
        return fail(R(notOpen()));
    const Result<qint64> version = dataVersion();
    if (!version)
        return fail(R(version.storeError()));
    if (m_servicesMemo && m_servicesMemo->site == site && m_servicesMemo->dataVersion == *version)
        return m_servicesMemo->services;
    sql::Statement st = m_db->prepare(kSelectServices);
    st.bind(1, site);
    QList<Service> out;
    while (st.next())
        out.append(readService(st));
    if (Status s = st.status(); !s)
        return fail(R(s.storeError()));
    m_servicesMemo = ServicesMemo{site, *version, out};
    return out;
}

Result<qint64> CacheStore::dataVersion()
{
    sql::Statement st = m_db->prepare("PRAGMA data_version");
    if (st.next())
        return st.int64(0);
    if (Status s = st.status(); !s)
        return s.storeError();
    return StoreError{StoreErrorKind::Database,
                      QStringLiteral("%1: PRAGMA data_version gave no row").arg(m_db->path())};
}

// --- Bookings ----------------------------------------------------------------------------------

Status CacheStore::writeBooking(const Booking &b, const QDateTime &nowUtc, const char *origin,
                                qint64 generation)
{
    if (b.code.isEmpty() || !b.start.isValid())
        return StoreError{StoreErrorKind::Invalid,
                          QStringLiteral("a booking needs a code and a start time")};
    // A check-in made here and not yet acknowledged must survive a delta that still says
    // "booked": the citizen holds a ticket. So "booked" never overwrites "checked_in".
    sql::Statement st = m_db->prepare(
        "INSERT INTO bookings(code, site_id, service_id, start_utc, status, checked_in_at, "
        "phone, name, origin, updated_at, snapshot_gen, settled) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
        "ON CONFLICT(code) DO UPDATE SET site_id = excluded.site_id, "
        "service_id = excluded.service_id, start_utc = excluded.start_utc, "
        "status = CASE WHEN bookings.status = 'checked_in' AND excluded.status = 'booked' "
        "THEN bookings.status ELSE excluded.status END, "
        "checked_in_at = coalesce(excluded.checked_in_at, bookings.checked_in_at), "
        "phone = excluded.phone, name = excluded.name, origin = excluded.origin, "
        "updated_at = excluded.updated_at, settled = excluded.settled, "
        "snapshot_gen = max(bookings.snapshot_gen, excluded.snapshot_gen)");
    st.bind(1, b.code)
        .bind(2, b.siteId)
        .bind(3, b.serviceId)
        .bind(4, toMs(b.start))
        .bind(5, statusText(b.status))
        .bindOptional(6, toOptionalMs(b.checkedInAt))
        .bindOptional(7, b.phone.isEmpty() ? QString() : b.phone)
        .bindOptional(8, b.name.isEmpty() ? QString() : b.name)
        .bind(9, origin)
        .bind(10, toMs(nowUtc))
        .bind(11, generation)
        .bindOptional(12, settledText(b.status) ? QString::fromLatin1(settledText(b.status))
                                                : QString());
    return st.run();
}

Result<int> CacheStore::upsertBookings(const QList<Booking> &bookings)
{
    qsizetype i = 0;
    return upsertBookings([&]() -> std::optional<Booking> {
        if (i < bookings.size())
            return bookings.at(i++);
        return std::nullopt;
    });
}

Result<int> CacheStore::upsertBookings(const std::function<std::optional<Booking>()> &next)
{
    if (!m_db)
        return fail(Result<int>(notOpen()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    sql::Transaction tx(*m_db);
    if (!tx.status())
        return fail(Result<int>(tx.status().storeError()));
    int count = 0;
    while (std::optional<Booking> b = next()) {
        if (Status s = writeBooking(*b, now, "central"); !s)
            return fail(Result<int>(s.storeError()));
        ++count;
    }
    if (Status s = tx.commit(); !s)
        return fail(Result<int>(s.storeError()));
    return count;
}

Result<QHash<qint64, int>> CacheStore::bookedPlaces(const SiteId &site, const ServiceId &service,
                                                    const QDateTime &fromUtc,
                                                    const QDateTime &toUtc)
{
    using R = Result<QHash<qint64, int>>;
    if (!m_db)
        return fail(R(notOpen()));
    sql::Statement st = m_db->prepare(
        "SELECT start_utc, count(*) FROM bookings WHERE site_id = ?1 AND service_id = ?2 "
        "AND start_utc >= ?3 AND start_utc < ?4 AND status <> 'cancelled' GROUP BY start_utc");
    st.bind(1, site).bind(2, service).bind(3, toMs(fromUtc)).bind(4, toMs(toUtc));
    QHash<qint64, int> taken;
    while (st.next())
        taken.insert(st.int64(0) / 1000, st.int32(1));
    if (Status s = st.status(); !s)
        return fail(R(s.storeError()));
    return taken;
}

Result<int> CacheStore::removeBookings(const QStringList &codes)
{
    if (!m_db)
        return fail(Result<int>(notOpen()));
    sql::Transaction tx(*m_db);
    if (!tx.status())
        return fail(Result<int>(tx.status().storeError()));
    int removed = 0;
    for (const QString &code : codes) {
        // Tickets keep their number (the foreign key sets booking_code to NULL).
        sql::Statement st = m_db->prepare("DELETE FROM bookings WHERE code = ?1");
        st.bind(1, code);
        if (Status s = st.run(); !s)
            return fail(Result<int>(s.storeError()));
        removed += m_db->changes();
    }
    if (Status s = tx.commit(); !s)
        return fail(Result<int>(s.storeError()));
    return removed;
}

Result<Booking> CacheStore::findBooking(const QString &code)
{
    using R = Result<Booking>;
    if (!m_db)
        return fail(R(notOpen()));
    sql::Statement st = m_db->prepare(kSelectBooking);
    st.bind(1, code);
    if (st.next())
        return readBooking(st);
    if (Status s = st.status(); !s)
        return fail(R(s.storeError()));
    // Not the code itself: the message may reach a log.
    return notFound(QStringLiteral("%1: no such booking in the cache").arg(m_db->path()));
}

Result<QString> CacheStore::insertBookingLocal(const Booking &booking, const QDateTime &nowUtc)
{
    using R = Result<QString>;
    if (!m_db)
        return fail(R(notOpen()));
    if (!bookingcode::isValid(booking.code.toStdString()))
        return fail(
            R(StoreError{StoreErrorKind::Invalid,
                         QStringLiteral("'%1' is not a valid booking code").arg(booking.code)}));
    sql::Transaction tx(*m_db);
    if (!tx.status())
        return fail(R(tx.status().storeError()));
    // A plain INSERT, not an upsert: an existing code must be reported, never overwritten.
    {
        sql::Statement st = m_db->prepare("SELECT 1 FROM bookings WHERE code = ?1");
        st.bind(1, booking.code);
        if (st.next())
            return fail(R(StoreError{StoreErrorKind::Duplicate,
                                     QStringLiteral("booking code %1 is already in use; "
                                                    "generate another code")
                                         .arg(booking.code)}));
        if (!st.status())
            return fail(R(st.status().storeError()));
    }
    if (Status s = writeBooking(booking, nowUtc, "local"); !s)
        return fail(R(s.storeError()));
    const QString opId = newOpId();
    QJsonObject payload{{QStringLiteral("code"), booking.code},
                        {QStringLiteral("site"), booking.siteId},
                        {QStringLiteral("service"), booking.serviceId},
                        {QStringLiteral("start"), booking.start.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("phone"), booking.phone},
                        {QStringLiteral("name"), booking.name}};
    if (Status s = writeOutbox(opId, "booking",
                               QJsonDocument(payload).toJson(QJsonDocument::Compact), nowUtc);
        !s)
        return fail(R(s.storeError()));
    if (Status s = tx.commit(); !s)
        return fail(R(s.storeError()));
    return opId;
}

} // namespace bk
