#pragma once
// Where the booking flow asks for free times and books one. The demo and a standalone kiosk use
// the cache (cachebookingbackend.h); the sync engine brings a central-backed implementation
// that drops in behind the same interface.

#include "domain/types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace bk {

/// One day as the day screen shows it: open with free times, open but full, or closed.
struct DayAvailability
{
    QDate day; ///< local (Europe/Copenhagen) date
    bool open = false;
    int freeSlots = 0; ///< slots with at least one free place
    QString reasonDa;  ///< why the day is closed (holiday name), when known
    QString reasonEn;
    bool holiday = false; ///< the reason is a holiday's name (DayStatus::holiday)
};

/// One bookable time with how many places are still free.
struct SlotAvailability
{
    QDateTime start; ///< UTC
    int free = 0;
};

/// What the citizen confirmed on the summary screen.
struct BookingRequest
{
    ServiceId service;
    QDateTime start; ///< UTC
    QString phone;   ///< 8 digits or empty; personal data, never logged
};

/// The answer to a booking request.
struct BookingAnswer
{
    enum class Kind {
        Booked,     ///< `code` is the new booking code (canonical)
        SlotTaken,  ///< someone took the last place; `alternatives` are the nearest free times
        Unavailable ///< booking cannot be done here now (offline, error): offer a chance ticket
    };
    Kind kind = Kind::Unavailable;
    QString code;
    QList<QDateTime> alternatives; ///< UTC, nearest first
    QString logKey; ///< a stable reason for the log ("store-error", "offline"), never personal
};

/// Free times and booking for one site.
class BookingBackend
{
public:
    virtual ~BookingBackend() = default;

    /// The errands offered in "Book a time" and for the chance queue.
    virtual QList<Service> services() = 0;
    /// `count` consecutive local days from `first`, closed days included; empty when the site's
    /// opening hours are not known (the flow then says booking is not possible here now).
    virtual QList<DayAvailability> days(const ServiceId &service, QDate first, int count) = 0;
    /// The times of `service` on a local day that are still free and not yet past.
    virtual QList<SlotAvailability> freeSlots(const ServiceId &service, QDate day) = 0;
    /// Books one place. `done` is called exactly once, possibly later (a network round trip);
    /// nothing is booked unless the answer is Booked.
    virtual void book(const BookingRequest &request, std::function<void(BookingAnswer)> done) = 0;
    /// False when a booking is known to fail now (the central cannot be reached), so the flow
    /// says so before the citizen picks a day and a time, not only at confirm.
    virtual bool canBookNow() const { return true; }
};

} // namespace bk
