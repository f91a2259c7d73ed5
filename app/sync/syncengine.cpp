// SyncEngine: the lifecycle (own thread or a given io_context), the schedule and backoff, and
// the rounds (snapshot, deltas, outbox, number blocks). The published state and the cache memo
// are in syncstate.cpp, online booking in syncbooking.cpp, call-outs in synclive.cpp.

#include "syncengine_p.h"

#include "domain/clock.h"
#include "sync/wire.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSync, "bk.sync")

namespace bk::sync {

namespace net = boost::asio;
namespace http = boost::beast::http;

namespace {

std::string path(const QString &p)
{
    return p.toStdString();
}

} // namespace

// --- Lifecycle -------------------------------------------------------------------------------

SyncEngine::SyncEngine(SyncConfig config, const Clock &clock) : m(std::make_unique<Impl>())
{
    m->config = std::move(config);
    m->clock = &clock;
}

SyncEngine::SyncEngine(SyncConfig config, const Clock &clock, net::io_context &io)
    : SyncEngine(std::move(config), clock)
{
    m->givenIo = &io;
}

SyncEngine::~SyncEngine()
{
    stop();
}

QString SyncEngine::start()
{
    if (m->started)
        return {};
    if (QString e = validate(m->config); !e.isEmpty()) {
        qCCritical(lcSync).noquote() << "sync not started:" << e;
        m->setError(e);
        return e;
    }
    Endpoint endpoint;
    (void)parseEndpoint(m->config.centralUrl, m->config.serverName, &endpoint);
    if (!endpoint.tls)
        qCWarning(lcSync).noquote()
            << "DEVELOPMENT MODE: talking plain HTTP to" << m->config.centralUrl
            << "- tokens and bookings travel unencrypted";
    if (endpoint.tls) {
        if (QString e = makeTlsContext(m->tls, m->config.caFile); !e.isEmpty()) {
            qCCritical(lcSync).noquote() << "sync not started:" << e;
            m->setError(e);
            return e;
        }
    }
    CacheStore::Options options;
    if (Status s = m->store.open(m->config.cachePath, options); !s) {
        const QString e = QStringLiteral("sync not started: cache: %1").arg(s.error());
        qCCritical(lcSync).noquote() << e;
        m->setError(e);
        return e;
    }
    // What the last sync kept: the state is right (hours, letter, clock) before the first round.
    if (auto memo = m->store.syncMemo())
        m->adopt(std::move(*memo));
    else
        qCWarning(lcSync).noquote()
            << "cache: what the last sync kept cannot be read:" << memo.error()
            << "- starting with a snapshot";
    m->endpoint = endpoint;
    if (m->givenIo) {
        m->io = m->givenIo;
    } else {
        m->ownIo.emplace();
        m->io = &*m->ownIo;
    }
    m->stopping = false;
    const auto timeout = std::chrono::milliseconds(m->config.requestTimeoutMs);
    m->syncClient = std::make_unique<HttpClient>(*m->io, endpoint, m->tls, timeout);
    m->bookClient = std::make_unique<HttpClient>(*m->io, endpoint, m->tls, timeout);
    m->wake.emplace(*m->io);
    m->bookWake.emplace(*m->io);
    m->liveWake.emplace(*m->io);
    if (!m->givenIo)
        m->guard.emplace(m->io->get_executor());
    {
        std::lock_guard lock(m->mutex);
        m->state.running = true;
        m->state.outboxDepth = std::max<qint64>(0, m->store.outboxDepth());
    }
    m->publish();
    m->loops = 3;
    const auto ended = [this](const std::exception_ptr &) { --m->loops; };
    net::co_spawn(*m->io, m->roundLoop(), ended);
    net::co_spawn(*m->io, m->bookLoop(), ended);
    net::co_spawn(*m->io, m->liveLoop(), ended);
    m->started = true;
    if (!m->givenIo)
        m->thread = std::thread([this] { m->io->run(); });
    qCInfo(lcSync).noquote() << "sync started for site" << m->config.site << "against"
                             << m->config.centralUrl;
    return {};
}

void SyncEngine::stop()
{
    if (!m->started)
        return;
    if (m->givenIo) {
        // The caller's thread runs `io`: cancel here, then run it until the loops have ended.
        m->cancelAll();
        if (m->io->stopped())
            m->io->restart();
        while (m->loops > 0)
            m->io->run_one_for(std::chrono::milliseconds(100));
    } else {
        net::post(*m->io, [this] { m->cancelAll(); });
        m->thread.join();
    }
    m->started = false;
    // Whatever still waits (a booking queued during stop) is answered, never dropped.
    for (auto &job : m->bookQueue)
        job.done(OnlineBookingResult{});
    m->bookQueue.clear();
    m->syncClient.reset();
    m->bookClient.reset();
    m->wake.reset();
    m->bookWake.reset();
    m->liveWake.reset();
    m->io = nullptr;
    m->ownIo.reset();
    m->store.close();
    {
        std::lock_guard lock(m->mutex);
        m->state.running = false;
        m->state.online = false;
        m->state.liveConnected = false;
    }
    m->publish();
    m->cond.notify_all();
}

quint64 SyncEngine::syncNow()
{
    const quint64 ticket = ++m->requests;
    if (!m->io)
        return ticket;
    net::post(*m->io, [this] {
        m->roundRequested = true;
        if (m->wake)
            m->wake->cancel();
    });
    return ticket;
}

void SyncEngine::Impl::cancelAll()
{
    stopping = true;
    wake->cancel();
    bookWake->cancel();
    liveWake->cancel();
    syncClient->cancel();
    bookClient->cancel();
    closeLive();
    guard.reset();
}

// --- Rounds ----------------------------------------------------------------------------------

std::chrono::milliseconds SyncEngine::Impl::backoff(int failures)
{
    // Exponential from backoffMinMs, capped, with "equal jitter" (half fixed, half random) so
    // that a site's kiosks do not all return to a recovering central in the same instant.
    const double base = std::min<double>(
        config.backoffMaxMs, config.backoffMinMs * std::pow(2.0, std::max(0, failures - 1)));
    std::uniform_real_distribution<double> jitter(0.0, base / 2);
    return std::chrono::milliseconds(qint64(base / 2 + jitter(rng)));
}

net::awaitable<void> SyncEngine::Impl::roundLoop()
{
    while (!stopping) {
        roundRequested = false;
        const quint64 serving = requests.load();
        const QString error = co_await round();
        if (stopping)
            break;
        int failures = 0;
        std::optional<QDateTime> centralAtEnd;
        {
            std::lock_guard lock(mutex);
            state.outboxDepth = std::max<qint64>(0, store.outboxDepth());
            if (error.isEmpty()) {
                state.online = true;
                state.lastSync = clock->now();
                centralAtEnd = state.centralNow();
                state.lastError.clear();
                state.failures = 0;
            } else {
                state.online = false;
                state.lastError = error;
                state.failures = std::min(state.failures + 1, 1000);
            }
            ++state.rounds;
            state.served = serving;
            failures = state.failures;
        }
        // The central's clock at the end of a good round bounds the true time from below
        // across restarts: a kiosk that boots with a stale clock notices it by this.
        if (centralAtEnd) {
            CacheStore::SyncMemo next = memo;
            next.lastCentralTime = centralAtEnd->toUTC();
            if (Status st = remember(next); !st)
                qCWarning(lcSync).noquote() << "cache: last central time not stored:" << st.error();
        }
        const auto delay =
            error.isEmpty() ? std::chrono::milliseconds(config.pollIntervalMs) : backoff(failures);
        if (!error.isEmpty())
            qCWarning(lcSync).noquote() << "sync round failed:" << error
                                        << QStringLiteral("- working offline, retrying in %1 ms")
                                               .arg(qint64(delay.count()));
        publish();
        if (roundRequested || stopping)
            continue;
        boost::system::error_code ec;
        wake->expires_after(delay);
        co_await wake->async_wait(net::redirect_error(net::use_awaitable, ec));
    }
}

QString SyncEngine::Impl::describe(const HttpResult &r, const char *what)
{
    if (r.status == 0)
        return QStringLiteral("%1: %2").arg(QLatin1String(what), r.error);
    const QString key = errorKey(r.body);
    if (r.status == 401)
        return QStringLiteral("%1: the central refused the kiosk token (401 %2); enrol the kiosk "
                              "again and put the new token in the configuration")
            .arg(QLatin1String(what), key.isEmpty() ? QStringLiteral("unauthorized") : key);
    if (r.status == 403)
        return QStringLiteral("%1: the central refused access to site %2 (403 %3); check the "
                              "site in the configuration")
            .arg(QLatin1String(what), config.site, key);
    return QStringLiteral("%1: the central answered HTTP %2%3")
        .arg(QLatin1String(what))
        .arg(r.status)
        .arg(key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(key));
}

net::awaitable<HttpResult> SyncEngine::Impl::call(HttpClient &client, http::verb method,
                                                  const QString &target, const QByteArray &body)
{
    HttpResult r = co_await client.request(method, path(target), body.toStdString(),
                                           config.token.toStdString());
    if (r.date.isValid()) {
        std::lock_guard lock(mutex);
        state.centralDate = r.date;
        state.centralDateAt = std::chrono::steady_clock::now();
    }
    co_return r;
}

QString SyncEngine::Impl::sitePath(const QString &rest) const
{
    return QStringLiteral("/v1/sites/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(config.site)), rest);
}

net::awaitable<QString> SyncEngine::Impl::round()
{
    if (memo.cursor.isEmpty())
        if (QString e = co_await takeSnapshot(); !e.isEmpty())
            co_return e;
    if (QString e = co_await pushOutbox(); !e.isEmpty())
        co_return e;
    if (QString e = co_await pullChanges(); !e.isEmpty())
        co_return e;
    if (QString e = co_await refillNumberBlocks(); !e.isEmpty())
        co_return e;
    co_return co_await sendHeartbeat();
}

namespace {

QJsonObject deviceJson(const HeartbeatDevice &d)
{
    QJsonObject o{{QStringLiteral("state"), d.state}};
    if (!d.reasonKey.isEmpty())
        o.insert(QStringLiteral("reasonKey"), d.reasonKey);
    if (!d.reason.isEmpty())
        o.insert(QStringLiteral("reason"), d.reason.left(200));
    return o;
}

} // namespace

net::awaitable<QString> SyncEngine::Impl::sendHeartbeat()
{
    QJsonObject versions;
    QJsonObject devices;
    QJsonValue lastSync = QJsonValue::Null;
    QJsonValue clockOffset = QJsonValue::Null;
    const QDateTime now = clock->now();
    {
        std::lock_guard lock(mutex);
        for (auto it = heartbeat.versions.cbegin(); it != heartbeat.versions.cend(); ++it)
            versions.insert(it.key(), it.value());
        devices = QJsonObject{{QStringLiteral("printer"), deviceJson(heartbeat.printer)},
                              {QStringLiteral("display"), deviceJson(heartbeat.display)},
                              {QStringLiteral("scanner"), deviceJson(heartbeat.scanner)}};
        if (state.lastSync.isValid())
            lastSync = toWire(state.lastSync);
        // The kiosk's clock minus the central's (its Date header: whole seconds, so +-1 s).
        if (const auto central = state.centralNow())
            clockOffset = central->msecsTo(now);
    }
    // The oldest unsent operation's age: a backlog that does not shrink shows here first.
    QJsonValue oldestAge = QJsonValue::Null;
    if (auto oldest = store.pendingOutbox(1); oldest && !oldest->isEmpty())
        oldestAge = std::max<qint64>(0, oldest->constFirst().createdAt.secsTo(now));
    const QJsonObject body{
        {QStringLiteral("kioskId"), config.kioskId},
        {QStringLiteral("versions"), versions},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("outboxDepth"), std::max<qint64>(0, store.outboxDepth())},
        {QStringLiteral("outboxOldestAgeSeconds"), oldestAge},
        {QStringLiteral("cursor"),
         memo.cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(memo.cursor)},
        {QStringLiteral("clockOffsetMs"), clockOffset},
        {QStringLiteral("lastSync"), lastSync}};
    const HttpResult r = co_await call(*syncClient, http::verb::post, u"/v1/heartbeat"_qs,
                                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (r.status != 204)
        co_return describe(r, "heartbeat");
    co_return QString();
}

// GCC 12 warns falsely that the coroutine frame's operator delete does not match its operator
// new (GCC bug 109224, -Wmismatched-new-delete with coroutines); which frames it picks depends
// on inlining, and the changes page tripped it once it grew a field, the paged snapshot once it was
// paged. Asio's awaitable_frame_base declares both, matched.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
net::awaitable<QString> SyncEngine::Impl::takeSnapshot()
{
    // Paged (issue 15): each page is written in its own short transaction, so a check-in waits
    // for one page at most, and the kiosk holds one page in memory. A snapshot begun before a
    // crash or a failed round goes on after its last applied page.
    auto pending = store.snapshotInProgress();
    if (!pending)
        co_return QStringLiteral("snapshot: cache: %1").arg(pending.error());
    std::optional<CacheStore::SnapshotProgress> progress = std::move(*pending);
    const QString limit = QString::number(config.snapshotPageSize);
    int services = 0;
    if (progress && progress->pages > 0) {
        qCInfo(lcSync).noquote()
            << QStringLiteral("snapshot: going on after page %1").arg(progress->pages);
    } else {
        const HttpResult r =
            co_await call(*syncClient, http::verb::get, sitePath(u"snapshot?limit="_qs + limit));
        if (r.status != 200)
            co_return describe(r, "snapshot");
        Parsed<Snapshot> parsed = parseSnapshot(r.body);
        if (auto *e = std::get_if<QString>(&parsed))
            co_return QStringLiteral("snapshot: the central's answer is unusable: %1").arg(*e);
        const Snapshot &s = std::get<Snapshot>(parsed);
        // What the memo becomes once the last page is in: the cursor taken with the first
        // page, so changes made while paging are pulled again (upserts and deletes by code
        // are idempotent).
        CacheStore::SyncMemo after = memo;
        after.hoursJson = s.hoursJson;
        after.chanceQueueLetter = s.chanceQueueLetter;
        after.publicBaseUrl = s.publicBaseUrl;
        after.cursor = s.cursor;
        auto begun = store.beginSnapshot(config.site, s.services, after);
        if (!begun)
            co_return QStringLiteral("snapshot: cache: %1").arg(begun.error());
        memo.cursor.clear(); // as in the cache: no changes are pulled onto half a snapshot
        progress = std::move(*begun);
        if (Status st = store.applySnapshotPage(*progress, s.bookings, s.next); !st)
            co_return QStringLiteral("snapshot: cache: %1").arg(st.error());
        services = int(s.services.size());
    }
    while (!progress->after.isEmpty()) {
        if (stopping)
            co_return QStringLiteral("snapshot: stopped");
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("after"), progress->after);
        q.addQueryItem(QStringLiteral("limit"), limit);
        const HttpResult r =
            co_await call(*syncClient, http::verb::get,
                          sitePath(u"snapshot/bookings?"_qs + q.toString(QUrl::FullyEncoded)));
        if (r.status != 200)
            co_return describe(r, "snapshot page");
        Parsed<SnapshotBookings> parsed = parseSnapshotBookings(r.body);
        if (auto *e = std::get_if<QString>(&parsed))
            co_return QStringLiteral("snapshot page: the central's answer is unusable: %1").arg(*e);
        const SnapshotBookings &page = std::get<SnapshotBookings>(parsed);
        if (Status st = store.applySnapshotPage(*progress, page.bookings, page.next); !st)
            co_return QStringLiteral("snapshot: cache: %1").arg(st.error());
    }
    auto removed = store.finishSnapshot(config.site, *progress);
    if (!removed)
        co_return QStringLiteral("snapshot: cache: %1").arg(removed.error());
    adopt(progress->memo);
    qCInfo(lcSync).noquote()
        << QStringLiteral("snapshot applied: %1 services, %2 pages of up to %3 bookings, %4 "
                          "bookings removed")
               .arg(services)
               .arg(progress->pages)
               .arg(limit)
               .arg(*removed);
    co_return QString();
}

net::awaitable<QString> SyncEngine::Impl::pullChanges()
{
    for (int page = 0; page < 10000 && !stopping; ++page) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), memo.cursor);
        const HttpResult r =
            co_await call(*syncClient, http::verb::get,
                          sitePath(u"changes?"_qs + q.toString(QUrl::FullyEncoded)));
        if (r.status == 410) {
            // Never silent loss: the whole state again.
            qCInfo(lcSync) << "cursor expired at the central; taking a fresh snapshot";
            CacheStore::SyncMemo expired = memo;
            expired.cursor.clear();
            if (Status st = remember(expired); !st)
                co_return QStringLiteral("changes: cache: %1").arg(st.error());
            co_return co_await takeSnapshot();
        }
        if (r.status != 200)
            co_return describe(r, "changes");
        Parsed<ChangePage> parsed = parseChanges(r.body);
        if (auto *e = std::get_if<QString>(&parsed))
            co_return QStringLiteral("changes: the central's answer is unusable: %1").arg(*e);
        const ChangePage &p = std::get<ChangePage>(parsed);
        CacheStore::SyncMemo next = memo; // written with the page's cursor
        QList<Booking> upserts;
        QStringList deletes;
        QList<Service> services;
        bool needSnapshot = false;
        for (const Change &c : p.changes) {
            switch (c.entity) {
            case Change::Entity::Booking:
                if (c.deleted)
                    deletes.append(c.key);
                else
                    upserts.append(*c.booking);
                break;
            case Change::Entity::Service:
                // The cache has no per-service delete; a snapshot replaces the services.
                if (c.deleted)
                    needSnapshot = true;
                else
                    services.append(*c.service);
                break;
            case Change::Entity::Hours:
                if (!c.deleted) {
                    next.hoursJson = c.hoursJson;
                    if (c.chanceQueueLetter)
                        next.chanceQueueLetter = c.chanceQueueLetter;
                }
                break;
            }
        }
        if (!services.isEmpty())
            if (Status st = store.upsertServices(config.site, services); !st)
                co_return QStringLiteral("changes: cache: %1").arg(st.error());
        if (!upserts.isEmpty())
            if (auto n = store.upsertBookings(upserts); !n)
                co_return QStringLiteral("changes: cache: %1").arg(n.error());
        if (!deletes.isEmpty())
            if (auto n = store.removeBookings(deletes); !n)
                co_return QStringLiteral("changes: cache: %1").arg(n.error());
        next.cursor = p.cursor;
        next.publicBaseUrl = p.publicBaseUrl; // every page carries it (none = none configured)
        if (Status st = remember(next); !st)
            co_return QStringLiteral("changes: cache: %1").arg(st.error());
        if (!p.changes.isEmpty())
            qCDebug(lcSync).noquote() << QStringLiteral("changes applied: %1 bookings, %2 "
                                                        "tombstones, %3 services")
                                             .arg(upserts.size())
                                             .arg(deletes.size())
                                             .arg(services.size());
        if (needSnapshot)
            co_return co_await takeSnapshot();
        if (!p.more)
            break;
    }
    co_return QString();
}
#pragma GCC diagnostic pop

