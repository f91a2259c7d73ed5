// borgerkiosk-central: the reference central server. Composition root: config → store →
// API → server; then waits for SIGINT/SIGTERM.

#include "central/api.h"
#include "central/centralstore.h"
#include "central/config.h"
#include "central/demoseed.h"
#include "central/server.h"

#include <QDateTime>
#include <QString>

#include <csignal>
#include <cstdio>
#include <pthread.h>

namespace {

const char *const kUsage =
    "Usage: borgerkiosk-central --config FILE [--demo] [--make-enrol-code SITE]\n"
    "                           [--make-admin-token NAME [--site SITE]]\n"
    "\n"
    "The reference central server of borgerkiosk (sync API /v1 over HTTPS).\n"
    "\n"
    "  --config FILE           the configuration file (see central/README.md)\n"
    "  --demo                  seed the demo sites, bookings and enrolment codes, then serve\n"
    "  --make-enrol-code SITE  print a new one-time enrolment code for SITE and exit\n"
    "  --make-admin-token NAME print a new admin (staff) token named NAME and exit; it reads\n"
    "                          fleet health and alerts of every site, or only of SITE with\n"
    "                          --site SITE; only its hash is kept, the same NAME again\n"
    "                          replaces the old token\n"
    "  --help                  show this text\n"
    "  --version               show the version\n";

// Exit codes a service manager can tell apart (sysexits.h): the unit does not restart after a
// configuration error (RestartPreventExitStatus=78).
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 64;
constexpr int kExitConfig = 78;

int fail(const QString &message, int code = kExitFailure)
{
    std::fprintf(stderr, "borgerkiosk-central: %s\n", message.toLocal8Bit().constData());
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QString configPath;
    QString enrolSite;
    QString adminName;
    QString adminSite;
    bool demo = false;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--help")) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (a == QLatin1String("--version")) {
            std::printf("borgerkiosk-central %s\n", BK_VERSION);
            return 0;
        }
        if (a == QLatin1String("--demo")) {
            demo = true;
        } else if (a == QLatin1String("--config") && i + 1 < argc) {
            configPath = QString::fromLocal8Bit(argv[++i]);
        } else if (a == QLatin1String("--make-enrol-code") && i + 1 < argc) {
            enrolSite = QString::fromLocal8Bit(argv[++i]);
        } else if (a == QLatin1String("--make-admin-token") && i + 1 < argc) {
            adminName = QString::fromLocal8Bit(argv[++i]);
        } else if (a == QLatin1String("--site") && i + 1 < argc) {
            adminSite = QString::fromLocal8Bit(argv[++i]);
        } else {
            std::fputs(kUsage, stderr);
            return fail(QStringLiteral("unknown or incomplete argument '%1'").arg(a), kExitUsage);
        }
    }
    if (!adminSite.isEmpty() && adminName.isEmpty()) {
        std::fputs(kUsage, stderr);
        return fail(QStringLiteral("--site goes with --make-admin-token"), kExitUsage);
    }
    if (configPath.isEmpty()) {
        std::fputs(kUsage, stderr);
        return fail(QStringLiteral("--config FILE is required"), kExitUsage);
    }
    const bk::central::ConfigResult loaded = bk::central::loadConfig(configPath);
    if (!loaded.config)
        return fail(loaded.error, kExitConfig);
    const bk::central::Config &config = *loaded.config;

    bk::SystemClock clock;
    bk::central::CentralStore store;
    if (bk::Status s = store.open(config.database, config); !s)
        return fail(QStringLiteral("database %1: %2").arg(config.database, s.error()));
    if (demo)
        if (auto r = bk::central::seedDemo(store, clock.now()); !r)
            return fail(QStringLiteral("demo seed: %1").arg(r.refusal().detail));
    if (!enrolSite.isEmpty()) {
        auto code = store.makeEnrolCode(enrolSite, clock.now());
        if (!code)
            return fail(code.refusal().detail);
        std::printf("%s\n", code->toLatin1().constData());
        return 0;
    }
    if (!adminName.isEmpty()) {
        auto token = store.makeAdminToken(adminName, adminSite, clock.now());
        if (!token)
            return fail(token.refusal().detail);
        std::printf("%s\n", token->toLatin1().constData());
        return 0;
    }

    // Block the stop signals before any thread starts so that only sigwait() below sees them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    bk::central::Api api(store, clock, QStringLiteral(BK_VERSION));
    bk::central::Server server(config,
                               [&api](const bk::central::ApiRequest &r) { return api.handle(r); });
    auto port = server.start();
    if (!port)
        return fail(port.refusal().detail);
    // Retention (issue 14 item 4) and the statistics' roll-up of the days that ended (item 6):
    // once before the port is announced and then daily, on the
    // I/O thread that owns the store; between sweeps this thread waits for a stop signal.
    const auto sweep = [&] {
        server.runOnIo([&] {
            const auto swept = store.sweepPersonalData(clock.now());
            if (!swept)
                std::fprintf(stderr, "borgerkiosk-central: retention sweep failed: %s\n",
                             swept.refusal().detail.toLocal8Bit().constData());
            else if (*swept > 0)
                std::fprintf(stderr,
                             "borgerkiosk-central: retention: removed the phone number and name "
                             "of %d bookings older than %d days\n",
                             *swept, config.retentionDays);
            if (bk::Status r = store.rollUpStatistics(clock.now()); !r)
                std::fprintf(stderr, "borgerkiosk-central: statistics roll-up failed: %s\n",
                             r.error().toLocal8Bit().constData());
        });
    };
    sweep();
    // Tests and the demo script read this line to learn the port.
    std::printf("listening on %s:%u\n", config.listenAddress.toLatin1().constData(),
                unsigned(*port));
    std::fflush(stdout);
    int signal = 0;
    for (;;) {
        const timespec day{24 * 3600, 0};
        signal = sigtimedwait(&stopSignals, nullptr, &day);
        if (signal > 0)
            break;
        sweep();
    }
    std::fprintf(stderr, "borgerkiosk-central: stopping (signal %d)\n", signal);
    server.stop();
    return 0;
}
