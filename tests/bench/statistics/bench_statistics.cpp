// The manager's statistics over a year of a large municipality's activity (issue 14 item 6):
// a million events written into the real central's store, then the dashboard's JSON for the
// whole year, and for one month, asked for by a logged-in manager over TLS on loopback. The
// floor is reading the same rows with a bare SQLite statement in this process (what no
// implementation can avoid). Prints the figures and the ratios; exits non-zero only when an
// answer is wrong (not 200, or a total that does not match what was written).
//   bench_statistics [events (1000000)] [repeats (3)]

#include "centralfixture.h"

#include "central/statistics.h"
#include "domain/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

using namespace bk;
using namespace bk::testing;
using SteadyClock = std::chrono::steady_clock;

namespace {

constexpr auto kPassword = "korrekt-hest-batteri";

double msSince(SteadyClock::time_point t)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - t).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Written
{
    qint64 events = 0;
    qint64 bookings = 0; ///< booked visits, cancelled ones included
    qint64 chance = 0;   ///< chance tickets
};

// A year of visits at site "test", ending the day before `lastDay`, written straight into the
// events table in one transaction (recording them through the API would measure the API, not
// the statistics). The shapes are the ones the central records: a booking (booked, then
// checked_in, called, served; some cancelled, some never come) or a chance ticket
// (ticket_issued, called, served), each visit with its own opaque key. Seeded, so every run
// writes the same rows.
Written writeYear(const QString &databasePath, const QDate &lastDay, qint64 target)
{
    Written w;
    sqlite3 *db = nullptr;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db) != SQLITE_OK)
        return w;
    sqlite3_busy_timeout(db, 10000);
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO events(at_ms, site, kind, queue, service, ticket, counter, "
                       "visit, slot_ms, channel, checkin_class) VALUES (?1, 'test', ?2, ?3, ?4, "
                       "?5, ?6, ?7, ?8, ?9, ?10)",
                       -1, &st, nullptr);
    std::mt19937_64 rng(20261201);
    const auto uniform = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    const auto text = [&](int i, const char *v) {
        if (v)
            sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(st, i);
    };
    const auto event = [&](qint64 atMs, const char *kind, const char *service, const char *visit,
                           qint64 slotMs, const char *channel, const char *checkInClass) {
        sqlite3_bind_int64(st, 1, atMs);
        text(2, kind);
        text(3, service[0] == 'p' ? "B" : "A");
        text(4, service);
        text(5, "B001");
        text(6, "1");
        sqlite3_bind_text(st, 7, visit, -1, SQLITE_STATIC);
        if (slotMs)
            sqlite3_bind_int64(st, 8, slotMs);
        else
            sqlite3_bind_null(st, 8);
        text(9, channel);
        text(10, checkInClass);
        sqlite3_step(st);
        sqlite3_reset(st);
        ++w.events;
    };
    const QDate first = lastDay.addDays(-364);
    // About 3.6 events per visit: visits per opening day to reach `target` over ~250 days.
    const int perDay = int(target / (250 * 36 / 10)) + 1;
    qint64 visitNo = 0;
    for (QDate d = first; d < lastDay && w.events < target; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        for (int i = 0; i < perDay && w.events < target; ++i) {
            char visit[17];
            std::snprintf(visit, sizeof visit, "%016llx", (unsigned long long)(++visitNo));
            const char *service = uniform(0, 9) < 4 ? "pas" : "solo";
            // Arrivals 08:00-17:59 local, more before noon.
            const int minute = std::min(uniform(0, 599), uniform(0, 599));
            const qint64 arrive =
                QDateTime(d, QTime(8, 0), siteTimeZone()).toMSecsSinceEpoch() + minute * 60000LL;
            const qint64 call = arrive + uniform(1, 40) * 60000LL;
            const qint64 served = call + uniform(3, 25) * 60000LL;
            if (uniform(0, 9) < 6) {
                ++w.bookings;
                const qint64 slot = arrive + 5 * 60000LL;
                const qint64 booked = slot - uniform(1, 30) * 86400000LL;
                const int channel = uniform(0, 9);
                event(booked, "booked", service, visit, slot, channel < 5 ? "web" : "stander",
                      nullptr);
                const int fate = uniform(0, 99);
                if (fate < 3) {
                    event(booked + 3600000, "cancelled", service, visit, slot, nullptr, nullptr);
                    continue;
                }
                if (fate < 8)
                    continue; // a no-show
                event(arrive, "checked_in", service, visit, slot, nullptr,
                      fate < 15 ? "late" : "on_time");
            } else {
                ++w.chance;
                event(arrive, "ticket_issued", service, visit, 0, nullptr, nullptr);
            }
            event(call, "called", service, visit, 0, nullptr, nullptr);
            event(served, "served", service, visit, 0, nullptr, nullptr);
        }
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "ANALYZE", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return w;
}

// The floor: every events row of the site in the period read with one bare statement, each
// column fetched, nothing built from it.
double bareRead(const QString &databasePath, qint64 fromMs, qint64 toMs, qint64 *rows)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(databasePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const auto t = SteadyClock::now();
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT at_ms, kind, service, visit, slot_ms, channel, checkin_class FROM "
                       "events WHERE site = 'test' AND at_ms >= ?1 AND at_ms < ?2",
                       -1, &st, nullptr);
    sqlite3_bind_int64(st, 1, fromMs);
    sqlite3_bind_int64(st, 2, toMs);
    qint64 n = 0;
    std::size_t bytes = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        ++n;
        for (int i = 0; i < 7; ++i)
            bytes += std::size_t(sqlite3_column_bytes(st, i));
    }
    sqlite3_finalize(st);
    const double ms = msSince(t);
    sqlite3_close(db);
    *rows = n + qint64(bytes == 0);
    return ms;
}

