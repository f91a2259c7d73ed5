// SyncEngine: online booking. One booking at a time on a connection of its own, so that a
// citizen's booking never waits behind a large snapshot.

#include "syncengine_p.h"

#include "domain/clock.h"
#include "sync/wire.h"

#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>

namespace bk::sync {

namespace net = boost::asio;
namespace http = boost::beast::http;

namespace {

QString newOpId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

} // namespace

void SyncEngine::book(OnlineBooking booking, std::function<void(OnlineBookingResult)> done)
{
    if (booking.opId.isEmpty())
        booking.opId = newOpId();
    if (!m->io || !m->thread.joinable()) {
        OnlineBookingResult r;
        r.errorKey = QStringLiteral("sync-not-running");
        done(r);
        return;
    }
    net::post(*m->io, [this, b = std::move(booking), d = std::move(done)]() mutable {
        if (m->stopping) {
            OnlineBookingResult r;
            r.errorKey = QStringLiteral("sync-stopping");
            d(r);
            return;
        }
        m->bookQueue.push_back(Impl::BookJob{std::move(b), std::move(d)});
        m->bookWake->cancel();
    });
}

net::awaitable<void> SyncEngine::Impl::bookLoop()
{
    while (!stopping) {
        while (!bookQueue.empty() && !stopping) {
            BookJob job = std::move(bookQueue.front());
            bookQueue.pop_front();
            OnlineBookingResult r = co_await bookOnce(job.booking);
            job.done(std::move(r));
        }
        if (stopping)
            break;
        boost::system::error_code ec;
        bookWake->expires_after(std::chrono::hours(24));
        co_await bookWake->async_wait(net::redirect_error(net::use_awaitable, ec));
    }
}

net::awaitable<OnlineBookingResult> SyncEngine::Impl::bookOnce(const OnlineBooking &b)
{
    OnlineBookingResult out;
    QJsonObject req{{QStringLiteral("serviceId"), b.service},
                    {QStringLiteral("start"), toWire(b.start)},
                    {QStringLiteral("opId"), b.opId}};
    if (!b.phone.isEmpty())
        req.insert(QStringLiteral("phone"), b.phone);
    const QByteArray body = QJsonDocument(req).toJson(QJsonDocument::Compact);
    HttpResult r = co_await call(*bookClient, http::verb::post, sitePath(u"bookings"_qs), body);
    // The operation id makes a resend safe: a booking made before the answer was lost is
    // answered again instead of booked twice.
    if (r.status == 0 && !r.timedOut && !stopping)
        r = co_await call(*bookClient, http::verb::post, sitePath(u"bookings"_qs), body);
    const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
    if (r.status == 201) {
        Booking made;
        made.code = answer.value(QLatin1String("code")).toString();
        made.siteId = config.site;
        made.serviceId = b.service;
        made.start = b.start;
        if (made.code.isEmpty()) {
            out.errorKey = QStringLiteral("bad-answer");
            qCWarning(lcSync) << "online booking: the central's 201 answer has no code";
            co_return out;
        }
        // Into the cache at once, so check-in works even before the next round.
        if (auto n = store.upsertBookings({made}); !n)
            qCWarning(lcSync).noquote() << "online booking: cache:" << n.error();
        out.kind = OnlineBookingResult::Kind::Booked;
        out.code = made.code;
        co_return out;
    }
    if (r.status == 409 && errorKey(r.body) == u"slot-taken") {
        out.kind = OnlineBookingResult::Kind::SlotTaken;
        out.errorKey = QStringLiteral("slot-taken");
        for (const QJsonValue &v : answer.value(QLatin1String("alternatives")).toArray()) {
            const QDateTime t =
                dateTimeFromWire(v.toObject().value(QLatin1String("start")).toString());
            if (t.isValid())
                out.alternatives.append(t);
        }
        co_return out;
    }
    if (r.status >= 400 && r.status < 500 && r.status != 401 && r.status != 408 &&
        r.status != 429) {
        out.kind = OnlineBookingResult::Kind::Refused;
        out.errorKey = errorKey(r.body);
        qCWarning(lcSync).noquote() << QStringLiteral("online booking refused by the central: "
                                                      "HTTP %1 %2")
                                           .arg(r.status)
                                           .arg(out.errorKey);
        co_return out;
    }
    out.kind = OnlineBookingResult::Kind::Unreachable;
    out.errorKey = r.status == 0 ? QStringLiteral("unreachable") : QStringLiteral("server-error");
    qCWarning(lcSync).noquote() << "online booking:" << describe(r, "booking");
    co_return out;
}

} // namespace bk::sync
