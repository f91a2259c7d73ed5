// Scan to paper: the kiosk program (borgerkiosk, offscreen) with a serial reader on a socat
// pty pair and its receipt printer on a private cupsd's raw queue printing to a TCP listener
// here. Each check-in: a booking code written to the reader's pty, then the check-in flow, the
// cache, the receipt and CUPS as on a stander; timed from the write to the last receipt byte at
// the listener (the connection closed by the queue's socket backend). The floor, alternately:
// `lp -o raw` of that same receipt's bytes to the same queue, from lp's start to the last byte.
// Prints p50/p95 of both and the ratios; exits non-zero only when a receipt does not arrive.
//   bench_scan_paper KIOSK [check-ins (200)]

#include "benchkiosk.h"
#include "demo/demosite.h"
#include "devicefixtures.h"
#include "store/cachestore.h"
#include "support/notifysocket.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

using namespace bk::testing;
using SteadyClock = std::chrono::steady_clock;

namespace {

/// The printer's side of the raw queue: per connection the bytes and when the last of them
/// arrived (read as soon as the event loop sees them).
class TimedCapture : public QTcpServer
{
public:
    struct Job
    {
        QByteArray bytes;
        SteadyClock::time_point lastByte;
    };
    QList<Job> finished;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        auto job = std::make_shared<Job>();
        const auto read = [socket, job] {
            const QByteArray got = socket->readAll();
            if (!got.isEmpty()) {
                job->bytes += got;
                job->lastByte = SteadyClock::now();
            }
        };
        connect(socket, &QTcpSocket::readyRead, this, read);
        // The socket backend ends its data and waits for the printer to close, as printers do.
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, job, read] {
            read();
            finished.append(*job);
            socket->deleteLater();
        });
    }
};

/// Waits (event loop running) until the capture holds `count` finished jobs; false after 30 s.
bool waitForJobs(const TimedCapture &capture, int count)
{
    const QDeadlineTimer deadline(30000);
    while (capture.finished.size() < count && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return capture.finished.size() >= count;
}

double msBetween(SteadyClock::time_point a, SteadyClock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    // Nearest rank.
    const std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(v.size())));
    return v.at(std::clamp<std::size_t>(rank, 1, v.size()) - 1);
}

