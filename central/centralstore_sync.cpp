// CentralStore: what kiosks pull (snapshot, changes from a cursor) and bookings that hold a
// slot atomically.

#include "central/centralstore.h"

#include "central/tokens.h"
#include "central/wirejson.h"
#include "domain/bookingcode.h"
#include "domain/clock.h"
#include "domain/ticketnumber.h"
#include "platform/sqlrows.h"

#include <QHash>
#include <QJsonDocument>

namespace bk::central {

namespace {

// Changes per answer; the kiosk asks again while `more` is true.
constexpr int kChangesPage = 1000;
// Alternatives offered with a taken slot.
constexpr int kAlternatives = 5;

// Local midnight of a business day, as UTC.
QDateTime dayStart(const QDate &localDay)
{
    return QDateTime(localDay, QTime(0, 0), siteTimeZone()).toUTC();
}

Refusal noSuchSite(const SiteId &site)
{
    return Refusal{
        404, QStringLiteral("not-found"), QStringLiteral("site '%1' does not exist").arg(site), {}};
}

const Service *findService(const SiteDefinition &site, const ServiceId &id)
{
    for (const Service &s : site.services)
        if (s.id == id)
            return &s;
    return nullptr;
}

/// Adds the configured public address of the queue page to a snapshot or a changes page, in
/// each so that a kiosk learns a new one with its next pull; a central without one omits it.
void addPublicBaseUrl(QJsonObject &answer, const Config &config)
{
    if (!config.publicBaseUrl.isEmpty())
        answer.insert(QStringLiteral("publicBaseUrl"), config.publicBaseUrl);
}

} // namespace

// The columns sql::readBooking() reads, in its order (platform/sqlrows.h).
#define BK_BOOKING_COLUMNS "code, site, service, start_ms, status, checked_in_ms, phone, name"

Result<Booking> CentralStore::loadBooking(const QString &code)
{
    sql::Statement s = m_db.prepare("SELECT " BK_BOOKING_COLUMNS " FROM bookings WHERE code = ?1");
    s.bind(1, code);
    if (s.next())
        return sql::readBooking(s);
    if (Status e = s.status(); !e)
        return e.storeError();
    return notFound(QStringLiteral("no such booking"));
}

Result<QString> CentralStore::bookingVisit(const QString &code)
{
    sql::Statement s = m_db.prepare("SELECT visit FROM bookings WHERE code = ?1");
    s.bind(1, code);
    if (!s.next()) {
        if (Status e = s.status(); !e)
            return e.storeError();
        return notFound(QStringLiteral("no such booking"));
    }
    if (!s.isNull(0))
        return s.text(0);
    const QString visit = newVisitKey();
    sql::Statement up = m_db.prepare("UPDATE bookings SET visit = ?2 WHERE code = ?1");
    up.bind(1, code).bind(2, visit);
    if (Status e = up.run(); !e)
        return e.storeError();
    return visit;
}

Status CentralStore::insertBooking(const Booking &b, const QString &phone, const QString &name,
                                   const QString &channel, const QDateTime &nowUtc,
                                   const QString &notes)
{
    const Result<QString> old = bookingVisit(b.code);
    if (!old && !old.isNotFound())
        return old.storeError();
    const bool existed = old.hasValue();
    // A booking sent again or updated keeps its visit: its events stay one visit's.
    const QString visit = existed ? *old : newVisitKey();
    sql::Statement s = m_db.prepare(
        "INSERT OR REPLACE INTO bookings(code, site, service, start_ms, status, checked_in_ms, "
        "phone, name, created_ms, visit, notes) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,"
        "coalesce(?11, (SELECT notes FROM bookings WHERE code = ?1)))");
    // A booking sent again or updated (the booking system, a kiosk's outbox) has no notes
    // field: it keeps the notes staff wrote (the new row's values are read before the old row
    // is replaced).
    // The status column keeps the wire spelling ("checked-in") and the two settled states;
    // sql::readBooking() reads them all.
    s.bind(1, b.code)
        .bind(2, b.siteId)
        .bind(3, b.serviceId)
        .bind(4, sql::toMs(b.start))
        .bind(5, statusToColumn(b.status))
        .bindOptional(6, b.checkedInAt)
        .bindOptional(7, phone)
        .bindOptional(8, name)
        .bind(9, sql::toMs(nowUtc))
        .bind(10, visit)
        .bindOptional(11, notes);
    if (Status e = s.run(); !e)
        return e;
    // A new booking is an event; a re-sent or updated one is not counted again. The queue is
    // known only at check-in.
    if (!existed)
        if (Status e = recordEvent(b.siteId, "booked", {}, b.serviceId, {}, {}, nowUtc,
                                   EventLinks{visit, b.start, channel, {}});
            !e)
            return e;
    return logChange(b.siteId, "booking", b.code, existed ? "update" : "create", nowUtc);
}

Outcome<Done> CentralStore::putBooking(const Booking &booking, const QDateTime &nowUtc)
{
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    // The online booking system (web) is the only one that puts bookings here.
    if (Status e =
            insertBooking(booking, booking.phone, booking.name, QStringLiteral("web"), nowUtc);
        !e)
        return serverError(e.storeError());
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return Done{};
}

Outcome<Done> CentralStore::deleteBooking(const SiteId &site, const QString &code,
                                          const QDateTime &nowUtc)
{
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    sql::Statement find =
        m_db.prepare("SELECT visit, service, start_ms FROM bookings WHERE code = ?1 AND site = ?2");
    find.bind(1, code).bind(2, site);
    if (!find.next()) {
        if (Status e = find.status(); !e)
            return serverError(e.storeError());
        return Refusal{404,
                       QStringLiteral("not-found"),
                       QStringLiteral("no booking %1 at site %2").arg(code, site),
                       {}};
    }
    // A removed booking is a cancellation for the statistics (not a no-show).
    const EventLinks links{
        find.isNull(0) ? QString() : find.text(0), sql::fromMs(find.int64(2)), {}, {}};
    const QString service = find.text(1);
    sql::Statement s = m_db.prepare("DELETE FROM bookings WHERE code = ?1 AND site = ?2");
    s.bind(1, code).bind(2, site);
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    if (Status e = recordEvent(site, "cancelled", {}, service, {}, {}, nowUtc, links); !e)
        return serverError(e.storeError());
    if (Status e = logChange(site, "booking", code, "delete", nowUtc); !e)
        return serverError(e.storeError());
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return Done{};
}

int CentralStore::taken(const SiteId &site, const ServiceId &service, const QDateTime &start)
{
    sql::Statement s =
        m_db.prepare("SELECT COUNT(*) FROM bookings WHERE site = ?1 AND service = ?2 "
                     "AND start_ms = ?3 AND status NOT IN ('cancelled', 'settled_by_phone', "
                     "'moved_to_self_service')");
    s.bind(1, site).bind(2, service).bind(3, start.toMSecsSinceEpoch());
    return s.next() ? int(s.int64(0)) : 0;
}

Outcome<QJsonObject> CentralStore::snapshot(const SiteId &site, const QDateTime &nowUtc, int limit)
{
    // One read transaction: the cursor and the data are of the same moment.
    if (Status e = m_db.exec("BEGIN"); !e)
        return serverError(e.storeError());
    struct EndRead
    {
        sql::Database &db;
        ~EndRead() { (void)db.exec("COMMIT"); }
    } endRead{m_db};

    const Result<SiteDefinition> def = loadSite(site);
    if (!def)
        return refusalFor(def.storeError(), noSuchSite(site));
    sql::Statement seq = m_db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'");
    const qint64 cursor = seq.next() ? seq.int64(0) : 0;

    const QDate today = businessDay(nowUtc);
    const QDateTime from = dayStart(today);
    const QDateTime to = dayStart(today.addDays(m_config.snapshotDays + 1));
    QJsonArray bookings;
    QString next;
    if (limit > 0) {
        // The first page: the cursor above is the one the kiosk resumes from after the last.
        if (Status e = snapshotPage(site, nowUtc, QString(), limit, bookings, next); !e)
            return serverError(e.storeError());
    } else {
        sql::Statement b =
            m_db.prepare("SELECT " BK_BOOKING_COLUMNS " FROM bookings WHERE site = ?1 "
                         "AND start_ms >= ?2 AND start_ms < ?3 ORDER BY start_ms, code");
        b.bind(1, site).bind(2, sql::toMs(from)).bind(3, sql::toMs(to));
        while (b.next())
            bookings.append(bookingToJson(sql::readBooking(b)));
        if (Status e = b.status(); !e)
            return serverError(e.storeError());
    }

    // Advisory free counts: the slots grid from the domain rules minus live bookings.
    QHash<QString, int> used;
    sql::Statement u =
        m_db.prepare("SELECT service, start_ms, COUNT(*) FROM bookings WHERE site = ?1 AND "
                     "start_ms >= ?2 AND start_ms < ?3 AND status NOT IN ('cancelled', "
                     "'settled_by_phone', 'moved_to_self_service') GROUP BY 1, 2");
    const QDateTime slotsTo = dayStart(today.addDays(m_config.slotDays));
    u.bind(1, site).bind(2, from.toMSecsSinceEpoch()).bind(3, slotsTo.toMSecsSinceEpoch());
    while (u.next())
        used.insert(u.text(0) + u'@' + QString::number(u.int64(1)), int(u.int64(2)));
    QJsonArray slotList;
    QJsonArray services;
    for (const Service &svc : def->services) {
        services.append(serviceToJson(svc));
        if (!svc.bookable)
            continue;
        for (int d = 0; d < m_config.slotDays; ++d) {
            for (const Slot &slot : slotsFor(svc, def->hours, today.addDays(d))) {
                if (slot.start <= nowUtc)
                    continue;
                const int n =
                    used.value(svc.id + u'@' + QString::number(slot.start.toMSecsSinceEpoch()));
                slotList.append(QJsonObject{{QStringLiteral("serviceId"), svc.id},
                                            {QStringLiteral("start"), toWire(slot.start)},
                                            {QStringLiteral("capacity"), slot.capacity},
                                            {QStringLiteral("free"), qMax(0, slot.capacity - n)}});
            }
        }
    }
    QJsonObject out{{QStringLiteral("siteId"), site},
                    {QStringLiteral("name"), def->name},
                    {QStringLiteral("generatedAt"), toWire(nowUtc)},
                    {QStringLiteral("cursor"), QString::number(cursor)},
                    {QStringLiteral("chanceQueueLetter"), QString(def->chanceQueueLetter)},
                    {QStringLiteral("services"), services},
                    {QStringLiteral("hours"), hoursToJson(def->hours)},
                    {QStringLiteral("bookings"), bookings},
                    {QStringLiteral("slots"), slotList}};
    if (!next.isEmpty())
        out.insert(QStringLiteral("next"), next);
    addPublicBaseUrl(out, m_config);
    return out;
}

Status CentralStore::snapshotPage(const SiteId &site, const QDateTime &nowUtc, const QString &after,
                                  int limit, QJsonArray &bookings, QString &next)
{
    const QDate today = businessDay(nowUtc);
    // Keyset paging on the primary key: the unary + keeps SQLite from choosing the (site,
    // start) index and sorting the whole window for every page.
    sql::Statement b =
        m_db.prepare("SELECT " BK_BOOKING_COLUMNS " FROM bookings WHERE code > ?1 AND +site = ?2 "
                     "AND +start_ms >= ?3 AND +start_ms < ?4 ORDER BY code LIMIT ?5");
    b.bind(1, after)
        .bind(2, site)
        .bind(3, sql::toMs(dayStart(today)))
        .bind(4, sql::toMs(dayStart(today.addDays(m_config.snapshotDays + 1))))
        .bind(5, limit + 1);
    int rows = 0;
    QString last;
    while (b.next()) {
        if (++rows > limit) {
            next = last;
            break;
        }
        const Booking booking = sql::readBooking(b);
        last = booking.code;
        bookings.append(bookingToJson(booking));
    }
    return b.status();
}

Outcome<QJsonObject> CentralStore::snapshotBookings(const SiteId &site, const QString &after,
                                                    int limit, const QDateTime &nowUtc)
{
    if (const Result<SiteDefinition> def = loadSite(site); !def)
        return refusalFor(def.storeError(), noSuchSite(site));
    QJsonArray bookings;
    QString next;
    if (Status e = snapshotPage(site, nowUtc, after, limit, bookings, next); !e)
        return serverError(e.storeError());
    QJsonObject out{{QStringLiteral("bookings"), bookings}};
    if (!next.isEmpty())
        out.insert(QStringLiteral("next"), next);
    return out;
}

Outcome<QJsonObject> CentralStore::changes(const SiteId &site, const QString &cursorText)
{
    const Refusal expired{410,
                          QStringLiteral("cursor-expired"),
                          QStringLiteral("cursor '%1' is unknown or older than the kept "
                                         "history: take a fresh snapshot")
                              .arg(cursorText.left(40)),
                          {}};
    bool ok = false;
    const qint64 cursor = cursorText.toLongLong(&ok);
    if (!ok || cursor < 0)
        return expired;
    const Result<SiteDefinition> def = loadSite(site);
    if (!def)
        return refusalFor(def.storeError(), noSuchSite(site));
    sql::Statement seq = m_db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'");
    const qint64 newest = seq.next() ? seq.int64(0) : 0;
    sql::Statement fl = m_db.prepare("SELECT seq FROM change_floor WHERE site = ?1");
    fl.bind(1, site);
    const qint64 floor = fl.next() ? fl.int64(0) : 0;
    if (cursor > newest || cursor < floor)
        return expired;

    // One entry per key, at the position of its latest change, carrying its current state.
    struct Entry
    {
        QString entity;
        QString key;
        QString firstOp;
        QString lastOp;
        qint64 seq = 0;
    };
    QList<Entry> entries;
    QHash<QString, qsizetype> index;
    sql::Statement s = m_db.prepare("SELECT seq, entity, key, op FROM changes WHERE site = ?1 AND "
                                    "seq > ?2 ORDER BY seq LIMIT ?3");
    s.bind(1, site).bind(2, cursor).bind(3, kChangesPage + 1);
    int rows = 0;
    qint64 last = cursor;
    while (s.next()) {
        if (++rows > kChangesPage)
            break;
        last = s.int64(0);
        const QString id = s.text(1) + u'/' + s.text(2);
        if (auto it = index.find(id); it != index.end()) {
            entries[*it].lastOp = s.text(3);
            entries[*it].seq = last;
        } else {
            index.insert(id, entries.size());
            entries.append(Entry{s.text(1), s.text(2), s.text(3), s.text(3), last});
        }
    }
    if (Status e = s.status(); !e)
        return serverError(e.storeError());
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.seq < b.seq; });
    QJsonArray out;
    for (const Entry &e : entries) {
        QJsonObject c{{QStringLiteral("seq"), e.seq},
                      {QStringLiteral("entity"), e.entity},
                      {QStringLiteral("key"), e.key}};
        bool gone = e.lastOp == QLatin1String("delete");
        if (!gone && e.entity == QLatin1String("booking")) {
            const Result<Booking> b = loadBooking(e.key);
            if (!b && !b.isNotFound())
                return serverError(b.storeError());
            gone = !b || b->siteId != site;
            if (!gone)
                c.insert(QStringLiteral("booking"), bookingToJson(*b));
        } else if (!gone && e.entity == QLatin1String("service")) {
            const Service *svc = findService(*def, e.key);
            gone = !svc;
            if (svc)
                c.insert(QStringLiteral("service"), serviceToJson(*svc));
        } else if (!gone) {
            // The site's own settings change together: its hours and its chance-queue letter.
            c.insert(QStringLiteral("hours"), hoursToJson(def->hours));
            c.insert(QStringLiteral("chanceQueueLetter"), QString(def->chanceQueueLetter));
        }
        c.insert(QStringLiteral("op"), gone ? QStringLiteral("delete")
                                       : e.firstOp == QLatin1String("create")
                                           ? QStringLiteral("create")
                                           : QStringLiteral("update"));
        out.append(c);
    }
    QJsonObject page{{QStringLiteral("cursor"), QString::number(last)},
                     {QStringLiteral("more"), rows > kChangesPage},
                     {QStringLiteral("changes"), out}};
    addPublicBaseUrl(page, m_config);
    return page;
}

