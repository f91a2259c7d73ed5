#pragma once
// Whether a booked citizen standing at the kiosk may check in now, and if not, why: the
// screen tells wrong day and wrong site as such, and "come back at HH:MM" when early.

#include "domain/types.h"

#include <QDate>
#include <QDateTime>

namespace bk {

/// What check-in says about a booking at a given moment and site.
enum class CheckInOutcome {
    OnTime,
    Early,
    LateAccepted,
    TooLate,
    WrongDay,
    WrongSite,
    Cancelled,
    SettledByPhone,     ///< staff settled the errand on the phone before the visit
    MovedToSelfService, ///< staff moved the errand to self-service (online) before the visit
    AlreadyCheckedIn
};

/// The outcome plus what the screen needs to explain it. Every field is filled whatever the
/// outcome, so a screen may show the booked day or site next to any message.
struct CheckInDecision
{
    CheckInOutcome outcome = CheckInOutcome::Cancelled;
    QDateTime earliest; ///< UTC; the first moment check-in opens (what Early tells the citizen)
    QDate bookedDay;    ///< local (Europe/Copenhagen) date of the booking
    SiteId bookedSite;
    TooLateAction tooLate = TooLateAction::OfferChanceQueue; ///< the service's rule for TooLate
    /// True when the citizen gets a ticket now: OnTime or LateAccepted.
    bool admits() const
    {
        return outcome == CheckInOutcome::OnTime || outcome == CheckInOutcome::LateAccepted;
    }
};

/// Decides check-in for `booking` of `service` at site `here` at `nowUtc`. Checked in this
/// order: Cancelled, SettledByPhone, MovedToSelfService (each for its status), WrongSite,
/// AlreadyCheckedIn, WrongDay (local dates differ), then the service's window: Early before start −
/// opensMinutesBefore; OnTime up to and including start + onTimeMinutesAfter; LateAccepted up to
/// and including start + lateAcceptedMinutesAfter; TooLate after that.
CheckInDecision decideCheckIn(const Booking &booking, const Service &service, const SiteId &here,
                              const QDateTime &nowUtc);

} // namespace bk
