#include "central/queueorder.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace bk::central::queueorder {

namespace {

// 0: booked and due, 1: chance, 2: booked and early.
int group(const Waiting &t, qint64 nowMs)
{
    if (t.kind != QLatin1String("booked"))
        return 1;
    return t.bookingStartMs.value_or(0) <= nowMs ? 0 : 2;
}

} // namespace

bool callsBefore(const Waiting &a, const Waiting &b, qint64 nowMs)
{
    const int ga = group(a, nowMs);
    const int gb = group(b, nowMs);
    if (ga != gb)
        return ga < gb;
    // Chance tickets carry no booked time: 0 for both leaves issue time and number to decide.
    const qint64 sa = ga == 1 ? 0 : a.bookingStartMs.value_or(0);
    const qint64 sb = gb == 1 ? 0 : b.bookingStartMs.value_or(0);
    return std::tie(sa, a.issuedMs, a.number, a.queue) <
           std::tie(sb, b.issuedMs, b.number, b.queue);
}

const Waiting *next(const QList<Waiting> &waiting, qint64 nowMs)
{
    const auto it = std::min_element(
        waiting.begin(), waiting.end(),
        [nowMs](const Waiting &a, const Waiting &b) { return callsBefore(a, b, nowMs); });
    return it == waiting.end() ? nullptr : &*it;
}

int ahead(const QList<Waiting> &waiting, const Waiting &me, qint64 nowMs)
{
    return int(std::count_if(waiting.begin(), waiting.end(),
                             [&](const Waiting &t) { return callsBefore(t, me, nowMs); }));
}

std::optional<int> estimateWaitMinutes(int aheadCount, const QList<qint64> &callTimesMs,
                                       qint64 nowMs)
{
    const qint64 windowMs = qint64(kRateWindowMinutes) * 60 * 1000;
    const auto calls = std::count_if(callTimesMs.begin(), callTimesMs.end(),
                                     [&](qint64 t) { return t <= nowMs && t > nowMs - windowMs; });
    if (calls < kMinCallsForEstimate || aheadCount < 0)
        return std::nullopt;
    const double minutesPerCall = double(kRateWindowMinutes) / double(calls);
    return int(std::ceil((aheadCount + 1) * minutesPerCall - 1e-9));
}

} // namespace bk::central::queueorder
