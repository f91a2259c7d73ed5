#pragma once
// Conversions between the domain types and their column forms. Private to the store.

#include "domain/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bk::sql {
class Statement;
}

namespace bk::store {

// Cached statements are keyed by address, so the SQL used in several files lives here once.
extern const char *const kSelectBooking;  ///< ?1 = code
extern const char *const kSelectService;  ///< ?1 = site, ?2 = service
extern const char *const kSelectServices; ///< ?1 = site

/// A Booking from a row of kSelectBooking.
Booking readBooking(const sql::Statement &st);
/// A Service from a row of kSelectService(s).
Service readService(const sql::Statement &st);

/// Milliseconds since the epoch: how every time is stored (sortable, zone-free).
inline qint64 toMs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/// NULL for an invalid time (e.g. a booking not checked in).
inline std::optional<qint64> toOptionalMs(const QDateTime &t)
{
    return t.isValid() ? std::optional<qint64>(t.toMSecsSinceEpoch()) : std::nullopt;
}

/// Business days are stored as ISO dates ("2024-03-05") so they sort and read well.
inline QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

const char *statusText(BookingStatus s);
BookingStatus statusFromText(const QString &s);

/// A random 128-bit operation id as 32 lower-case hex digits.
QString newOpId();

/// Compact JSON for a per-language map; an empty object for an empty map.
QByteArray namesToJson(const QHash<QString, QString> &names);
QHash<QString, QString> namesFromJson(const QString &json);
QByteArray bringToJson(const QHash<QString, QStringList> &bring);
QHash<QString, QStringList> bringFromJson(const QString &json);

} // namespace bk::store
