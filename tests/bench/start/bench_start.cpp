// Start: the kiosk (borgerkiosk --exit-at-first-frame) on a cache of a realistic size beside
// the floor (bench_start_floor: a plain Qt Quick window of the same size and about home's
// content), run alternately. For each run: the time from spawning the process to the line it
// prints when its first frame is swapped (home on screen for the kiosk), and the peak resident
// memory it reports then (VmHWM). Prints every run, the medians and the ratios; asserts none.
// The kiosk runs with speech on against a private speech-dispatcher, as a stander does.
//   bench_start KIOSK FLOOR [runs (7)] [bookings (12000)]
// The platform and renderer are the environment's (ctest: offscreen, software).

#include "benchkiosk.h"
#include "demo/demosite.h"
#include "store/cachestore.h"
#include "support/privatespeechd.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

using SteadyClock = std::chrono::steady_clock;

namespace {

struct Run
{
    double spawnToFrameMs = -1; ///< measured here: spawn until the line arrived
    double ownMs = -1;          ///< what the process says (since the kernel started it)
    qint64 peakRssKib = -1;     ///< VmHWM at its first frame
    bool ok() const { return spawnToFrameMs >= 0 && peakRssKib > 0; }
};

/// Runs `argv` with stdout into a pipe and stderr into `errPath`; waits (at most 60 s) for the
/// first-frame line, then for the process's end.
Run runOnce(const std::vector<std::string> &argv, const QString &errPath)
{
    Run run;
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0)
        return run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    const QByteArray err = QFile::encodeName(errPath);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.constData(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const auto start = SteadyClock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return run;
    }
    QByteArray line;
    pollfd p{out[0], POLLIN, 0};
    while (!line.contains('\n') && poll(&p, 1, 60000) == 1) {
        char buf[256];
        const ssize_t n = read(out[0], buf, sizeof buf);
        if (n <= 0)
            break;
        line.append(buf, n);
    }
    const auto frame = SteadyClock::now();
    close(out[0]);
    if (!line.contains('\n'))
        kill(pid, SIGKILL);
    // It exits right after the line; one that does not within 30 s is killed (the bench must
    // not hang) and the run does not count.
    int status = 0;
    rusage usage{};
    const auto deadline = SteadyClock::now() + std::chrono::seconds(30);
    while (wait4(pid, &status, WNOHANG, &usage) == 0) {
        if (SteadyClock::now() > deadline) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            break;
        }
        usleep(10000);
    }
    // "first-frame-ms=MS peak-rss-kib=KIB"
    for (const QByteArray &field : line.trimmed().split(' ')) {
        if (field.startsWith("first-frame-ms="))
            run.ownMs = field.mid(15).toDouble();
        else if (field.startsWith("peak-rss-kib="))
            run.peakRssKib = field.mid(13).toLongLong();
    }
    if (line.contains('\n') && WIFEXITED(status) && WEXITSTATUS(status) == 0)
        run.spawnToFrameMs = std::chrono::duration<double, std::milli>(frame - start).count();
    return run;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty()
               ? 0
               : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

/// The demo site's errands and `count` bookings over the retention days behind and the two
/// weeks ahead a cache holds, in opening hours, as a municipality's cache after a sync.
QString makeCache(const QString &path, int count)
{
    bk::CacheStore store;
    if (!store.open(path))
        return store.lastError();
    const bk::demo::DemoSite site = bk::demo::site();
    if (auto r = store.upsertServices(site.id, site.services); !r)
        return r.error();
    const QDateTime today(QDate::currentDate(), QTime(8, 0), Qt::LocalTime);
    std::uint32_t state = 15;
    int i = 0;
    auto r = store.upsertBookings([&]() -> std::optional<bk::Booking> {
        if (i == count)
            return std::nullopt;
        bk::Booking b;
        b.code = bk::bench::nextBookingCode(state);
        b.siteId = site.id;
        b.serviceId = site.services.at(i % site.services.size()).id;
        // 21 days (7 behind, 14 ahead), 8:00 to 16:00 in 10-minute slots, several counters.
        b.start = today.addDays(i % 21 - 7).addSecs(qint64(i / 21 % 48) * 600).toUTC();
        ++i;
        return b;
    });
    if (!r)
        return r.error();
    return {};
}

