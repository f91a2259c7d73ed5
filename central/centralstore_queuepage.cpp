// CentralStore: the tickets waiting for a call, and a ticket's place in the queue for the
// public queue page (issue 13 item 5). The page knows a ticket only by its token's hash.

#include "central/centralstore.h"

#include "central/tokens.h"
#include "domain/queuetoken.h"
#include "platform/sqlrows.h"

namespace bk::central {

namespace {

// A ticket for the calling rule from the row's columns `c`.. (queue, number, label, kind,
// service, booking_start_ms, issued_ms).
queueorder::Waiting waitingAt(const sql::Statement &s, int c)
{
    queueorder::Waiting t;
    t.queue = s.text(c);
    t.number = s.int64(c + 1);
    t.label = s.text(c + 2);
    t.kind = s.text(c + 3);
    t.service = s.isNull(c + 4) ? QString() : s.text(c + 4);
    if (!s.isNull(c + 5))
        t.bookingStartMs = s.int64(c + 5);
    t.issuedMs = s.int64(c + 6);
    return t;
}

} // namespace

Result<QList<queueorder::Waiting>> CentralStore::waitingTickets(const SiteId &site,
                                                                const QString &day)
{
    sql::Statement s = m_db.prepare(
        "SELECT queue, number, label, kind, service, booking_start_ms, issued_ms, visit "
        "FROM tickets WHERE site = ?1 AND day = ?2 AND called_ms IS NULL");
    s.bind(1, site).bind(2, day);
    QList<queueorder::Waiting> out;
    while (s.next()) {
        queueorder::Waiting w = waitingAt(s, 0);
        w.visit = s.isNull(7) ? QString() : s.text(7);
        out.append(std::move(w));
    }
    if (Status e = s.status(); !e)
        return e.storeError();
    return out;
}

Outcome<QJsonObject> CentralStore::queuePlace(const QString &token, const QDateTime &nowUtc)
{
    // One answer for a malformed and an unknown token: the shape says nothing either way.
    const Refusal unknown{
        404, QStringLiteral("not-found"), QStringLiteral("no ticket has this link"), {}};
    if (!queuetoken::isWellFormed(token))
        return unknown;
    sql::Statement s =
        m_db.prepare("SELECT t.site, t.day, t.queue, t.number, t.label, t.kind, t.service, "
                     "t.booking_start_ms, t.issued_ms, t.state, t.counter, t.called_ms, s.name "
                     "FROM tickets t JOIN sites s ON s.id = t.site WHERE t.queue_token_hash = ?1 "
                     "ORDER BY t.day DESC LIMIT 1");
    s.bind(1, tokenHash(token));
    if (!s.next()) {
        if (Status e = s.status(); !e)
            return serverError(e.storeError());
        return unknown;
    }
    const SiteId site = s.text(0);
    const QString day = s.text(1);
    const queueorder::Waiting me = waitingAt(s, 2);
    const QString state = s.text(9);
    const QString counter = s.isNull(10) ? QString() : s.text(10);
    const bool called = !s.isNull(11);
    const QString siteName = s.text(12);
    // A token lives for the site-local day of its ticket (numbers restart each day).
    if (day != businessDay(nowUtc).toString(Qt::ISODate))
        return Refusal{410,
                       QStringLiteral("ticket-expired"),
                       QStringLiteral("the link was for a ticket of an earlier day"),
                       {}};

    QJsonObject out{{QStringLiteral("ticket"), me.label},
                    {QStringLiteral("siteName"), siteName},
                    {QStringLiteral("ahead"), QJsonValue::Null},
                    {QStringLiteral("estimatedWaitMinutes"), QJsonValue::Null},
                    {QStringLiteral("counter"), QJsonValue::Null}};
    if (state == QLatin1String("served") || state == QLatin1String("no_show")) {
        out.insert(QStringLiteral("state"), QStringLiteral("finished"));
        return out;
    }
    if (called) {
        out.insert(QStringLiteral("state"), QStringLiteral("called"));
        out.insert(QStringLiteral("counter"), counter);
        return out;
    }
    out.insert(QStringLiteral("state"), QStringLiteral("waiting"));
    const qint64 nowMs = nowUtc.toMSecsSinceEpoch();
    Result<QList<queueorder::Waiting>> waiting = waitingTickets(site, day);
    if (!waiting)
        return serverError(waiting.storeError());
    const int ahead = queueorder::ahead(*waiting, me, nowMs);
    out.insert(QStringLiteral("ahead"), ahead);
    sql::Statement calls =
        m_db.prepare("SELECT at_ms FROM events WHERE site = ?1 AND kind = 'called' AND at_ms > ?2");
    calls.bind(1, site).bind(2, nowMs - qint64(queueorder::kRateWindowMinutes) * 60 * 1000);
    QList<qint64> times;
    while (calls.next())
        times.append(calls.int64(0));
    if (Status e = calls.status(); !e)
        return serverError(e.storeError());
    if (const auto minutes = queueorder::estimateWaitMinutes(ahead, times, nowMs))
        out.insert(QStringLiteral("estimatedWaitMinutes"), *minutes);
    return out;
}

} // namespace bk::central
