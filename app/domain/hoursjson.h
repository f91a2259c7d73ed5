#pragma once
// The wire form of a site's opening hours (central/openapi.json, schema Hours): written by the
// central, read by the central from its own database and by the kiosk from what the sync engine
// stored. One codec for both sides, so the two cannot drift apart.

#include "domain/calendar.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace bk {

/// Limits of what the reader accepts; a central sending more is broken, not generous.
constexpr qsizetype kMaxHoursJsonBytes = 256 * 1024;
constexpr qsizetype kMaxHoursExceptions = 1000;
constexpr qsizetype kMaxHoursReasonLength = 200;

/// Opening hours read from JSON, or a message naming the first bad field ("hours.weekly[2].open:
/// is not HH:MM"). Hours hold no personal data, so the message may be logged as it is.
using HoursParse = std::variant<OpeningHours, QString>;

/// The Hours object: weekly (7 entries, Monday first, null = closed), exceptions, and the two
/// holiday flags; times as "HH:MM" local.
QJsonObject openingHoursToJson(const OpeningHours &hours);

/// Reads an Hours object strictly: every field of the schema must be there with its type.
HoursParse openingHoursFromJson(const QJsonObject &object);

/// Reads Hours from compact or indented JSON text (at most kMaxHoursJsonBytes).
HoursParse parseOpeningHours(const QByteArray &json);

} // namespace bk
