#pragma once
// Column forms shared by the two SQLite stores (the kiosk cache and the central): the booking
// row both keep (code, site, service, start, status, checked-in time, phone, name; times as
// milliseconds since the epoch, see platform/sqlite.h) and the per-language service names and
// bring lists, which both keep as JSON objects ({"da": "Pas", "en": "Passport"} and
// {"da": ["Billede", "Gammelt pas"]}), the same shape as openapi.json's Service.names/bring.

#include "domain/types.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace bk::sql {

class Statement;

/// A Booking from the 8 columns starting at `first`: code, site, service, start (ms), status,
/// checked-in time (ms, NULL when not checked in), phone, name (NULL or text).
Booking readBooking(const Statement &st, int first = 0);

/// The booking status of a status column. The cache spells a check-in "checked_in" (its CHECK
/// constraint), the central "checked-in" (its wire form, openapi.json's BookingStatus); both
/// read as CheckedIn; the central's "settled_by_phone" and "moved_to_self_service" read as
/// SettledByPhone and MovedToSelfService. Anything unknown reads as Booked.
BookingStatus bookingStatusFromColumn(QStringView text);

/// Per-language names as a JSON object of strings; an empty object for an empty map.
QJsonObject namesToJson(const QHash<QString, QString> &names);
/// The inverse of namesToJson(); members that are not strings read as "".
QHash<QString, QString> namesFromJson(const QJsonObject &o);
/// Per-language bring lists as a JSON object of string arrays.
QJsonObject bringToJson(const QHash<QString, QStringList> &bring);
/// The inverse of bringToJson(); a member that is not an array reads as an empty list.
QHash<QString, QStringList> bringFromJson(const QJsonObject &o);

/// Compact UTF-8 JSON text of an object, as stored in a TEXT column.
QByteArray compactJson(const QJsonObject &o);
/// The object in a TEXT column of JSON; an empty object when it is not one.
QJsonObject jsonObjectColumn(const QString &text);

} // namespace bk::sql
