#pragma once
// The site's opening hours as the central last sent them. The sync engine keeps the central's
// Hours JSON verbatim in the cache (CacheStore::SyncMemo, from the snapshot and "hours"
// changes) and publishes what it reads from it in SyncState::hours, so hours changed at the
// central apply without a restart.

#include "domain/calendar.h"

#include <QByteArray>

#include <optional>

namespace bk::sync {

/// Reads the central's Hours JSON (central/openapi.json, schema Hours; domain/hoursjson.h).
/// Nullopt for an empty text (never synced) and for one that cannot be read; the latter is
/// logged (category bk.sync.hours, naming the bad field: hours hold no personal data), and
/// then no time is offered for booking until the central sends usable hours.
std::optional<OpeningHours> syncedHours(const QByteArray &hoursJson);

} // namespace bk::sync