std::optional<Refusal> CentralStore::checkSlot(const SiteDefinition &site, const Service &service,
                                               const QDateTime &start, const QDateTime &nowUtc)
{
    const auto notASlot = [&](const QString &why) {
        return Refusal{422,
                       QStringLiteral("not-a-slot"),
                       QStringLiteral("start %1: %2").arg(toWire(start), why),
                       {}};
    };
    if (!service.bookable)
        return notASlot(QStringLiteral("service '%1' is not bookable").arg(service.id));
    if (start <= nowUtc)
        return notASlot(QStringLiteral("in the past"));
    if (start > nowUtc.addDays(m_config.bookingDays))
        return notASlot(QStringLiteral("more than %1 days ahead").arg(m_config.bookingDays));
    for (const Slot &slot : slotsFor(service, site.hours, businessDay(start)))
        if (slot.start == start)
            return std::nullopt;
    return notASlot(
        QStringLiteral("not a slot of service '%1' (closed or off the grid)").arg(service.id));
}

QJsonArray CentralStore::alternatives(const SiteDefinition &site, const Service &service,
                                      const QDateTime &after, const QDateTime &nowUtc, int count)
{
    QJsonArray out;
    const QDate first = businessDay(qMax(after, nowUtc));
    const QDate lastDay = businessDay(nowUtc.addDays(m_config.bookingDays));
    for (QDate d = first; d <= lastDay && out.size() < count; d = d.addDays(1)) {
        for (const Slot &slot : slotsFor(service, site.hours, d)) {
            if (slot.start <= after || slot.start <= nowUtc)
                continue;
            const int free = slot.capacity - taken(site.id, service.id, slot.start);
            if (free <= 0)
                continue;
            out.append(QJsonObject{{QStringLiteral("start"), toWire(slot.start)},
                                   {QStringLiteral("free"), free}});
            if (out.size() >= count)
                break;
        }
    }
    return out;
}

