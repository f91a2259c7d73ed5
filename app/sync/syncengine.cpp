// SyncEngine: the thread, the schedule and backoff, and the rounds (snapshot, deltas, outbox,
// number blocks). Online booking is in syncbooking.cpp, call-outs in synclive.cpp.

#include "syncengine_p.h"

#include "domain/clock.h"
#include "sync/syncedhours.h"
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

const QString kCursorKey = QStringLiteral("sync.cursor");
const QString kHoursKey = hoursMetaKey();
const QString kChanceLetterKey = chanceLetterMetaKey();
const QString kLastCentralTimeKey = lastCentralTimeMetaKey();

std::string path(const QString &p)
{
    return p.toStdString();
}

} // namespace

// --- Configuration ---------------------------------------------------------------------------

QString validate(const SyncConfig &c)
{
    Endpoint e;
    if (QString err = parseEndpoint(c.centralUrl, c.serverName, &e); !err.isEmpty())
        return err;
    if (!e.tls && !c.devPlainHttp)
        return QStringLiteral("centralUrl '%1' is plain HTTP: refused. Use https:// with caFile, "
                              "or set the development flag devPlainHttp = true (never in a "
                              "municipality)")
            .arg(c.centralUrl);
    if (e.tls && c.caFile.isEmpty())
        return QStringLiteral("caFile is empty: the kiosk trusts only the CA file configured for "
                              "the central");
    if (c.token.isEmpty())
        return QStringLiteral("token is empty: enrol the kiosk first (one-time code)");
    if (c.site.isEmpty() || c.kioskId.isEmpty())
        return QStringLiteral("site and kioskId must be set");
    if (c.cachePath.isEmpty())
        return QStringLiteral("cachePath is empty");
    const auto positive = [](int v) { return v > 0; };
    if (!positive(c.requestTimeoutMs) || !positive(c.pollIntervalMs) || !positive(c.backoffMinMs) ||
        c.backoffMaxMs < c.backoffMinMs)
        return QStringLiteral("requestTimeoutMs, pollIntervalMs and backoffMinMs must be above 0 "
                              "and backoffMaxMs at least backoffMinMs");
    if (c.outboxBatch < 1 || c.outboxBatch > 500)
        return QStringLiteral("outboxBatch %1 must be 1..500 (the central's limit)")
            .arg(c.outboxBatch);
    return {};
}

// --- Lifecycle -------------------------------------------------------------------------------

SyncEngine::SyncEngine(SyncConfig config, const Clock &clock) : m(std::make_unique<Impl>())
{
    m->config = std::move(config);
    m->clock = &clock;
}

SyncEngine::~SyncEngine()
{
    stop();
}

QString SyncEngine::start()
{
    if (m->thread.joinable())
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
    m->endpoint = endpoint;
    m->io.emplace();
    m->stopping = false;
    const auto timeout = std::chrono::milliseconds(m->config.requestTimeoutMs);
    m->syncClient = std::make_unique<HttpClient>(*m->io, endpoint, m->tls, timeout);
    m->bookClient = std::make_unique<HttpClient>(*m->io, endpoint, m->tls, timeout);
    m->wake.emplace(*m->io);
    m->bookWake.emplace(*m->io);
    m->liveWake.emplace(*m->io);
    m->guard.emplace(m->io->get_executor());
    {
        std::lock_guard lock(m->mutex);
        m->state.running = true;
        m->state.outboxDepth = std::max<qint64>(0, m->store.outboxDepth());
    }
    m->publish();
    net::co_spawn(*m->io, m->roundLoop(), net::detached);
    net::co_spawn(*m->io, m->bookLoop(), net::detached);
    net::co_spawn(*m->io, m->liveLoop(), net::detached);
    m->thread = std::thread([this] { m->io->run(); });
    qCInfo(lcSync).noquote() << "sync started for site" << m->config.site << "against"
                             << m->config.centralUrl;
    return {};
}

