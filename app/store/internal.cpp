#include "internal.h"

#include <QRandomGenerator>

namespace bk::store {

const char *statusText(BookingStatus s)
{
    switch (s) {
    case BookingStatus::Booked:
        return "booked";
    case BookingStatus::CheckedIn:
        return "checked_in";
    case BookingStatus::Cancelled:
    // A settled booking needs no visit, as a cancelled one; settledText() keeps why.
    case BookingStatus::SettledByPhone:
    case BookingStatus::MovedToSelfService:
        return "cancelled";
    }
    return "booked";
}

const char *settledText(BookingStatus s)
{
    switch (s) {
    case BookingStatus::SettledByPhone:
        return "settled_by_phone";
    case BookingStatus::MovedToSelfService:
        return "moved_to_self_service";
    default:
        return nullptr;
    }
}

QString newOpId()
{
    // The system generator (getrandom) so that two kiosks, or a kiosk restarted from an image
    // with the same state, never draw the same id.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

// The column order is the one readService() reads.
const char *const kSelectService =
    "SELECT id, queue_letter, duration_minutes, counters, opens_before_min, on_time_after_min, "
    "late_after_min, too_late, bookable, self_service_url, names_json, bring_json "
    "FROM services WHERE site_id = ?1 AND id = ?2";
const char *const kSelectServices =
    "SELECT id, queue_letter, duration_minutes, counters, opens_before_min, on_time_after_min, "
    "late_after_min, too_late, bookable, self_service_url, names_json, bring_json "
    "FROM services WHERE site_id = ?1 ORDER BY id";

const char *const kSelectBooking =
    "SELECT code, site_id, service_id, start_utc, coalesce(settled, status), checked_in_at, "
    "phone, name FROM bookings WHERE code = ?1";

Service readService(const sql::Statement &st)
{
    Service s;
    s.id = st.text(0);
    const QString letter = st.text(1);
    s.queueLetter = letter.isEmpty() ? QChar(u'A') : letter.at(0);
    s.durationMinutes = st.int32(2);
    s.counters = st.int32(3);
    s.window.opensMinutesBefore = st.int32(4);
    s.window.onTimeMinutesAfter = st.int32(5);
    s.window.lateAcceptedMinutesAfter = st.int32(6);
    s.window.tooLate =
        st.text(7) == u"staff" ? TooLateAction::SeeStaff : TooLateAction::OfferChanceQueue;
    s.bookable = st.int64(8) != 0;
    s.selfServiceUrl = st.text(9);
    s.names = sql::namesFromJson(sql::jsonObjectColumn(st.text(10)));
    s.bring = sql::bringFromJson(sql::jsonObjectColumn(st.text(11)));
    return s;
}

} // namespace bk::store
