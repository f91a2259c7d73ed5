#include "domain/ticketnumber.h"

#include "domain/clock.h"

#include <limits>

namespace bk {

QDate businessDay(const QDateTime &utc)
{
    // Converting through the zone (not adding a fixed offset) keeps DST days right: the day
    // of 2026-03-29 has 23 hours and 2026-10-25 has 25.
    return utc.toTimeZone(siteTimeZone()).date();
}

std::optional<int> nextNumber(const QList<NumberBlock> &blocks, std::optional<int> lastIssued)
{
    qsizetype from = 0;
    if (lastIssued) {
        const int last = *lastIssued;
        qsizetype holder = -1;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks[i].first <= last && last <= blocks[i].last) {
                holder = i;
                break;
            }
        }
        if (holder < 0)
            return std::nullopt;
        if (last < blocks[holder].last)
            return last + 1;
        from = holder + 1;
    }
    for (qsizetype i = from; i < blocks.size(); ++i) {
        if (blocks[i].first <= blocks[i].last)
            return blocks[i].first;
    }
    return std::nullopt;
}

NumberBlock staticBlock(int kioskIndex, int kioskCount, int blockSize, int n)
{
    if (kioskCount < 1 || kioskIndex < 0 || kioskIndex >= kioskCount || blockSize < 1 || n < 0)
        return NumberBlock{1, 0};
    // 64-bit so that a large n cannot wrap round into another kiosk's numbers.
    const long long run = static_cast<long long>(n) * kioskCount + kioskIndex;
    if (run >= std::numeric_limits<int>::max())
        return NumberBlock{1, 0};
    const long long first = run * blockSize + 1;
    const long long last = first + blockSize - 1;
    if (last > std::numeric_limits<int>::max())
        return NumberBlock{1, 0};
    return NumberBlock{static_cast<int>(first), static_cast<int>(last)};
}

QString ticketLabel(QChar queue, int number)
{
    return QString(queue) + QString::number(number).rightJustified(3, u'0');
}

} // namespace bk