void SyncEngine::stop()
{
    if (!m->thread.joinable())
        return;
    net::post(*m->io, [this] {
        m->stopping = true;
        m->wake->cancel();
        m->bookWake->cancel();
        m->liveWake->cancel();
        m->syncClient->cancel();
        m->bookClient->cancel();
        m->closeLive();
        m->guard.reset();
    });
    m->thread.join();
    // Whatever still waits (a booking queued during stop) is answered, never dropped.
    for (auto &job : m->bookQueue)
        job.done(OnlineBookingResult{});
    m->bookQueue.clear();
    m->syncClient.reset();
    m->bookClient.reset();
    m->wake.reset();
    m->bookWake.reset();
    m->liveWake.reset();
    m->io.reset();
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

void SyncEngine::setHeartbeatInfo(HeartbeatInfo info)
{
    std::lock_guard lock(m->mutex);
    m->heartbeat = std::move(info);
}

SyncState SyncEngine::state() const
{
    std::lock_guard lock(m->mutex);
    return m->state;
}

void SyncEngine::setStateObserver(std::function<void(const SyncState &)> observer)
{
    std::lock_guard lock(m->observerMutex);
    m->stateObserver = std::move(observer);
}

void SyncEngine::setCalloutObserver(std::function<void(const Callout &)> observer)
{
    std::lock_guard lock(m->observerMutex);
    m->calloutObserver = std::move(observer);
}

bool SyncEngine::waitForSync(quint64 ticket, int timeoutMs) const
{
    std::unique_lock lock(m->mutex);
    return m->cond.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                            [&] { return m->state.served >= ticket || !m->state.running; });
}

// --- State -----------------------------------------------------------------------------------

void SyncEngine::Impl::setError(const QString &error)
{
    {
        std::lock_guard lock(mutex);
        state.lastError = error;
    }
    publish();
}

void SyncEngine::Impl::publish()
{
    SyncState copy;
    {
        std::lock_guard lock(mutex);
        copy = state;
    }
    cond.notify_all();
    std::lock_guard lock(observerMutex);
    if (stateObserver)
        stateObserver(copy);
}

std::chrono::milliseconds SyncEngine::Impl::backoff(int failures)
{
    // Exponential from backoffMinMs, capped, with "equal jitter" (half fixed, half random) so
    // that a site's kiosks do not all return to a recovering central in the same instant.
    const double base = std::min<double>(
        config.backoffMaxMs, config.backoffMinMs * std::pow(2.0, std::max(0, failures - 1)));
    std::uniform_real_distribution<double> jitter(0.0, base / 2);
    return std::chrono::milliseconds(qint64(base / 2 + jitter(rng)));
}

// --- Rounds ----------------------------------------------------------------------------------

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
        if (centralAtEnd)
            if (Status st =
                    store.setMeta(kLastCentralTimeKey, centralAtEnd->toString(Qt::ISODateWithMs));
                !st)
                qCWarning(lcSync).noquote() << "cache: last central time not stored:" << st.error();
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
    if (store.meta(kCursorKey).isEmpty())
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

net::awaitable<QString> SyncEngine::Impl::sendHeartbeat()
{
    QJsonObject versions;
    QJsonObject devices;
    QJsonValue lastSync = QJsonValue::Null;
    {
        std::lock_guard lock(mutex);
        for (auto it = heartbeat.versions.cbegin(); it != heartbeat.versions.cend(); ++it)
            versions.insert(it.key(), it.value());
        devices = QJsonObject{{QStringLiteral("printer"), heartbeat.printer},
                              {QStringLiteral("display"), heartbeat.display},
                              {QStringLiteral("scanner"), heartbeat.scanner}};
        if (state.lastSync.isValid())
            lastSync = toWire(state.lastSync);
    }
    const QJsonObject body{
        {QStringLiteral("kioskId"), config.kioskId},
        {QStringLiteral("versions"), versions},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("outboxDepth"), std::max<qint64>(0, store.outboxDepth())},
        {QStringLiteral("lastSync"), lastSync}};
    const HttpResult r = co_await call(*syncClient, http::verb::post, u"/v1/heartbeat"_qs,
                                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (r.status != 204)
        co_return describe(r, "heartbeat");
    co_return QString();
}

