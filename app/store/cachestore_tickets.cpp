// CacheStore: ticket numbers, check-in and chance tickets. Each runs in one BEGIN IMMEDIATE
// transaction: two processes on one file serialise before reading the last number issued, and
// the UNIQUE (site, day, queue, number) constraint is the last line of defence.

#include "store/cachestore.h"

#include "internal.h"

#include "domain/queuetoken.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bk {

using namespace bk::store;

namespace {

struct HeldBlock
{
    NumberBlock block;
    bool isStatic = false;
    int staticN = -1;
};

bool overlaps(const NumberBlock &a, const NumberBlock &b)
{
    return a.first <= b.last && b.first <= a.last;
}

QJsonObject ticketJson(const Ticket &t)
{
    return QJsonObject{{QStringLiteral("site"), t.siteId},
                       {QStringLiteral("day"), dayText(t.businessDay)},
                       {QStringLiteral("queue"), QString(t.queue)},
                       {QStringLiteral("number"), t.number},
                       {QStringLiteral("label"), t.label()}};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

// --- Number blocks -----------------------------------------------------------------------------

namespace {

Result<QList<HeldBlock>> loadBlocks(sql::Database &db, const SiteId &site, const QString &day,
                                    QChar queue)
{
    sql::Statement st = db.prepare(
        "SELECT first, last, source, static_n FROM number_blocks "
        "WHERE site_id = ?1 AND business_day = ?2 AND queue = ?3 ORDER BY granted_order");
    st.bind(1, site).bind(2, day).bind(3, QString(queue));
    QList<HeldBlock> blocks;
    while (st.next())
        blocks.append(HeldBlock{NumberBlock{st.int32(0), st.int32(1)}, st.text(2) == u"static",
                                st.isNull(3) ? -1 : st.int32(3)});
    if (Status s = st.status(); !s)
        return s.storeError();
    return blocks;
}

Status insertBlock(sql::Database &db, const SiteId &site, const QString &day, QChar queue,
                   const NumberBlock &block, std::optional<qint64> staticN)
{
    sql::Statement st = db.prepare(
        "INSERT INTO number_blocks(site_id, business_day, queue, granted_order, first, last, "
        "source, static_n) VALUES (?1, ?2, ?3, (SELECT coalesce(max(granted_order), 0) + 1 "
        "FROM number_blocks WHERE site_id = ?1 AND business_day = ?2 AND queue = ?3), "
        "?4, ?5, ?6, ?7)");
    st.bind(1, site)
        .bind(2, day)
        .bind(3, QString(queue))
        .bind(4, block.first)
        .bind(5, block.last)
        .bind(6, staticN ? "static" : "central")
        .bindOptional(7, staticN);
    return st.run();
}

/// The number of the latest ticket issued for (site, day, queue): the latest, not the highest,
/// since blocks granted later may lie lower.
Result<std::optional<int>> lastIssued(sql::Database &db, const SiteId &site, const QString &day,
                                      QChar queue)
{
    sql::Statement st = db.prepare(
        "SELECT number FROM tickets WHERE site_id = ?1 AND business_day = ?2 AND queue = ?3 "
        "ORDER BY id DESC LIMIT 1");
    st.bind(1, site).bind(2, day).bind(3, QString(queue));
    if (st.next())
        return std::optional<int>(st.int32(0));
    if (Status s = st.status(); !s)
        return s.storeError();
    return std::optional<int>();
}

QList<NumberBlock> plain(const QList<HeldBlock> &held)
{
    QList<NumberBlock> out;
    out.reserve(held.size());
    for (const HeldBlock &h : held)
        out.append(h.block);
    return out;
}

} // namespace

Status CacheStore::addNumberBlock(const SiteId &site, const QDate &day, QChar queue,
                                  const NumberBlock &block)
{
    if (!m_db)
        return fail(Status(notOpen()));
    if (block.first < 1 || block.last < block.first)
        return fail(Status(StoreError{StoreErrorKind::Invalid,
                                      QStringLiteral("number block %1..%2 is empty or starts "
                                                     "below 1")
                                          .arg(block.first)
                                          .arg(block.last)}));
    sql::Transaction tx(*m_db);
    if (!tx.status())
        return fail(tx.status());
    const QString dayStr = dayText(day);
    Result<QList<HeldBlock>> held = loadBlocks(*m_db, site, dayStr, queue);
    if (!held)
        return fail(Status(held.storeError()));
    // nextNumber() needs blocks that never overlap; refusing here keeps that true.
    for (const HeldBlock &h : *held)
        if (overlaps(h.block, block))
            return fail(Status(StoreError{
                StoreErrorKind::Invalid,
                QStringLiteral("number block %1..%2 for %3 %4 queue %5 overlaps %6..%7 held")
                    .arg(block.first)
                    .arg(block.last)
                    .arg(site, dayStr, QString(queue))
                    .arg(h.block.first)
                    .arg(h.block.last)}));
    if (Status s = insertBlock(*m_db, site, dayStr, queue, block, std::nullopt); !s)
        return fail(s);
    return fail(tx.commit());
}

Result<QList<NumberBlock>> CacheStore::numberBlocks(const SiteId &site, const QDate &day,
                                                    QChar queue)
{
    using R = Result<QList<NumberBlock>>;
    if (!m_db)
        return fail(R(notOpen()));
    Result<QList<HeldBlock>> held = loadBlocks(*m_db, site, dayText(day), queue);
    if (!held)
        return fail(R(held.storeError()));
    return plain(*held);
}

Result<int> CacheStore::numbersLeft(const SiteId &site, const QDate &day, QChar queue)
{
    using R = Result<int>;
    if (!m_db)
        return fail(R(notOpen()));
    const QString dayStr = dayText(day);
    Result<QList<HeldBlock>> held = loadBlocks(*m_db, site, dayStr, queue);
    if (!held)
        return fail(R(held.storeError()));
    Result<std::optional<int>> last = lastIssued(*m_db, site, dayStr, queue);
    if (!last)
        return fail(R(last.storeError()));
    // Blocks are used in granted order: the rest of the block holding `last`, then every
    // block granted after it (all of them when nothing was issued yet).
    int left = 0;
    bool counting = !last->has_value();
    for (const HeldBlock &h : *held) {
        if (counting) {
            left += h.block.last - h.block.first + 1;
        } else if (**last >= h.block.first && **last <= h.block.last) {
            left += h.block.last - **last;
            counting = true;
        }
    }
    return left;
}

namespace {

/// The latest ticket issued here for booking `code` with its queue-page token (empty when
/// it has none), or none.
Result<std::optional<IssuedTicket>> latestTicketFor(sql::Database &db, const QString &code)
{
    sql::Statement st =
        db.prepare("SELECT site_id, business_day, queue, number, op_id, queue_token FROM tickets "
                   "WHERE booking_code = ?1 ORDER BY id DESC LIMIT 1");
    st.bind(1, code);
    if (st.next()) {
        IssuedTicket issued;
        Ticket &t = issued.ticket;
        t.siteId = st.text(0);
        t.businessDay = QDate::fromString(st.text(1), Qt::ISODate);
        const QString queue = st.text(2);
        t.queue = queue.isEmpty() ? QChar(u'A') : queue[0];
        t.number = st.int32(3);
        issued.opId = st.text(4);
        issued.queueToken = st.isNull(5) ? QString() : st.text(5);
        return std::optional<IssuedTicket>(issued);
    }
    if (Status s = st.status(); !s)
        return s.storeError();
    return std::optional<IssuedTicket>();
}

} // namespace

Result<std::optional<Ticket>> CacheStore::ticketForBooking(const QString &code)
{
    using R = Result<std::optional<Ticket>>;
    if (!m_db)
        return fail(R(notOpen()));
    Result<std::optional<IssuedTicket>> issued = latestTicketFor(*m_db, code);
    if (!issued)
        return fail(R(issued.storeError()));
    return *issued ? std::optional<Ticket>((*issued)->ticket) : std::optional<Ticket>();
}

Result<int> CacheStore::nextTicketNumber(const SiteId &site, const QString &day, QChar queue)
{
    Result<QList<HeldBlock>> held = loadBlocks(*m_db, site, day, queue);
    if (!held)
        return held.storeError();
    Result<std::optional<int>> lastResult = lastIssued(*m_db, site, day, queue);
    if (!lastResult)
        return lastResult.storeError();
    const std::optional<int> last = *lastResult;
    if (std::optional<int> n = nextNumber(plain(*held), last))
        return *n;

    // No number left: take this kiosk's next block of the static partition, skipping any
    // that would overlap a block already held (e.g. one the central granted).
    int staticN = 0;
    for (const HeldBlock &h : *held)
        if (h.isStatic)
            staticN = std::max(staticN, h.staticN + 1);
    const QString where = QStringLiteral("%1 %2 queue %3").arg(site, day, QString(queue));
    for (int tries = 0; tries < 1000; ++tries, ++staticN) {
        const NumberBlock block =
            staticBlock(m_options.kioskIndex, m_options.kioskCount, m_options.blockSize, staticN);
        if (block.last < block.first)
            break;
        // Past the limit the numbers belong to the central's blocks (numberBlockBase).
        if (m_options.staticNumberLimit > 0 && block.last > m_options.staticNumberLimit)
            break;
        bool clash = false;
        for (const HeldBlock &h : *held)
            clash = clash || overlaps(h.block, block);
        if (clash)
            continue;
        if (Status s = insertBlock(*m_db, site, day, queue, block, staticN); !s)
            return s.storeError();
        held->append(HeldBlock{block, true, staticN});
        if (std::optional<int> n = nextNumber(plain(*held), last))
            return *n;
        return StoreError{StoreErrorKind::Exhausted,
                          QStringLiteral("ticket numbers for %1: the last number issued (%2) "
                                         "lies in no block held, so none can be issued safely")
                              .arg(where)
                              .arg(last.value_or(0))};
    }
    return StoreError{StoreErrorKind::Exhausted,
                      QStringLiteral("no ticket numbers left for %1").arg(where)};
}

Result<IssuedTicket> CacheStore::issueTicket(const SiteId &site, const ServiceId &service,
                                             QChar queue, const QString &bookingCode,
                                             const QDateTime &nowUtc)
{
    IssuedTicket issued;
    issued.ticket.siteId = site;
    issued.ticket.businessDay = businessDay(nowUtc);
    issued.ticket.queue = queue;
    const QString day = dayText(issued.ticket.businessDay);
    Result<int> number = nextTicketNumber(site, day, queue);
    if (!number)
        return number.storeError();
    issued.ticket.number = *number;
    issued.opId = newOpId();
    issued.queueToken = queuetoken::make();
    sql::Statement st = m_db->prepare(
        "INSERT INTO tickets(site_id, business_day, queue, number, kind, booking_code, "
        "service_id, op_id, issued_at, queue_token) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10)");
    st.bind(1, site)
        .bind(2, day)
        .bind(3, QString(queue))
        .bind(4, *number)
        .bind(5, bookingCode.isEmpty() ? "chance" : "checkin")
        .bindOptional(6, bookingCode.isEmpty() ? QString() : bookingCode)
        .bind(7, service)
        .bind(8, issued.opId)
        .bind(9, toMs(nowUtc))
        .bind(10, issued.queueToken);
    if (Status s = st.run(); !s)
        return s.storeError();
    return issued;
}

// --- Check-in and chance tickets ---------------------------------------------------------------

Result<CheckInResult> CacheStore::checkIn(const QString &code, const SiteId &site,
                                          const QDateTime &nowUtc)
{
    using R = Result<CheckInResult>;
    if (!m_db)
        return fail(R(notOpen()));
    sql::Transaction tx(*m_db);
    if (!tx.status())
        return fail(R(tx.status().storeError()));

    // Re-read inside the write transaction: another process may have checked it in meanwhile.
    Result<Booking> booking = findBooking(code);
    if (booking.isNotFound())
        return fail(R(StoreError{StoreErrorKind::NotFound,
                                 QStringLiteral("booking %1 is not in the cache").arg(code)}));
    if (!booking)
        return R(booking.storeError());
    Result<Service> service = findService(booking->siteId, booking->serviceId);
    if (service.isNotFound())
        return fail(R(StoreError{StoreErrorKind::NotFound,
                                 QStringLiteral("service %1 of site %2 (booking %3) is not in "
                                                "the cache")
                                     .arg(booking->serviceId, booking->siteId, code)}));
    if (!service)
        return R(service.storeError());

    CheckInResult result;
    result.decision = decideCheckIn(*booking, *service, site, nowUtc);
    result.booking = *booking;
    result.service = *service;
    if (result.decision.outcome == CheckInOutcome::AlreadyCheckedIn) {
        Result<std::optional<IssuedTicket>> earlier = latestTicketFor(*m_db, code);
        if (!earlier)
            return fail(R(earlier.storeError()));
        if (*earlier) {
            result.ticket = (*earlier)->ticket;
            result.queueToken = (*earlier)->queueToken;
        }
    }
    if (!result.decision.admits())
        return result; // the guard rolls back: nothing was written

    {
        sql::Statement st = m_db->prepare(
            "UPDATE bookings SET status = 'checked_in', checked_in_at = ?2, updated_at = ?2 "
            "WHERE code = ?1");
        st.bind(1, code).bind(2, toMs(nowUtc));
        if (Status s = st.run(); !s)
            return fail(R(s.storeError()));
    }
    Result<IssuedTicket> issued =
        issueTicket(site, service->id, service->queueLetter, code, nowUtc);
    if (!issued)
        return fail(R(issued.storeError()));
    QJsonObject payload{{QStringLiteral("code"), code},
                        {QStringLiteral("site"), site},
                        {QStringLiteral("service"), service->id},
                        {QStringLiteral("checkedInAt"), nowUtc.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("ticket"), ticketJson(issued->ticket)},
                        {QStringLiteral("queueToken"), issued->queueToken}};
    if (Status s = writeOutbox(issued->opId, "checkin", compact(payload), nowUtc); !s)
        return fail(R(s.storeError()));
    if (Status s = tx.commit(); !s)
        return fail(R(s.storeError()));
    result.ticket = issued->ticket;
    result.queueToken = issued->queueToken;
    result.issued = *issued;
    return result;
}

Result<IssuedTicket> CacheStore::issueChanceTicket(const SiteId &site, const ServiceId &service,
                                                   QChar queueLetter, const QDateTime &nowUtc)
{
    using R = Result<IssuedTicket>;
    if (!m_db)
        return fail(R(notOpen()));
    if (!queueLetter.isLetter())
        return fail(
            R(StoreError{StoreErrorKind::Invalid,
                         QStringLiteral("queue letter '%1' is not a letter").arg(queueLetter)}));
    sql::Transaction tx(*m_db);
    if (!tx.status())
        return fail(R(tx.status().storeError()));
    Result<IssuedTicket> issued = issueTicket(site, service, queueLetter, QString(), nowUtc);
    if (!issued)
        return fail(issued);
    QJsonObject payload{{QStringLiteral("site"), site},
                        {QStringLiteral("service"), service},
                        {QStringLiteral("issuedAt"), nowUtc.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("ticket"), ticketJson(issued->ticket)},
                        {QStringLiteral("queueToken"), issued->queueToken}};
    if (Status s = writeOutbox(issued->opId, "ticket", compact(payload), nowUtc); !s)
        return fail(R(s.storeError()));
    if (Status s = tx.commit(); !s)
        return fail(R(s.storeError()));
    return issued;
}

} // namespace bk
