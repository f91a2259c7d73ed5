#pragma once
// The heartbeat a kiosk sends (openapi.json's Heartbeat) as the central validates and keeps
// it, and each device's entry as the fleet view shows it. Two forms are accepted: devices as
// objects {state, reasonKey, reason} (kiosks with reason keys) and as plain state strings
// (older kiosks: a kiosk may be older than its central).

#include "central/outcome.h"

#include <QJsonObject>
#include <QJsonValue>

namespace bk::central {

/// Validates a heartbeat body and returns what the central keeps of it: kioskId, versions,
/// the three devices as objects, outboxDepth, and the optional lastSync, outboxOldestAgeSeconds,
/// clockOffsetMs and cursor (null when not sent). A 400 naming the first bad field otherwise.
Outcome<QJsonObject> readHeartbeat(const QJsonObject &body);

/// A device as the fleet view shows it ({state, reasonKey, reason}, the last two null when
/// unknown) from a kept heartbeat's value: an object, or a plain state string.
QJsonObject fleetDevice(const QJsonValue &kept);

} // namespace bk::central
