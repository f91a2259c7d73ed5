#include "central/wirejson.h"

#include "platform/sqlrows.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace bk::central {

QString toWire(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

std::optional<QDateTime> dateTimeFromWire(const QString &s)
{
    // Qt accepts a missing zone as local time; the wire form requires Z or an offset.
    static const QRegularExpression zoned(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$)"));
    if (s.size() > 40 || !zoned.match(s).hasMatch())
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC();
}

std::optional<QDate> dateFromWire(const QString &s)
{
    if (s.size() != 10)
        return std::nullopt;
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString statusToWire(BookingStatus s)
{
    switch (s) {
    case BookingStatus::Booked:
        return QStringLiteral("booked");
    case BookingStatus::CheckedIn:
        return QStringLiteral("checked-in");
    case BookingStatus::Cancelled:
    // Kiosks know three states: a booking settled by staff needs no visit, as a cancelled one;
    // bookingToJson() adds why ("settled").
    case BookingStatus::SettledByPhone:
    case BookingStatus::MovedToSelfService:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString statusToColumn(BookingStatus s)
{
    switch (s) {
    case BookingStatus::SettledByPhone:
        return QStringLiteral("settled_by_phone");
    case BookingStatus::MovedToSelfService:
        return QStringLiteral("moved_to_self_service");
    default:
        return statusToWire(s);
    }
}

QJsonObject serviceToJson(const Service &s)
{
    const QJsonObject window{
        {QStringLiteral("opensMinutesBefore"), s.window.opensMinutesBefore},
        {QStringLiteral("onTimeMinutesAfter"), s.window.onTimeMinutesAfter},
        {QStringLiteral("lateAcceptedMinutesAfter"), s.window.lateAcceptedMinutesAfter},
        {QStringLiteral("tooLate"), s.window.tooLate == TooLateAction::SeeStaff
                                        ? QStringLiteral("see-staff")
                                        : QStringLiteral("chance-queue")}};
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("names"), sql::namesToJson(s.names)},
                       {QStringLiteral("bring"), sql::bringToJson(s.bring)},
                       {QStringLiteral("selfServiceUrl"), s.selfServiceUrl},
                       {QStringLiteral("durationMinutes"), s.durationMinutes},
                       {QStringLiteral("counters"), s.counters},
                       {QStringLiteral("queueLetter"), QString(s.queueLetter)},
                       {QStringLiteral("window"), window},
                       {QStringLiteral("bookable"), s.bookable}};
}

std::optional<Service> serviceFromJson(const QJsonObject &o)
{
    Service s;
    s.id = o[QStringLiteral("id")].toString();
    const QString letter = o[QStringLiteral("queueLetter")].toString();
    if (s.id.isEmpty() || letter.size() != 1)
        return std::nullopt;
    s.names = sql::namesFromJson(o[QStringLiteral("names")].toObject());
    s.bring = sql::bringFromJson(o[QStringLiteral("bring")].toObject());
    s.selfServiceUrl = o[QStringLiteral("selfServiceUrl")].toString();
    s.durationMinutes = o[QStringLiteral("durationMinutes")].toInt(10);
    s.counters = o[QStringLiteral("counters")].toInt(1);
    s.queueLetter = letter.at(0);
    s.bookable = o[QStringLiteral("bookable")].toBool(true);
    const QJsonObject w = o[QStringLiteral("window")].toObject();
    s.window.opensMinutesBefore = w[QStringLiteral("opensMinutesBefore")].toInt(30);
    s.window.onTimeMinutesAfter = w[QStringLiteral("onTimeMinutesAfter")].toInt(5);
    s.window.lateAcceptedMinutesAfter = w[QStringLiteral("lateAcceptedMinutesAfter")].toInt(15);
    s.window.tooLate = w[QStringLiteral("tooLate")].toString() == QLatin1String("see-staff")
                           ? TooLateAction::SeeStaff
                           : TooLateAction::OfferChanceQueue;
    return s;
}

QJsonObject hoursToJson(const OpeningHours &h)
{
    return openingHoursToJson(h);
}

std::optional<OpeningHours> hoursFromJson(const QJsonObject &o)
{
    HoursParse parsed = openingHoursFromJson(o);
    if (auto *hours = std::get_if<OpeningHours>(&parsed))
        return std::move(*hours);
    return std::nullopt;
}

QJsonObject bookingToJson(const Booking &b)
{
    QJsonObject o{{QStringLiteral("code"), b.code},
                  {QStringLiteral("siteId"), b.siteId},
                  {QStringLiteral("serviceId"), b.serviceId},
                  {QStringLiteral("start"), toWire(b.start)},
                  {QStringLiteral("status"), statusToWire(b.status)},
                  {QStringLiteral("checkedInAt"),
                   b.checkedInAt.isValid() ? QJsonValue(toWire(b.checkedInAt)) : QJsonValue::Null}};
    // Beside status "cancelled": a kiosk that knows the field tells the citizen the errand was
    // settled; an older one reads a cancelled booking, as before.
    if (b.status == BookingStatus::SettledByPhone)
        o.insert(QStringLiteral("settled"), QStringLiteral("by-phone"));
    else if (b.status == BookingStatus::MovedToSelfService)
        o.insert(QStringLiteral("settled"), QStringLiteral("self-service"));
    return o;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool FieldReader::fail(const char *error, const char *name, const QString &why)
{
    if (!m_error)
        m_error = badRequest(QString::fromLatin1(error),
                             m_prefix + QString::fromLatin1(name) + QStringLiteral(": ") + why);
    return false;
}

QString FieldReader::string(const char *name, int maxLength, bool required)
{
    const QJsonValue v = m_o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail("missing-field", name, QStringLiteral("required"));
        return {};
    }
    if (!v.isString())
        return fail("bad-field", name, QStringLiteral("must be a string")), QString();
    const QString s = v.toString();
    if (s.size() > maxLength)
        return fail("bad-field", name, QStringLiteral("longer than %1").arg(maxLength)), QString();
    if (required && s.isEmpty())
        return fail("bad-field", name, QStringLiteral("must not be empty")), QString();
    return s;
}

int FieldReader::integer(const char *name, int min, int max)
{
    const QJsonValue v = m_o.value(QLatin1String(name));
    if (v.isUndefined())
        return fail("missing-field", name, QStringLiteral("required")), 0;
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
        return fail("bad-field", name,
                    QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max)),
               0;
    return int(d);
}

std::optional<qint64> FieldReader::optionalInteger(const char *name, qint64 min, qint64 max)
{
    const QJsonValue v = m_o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d < double(min) || d > double(max) || d != double(qint64(d)))
        return fail("bad-field", name,
                    QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max)),
               std::nullopt;
    return qint64(d);
}