Outcome<StoredAnswer> CentralStore::createBooking(const KioskIdentity &who,
                                                  const BookingRequest &request,
                                                  const QDateTime &nowUtc)
{
    if (Result<StoredAnswer> first = storedAnswer(request.opId)) {
        if (first->kioskId != who.kioskId)
            return Refusal{422,
                           QStringLiteral("op-id-reused"),
                           QStringLiteral("opId: already used by another kiosk"),
                           {}};
        return *first;
    } else if (!first.isNotFound()) {
        return serverError(first.storeError());
    }
    const Result<SiteDefinition> site = loadSite(who.siteId);
    if (!site)
        return refusalFor(site.storeError(), noSuchSite(who.siteId));
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    StoredAnswer answer;
    auto booked = bookSlot(*site, request.serviceId, request.start,
                           {request.phone, request.name, {}}, QStringLiteral("stander"), nowUtc);
    if (!booked) {
        // A broken database is no answer to keep: the kiosk asks again.
        if (booked.refusal().status >= 500)
            return booked.refusal();
        answer = StoredAnswer{booked.refusal().status, booked.refusal().body(), false, who.kioskId};
    } else {
        answer = StoredAnswer{201,
                              QJsonObject{{QStringLiteral("code"), booked->code},
                                          {QStringLiteral("siteId"), booked->siteId},
                                          {QStringLiteral("serviceId"), booked->serviceId},
                                          {QStringLiteral("start"), toWire(booked->start)},
                                          {QStringLiteral("status"), QStringLiteral("booked")}},
                              false, who.kioskId};
    }
    if (Status e =
            storeAnswer(request.opId, who, QStringLiteral("booking-request"), answer, nowUtc);
        !e)
        return serverError(e.storeError());
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return answer;
}