net::awaitable<QString> SyncEngine::Impl::pushOutbox()
{
    while (!stopping) {
        auto pending = store.pendingOutbox(config.outboxBatch);
        if (!pending)
            co_return QStringLiteral("outbox: cache: %1").arg(pending.error());
        if (pending->isEmpty())
            break;
        QJsonArray ops;
        for (const OutboxEntry &e : *pending)
            ops.append(QJsonObject{
                {QStringLiteral("opId"), e.opId},
                {QStringLiteral("kind"), e.kind},
                {QStringLiteral("payload"), QJsonDocument::fromJson(e.payload).object()}});
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("ops"), ops}}).toJson(QJsonDocument::Compact);
        const HttpResult r = co_await call(*syncClient, http::verb::post, u"/v1/outbox"_qs, body);
        if (r.status != 200)
            co_return describe(r, "outbox");
        Parsed<QList<OpResult>> parsed = parseOutboxResults(r.body);
        if (auto *e = std::get_if<QString>(&parsed))
            co_return QStringLiteral("outbox: the central's answer is unusable: %1").arg(*e);
        QHash<QString, const OpResult *> byId;
        for (const OpResult &res : std::get<QList<OpResult>>(parsed))
            byId.insert(res.opId, &res);
        // In order, and stop at the first operation without an answer: it is sent again. The
        // answers before it are recorded in one transaction (one write to disk per batch).
        QList<SentOperation> answered;
        QString missing;
        for (const OutboxEntry &e : *pending) {
            const OpResult *res = byId.value(e.opId);
            if (!res) {
                missing =
                    QStringLiteral("outbox: the central's answer lacks operation %1").arg(e.opId);
                break;
            }
            if (!res->applied)
                qCWarning(lcSync).noquote()
                    << QStringLiteral("outbox operation %1 (%2) rejected by the central: %3")
                           .arg(e.opId, e.kind,
                                res->error.isEmpty() ? QStringLiteral("no reason") : res->error);
            answered.append({e.opId, res->answer});
        }
        if (!answered.isEmpty())
            if (Status st = store.markSent(answered, clock->now()); !st)
                co_return QStringLiteral("outbox: cache: %1").arg(st.error());
        if (!missing.isEmpty())
            co_return missing;
        const qsizetype recorded = answered.size();
        {
            std::lock_guard lock(mutex);
            state.outboxDepth = std::max<qint64>(0, store.outboxDepth());
        }
        publish();
        qCDebug(lcSync).noquote() << QStringLiteral("outbox: %1 operations answered").arg(recorded);
    }
    co_return QString();
}

