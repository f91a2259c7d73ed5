#include "central/demohistory.h"

#include "domain/clock.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace bk::central {

namespace {

// How much of each demo errand a normal five-hour day brings, and how it varies.
struct Profile
{
    double perDay = 3;        ///< visits on a normal five-hour weekday
    double bookedShare = 0.6; ///< of those, booked (the rest take a chance ticket)
    double summer = 1.0;      ///< factor from May to August
};

Profile profileOf(const QString &errand)
{
    static const QHash<QString, Profile> profiles = {
        {QStringLiteral("pas"), {16, 0.8, 2.0}},
        {QStringLiteral("koerekort"), {9, 0.75, 1.2}},
        {QStringLiteral("sundhedskort"), {7, 0.4, 1.0}},
        {QStringLiteral("mitid"), {10, 0.5, 1.0}},
        {QStringLiteral("flytning"), {6, 0.5, 1.3}},
        {QStringLiteral("pension"), {4, 0.7, 1.0}},
        {QStringLiteral("byggesag"), {2, 1.0, 1.0}},
        {QStringLiteral("vielse"), {1, 1.0, 1.8}},
    };
    return profiles.value(errand, Profile{});
}

// The distributions are written out here rather than taken from <random>, whose algorithms
// differ between standard libraries: std::mt19937 alone is specified to the bit, so the same
// seed gives the same history everywhere.
class Draw
{
public:
    explicit Draw(quint32 seed) : m_engine(seed) {}
    /// Uniform in [0, 1).
    double uniform() { return double(m_engine()) / 4294967296.0; }
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    /// Knuth's Poisson draw (means here are below 40).
    int poisson(double mean)
    {
        const double limit = std::exp(-mean);
        double p = 1.0;
        int k = 0;
        do {
            ++k;
            p *= uniform();
        } while (p > limit);
        return k - 1;
    }
    /// Log-normal with the given median; `sigma` the spread of the logarithm.
    double logNormal(double median, double sigma)
    {
        // Box-Muller.
        const double u = 1.0 - uniform();
        const double normal =
            std::sqrt(-2.0 * std::log(u)) * std::cos(2 * std::numbers::pi * uniform());
        return median * std::exp(sigma * normal);
    }
    /// 16 hex digits, the shape of a real visit key (tokens.h newVisitKey).
    QString visitKey()
    {
        const quint64 v = (quint64(m_engine()) << 32) | m_engine();
        return QString::number(v, 16).rightJustified(16, u'0');
    }

private:
    std::mt19937 m_engine;
};

// Relative demand at a local time of day: a queue at opening, a lunch dip, the Thursday
// after-work evening.
double demandAt(const QTime &t)
{
    const int m = t.hour() * 60 + t.minute();
    if (m < 11 * 60)
        return 1.3;
    if (m >= 11 * 60 + 30 && m < 13 * 60)
        return 0.55;
    if (m >= 15 * 60)
        return 1.4;
    return 1.0;
}

struct Visit
{
    QDateTime arrival; ///< check-in or chance ticket; invalid when the citizen never came
    const Service *service = nullptr;
    bool booked = false;
    QDateTime slot;
    QString key;          ///< the visit key
    QString checkInClass; ///< booked and came: on_time or late
};

constexpr qint64 kMinute = 60'000;

} // namespace

