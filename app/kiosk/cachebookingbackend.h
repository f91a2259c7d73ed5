#pragma once
// Booking from the kiosk's own cache, for the demo and a kiosk without a central: free places
// are the service's counters minus the bookings cached for that time, and a new booking is
// written with its outbox row so the sync engine reports it once a central is there. With a
// central it also gives the free times CentralBookingBackend offers, from the synced hours.

#include "kiosk/bookingbackend.h"

#include "domain/calendar.h"

#include <functional>
#include <optional>

namespace bk {

class CacheStore;
class Clock;

class CacheBookingBackend final : public BookingBackend
{
public:
    /// The site's opening hours now; nullopt when they are not known (a kiosk whose central has
    /// not yet sent them): then no day and no time is offered, never invented ones.
    using HoursSource = std::function<std::optional<OpeningHours>()>;

    /// Always the same hours (the demo site without a central, tests).
    static HoursSource fixedHours(OpeningHours hours);

    struct Options
    {
        SiteId site;
        HoursSource hours;
        /// A time this close to now is no longer offered: the citizen must have time to come.
        int minLeadMinutes = 0;
    };

    /// `random` draws the 32-bit values for new codes (tests pass a seeded one).
    CacheBookingBackend(CacheStore &store, const Clock &clock, Options options,
                        std::function<quint32()> random = {});

    QList<Service> services() override;
    QList<DayAvailability> days(const ServiceId &service, QDate first, int count) override;
    QList<SlotAvailability> freeSlots(const ServiceId &service, QDate day) override;
    void book(const BookingRequest &request, std::function<void(BookingAnswer)> done) override;

private:
    QList<SlotAvailability> freeSlotsOf(const Service &service, const OpeningHours &hours,
                                        QDate day);

    CacheStore &m_store;
    const Clock &m_clock;
    Options m_options;
    std::function<quint32()> m_random;
};

} // namespace bk
