#include "kiosk/cachebookingbackend.h"

#include "domain/bookingcode.h"
#include "domain/clock.h"
#include "store/cachestore.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcBooking, "bk.booking")

namespace bk {

namespace {

// A fresh code collides with a cached one about once in 31^7 / bookings; a few tries are plenty.
constexpr int kCodeAttempts = 8;
// How many alternatives a "this time was just taken" screen offers.
constexpr int kAlternatives = 3;

} // namespace

CacheBookingBackend::CacheBookingBackend(CacheStore &store, const Clock &clock, Options options,
                                         std::function<quint32()> random)
    : m_store(store), m_clock(clock), m_options(std::move(options)), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::system()->generate(); };
    if (!m_options.hours)
        m_options.hours = [] { return std::optional<OpeningHours>(); };
}

CacheBookingBackend::HoursSource CacheBookingBackend::fixedHours(OpeningHours hours)
{
    return [hours = std::move(hours)] { return std::optional<OpeningHours>(hours); };
}

QList<Service> CacheBookingBackend::services()
{
    auto all = m_store.services(m_options.site);
    if (!all) {
        qCWarning(lcBooking) << "services unavailable: store-error";
        return {};
    }
    return *all;
}

QList<SlotAvailability> CacheBookingBackend::freeSlotsOf(const Service &service,
                                                         const OpeningHours &hours, QDate day)
{
    const QList<Slot> daySlots = slotsFor(service, hours, day);
    if (daySlots.isEmpty())
        return {};
    const QDateTime from = daySlots.first().start;
    const QDateTime to = daySlots.last().start.addSecs(1);
    auto taken = m_store.bookedPlaces(m_options.site, service.id, from, to);
    if (!taken) {
        qCWarning(lcBooking) << "booked places unavailable: store-error";
        return {};
    }
    const QDateTime earliest = m_clock.now().addSecs(qint64(m_options.minLeadMinutes) * 60);
    QList<SlotAvailability> out;
    for (const Slot &s : daySlots) {
        if (s.start < earliest)
            continue;
        const int free = s.capacity - taken->value(s.start.toSecsSinceEpoch(), 0);
        if (free > 0)
            out.append({s.start, free});
    }
    return out;
}

QList<SlotAvailability> CacheBookingBackend::freeSlots(const ServiceId &serviceId, QDate day)
{
    const std::optional<OpeningHours> hours = m_options.hours();
    const Result<Service> service = m_store.findService(m_options.site, serviceId);
    if (!hours || !service)
        return {};
    return freeSlotsOf(*service, *hours, day);
}

QList<DayAvailability> CacheBookingBackend::days(const ServiceId &serviceId, QDate first, int count)
{
    const std::optional<OpeningHours> hours = m_options.hours();
    if (!hours)
        return {};
    const Result<Service> service = m_store.findService(m_options.site, serviceId);
    QList<DayAvailability> out;
    for (int i = 0; i < count; ++i) {
        const QDate day = first.addDays(i);
        const DayStatus status = dayStatus(*hours, day);
        DayAvailability d;
        d.day = day;
        d.open = status.open;
        d.reasonDa = status.reasonDa;
        d.reasonEn = status.reasonEn;
        d.holiday = status.holiday;
        if (status.open && service)
            d.freeSlots = int(freeSlotsOf(*service, *hours, day).size());
        out.append(d);
    }
    return out;
}

void CacheBookingBackend::book(const BookingRequest &request,
                               std::function<void(BookingAnswer)> done)
{
    BookingAnswer answer;
    const Result<Service> service = m_store.findService(m_options.site, request.service);
    if (!service) {
        // A cache that cannot be read is not an unknown service (the log tells them apart).
        answer.logKey = service.isNotFound() ? QStringLiteral("unknown-service")
                                             : QStringLiteral("store-error");
        done(answer);
        return;
    }
    const std::optional<OpeningHours> hours = m_options.hours();
    if (!hours) {
        answer.logKey = QStringLiteral("hours-unknown");
        done(answer);
        return;
    }
    const QDate day = request.start.toTimeZone(siteTimeZone()).date();
    const QList<SlotAvailability> free = freeSlotsOf(*service, *hours, day);
    const bool stillFree = std::any_of(free.begin(), free.end(), [&](const SlotAvailability &s) {
        return s.start == request.start;
    });
    if (!stillFree) {
        answer.kind = BookingAnswer::Kind::SlotTaken;
        answer.logKey = QStringLiteral("slot-taken");
        QList<SlotAvailability> sorted = free;
        std::sort(sorted.begin(), sorted.end(),
                  [&](const SlotAvailability &a, const SlotAvailability &b) {
                      return qAbs(a.start.secsTo(request.start)) <
                             qAbs(b.start.secsTo(request.start));
                  });
        for (int i = 0; i < sorted.size() && i < kAlternatives; ++i)
            answer.alternatives.append(sorted[i].start);
        std::sort(answer.alternatives.begin(), answer.alternatives.end());
        done(answer);
        return;
    }

    Booking b;
    b.siteId = m_options.site;
    b.serviceId = service->id;
    b.start = request.start.toUTC();
    b.phone = request.phone;
    for (int attempt = 0; attempt < kCodeAttempts; ++attempt) {
        b.code = QString::fromStdString(bookingcode::generate(m_random));
        auto stored = m_store.insertBookingLocal(b, m_clock.now());
        if (stored) {
            answer.kind = BookingAnswer::Kind::Booked;
            answer.code = b.code;
            answer.logKey = QStringLiteral("booked");
            b.phone.fill(u'0');
            done(answer);
            return;
        }
        // The store's message may name the code: log the kind of failure only.
        if (stored.errorKind() != StoreErrorKind::Duplicate)
            break;
    }
    b.phone.fill(u'0');
    qCWarning(lcBooking) << "booking not stored: store-error";
    answer.kind = BookingAnswer::Kind::Unavailable;
    answer.code.clear();
    answer.logKey = QStringLiteral("store-error");
    done(answer);
}

} // namespace bk
