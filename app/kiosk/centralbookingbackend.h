#pragma once
// Booking through the central: the slot is held by the central atomically, so two kiosks and
// the online booking system never sell the same time twice. Free times are read from the
// cache (a copy of the central's bookings kept current by the sync engine). When the central
// cannot be reached, no booking is made here: a slot booked offline could be sold online at
// the same moment (the central leases no slots to kiosks), so the citizen is offered a
// chance-queue ticket instead (BookingAnswer::Unavailable, which the booking flow words).

#include "kiosk/bookingbackend.h"

#include <memory>

namespace bk::sync {
class SyncEngine;
}

namespace bk {

class CentralBookingBackend final : public BookingBackend
{
public:
    /// `times` answers services, days and free times (the cache); `engine` books. Both must
    /// outlive this object; answers arrive on the thread that runs the Qt event loop.
    CentralBookingBackend(sync::SyncEngine &engine, BookingBackend &times);

    QList<Service> services() override;
    QList<DayAvailability> days(const ServiceId &service, QDate first, int count) override;
    QList<SlotAvailability> freeSlots(const ServiceId &service, QDate day) override;
    void book(const BookingRequest &request, std::function<void(BookingAnswer)> done) override;
    /// False while the sync engine finds the central unreachable (SyncState::unreachable);
    /// book() still answers honestly either way.
    bool canBookNow() const override;
    ~CentralBookingBackend() override { *m_alive = false; }

private:
    sync::SyncEngine &m_engine;
    BookingBackend &m_times;
    /// Whether this object still exists, read on the GUI thread only (answers arrive queued).
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace bk