net::awaitable<QString> SyncEngine::Impl::takeSnapshot()
{
    const HttpResult r = co_await call(*syncClient, http::verb::get, sitePath(u"snapshot"_qs));
    if (r.status != 200)
        co_return describe(r, "snapshot");
    Parsed<Snapshot> parsed = parseSnapshot(r.body);
    if (auto *e = std::get_if<QString>(&parsed))
        co_return QStringLiteral("snapshot: the central's answer is unusable: %1").arg(*e);
    const Snapshot &s = std::get<Snapshot>(parsed);
    if (Status st = store.replaceSnapshot(config.site, s.services, s.bookings); !st)
        co_return QStringLiteral("snapshot: cache: %1").arg(st.error());
    Status st = store.setMeta(kHoursKey, QString::fromUtf8(s.hoursJson));
    if (st)
        st = store.setMeta(kChanceLetterKey, QString(s.chanceQueueLetter));
    // The cursor last: a crash before this point takes the snapshot again.
    if (st)
        st = store.setMeta(kCursorKey, s.cursor);
    if (!st)
        co_return QStringLiteral("snapshot: cache: %1").arg(st.error());
    qCInfo(lcSync).noquote() << QStringLiteral("snapshot applied: %1 services, %2 bookings")
                                    .arg(s.services.size())
                                    .arg(s.bookings.size());
    co_return QString();
}

net::awaitable<QString> SyncEngine::Impl::pullChanges()
{
    for (int page = 0; page < 10000 && !stopping; ++page) {
        const QString cursor = store.meta(kCursorKey);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), cursor);
        const HttpResult r =
            co_await call(*syncClient, http::verb::get,
                          sitePath(u"changes?"_qs + q.toString(QUrl::FullyEncoded)));
        if (r.status == 410) {
            // Never silent loss: the whole state again.
            qCInfo(lcSync) << "cursor expired at the central; taking a fresh snapshot";
            if (Status st = store.setMeta(kCursorKey, QString()); !st)
                co_return QStringLiteral("changes: cache: %1").arg(st.error());
            co_return co_await takeSnapshot();
        }
        if (r.status != 200)
            co_return describe(r, "changes");
        Parsed<ChangePage> parsed = parseChanges(r.body);
        if (auto *e = std::get_if<QString>(&parsed))
            co_return QStringLiteral("changes: the central's answer is unusable: %1").arg(*e);
        const ChangePage &p = std::get<ChangePage>(parsed);
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
                    Status st = store.setMeta(kHoursKey, QString::fromUtf8(c.hoursJson));
                    if (st && c.chanceQueueLetter)
                        st = store.setMeta(kChanceLetterKey, QString(*c.chanceQueueLetter));
                    if (!st)
                        co_return QStringLiteral("changes: cache: %1").arg(st.error());
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
        if (Status st = store.setMeta(kCursorKey, p.cursor); !st)
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
        // In order, and stop at the first operation without an answer: it is sent again.
        const QDateTime now = clock->now();
        int recorded = 0;
        for (const OutboxEntry &e : *pending) {
            const OpResult *res = byId.value(e.opId);
            if (!res)
                co_return QStringLiteral("outbox: the central's answer lacks operation %1")
                    .arg(e.opId);
            if (!res->applied)
                qCWarning(lcSync).noquote()
                    << QStringLiteral("outbox operation %1 (%2) rejected by the central: %3")
                           .arg(e.opId, e.kind,
                                res->error.isEmpty() ? QStringLiteral("no reason") : res->error);
            if (Status st = store.markSent(e.opId, res->answer, now); !st)
                co_return QStringLiteral("outbox: cache: %1").arg(st.error());
            ++recorded;
        }
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
        const QString chance = store.meta(kChanceLetterKey);
        if (chance.size() == 1 && !queues.contains(chance.at(0)))
            queues.append(chance.at(0));
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