/// The demo site's errands and `count` bookings for "pas" ten minutes from now: each is on
/// time for the check-in window (demo::site()'s windows: 30 min early, 5 min late).
QString makeCache(const QString &path, int count, QStringList *codes)
{
    bk::CacheStore store;
    if (!store.open(path))
        return store.lastError();
    const bk::demo::DemoSite site = bk::demo::site();
    if (auto r = store.upsertServices(site.id, site.services); !r)
        return r.error();
    std::uint32_t state = 20260215;
    QList<bk::Booking> bookings;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(600);
    for (int i = 0; i < count; ++i) {
        bk::Booking b;
        b.code = bk::bench::nextBookingCode(state);
        b.siteId = site.id;
        b.serviceId = bk::ServiceId(QStringLiteral("pas"));
        b.start = start;
        bookings.append(b);
        codes->append(b.code);
    }
    if (auto r = store.upsertBookings(bookings); !r)
        return r.error();
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_scan_paper KIOSK [check-ins]\n");
        return 64;
    }
    const int checkIns = argc > 2 ? std::atoi(argv[2]) : 200;
    QTemporaryDir dir;
    QString error;
    PrivateCupsd cupsd;
    TimedCapture capture;
    // MaxJobs 0: the 2 x 200 jobs and their history stay accepted.
    if (!cupsd.start(&error, "MaxJobs 0\n") || !capture.listen(QHostAddress::LocalHost) ||
        !cupsd.addRawQueue(u"borgerkiosk"_qs,
                           QStringLiteral("socket://127.0.0.1:%1").arg(capture.serverPort()),
                           &error)) {
        std::fprintf(stderr, "cupsd: %s\n", qPrintable(error));
        return 1;
    }
    const QString readerLink = dir.filePath(u"reader"_qs);
    const QString scanLink = dir.filePath(u"scan"_qs);
    SocatPair reader(readerLink, scanLink);
    if (!reader.start(&error)) {
        std::fprintf(stderr, "socat: %s\n", qPrintable(error));
        return 1;
    }
    QStringList codes;
    if (const QString e = makeCache(dir.filePath(u"cache.sqlite"_qs), checkIns + 1, &codes);
        !e.isEmpty()) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(e));
        return 1;
    }
    const QString conf = dir.filePath(u"kiosk.conf"_qs);
    QFile confFile(conf);
    confFile.open(QIODevice::WriteOnly);
    confFile.write(bk::bench::kioskConfig(
        dir.path(), QStringLiteral("[speech]\nenabled = no\n"
                                   "[devices]\nprinter = cups\ndisplay = none\nscanner = serial\n"
                                   "receipt_dir = %1/receipts\n"
                                   "[printer]\nqueue = borgerkiosk\nserver = %2\n"
                                   "[scanner]\nport = %3\n")
                        .arg(QStringLiteral("%1"), cupsd.server(), readerLink)));
    confFile.close();

    // The kiosk as systemd starts it: READY=1 on the notify socket once home is on screen.
    const QString notifyPath = dir.filePath(u"notify"_qs);
    NotifySocket notify(notifyPath);
    QProcess kiosk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NOTIFY_SOCKET"_qs, notifyPath);
    kiosk.setProcessEnvironment(env);
    kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
    kiosk.start(QString::fromLocal8Bit(argv[1]), {u"--config"_qs, conf});
    bool ready = false;
    for (QDeadlineTimer d(60000);
         !ready && !d.hasExpired() && kiosk.state() != QProcess::NotRunning;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        for (const QByteArray &m : notify.drain())
            ready = ready || m.startsWith("READY=1");
    }
    if (!ready) {
        std::fprintf(stderr, "the kiosk did not come up\n");
        return 1;
    }
    const int scanFd = open(QFile::encodeName(scanLink).constData(), O_WRONLY | O_NOCTTY);
    if (scanFd < 0) {
        std::fprintf(stderr, "cannot open the reader's pty\n");
        return 1;
    }
    // Round 0 is not counted: the kiosk's first receipt and cupsd's first job of each kind set
    // up what a stander sets up once, not per citizen.
    const QString receiptPath = dir.filePath(u"receipt.bin"_qs);
    const auto lpRaw = [&cupsd, &receiptPath] {
        QProcess lp;
        lp.start(u"lp"_qs, {u"-h"_qs, cupsd.server(), u"-d"_qs, u"borgerkiosk"_qs, u"-o"_qs,
                            u"raw"_qs, receiptPath});
        return lp.waitForFinished(20000) && lp.exitStatus() == QProcess::NormalExit &&
               lp.exitCode() == 0;
    };
    std::vector<double> kioskMs, lpMs;
    for (int i = 0; i <= checkIns; ++i) {
        const QByteArray scan = codes.at(i).toLatin1() + '\r';
        const int before = int(capture.finished.size());
        const auto t0 = SteadyClock::now();
        if (write(scanFd, scan.constData(), size_t(scan.size())) != scan.size() ||
            !waitForJobs(capture, before + 1)) {
            std::fprintf(stderr, "check-in %d: no receipt at the printer within 30 s\n", i);
            return 1;
        }
        const TimedCapture::Job receipt = capture.finished.constLast();

        QFile f(receiptPath);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(receipt.bytes);
        f.close();
        const auto l0 = SteadyClock::now();
        if (!lpRaw() || !waitForJobs(capture, before + 2)) {
            std::fprintf(stderr, "lp %d: no job at the printer within 30 s\n", i);
            return 1;
        }
        const TimedCapture::Job floor = capture.finished.constLast();
        if (floor.bytes != receipt.bytes) {
            std::fprintf(stderr, "lp %d: the printer got other bytes than were sent\n", i);
            return 1;
        }
        if (i == 0)
            continue;
        kioskMs.push_back(msBetween(t0, receipt.lastByte));
        lpMs.push_back(msBetween(l0, floor.lastByte));
    }
    close(scanFd);
    kiosk.terminate();
    kiosk.waitForFinished(10000);

    const double k50 = percentile(kioskMs, 50), k95 = percentile(kioskMs, 95);
    const double l50 = percentile(lpMs, 50), l95 = percentile(lpMs, 95);
    std::printf("receipt: %lld bytes (the last check-in's)\n",
                qlonglong(capture.finished.constLast().bytes.size()));
    std::printf("scan to last receipt byte, %d check-ins: p50 %.1f ms, p95 %.1f ms\n",
                int(kioskMs.size()), k50, k95);
    std::printf("lp -o raw of the same bytes (floor), %d jobs: p50 %.1f ms, p95 %.1f ms\n",
                int(lpMs.size()), l50, l95);
    std::printf("ratio: p50 %.2f, p95 %.2f (goal p95 <= 1.2)\n", k50 / l50, k95 / l95);
    return 0;
}
