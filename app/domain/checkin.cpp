#include "domain/checkin.h"

#include "domain/ticketnumber.h"

namespace bk {

CheckInDecision decideCheckIn(const Booking &booking, const Service &service, const SiteId &here,
                              const QDateTime &nowUtc)
{
    const CheckInWindow &w = service.window;
    const QDateTime start = booking.start.toUTC();

    CheckInDecision d;
    d.earliest = start.addSecs(-qint64(w.opensMinutesBefore) * 60);
    d.bookedDay = businessDay(start);
    d.bookedSite = booking.siteId;
    d.tooLate = w.tooLate;

    // Status and place first: telling a citizen "too early" for a cancelled booking, or for
    // one at another service centre, would send them to wait for nothing.
    // A settled booking is told as such, not as "cancelled": the citizen did not cancel it and
    // must learn that the errand was dealt with and what to do if they still need help.
    if (booking.status == BookingStatus::Cancelled)
        d.outcome = CheckInOutcome::Cancelled;
    else if (booking.status == BookingStatus::SettledByPhone)
        d.outcome = CheckInOutcome::SettledByPhone;
    else if (booking.status == BookingStatus::MovedToSelfService)
        d.outcome = CheckInOutcome::MovedToSelfService;
    else if (booking.siteId != here)
        d.outcome = CheckInOutcome::WrongSite;
    else if (booking.status == BookingStatus::CheckedIn)
        d.outcome = CheckInOutcome::AlreadyCheckedIn;
    else if (d.bookedDay != businessDay(nowUtc))
        d.outcome = CheckInOutcome::WrongDay;
    else if (nowUtc < d.earliest)
        d.outcome = CheckInOutcome::Early;
    else if (nowUtc <= start.addSecs(qint64(w.onTimeMinutesAfter) * 60))
        d.outcome = CheckInOutcome::OnTime;
    else if (nowUtc <= start.addSecs(qint64(w.lateAcceptedMinutesAfter) * 60))
        d.outcome = CheckInOutcome::LateAccepted;
    else
        d.outcome = CheckInOutcome::TooLate;
    return d;
}

} // namespace bk
