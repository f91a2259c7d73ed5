#pragma once
// The central's one calling rule as pure functions: which waiting ticket a counter's "call
// next" takes (CentralStore::callNext), how many tickets that rule would call before a given
// one (the public queue page, issue 13 item 5), and the page's estimated wait.

#include <QList>
#include <QString>

#include <optional>

namespace bk::central::queueorder {

/// A ticket of today that no counter has called (or that was transferred back into line).
struct Waiting
{
    QString queue;                        ///< the queue letter
    qint64 number = 0;                    ///< the number within the queue and day
    QString label;                        ///< "K502"
    QString kind;                         ///< "booked" (a checked-in booking) or "chance"
    QString service;                      ///< the errand, may be empty
    std::optional<qint64> bookingStartMs; ///< a booked ticket's booked time (ms since epoch, UTC)
    qint64 issuedMs = 0;                  ///< when the kiosk issued it (ms since epoch, UTC)
    QString visit; ///< the statistics' visit key (statistics.h); empty for older tickets
};

/// Whether "call next" at `nowMs` takes `a` before `b`: booked citizens whose time has come
/// (by booked time, then issue time, then number), then the chance queue in order of issue
/// (then number), then booked citizens who checked in early (by booked time, issue time,
/// number). A strict weak order on the tickets of one site and day.
bool callsBefore(const Waiting &a, const Waiting &b, qint64 nowMs);

/// The ticket "call next" takes at `nowMs`; nullptr when `waiting` is empty.
const Waiting *next(const QList<Waiting> &waiting, qint64 nowMs);

/// How many of `waiting` the rule calls before `me` at `nowMs` (`me` itself not counted). A
/// snapshot: an early booking whose time comes moves ahead of the chance queue later on.
int ahead(const QList<Waiting> &waiting, const Waiting &me, qint64 nowMs);

/// Calls within the last kRateWindowMinutes needed before the wait is estimated at all.
inline constexpr int kMinCallsForEstimate = 3;
/// The window over which the calling rate is observed.
inline constexpr int kRateWindowMinutes = 60;

/// Estimated minutes until a ticket with `aheadCount` tickets before it is called: the site's
/// calls (each "call next", recalls not counted) within the last kRateWindowMinutes before
/// `nowMs` give a rate; the ticket is the (aheadCount + 1)th call from now, so the wait is
/// (aheadCount + 1) / rate, rounded up to whole minutes. nullopt ("unknown") with fewer than
/// kMinCallsForEstimate calls in the window. The whole window is the denominator even early in
/// the day, so a morning's first estimates err long, never short.
std::optional<int> estimateWaitMinutes(int aheadCount, const QList<qint64> &callTimesMs,
                                       qint64 nowMs);

} // namespace bk::central::queueorder
