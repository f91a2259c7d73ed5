#pragma once
// Queue ticket numbering: "A042", restarting each local business day, never issued twice at
// one site on one day. Each kiosk draws numbers only from blocks that are its own: a fixed
// interleaved partition until the central hands out blocks, then the blocks it was granted.
// Pure rules, no I/O: the cache stores the blocks and the last number issued.

#include <QChar>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bk {

/// A contiguous range of ticket numbers owned by one kiosk for one business day.
struct NumberBlock
{
    int first = 1;
    int last = 0; ///< inclusive; a block with last < first is empty
    friend bool operator==(const NumberBlock &, const NumberBlock &) = default;
};

/// The business day a moment belongs to: its local date in Europe/Copenhagen, so numbering
/// restarts at local midnight in winter and summer time alike.
QDate businessDay(const QDateTime &utc);

/// The number to issue after `lastIssued`, given the blocks in the order they were granted
/// (which must not overlap): the next number inside the block holding `lastIssued`, else the
/// first number of the next non-empty block granted after it; with no `lastIssued`, the first
/// number of the first non-empty block. nullopt when the blocks are exhausted, or when
/// `lastIssued` lies in none of them (keep used blocks in the list for the whole day): we then
/// cannot tell which numbers are still free, and refusing is safer than issuing one twice.
std::optional<int> nextNumber(const QList<NumberBlock> &blocks, std::optional<int> lastIssued);

/// The n-th (0-based) block of `blockSize` numbers for kiosk `kioskIndex` (0-based) of
/// `kioskCount`, in the fixed interleaved partition used until the central hands out blocks:
/// kiosk k owns the (n·kioskCount + k)-th run of `blockSize` numbers, counting from 1.
/// Requires 0 ≤ kioskIndex < kioskCount, blockSize ≥ 1, n ≥ 0; returns an empty block
/// (last < first) when the arguments are out of range or the block would overflow int.
NumberBlock staticBlock(int kioskIndex, int kioskCount, int blockSize, int n);

/// The printed and displayed form of a ticket: queue letter plus at least three digits ("A042").
QString ticketLabel(QChar queue, int number);

} // namespace bk