Outcome<Booking> CentralStore::bookSlot(const SiteDefinition &site, const ServiceId &serviceId,
                                        const QDateTime &start, const BookingPersonal &personal,
                                        const QString &channel, const QDateTime &nowUtc)
{
    const Service *service = findService(site, serviceId);
    if (!service)
        return Refusal{
            404,
            QStringLiteral("not-found"),
            QStringLiteral("serviceId: no service '%1' at site %2").arg(serviceId, site.id),
            {}};
    if (auto bad = checkSlot(site, *service, start, nowUtc))
        return *bad;
    if (taken(site.id, service->id, start) >= service->counters) {
        Refusal r{409,
                  QStringLiteral("slot-taken"),
                  QStringLiteral("%1 at %2 is fully booked").arg(service->id, toWire(start)),
                  {}};
        r.extra.insert(QStringLiteral("alternatives"),
                       alternatives(site, *service, start, nowUtc, kAlternatives));
        return r;
    }
    Booking b;
    b.siteId = site.id;
    b.serviceId = service->id;
    b.start = start;
    for (;;) {
        b.code = QString::fromStdString(bookingcode::generate());
        const Result<Booking> clash = loadBooking(b.code);
        if (clash.isNotFound())
            break;
        if (!clash)
            return serverError(clash.storeError());
    }
    if (Status e = insertBooking(b, personal.phone, personal.name, channel, nowUtc, personal.notes);
        !e)
        return serverError(e.storeError());
    return b;
}