QList<RecordedEvent> demoHistory(const SiteDefinition &site, const QDate &firstDay,
                                 const QDate &lastDay, quint32 seed)
{
    Draw draw(seed);
    // What only the standers know (issue 14) from a draw of its own, so the rest of the
    // history stays the same as before it was added.
    Draw standerDraw(seed ^ 0x5e1f5e4fu);
    QList<RecordedEvent> out;
    const QTimeZone zone = siteTimeZone();
    const auto at = [](const QDateTime &t, qint64 ms) { return t.addMSecs(ms); };
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const DayStatus status = dayStatus(site.hours, day);
        if (!status.open || !status.hours)
            continue;
        const QDateTime open(day, status.hours->open, zone);
        const QDateTime close(day, status.hours->close, zone);
        const double hours = open.secsTo(close) / 3600.0;
        const bool summer = day.month() >= 5 && day.month() <= 8;
        const double weekday = day.dayOfWeek() == 1 ? 1.15 : 1.0;
        // A busier day waits longer for the chance queue.
        const double dayLoad = weekday * (summer ? 1.3 : 1.0);
        QList<Visit> visits;
        for (const Service &svc : site.services) {
            const Profile p = profileOf(svc.id);
            const double mean = p.perDay * hours / 5.0 * weekday * (summer ? p.summer : 1.0);
            const QList<Slot> daySlots = slotsFor(svc, site.hours, day);
            QHash<qint64, int> taken;
            for (int n = draw.poisson(mean); n > 0; --n) {
                // A time of day by rejection: demandAt() is at most 1.4.
                QDateTime t;
                do
                    t = open.addSecs(qint64(draw.uniform() * open.secsTo(close)));
                while (draw.uniform() * 1.4 > demandAt(t.toTimeZone(zone).time()));
                Visit v;
                v.service = &svc;
                v.booked = svc.bookable && !daySlots.isEmpty() && draw.chance(p.bookedShare);
                if (v.booked) {
                    // The latest slot at or before t with room, else the next with room.
                    auto it = std::find_if(daySlots.rbegin(), daySlots.rend(), [&](const Slot &s) {
                        return s.start <= t &&
                               taken.value(s.start.toMSecsSinceEpoch()) < s.capacity;
                    });
                    if (it == daySlots.rend())
                        v.booked = false;
                    else {
                        v.slot = it->start;
                        ++taken[v.slot.toMSecsSinceEpoch()];
                    }
                }
                v.arrival = v.booked ? QDateTime() : t;
                visits.append(v);
            }
        }
        // Bookings: made, then cancelled, settled, not shown or checked in.
        for (Visit &v : visits) {
            if (!v.booked)
                continue;
            const QString key = draw.visitKey();
            const bool stander = draw.chance(0.15);
            const double leadDays = std::clamp(draw.logNormal(6, 0.8), 0.1, 45.0);
            const QDateTime made = stander ? v.slot.addDays(-std::max(1, int(leadDays)))
                                                 .addSecs(-qint64(draw.between(0, 120)) * 60)
                                           : at(v.slot, -qint64(leadDays * 86'400'000));
            const QString channel = stander ? QStringLiteral("stander") : QStringLiteral("web");
            out.append({made,
                        QStringLiteral("booked"),
                        {},
                        v.service->id,
                        {},
                        {},
                        EventLinks{key, v.slot, channel, {}}});
            const double r = draw.uniform();
            if (r < 0.05) {
                out.append({at(made, qint64(draw.uniform() * made.msecsTo(v.slot))),
                            QStringLiteral("cancelled"),
                            {},
                            v.service->id,
                            {},
                            {},
                            EventLinks{key, v.slot, {}, {}}});
                continue;
            }
            if (r < 0.065 || (r < 0.075 && !v.service->selfServiceUrl.isEmpty())) {
                // Marked the day before while preparing it.
                const QDateTime marked = v.slot.addDays(-1).addSecs(-3600);
                out.append({std::max(marked, made),
                            r < 0.065 ? QStringLiteral("settled_by_phone")
                                      : QStringLiteral("moved_to_self_service"),
                            {},
                            v.service->id,
                            {},
                            {},
                            EventLinks{key, v.slot, {}, {}}});
                continue;
            }
            if (r < 0.115) {
                // Booked, never checked in: about one in four came too late and was refused.
                if (standerDraw.chance(0.25)) {
                    const CheckInWindow &w = v.service->window;
                    const QDateTime refused =
                        at(v.slot, qint64(standerDraw.between(w.lateAcceptedMinutesAfter + 1,
                                                              w.lateAcceptedMinutesAfter + 40) *
                                          kMinute));
                    if (refused < close)
                        out.append({refused,
                                    QStringLiteral("checkin_refused_too_late"),
                                    {},
                                    v.service->id,
                                    {},
                                    {},
                                    EventLinks{key, v.slot, {}, QStringLiteral("too_late")}});
                }
                continue; // booked, never came
            }
            const CheckInWindow &w = v.service->window;
            const bool late = draw.chance(0.1);
            const double minutes =
                late ? draw.between(w.onTimeMinutesAfter + 0.5, w.lateAcceptedMinutesAfter)
                     : draw.between(-std::min(w.opensMinutesBefore, 20), w.onTimeMinutesAfter);
            // Nobody checks in before the doors open.
            v.arrival = std::max(at(v.slot, qint64(minutes * kMinute)),
                                 open.addSecs(qint64(draw.between(0, 180))));
            v.key = key;
            v.checkInClass = late ? QStringLiteral("late") : QStringLiteral("on_time");
        }
        // The self-service pointer of "Book a time": citizens shown the address of an errand that
        // can be done at home; some print it, some book anyway (the standers' own bookings of
        // such errands, above, are not tied to these: the figures count events, not visits).
        for (const Service &svc : site.services) {
            if (svc.selfServiceUrl.isEmpty() || !svc.bookable)
                continue;
            for (int n = standerDraw.poisson(profileOf(svc.id).perDay * hours / 5.0 * 0.4); n > 0;
                 --n) {
                const QDateTime shown =
                    open.addSecs(qint64(standerDraw.uniform() * open.secsTo(close)));
                const auto pointer = [&](const char *kind, qint64 afterMs) {
                    out.append({at(shown, afterMs),
                                QString::fromLatin1(kind),
                                {},
                                svc.id,
                                {},
                                {},
                                EventLinks{standerDraw.visitKey(), {}, {}, {}}});
                };
                pointer("self_service_shown", 0);
                const double next = standerDraw.uniform();
                if (next < 0.45)
                    pointer("self_service_qr_printed", 40'000);
                else if (next < 0.7)
                    pointer("self_service_booked_anyway", 150'000);
            }
        }
        // Everyone who came, in the order they came: ticket numbers per queue, the wait, the
        // call, the service.
        visits.removeIf([](const Visit &v) { return !v.arrival.isValid(); });
        std::stable_sort(visits.begin(), visits.end(),
                         [](const Visit &a, const Visit &b) { return a.arrival < b.arrival; });
        QHash<QChar, int> numbers;
        for (Visit &v : visits) {
            const QChar queue = v.booked ? v.service->queueLetter : site.chanceQueueLetter;
            const QString label =
                QString(queue) + QString::number(++numbers[queue]).rightJustified(3, u'0');
            const QString errand = v.service->id;
            if (v.booked)
                out.append({v.arrival,
                            QStringLiteral("checked_in"),
                            QString(queue),
                            errand,
                            label,
                            {},
                            EventLinks{v.key, v.slot, {}, v.checkInClass}});
            else {
                v.key = draw.visitKey();
                out.append({v.arrival,
                            QStringLiteral("ticket_issued"),
                            QString(queue),
                            errand,
                            label,
                            {},
                            EventLinks{v.key, {}, {}, {}}});
            }
            // A booked citizen is called near the booked time; the chance queue waits longer
            // at lunch (fewer counters open) and on busy days.
            const QTime local = v.arrival.toTimeZone(zone).time();
            const bool lunch = local >= QTime(11, 30) && local < QTime(13, 0);
            const double waitMinutes =
                v.booked ? draw.logNormal(3, 0.7)
                         : draw.logNormal(10 * dayLoad * (lunch ? 1.6 : 1.0), 0.6);
            const QDateTime from = v.booked ? std::max(v.arrival, v.slot) : v.arrival;
            const QDateTime called = at(from, qint64(waitMinutes * kMinute));
            const QString counter = QString::number(1 + int(draw.uniform() * 4));
            const EventLinks links{v.key, {}, {}, {}};
            out.append(
                {called, QStringLiteral("called"), QString(queue), errand, label, counter, links});
            if (draw.chance(0.02)) {
                out.append({at(called, 90'000), QStringLiteral("recalled"), QString(queue), errand,
                            label, counter, links});
                out.append({at(called, 4 * kMinute), QStringLiteral("no_show"), QString(queue),
                            errand, label, counter, links});
                continue;
            }
            const double serviceMinutes =
                std::max(1.5, draw.logNormal(v.service->durationMinutes * 0.8, 0.35));
            out.append({at(called, qint64(serviceMinutes * kMinute)), QStringLiteral("served"),
                        QString(queue), errand, label, counter, links});
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RecordedEvent &a, const RecordedEvent &b) { return a.at < b.at; });
    return out;
}

} // namespace bk::central
