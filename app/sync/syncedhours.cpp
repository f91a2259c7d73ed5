#include "sync/syncedhours.h"

#include "domain/hoursjson.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncedHours, "bk.sync.hours")

namespace bk::sync {

std::optional<OpeningHours> syncedHours(const QByteArray &hoursJson)
{
    if (hoursJson.isEmpty())
        return std::nullopt; // never synced: hours unknown
    HoursParse parsed = parseOpeningHours(hoursJson);
    if (auto *hours = std::get_if<OpeningHours>(&parsed))
        return std::move(*hours);
    qCWarning(lcSyncedHours).noquote()
        << "the central's opening hours cannot be read:" << std::get<QString>(parsed)
        << "- no times are offered for booking until the central sends usable hours";
    return std::nullopt;
}

} // namespace bk::sync
