#pragma once
// SyncEngine's private parts, shared by syncengine.cpp, syncbooking.cpp and synclive.cpp.
// Everything below `thread` is touched on the sync thread only, apart from `mutex`-guarded
// state and observers.

#include "httpclient.h"
#include "sync/syncengine.h"

#include "store/cachestore.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <QLoggingCategory>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <random>
#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace bk::sync {

struct LiveSession;

struct SyncEngine::Impl
{
    SyncConfig config;
    const Clock *clock = nullptr;
    CacheStore store;
    Endpoint endpoint;
    boost::asio::ssl::context tls{boost::asio::ssl::context::tls_client};
    std::optional<boost::asio::io_context> io;
    std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> guard;
    std::unique_ptr<HttpClient> syncClient;
    std::unique_ptr<HttpClient> bookClient;
    std::optional<boost::asio::steady_timer> wake;
    std::optional<boost::asio::steady_timer> bookWake;
    std::optional<boost::asio::steady_timer> liveWake;
    std::shared_ptr<LiveSession> live;
    std::thread thread;
    bool stopping = false;
    bool roundRequested = false;
    std::atomic<quint64> requests{0}; ///< syncNow() tickets handed out
    std::mt19937 rng{std::random_device{}()};

    struct BookJob
    {
        OnlineBooking booking;
        std::function<void(OnlineBookingResult)> done;
    };
    std::deque<BookJob> bookQueue;

    /// Held while an observer runs, so that replacing an observer waits for a call in flight
    /// (a SyncStatus being destroyed is never called afterwards).
    std::mutex observerMutex;
    mutable std::mutex mutex;
    mutable std::condition_variable cond;
    SyncState state;
    HeartbeatInfo heartbeat; ///< guarded by `mutex`
    std::function<void(const SyncState &)> stateObserver;
    std::function<void(const Callout &)> calloutObserver;

    void setError(const QString &error);
    void publish();
    std::chrono::milliseconds backoff(int failures);
    QString describe(const HttpResult &r, const char *what);
    QString sitePath(const QString &rest) const;
    QList<QChar> numberQueues();
    boost::asio::awaitable<HttpResult> call(HttpClient &client, boost::beast::http::verb method,
                                            const QString &target, const QByteArray &body = {});

    boost::asio::awaitable<void> roundLoop();
    boost::asio::awaitable<QString> round();
    boost::asio::awaitable<QString> takeSnapshot();
    boost::asio::awaitable<QString> pullChanges();
    boost::asio::awaitable<QString> pushOutbox();
    boost::asio::awaitable<QString> refillNumberBlocks();
    boost::asio::awaitable<QString> sendHeartbeat();

    boost::asio::awaitable<void> bookLoop();
    boost::asio::awaitable<OnlineBookingResult> bookOnce(const OnlineBooking &booking);

    boost::asio::awaitable<void> liveLoop();
    boost::asio::awaitable<QString> liveSession();
    void closeLive();
    void setLive(bool connected);
};

} // namespace bk::sync