Outcome<Booking> CentralStore::staffBooking(const SiteId &siteId,
                                            const StaffBookingRequest &request,
                                            const QDateTime &nowUtc)
{
    const Result<SiteDefinition> site = loadSite(siteId);
    if (!site)
        return refusalFor(site.storeError(), noSuchSite(siteId));
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    auto booked = bookSlot(*site, request.serviceId, request.start,
                           {request.phone, {}, request.notes}, QStringLiteral("staff"), nowUtc);
    if (!booked)
        return booked.refusal();
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return booked;
}

Outcome<QJsonArray> CentralStore::freeSlots(const SiteId &siteId, const ServiceId &serviceId,
                                            const QDate &fromDay, const QDateTime &nowUtc,
                                            int count)
{
    const Result<SiteDefinition> site = loadSite(siteId);
    if (!site)
        return refusalFor(site.storeError(), noSuchSite(siteId));
    const Service *service = findService(*site, serviceId);
    if (!service || !service->bookable)
        return Refusal{404,
                       QStringLiteral("not-found"),
                       QStringLiteral("no bookable errand '%1' at site %2").arg(serviceId, siteId),
                       {}};
    // alternatives() lists the slots after its `after`: one millisecond before the day starts.
    return alternatives(*site, *service, dayStart(fromDay).addMSecs(-1), nowUtc, count);
}

Result<Booking> CentralStore::siteBooking(const SiteId &site, const QString &code)
{
    Result<Booking> b = loadBooking(code);
    if (b && b->siteId != site)
        return notFound(QStringLiteral("no such booking"));
    return b;
}

} // namespace bk::central