QDateTime FieldReader::dateTime(const char *name, bool required)
{
    const QJsonValue v = m_o.value(QLatin1String(name));
    if (!required && (v.isUndefined() || v.isNull()))
        return {};
    if (v.isUndefined())
        return fail("missing-field", name, QStringLiteral("required")), QDateTime();
    const auto dt = dateTimeFromWire(v.toString());
    if (!v.isString() || !dt)
        return fail("bad-field", name,
                    QStringLiteral("must be a date-time with zone, e.g. 2026-11-23T09:15:00Z")),
               QDateTime();
    return *dt;
}

QDate FieldReader::date(const char *name)
{
    const QJsonValue v = m_o.value(QLatin1String(name));
    if (v.isUndefined())
        return fail("missing-field", name, QStringLiteral("required")), QDate();
    const auto d = dateFromWire(v.toString());
    if (!d)
        return fail("bad-field", name, QStringLiteral("must be a date YYYY-MM-DD")), QDate();
    return *d;
}

QJsonObject FieldReader::object(const char *name, bool required)
{
    const QJsonValue v = m_o.value(QLatin1String(name));
    if (v.isUndefined() && !required)
        return {};
    if (v.isUndefined())
        return fail("missing-field", name, QStringLiteral("required")), QJsonObject();
    if (!v.isObject())
        return fail("bad-field", name, QStringLiteral("must be an object")), QJsonObject();
    return v.toObject();
}

QChar FieldReader::letter(const char *name)
{
    const QString s = string(name, 1);
    if (!ok())
        return {};
    if (s.size() != 1 || s.at(0) < u'A' || s.at(0) > u'Z')
        return fail("bad-field", name, QStringLiteral("must be one letter A-Z")), QChar();
    return s.at(0);
}

} // namespace bk::central
