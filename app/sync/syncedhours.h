#pragma once
// The site's opening hours (and its chance-queue letter) as the central last sent them. The sync
// engine stores the central's Hours JSON verbatim in the cache (snapshot and "hours" changes); the
// kiosk reads it from there each time it offers days, so hours changed at the central apply without
// a restart.

#include "domain/calendar.h"

#include <QChar>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bk {
class CacheStore;
}

namespace bk::sync {

/// The cache's meta key under which the engine keeps the Hours JSON.
QString hoursMetaKey();
/// The cache's meta key under which the engine keeps the site's chance-queue letter.
QString chanceLetterMetaKey();

/// The cache's meta key under which the engine keeps the central's clock at the end of the
/// latest completed round (ISO 8601, UTC).
QString lastCentralTimeMetaKey();

/// The central's clock at the end of the latest completed round; invalid before the first.
QDateTime syncedLastCentralTime(CacheStore &store);

/// The site's chance-queue letter as the central last sent it (snapshot); nullopt before the
/// first snapshot or when the cache cannot be read.
std::optional<QChar> syncedChanceQueueLetter(CacheStore &store);

class SyncedHours
{
public:
    /// Reads from `store`, which must outlive this object.
    explicit SyncedHours(CacheStore &store) : m_store(store) {}

    /// The synced hours; nullopt while none have been synced or when the stored text cannot be
    /// read (logged once per text, naming the bad field: hours hold no personal data). The
    /// text is parsed again only when it changes.
    std::optional<OpeningHours> current();

private:
    CacheStore &m_store;
    QString m_text; ///< the text m_hours was read from
    std::optional<OpeningHours> m_hours;
};

} // namespace bk::sync
