#pragma once
// Test doubles for the kiosk flows: a slip printer that records, a booking backend that
// counts, and a temporary cache seeded with the demo site at a fixed moment.

#include "kiosk/bookingbackend.h"
#include "kiosk/receiptlayouts.h"
#include "kiosk/slip.h"

#include "demo/demosite.h"
#include "domain/clock.h"
#include "store/cachestore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

namespace bk::test {

/// Tuesday 24 November 2026, 11:00 in Copenhagen: the demo site is open.
inline QDateTime tuesdayMorning()
{
    return QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
}

class RecordingSlipPrinter final : public SlipPrinter
{
public:
    bool ready() const override { return m_ready; }
    quint64 print(const Slip &slip) override
    {
        slips.append(slip);
        const quint64 job = ++m_lastJob;
        const Outcome outcome = m_ready ? readyOutcome : Outcome::Failed;
        QTimer::singleShot(0, this, [this, job, outcome] { emit jobFinished(job, outcome); });
        return job;
    }
    /// What the real printer would say: the receipt's own layout (kiosk/receiptlayouts.h).
    QString spokenText(const Slip &slip) const override
    {
        return ReceiptLayouts::spokenText(ReceiptLayouts::layout(slip));
    }
    void setReady(bool ready)
    {
        m_ready = ready;
        emit readyChanged();
    }
    QList<Slip> slips;
    /// How a job ends while ready: Printed, or Sent for a printer without a paper sensor.
    Outcome readyOutcome = Outcome::Printed;

private:
    bool m_ready = true;
    quint64 m_lastJob = 0;
};

/// Two free times on each weekday; book() answers what `next` says and counts calls.
class ScriptedBookingBackend final : public BookingBackend
{
public:
    explicit ScriptedBookingBackend(QList<Service> services) : m_services(std::move(services)) {}
    QList<Service> services() override { return m_services; }
    QList<DayAvailability> days(const ServiceId &, QDate first, int count) override
    {
        if (!hoursKnown)
            return {};
        QList<DayAvailability> out;
        for (int i = 0; i < count; ++i) {
            DayAvailability d;
            d.day = first.addDays(i);
            d.open = d.day.dayOfWeek() < 6;
            d.freeSlots = d.open ? 2 : 0;
            out.append(d);
        }
        return out;
    }
    QList<SlotAvailability> freeSlots(const ServiceId &, QDate day) override
    {
        const QDateTime nine(day, QTime(9, 0), Qt::UTC);
        return {{nine, 1}, {nine.addSecs(1800), 2}};
    }
    void book(const BookingRequest &request, std::function<void(BookingAnswer)> done) override
    {
        ++bookCalls;
        lastRequest = request;
        done(next);
    }
    bool canBookNow() const override { return reachable; }
    BookingAnswer next;
    bool reachable = true;  ///< false: canBookNow() says a booking would fail now
    bool hoursKnown = true; ///< false: days() is empty, as before a central sent its hours
    int bookCalls = 0;
    BookingRequest lastRequest;

private:
    QList<Service> m_services;
};

/// The queue-page token of the latest ticket operation in `store`'s outbox (payload.queueToken
/// of the newest "checkin" or "ticket" entry), or empty.
inline QString lastSentQueueToken(CacheStore &store)
{
    const Result<QList<OutboxEntry>> out = store.pendingOutbox(1000);
    QString token;
    if (out)
        for (const OutboxEntry &e : *out)
            if (e.kind == u"checkin" || e.kind == u"ticket")
                token = QJsonDocument::fromJson(e.payload)[u"queueToken"].toString();
    return token;
}

/// A temporary cache holding the demo site and its bookings placed relative to `now`, opened
/// with `options` (e.g. extra test migrations).
struct DemoCache
{
    explicit DemoCache(const QDateTime &now, const CacheStore::Options &options = {})
    {
        if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("cache.sqlite")), options))
            return;
        const demo::DemoSite site = demo::site();
        QList<Booking> bookings;
        for (const demo::DemoBooking &b : demo::bookings(now))
            bookings.append(b.booking);
        ok = store.upsertServices(site.id, site.services).hasValue() &&
             store.upsertBookings(bookings).hasValue();
    }
    QTemporaryDir dir;
    CacheStore store;
    bool ok = false;
};

} // namespace bk::test
