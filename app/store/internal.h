#pragma once
// Conversions between the domain types and their column forms. Private to the store.

#include "domain/types.h"
#include "platform/sqlite.h"
#include "platform/sqlrows.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bk::store {

// Cached statements are keyed by address, so the SQL used in several files lives here once.
extern const char *const kSelectBooking;  ///< ?1 = code; columns as sql::readBooking() reads
extern const char *const kSelectService;  ///< ?1 = site, ?2 = service
extern const char *const kSelectServices; ///< ?1 = site

/// The error of every CacheStore call made before open() or after close().
inline StoreError notOpen()
{
    return StoreError{StoreErrorKind::Database, QStringLiteral("cache not open")};
}

/// A Service from a row of kSelectService(s).
Service readService(const sql::Statement &st);

// Times are milliseconds since the epoch, bookings are read and names/bring coded as JSON the
// same way as at the central: see platform/sqlite.h and platform/sqlrows.h.
using sql::fromMs;
using sql::readBooking;
using sql::toMs;
using sql::toOptionalMs;

/// Business days are stored as ISO dates ("2024-03-05") so they sort and read well.
inline QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// The cache's spelling of a status column ("checked_in"; read with
/// sql::bookingStatusFromColumn()).
const char *statusText(BookingStatus s);
/// The bookings.settled column of a status: why a cancelled booking needs no visit
/// ("settled_by_phone", "moved_to_self_service"), nullptr for every other status.
const char *settledText(BookingStatus s);

/// A random 128-bit operation id as 32 lower-case hex digits.
QString newOpId();

} // namespace bk::store