qint64 localMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), siteTimeZone()).toMSecsSinceEpoch();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 target = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const int repeats = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    if (target <= 0 || repeats <= 0) {
        std::fprintf(stderr, "usage: bench_statistics [events] [repeats]\n");
        return 2;
    }

    CentralFixture f;
    if (const QString e = f.start(); !e.isEmpty()) {
        std::fprintf(stderr, "central did not start: %s\n", qPrintable(e));
        return 1;
    }
    const QDate today = f.clock.now().toTimeZone(siteTimeZone()).date();
    const QString databasePath = f.dir.filePath(QStringLiteral("central.db"));
    auto t = SteadyClock::now();
    const Written w = writeYear(databasePath, today, target);
    std::printf("bench_statistics: wrote %lld events (%lld bookings, %lld chance tickets) in "
                "%.0f ms\n",
                w.events, w.bookings, w.chance, msSince(t));
    if (w.events < target) {
        std::fprintf(stderr, "bench_statistics: FAILED to write the events\n");
        return 1;
    }

    QString cookie;
    f.withStore([&](central::CentralStore &s) {
        const QString user = QStringLiteral("mette");
        if (!s.addStaff(user, QStringLiteral("test"), QStringLiteral("manager"),
                        QString::fromLatin1(kPassword), f.clock.now()))
            return;
        auto login = s.login(user, QString::fromLatin1(kPassword), f.clock.now());
        if (login && login->kind == central::LoginResult::Kind::Ok)
            cookie = QStringLiteral("__Host-bk_staff=") + login->sessionToken;
    });
    if (cookie.isEmpty()) {
        std::fprintf(stderr, "bench_statistics: FAILED to log in a manager\n");
        return 1;
    }
    auto c = f.client();
    c->setCookie(cookie);

    bool wrong = false;
    const auto ask = [&](const QDate &from, const QDate &to, double *ms) {
        const auto s = SteadyClock::now();
        const HttpReply r =
            c->request("GET", QStringLiteral("/staff/statistics.json?from=%1&to=%2")
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        *ms = msSince(s);
        if (r.status != 200) {
            std::fprintf(stderr, "bench_statistics: answered %d\n", r.status);
            wrong = true;
        }
        return r;
    };
    const auto measure = [&](const QDate &from, const char *name) {
        const QDate to = today.addDays(-1);
        // The first answer makes the roll-up of the period's days from the events: its floor
        // is reading those events and nothing else.
        double first = 0;
        ask(from, to, &first);
        qint64 rows = 0;
        const double read = bareRead(databasePath, localMs(from), localMs(today), &rows);
        // Later answers merge the roll-up: their floor is the same request for a day without
        // events (TLS, session, JSON of an empty report).
        std::vector<double> answer;
        std::vector<double> floor;
        for (int i = 0; i < repeats; ++i) {
            double ms = 0;
            ask(from, to, &ms);
            answer.push_back(ms);
            ask(today.addDays(30), today.addDays(30), &ms);
            floor.push_back(ms);
        }
        const double a = median(answer);
        const double fl = median(floor);
        std::printf("bench_statistics: %s (%lld events): first answer (makes the roll-up) %.0f "
                    "ms, floor (bare SQLite read of the events) %.0f ms, ratio %.1f; later "
                    "answers %.0f ms (median of %d), floor (the same request for a day without "
                    "events) %.0f ms, ratio %.1f; goal < 1000 ms\n",
                    name, rows, first, read, first / read, a, repeats, fl, a / fl);
        // The roll-up's figures are those computed from the events directly.
        f.withStore([&](central::CentralStore &s) {
            central::stats::Parameters p;
            p.from = from;
            p.to = to;
            p.now = f.clock.now();
            auto cells = s.statisticsCells(QStringLiteral("test"), from, to, p.now);
            auto events = s.statisticsEvents(QStringLiteral("test"),
                                             QDateTime::fromMSecsSinceEpoch(localMs(from)),
                                             QDateTime::fromMSecsSinceEpoch(localMs(today)));
            if (!cells || !events ||
                central::stats::toJson(central::stats::merge(*cells, p), p) !=
                    central::stats::toJson(central::stats::compute(*events, p), p)) {
                std::fprintf(stderr, "bench_statistics: WRONG: the roll-up's figures differ from "
                                     "the events'\n");
                wrong = true;
            }
        });
    };
    measure(today.addDays(-365), "a year");
    // The year's figures add up to what was written.
    {
        const HttpReply r = c->request("GET", QStringLiteral("/staff/statistics.json?from=%1&to=%2")
                                                  .arg(today.addDays(-365).toString(Qt::ISODate),
                                                       today.addDays(-1).toString(Qt::ISODate)));
        const QJsonObject total = r.json()[QStringLiteral("total")].toObject();
        if (total[QStringLiteral("bookings")].toInteger() != w.bookings ||
            total[QStringLiteral("chanceTickets")].toInteger() != w.chance) {
            std::fprintf(stderr,
                         "bench_statistics: WRONG totals: bookings %lld (wrote %lld), chance "
                         "tickets %lld (wrote %lld)\n",
                         total[QStringLiteral("bookings")].toInteger(), w.bookings,
                         total[QStringLiteral("chanceTickets")].toInteger(), w.chance);
            wrong = true;
        }
    }
    measure(today.addDays(-28), "four weeks");
    return wrong ? 1 : 0;
}