QList<QChar> SyncEngine::Impl::numberQueues()
{
    QList<QChar> queues = config.queues;
    if (queues.isEmpty()) {
        if (auto services = store.services(config.site))
            for (const Service &s : *services)
                if (!queues.contains(s.queueLetter))
                    queues.append(s.queueLetter);
        if (memo.chanceQueueLetter && !queues.contains(*memo.chanceQueueLetter))
            queues.append(*memo.chanceQueueLetter);
    }
    return queues;
}

net::awaitable<QString> SyncEngine::Impl::refillNumberBlocks()
{
    const QDate day = businessDay(clock->now());
    for (const QChar queue : numberQueues()) {
        auto left = store.numbersLeft(config.site, day, queue);
        if (!left)
            co_return QStringLiteral("number blocks: cache: %1").arg(left.error());
        if (*left >= config.numbersLowWater)
            continue;
        const QJsonObject req{{QStringLiteral("queue"), QString(queue)},
                              {QStringLiteral("day"), day.toString(Qt::ISODate)},
                              {QStringLiteral("kioskId"), config.kioskId}};
        const HttpResult r =
            co_await call(*syncClient, http::verb::post, sitePath(u"number-blocks"_qs),
                          QJsonDocument(req).toJson(QJsonDocument::Compact));
        if (r.status == 409) {
            // Not a connection problem: the day's numbers are used up at the central. The
            // kiosk keeps its static partition; staff see it in the log.
            qCWarning(lcSync).noquote()
                << QStringLiteral("number blocks: the central has no more numbers for queue %1 "
                                  "on %2 (%3)")
                       .arg(queue)
                       .arg(day.toString(Qt::ISODate), errorKey(r.body));
            continue;
        }
        if (r.status != 200)
            co_return describe(r, "number blocks");
        Parsed<NumberBlock> parsed = parseNumberBlock(r.body);
        if (auto *e = std::get_if<QString>(&parsed))
            co_return QStringLiteral("number blocks: the central's answer is unusable: %1").arg(*e);
        const NumberBlock b = std::get<NumberBlock>(parsed);
        if (Status st = store.addNumberBlock(config.site, day, queue, b); !st)
            co_return QStringLiteral("number blocks: cache: %1").arg(st.error());
        qCInfo(lcSync).noquote() << QStringLiteral("number block %1..%2 for queue %3 on %4")
                                        .arg(b.first)
                                        .arg(b.last)
                                        .arg(queue)
                                        .arg(day.toString(Qt::ISODate));
    }
    co_return QString();
}

} // namespace bk::sync
