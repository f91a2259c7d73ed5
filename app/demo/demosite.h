#pragma once
// The demo site: a realistic Danish borgerservice with errands, opening hours and
// today's demo bookings. Used by the demo command, the UI tests and the README.

#include "domain/calendar.h"
#include "domain/types.h"

#include <QList>

namespace bk::demo {

/// What a demo booking is there to show at check-in.
enum class Scenario {
    OnTime,
    Early,
    LateAccepted,
    TooLate,
    Tomorrow,
    Cancelled,
    OtherSite,
    AlreadyCheckedIn
};

/// One demo booking with a fixed code (listed in the README) and its scenario.
struct DemoBooking
{
    Scenario scenario;
    Booking booking;
};

/// The static part of the demo site.
struct DemoSite
{
    SiteId id;
    QString name;
    QList<Service> services;
    OpeningHours hours;
    QChar chanceQueueLetter = u'K';
};

/// The demo site "Borgerservice Demo" with its errands and weekly hours.
DemoSite site();

/// The fixed demo booking codes in scenario order (canonical, without separators).
QList<QString> bookingCodes();

/// Today's demo bookings for a kiosk started at `nowUtc`: times are placed relative to now
/// so that each code shows its scenario when tried within the next quarter of an hour.
QList<DemoBooking> bookings(const QDateTime &nowUtc);

/// A short English description of a scenario, for the README and logs.
QString describe(Scenario s);

} // namespace bk::demo
