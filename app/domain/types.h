#pragma once
// Value types shared by the domain rules, the cache and the UI controllers.
// Plain data, no I/O. Times are QDateTime in UTC unless the name says local.

#include <QChar>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTime>

namespace bk {

using SiteId = QString;
using ServiceId = QString;

/// What the kiosk does with a citizen who arrives after the late limit.
enum class TooLateAction { OfferChanceQueue, SeeStaff };

/// When a booked citizen may check in, relative to the booked start time.
struct CheckInWindow
{
    int opensMinutesBefore = 30;       ///< earliest check-in before start
    int onTimeMinutesAfter = 5;        ///< still "on time" this long after start
    int lateAcceptedMinutesAfter = 15; ///< "late but accepted" until start + this
    TooLateAction tooLate = TooLateAction::OfferChanceQueue;
};

/// An errand the citizen can book (pas, kørekort, ...). Names per language code ("da", "en").
struct Service
{
    ServiceId id;
    QHash<QString, QString> names;     ///< language code -> display name; "da" always present
    QHash<QString, QStringList> bring; ///< language code -> what to bring
    QString selfServiceUrl;            ///< borger.dk page when it can be done at home, else empty
    int durationMinutes = 10;
    int counters = 1;         ///< parallel appointments per slot
    QChar queueLetter = u'A'; ///< ticket letter for checked-in citizens
    CheckInWindow window;
    bool bookable = true; ///< offered in "Book en tid"
};

/// A booking's state. SettledByPhone and MovedToSelfService (issue 13 item 3) are set by staff
/// preparing the day: the errand needs no counter visit, and check-in admits no one for it
/// (as for Cancelled) but says what happened; the wire sends them as "cancelled" with "settled".
enum class BookingStatus { Booked, CheckedIn, Cancelled, SettledByPhone, MovedToSelfService };

/// What only the stander knows and the central's statistics count (issue 14; the definitions
/// in central/STATISTICS.md): the self-service pointer of "Book a time" shown, its address
/// printed, a booking made after it; a booked citizen refused as too late.
enum class StanderEvent {
    SelfServiceShown,
    SelfServiceQrPrinted,
    SelfServiceBookedAnyway,
    CheckInRefusedTooLate
};

/// One appointment as the kiosk's check-in needs it.
struct Booking
{
    QString code; ///< normalised booking code (no separators, upper case)
    SiteId siteId;
    ServiceId serviceId;
    QDateTime start; ///< UTC
    BookingStatus status = BookingStatus::Booked;
    QDateTime checkedInAt;
    // Personal fields: never logged, deleted after the retention period.
    QString phone;
    QString name;
};

/// A queue ticket: letter + number, unique per site per business day.
struct Ticket
{
    SiteId siteId;
    QDate businessDay; ///< local (Europe/Copenhagen) date the ticket belongs to
    QChar queue = u'A';
    int number = 0;

    /// "A042": at least three digits.
    QString label() const
    {
        return QString(queue) + QString::number(number).rightJustified(3, u'0');
    }
    friend bool operator==(const Ticket &, const Ticket &) = default;
};

/// A called-out ticket ("A042 → skranke 3") for the display and the "now serving" list.
struct Callout
{
    QString ticket;
    QString counter;
    QDateTime at;
};

} // namespace bk
