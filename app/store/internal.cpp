#include "internal.h"

#include "sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        return "cancelled";
    }
    return "booked";
}

BookingStatus statusFromText(const QString &s)
{
    if (s == u"checked_in")
        return BookingStatus::CheckedIn;
    if (s == u"cancelled")
        return BookingStatus::Cancelled;
    return BookingStatus::Booked;
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

QByteArray namesToJson(const QHash<QString, QString> &names)
{
    QJsonObject o;
    for (auto it = names.begin(); it != names.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QHash<QString, QString> namesFromJson(const QString &json)
{
    QHash<QString, QString> names;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        names.insert(it.key(), it.value().toString());
    return names;
}

QByteArray bringToJson(const QHash<QString, QStringList> &bring)
{
    QJsonObject o;
    for (auto it = bring.begin(); it != bring.end(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QHash<QString, QStringList> bringFromJson(const QString &json)
{
    QHash<QString, QStringList> bring;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QStringList items;
        for (const QJsonValue &v : it.value().toArray())
            items.append(v.toString());
        bring.insert(it.key(), items);
    }
    return bring;
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
    "SELECT code, site_id, service_id, start_utc, status, checked_in_at, phone, name "
    "FROM bookings WHERE code = ?1";

Booking readBooking(const sql::Statement &st)
{
    Booking b;
    b.code = st.text(0);
    b.siteId = st.text(1);
    b.serviceId = st.text(2);
    b.start = fromMs(st.int64(3));
    b.status = statusFromText(st.text(4));
    if (!st.isNull(5))
        b.checkedInAt = fromMs(st.int64(5));
    b.phone = st.text(6);
    b.name = st.text(7);
    return b;
}

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
    s.names = namesFromJson(st.text(10));
    s.bring = bringFromJson(st.text(11));
    return s;
}

} // namespace bk::store
