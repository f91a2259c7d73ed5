#include "sync/syncedhours.h"

#include "domain/hoursjson.h"
#include "store/cachestore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncedHours, "bk.sync.hours")

namespace bk::sync {

QString hoursMetaKey()
{
    return QStringLiteral("sync.hours");
}

QString chanceLetterMetaKey()
{
    return QStringLiteral("sync.chanceQueueLetter");
}

QString lastCentralTimeMetaKey()
{
    return QStringLiteral("sync.lastCentralTime");
}

QDateTime syncedLastCentralTime(CacheStore &store)
{
    const QDateTime t =
        QDateTime::fromString(store.meta(lastCentralTimeMetaKey()), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

std::optional<QChar> syncedChanceQueueLetter(CacheStore &store)
{
    const QString text = store.meta(chanceLetterMetaKey());
    if (text.size() != 1 || !text.at(0).isLetter())
        return std::nullopt;
    return text.at(0);
}

std::optional<OpeningHours> SyncedHours::current()
{
    const QString text = m_store.meta(hoursMetaKey());
    if (text == m_text)
        return m_hours;
    m_text = text;
    m_hours.reset();
    if (text.isEmpty())
        return m_hours; // never synced (or the cache cannot be read): hours unknown
    HoursParse parsed = parseOpeningHours(text.toUtf8());
    if (auto *hours = std::get_if<OpeningHours>(&parsed))
        m_hours = std::move(*hours);
    else
        qCWarning(lcSyncedHours).noquote()
            << "the central's opening hours cannot be read:" << std::get<QString>(parsed)
            << "- no times are offered for booking until the central sends usable hours";
    return m_hours;
}

} // namespace bk::sync