void writeConfig(const QString &path, const QString &dir)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    // Speech on, as a stander runs: the kiosk reaches the bench's private speech-dispatcher
    // (SPEECHD_ADDRESS) and lists its voices on the speech engine's own thread.
    f.write(bk::bench::kioskConfig(dir, QStringLiteral("[speech]\nenabled = yes\n"
                                                       "[devices]\nprinter = none\ndisplay = "
                                                       "none\nscanner = none\n"
                                                       "receipt_dir = %1/receipts\n")));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_start KIOSK FLOOR [runs] [bookings]\n");
        return 64;
    }
    const std::string kiosk = argv[1];
    const std::string floor = argv[2];
    const int runs = argc > 3 ? std::atoi(argv[3]) : 7;
    const int bookings = argc > 4 ? std::atoi(argv[4]) : 12000;
    QTemporaryDir dir;
    const QString conf = dir.filePath(u"kiosk.conf"_qs);
    writeConfig(conf, dir.path());
    if (const QString e = makeCache(dir.filePath(u"cache.sqlite"_qs), bookings); !e.isEmpty()) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(e));
        return 1;
    }
    std::printf("cache: %d bookings over 21 days, %lld KiB\n", bookings,
                QFileInfo(dir.filePath(u"cache.sqlite"_qs)).size() / 1024);
    // A private speech-dispatcher (espeak-ng, null audio) for the kiosk, stopped at the end;
    // the spawned processes inherit SPEECHD_ADDRESS.
    bk::testing::PrivateSpeechDispatcher speechd;
    QDir(dir.path()).mkpath(u"speechd"_qs);
    if (const QString e = speechd.start(dir.filePath(u"speechd"_qs)); !e.isEmpty()) {
        std::fprintf(stderr, "speech-dispatcher: %s\n", qPrintable(e));
        return 1;
    }
    qputenv("SPEECHD_ADDRESS", speechd.address().toUtf8());
    const QString errs = dir.filePath(u"stderr.txt"_qs);
    const std::vector<std::string> kioskArgs{kiosk, "--config", conf.toStdString(),
                                             "--exit-at-first-frame"};
    const std::vector<std::string> floorArgs{floor, "--exit-at-first-frame"};

    // One unmeasured run each: the page cache holds the libraries and the file for both.
    runOnce(floorArgs, errs);
    runOnce(kioskArgs, errs);
    std::vector<double> kMs, fMs, kRss, fRss;
    for (int i = 0; i < runs; ++i) {
        const Run f = runOnce(floorArgs, errs);
        const Run k = runOnce(kioskArgs, errs);
        if (!f.ok() || !k.ok()) {
            QFile e(errs);
            e.open(QIODevice::ReadOnly);
            std::fprintf(stderr, "run %d: no first frame (floor %s, kiosk %s); stderr:\n%s\n", i,
                         f.ok() ? "ok" : "failed", k.ok() ? "ok" : "failed",
                         e.readAll().right(4000).constData());
            return 1;
        }
        std::printf("run %d: floor %6.0f ms (own %4.0f) %7lld KiB | kiosk %6.0f ms (own %4.0f) "
                    "%7lld KiB\n",
                    i + 1, f.spawnToFrameMs, f.ownMs, f.peakRssKib, k.spawnToFrameMs, k.ownMs,
                    k.peakRssKib);
        fMs.push_back(f.spawnToFrameMs);
        kMs.push_back(k.spawnToFrameMs);
        fRss.push_back(double(f.peakRssKib));
        kRss.push_back(double(k.peakRssKib));
    }
    const double tk = median(kMs), tf = median(fMs), rk = median(kRss), rf = median(fRss);
    std::printf("time to first frame, median of %d: kiosk %.0f ms, floor %.0f ms, ratio %.2f "
                "(goal <= 1.3)\n",
                runs, tk, tf, tk / tf);
    std::printf("peak RSS at first frame, median of %d: kiosk %.1f MiB, floor %.1f MiB, ratio "
                "%.2f (goal <= 1.5)\n",
                runs, rk / 1024, rf / 1024, rk / rf);
    return 0;
}
