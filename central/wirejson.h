#pragma once
// The wire form of the shared domain types (openapi.json's Service, Hours, Booking, ...) and
// a reader that validates request bodies field by field, naming the first bad field.

#include "central/outcome.h"
#include "domain/calendar.h"
#include "domain/hoursjson.h"
#include "domain/types.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace bk::central {

/// RFC 3339 UTC with a Z, seconds precision ("2026-11-23T09:15:00Z").
QString toWire(const QDateTime &utc);
/// A date-time with an explicit offset or Z; nullopt for anything else (local times are
/// ambiguous around DST changes, so they are refused).
std::optional<QDateTime> dateTimeFromWire(const QString &s);
/// "YYYY-MM-DD"; nullopt when not a valid date in that form.
std::optional<QDate> dateFromWire(const QString &s);

/// Wire name of a booking status ("booked", "checked-in", "cancelled").
QString statusToWire(BookingStatus s);
/// The bookings table's spelling: the wire's, plus "settled_by_phone" and
/// "moved_to_self_service" (sql::bookingStatusFromColumn reads them back).
QString statusToColumn(BookingStatus s);

QJsonObject serviceToJson(const Service &s);
std::optional<Service> serviceFromJson(const QJsonObject &o);
/// The Hours object (domain/hoursjson.h, shared with the kiosk).
QJsonObject hoursToJson(const OpeningHours &h);
std::optional<OpeningHours> hoursFromJson(const QJsonObject &o);
/// A booking as check-in needs it: without phone and name.
QJsonObject bookingToJson(const Booking &b);

/// Compact UTF-8 JSON of an object.
QByteArray compact(const QJsonObject &o);

/// Reads fields of one JSON object; the first missing or wrong field is kept as a 400 Refusal
/// naming it (with `prefix`, e.g. "ops[3].payload."), later reads then return defaults.
class FieldReader
{
public:
    FieldReader(const QJsonObject &o, QString prefix = {}) : m_o(o), m_prefix(std::move(prefix)) {}

    /// A string of 1..maxLength characters (0..maxLength when optional and present).
    QString string(const char *name, int maxLength, bool required = true);
    /// A whole number in [min, max].
    int integer(const char *name, int min, int max);
    /// A whole number in [min, max], or nullopt when absent or null.
    std::optional<qint64> optionalInteger(const char *name, qint64 min, qint64 max);
    /// A date-time with zone (see dateTimeFromWire); optional ones give a null QDateTime.
    QDateTime dateTime(const char *name, bool required = true);
    /// A "YYYY-MM-DD" date.
    QDate date(const char *name);
    /// A nested object (empty on failure).
    QJsonObject object(const char *name, bool required = true);
    /// One upper-case letter A-Z.
    QChar letter(const char *name);

    bool ok() const { return !m_error; }
    const Refusal &refusal() const { return *m_error; }

private:
    bool fail(const char *error, const char *name, const QString &why);
    QJsonObject m_o;
    QString m_prefix;
    std::optional<Refusal> m_error;
};

} // namespace bk::central
