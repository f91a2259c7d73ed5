// The self-test's order, the config, cache, central, clock and ui checks, and the result's
// forms (line, JSON). The device checks are in selftestdevices.cpp.

#include "graph/selftest.h"

#include "selftest_p.h"

#include "graph/centralsetup.h"
#include "graph/kioskgraph.h"

#include "domain/clockcheck.h"
#include "platform/config.h"
#include "store/cacheinspection.h"
#include "sync/centralprobe.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <iterator>
#include <memory>

namespace bk {

namespace {

/// The ids' width in a line, so that the summaries of one run line up ("central", "display").
constexpr int kIdWidth = 7;

using selftest::make;

QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 kB").arg((bytes + 1023) / 1024);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

/// The token from central.token_file (secret: never in a result); empty when none.
QString readToken(const KioskConfig &config)
{
    QFile f(config.central.tokenFile);
    if (config.central.tokenFile.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.read(4096).trimmed());
}

/// What the technician does about each way the central can fail.
QString centralFix(const KioskConfig &config, const sync::ProbeResult &probe)
{
    using F = sync::ProbeResult::Failure;
    switch (probe.failure) {
    case F::None:
        return {};
    case F::Invalid:
        return QStringLiteral("fix central.url and central.ca_file (borgerkiosk --check-config "
                              "names the key)");
    case F::Resolve:
        return QStringLiteral("check the host name in central.url and this stander's DNS "
                              "(resolvectl status)");
    case F::Refused:
        return QStringLiteral("nothing listens there: check that the central is running and "
                              "that the port in central.url is right");
    case F::Timeout:
    case F::Unreachable:
        return QStringLiteral("check the network cable and the route to the central (ip route; "
                              "a firewall between them); then the central itself");
    case F::UnknownCa:
        return QStringLiteral("put the CA that signed the central's certificate in %1 "
                              "(central.ca_file)")
            .arg(config.central.caFile);
    case F::Expired:
    case F::NotYetValid:
        return QStringLiteral("check this stander's clock first (timedatectl); if it is right, "
                              "renew the central's certificate");
    case F::HostnameMismatch:
        return QStringLiteral("use in central.url the name the central's certificate carries, "
                              "or have the certificate reissued for it");
    case F::Tls:
        return QStringLiteral("check that central.url points at the central's TLS port");
    case F::TokenRefused:
        return QStringLiteral("enrol again: get a one-time code from the central, set "
                              "central.enrolment_code, remove %1, then run borgerkiosk --enrol")
            .arg(config.central.tokenFile);
    case F::HttpError:
        return QStringLiteral("look at the central's log (journalctl -u borgerkiosk-central)");
    }
    return {};
}

} // namespace

QString verdictKey(SelfTestVerdict verdict)
{
    switch (verdict) {
    case SelfTestVerdict::Pass:
        return QStringLiteral("PASS");
    case SelfTestVerdict::Warn:
        return QStringLiteral("WARN");
    case SelfTestVerdict::Fail:
        return QStringLiteral("FAIL");
    case SelfTestVerdict::Skip:
        break;
    }
    return QStringLiteral("SKIP");
}

QString SelfTestResult::line() const
{
    QString text = verdictKey(verdict) + QStringLiteral("  ") + id.leftJustified(kIdWidth) +
                   QStringLiteral("  ") + summary;
    if (!fix.isEmpty())
        text += QStringLiteral(" — ") + fix;
    return text;
}

QJsonObject SelfTestResult::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("verdict"), verdictKey(verdict)},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("fix"), fix},
            {QStringLiteral("details"), details}};
}

bool selfTestFailed(const QList<SelfTestResult> &results)
{
    return std::any_of(results.cbegin(), results.cend(),
                       [](const SelfTestResult &r) { return r.verdict == SelfTestVerdict::Fail; });
}

QJsonObject selfTestJson(const QList<SelfTestResult> &results, const QString &version)
{
    QJsonArray checks;
    for (const SelfTestResult &r : results)
        checks.append(r.toJson());
    return {{QStringLiteral("version"), version},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("ok"), !selfTestFailed(results)}};
}

QList<SelfTestResult> SelfTest::runAll(const ConfigResult &loaded, const Options &options)
{
    const KioskConfig &config = loaded.config;
    QList<SelfTestResult> out{checkConfig(loaded), checkCache(config),
                              checkPrinter(config, options.cupsTimeoutMs), checkDisplay(config),
                              checkReader(config)};
    std::optional<sync::ProbeResult> probe;
    out.append(checkCentral(config, options.centralTimeout, &probe));
    out.append(checkClock(config, options.buildTime, probe));
    if (options.ui)
        out.append(checkUi(config, options));
    return out;
}

SelfTestResult SelfTest::checkConfig(const ConfigResult &loaded)
{
    QStringList errors = loaded.errors;
    if (errors.isEmpty())
        for (const ConfigProblem &p : checkCentralKeys(loaded.config))
            errors.append(describeProblem(loaded, p));
    QJsonObject details{{QStringLiteral("file"), loaded.fileName},
                        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
    if (errors.isEmpty())
        return make("config", SelfTestVerdict::Pass,
                    QStringLiteral("configuration ok: %1").arg(loaded.fileName), {}, details);
    return make("config", SelfTestVerdict::Fail,
                QStringLiteral("%1 has %2 error(s): %3")
                    .arg(loaded.fileName)
                    .arg(errors.size())
                    .arg(errors.join(QStringLiteral("; "))),
                QStringLiteral("fix the keys named (every key is documented in "
                               "kiosk.conf.example), then: borgerkiosk --check-config"),
                details);
}

SelfTestResult SelfTest::checkCache(const KioskConfig &config)
{
    const QString path = config.store.path;
    const CacheInspection c = inspectCache(path);
    QJsonObject details{{QStringLiteral("path"), path},
                        {QStringLiteral("exists"), c.exists},
                        {QStringLiteral("sizeBytes"), c.sizeBytes},
                        {QStringLiteral("walBytes"), c.walBytes},
                        {QStringLiteral("schemaVersion"), c.schemaVersion},
                        {QStringLiteral("programSchemaVersion"), c.programVersion},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(c.problems)},
                        {QStringLiteral("outboxDepth"), c.outboxDepth}};
    const QString remake =
        QStringLiteral("stop the kiosk (systemctl stop borgerkiosk), move %1 aside (with its "
                       "-wal and -shm files), start it again: it makes a new cache and takes a "
                       "fresh snapshot from the central (unsent check-ins in the old file are "
                       "lost)")
            .arg(path);
    if (!c.exists)
        return make("cache", SelfTestVerdict::Warn,
                    QStringLiteral("no cache file %1 yet").arg(path),
                    QStringLiteral("the kiosk makes it at its first start (systemctl start "
                                   "borgerkiosk); check store.path if it has run before"),
                    details);
    if (!c.readable)
        return make("cache", SelfTestVerdict::Fail,
                    QStringLiteral("cache %1 cannot be read: %2").arg(path, c.error), remake,
                    details);
    if (!c.problems.isEmpty())
        return make("cache", SelfTestVerdict::Fail,
                    QStringLiteral("cache %1 is damaged (quick_check: %2)")
                        .arg(path, c.problems.join(QStringLiteral("; "))),
                    remake, details);
    if (c.schemaVersion > c.programVersion)
        return make("cache", SelfTestVerdict::Fail,
                    QStringLiteral("cache %1 has schema version %2, newer than this program's "
                                   "%3 (a downgrade)")
                        .arg(path)
                        .arg(c.schemaVersion)
                        .arg(c.programVersion),
                    QStringLiteral("install the newer borgerkiosk package again, or remake "
                                   "the cache: ") +
                        remake,
                    details);
    const QString facts =
        QStringLiteral("cache %1 intact (quick_check ok), schema version %2, "
                       "%3%4")
            .arg(path)
            .arg(c.schemaVersion)
            .arg(sizeText(c.sizeBytes + c.walBytes))
            .arg(c.outboxDepth >= 0 ? QStringLiteral(", %1 unsent").arg(c.outboxDepth) : QString());
    if (c.schemaVersion < c.programVersion)
        return make("cache", SelfTestVerdict::Warn,
                    facts + QStringLiteral(" (this program's is %1: the kiosk upgrades it at "
                                           "its next start)")
                                .arg(c.programVersion),
                    QStringLiteral("restart the kiosk (systemctl restart borgerkiosk)"), details);
    return make("cache", SelfTestVerdict::Pass, facts, {}, details);
}

SelfTestResult SelfTest::checkCentral(const KioskConfig &config, std::chrono::milliseconds timeout,
                                      std::optional<sync::ProbeResult> *probeOut)
{
    const KioskConfig::Central &c = config.central;
    QJsonObject details{{QStringLiteral("url"), c.url}};
    if (c.url.isEmpty())
        return make("central", SelfTestVerdict::Skip,
                    QStringLiteral("no central configured (central.url is empty)"), {}, details);
    sync::ProbeRequest request;
    request.centralUrl = c.url;
    request.caFile = c.caFile;
    request.devPlainHttp = c.devPlainHttp;
    request.token = readToken(config);
    request.timeout = timeout;
    if (request.token.isEmpty())
        return make("central", SelfTestVerdict::Fail,
                    QStringLiteral("not enrolled: %1 holds no token").arg(c.tokenFile),
                    QStringLiteral("set central.enrolment_code to a one-time code from the "
                                   "central, then run: borgerkiosk --enrol"),
                    details);
    const sync::ProbeResult probe = sync::probeCentral(request);
    *probeOut = probe;
    details.insert(QStringLiteral("reason"), sync::failureKey(probe.failure));
    details.insert(QStringLiteral("tcp"), probe.connected);
    details.insert(QStringLiteral("tls"), probe.tlsOk);
    details.insert(QStringLiteral("status"), probe.status);
    if (probe.roundTripMs >= 0)
        details.insert(QStringLiteral("roundTripMs"), probe.roundTripMs);
    if (!probe.ok()) {
        static constexpr const char *kWhat[] = {"", // None
                                                "cannot be asked",
                                                "host name unknown",
                                                "connection refused",
                                                "no answer in time",
                                                "not reachable",
                                                "TLS failed: unknown CA",
                                                "TLS failed: certificate expired",
                                                "TLS failed: certificate not yet valid",
                                                "TLS failed: hostname mismatch",
                                                "TLS failed",
                                                "token refused (401)",
                                                "unexpected answer"};
        static_assert(std::size(kWhat) == std::size_t(sync::ProbeResult::Failure::HttpError) + 1);
        return make("central", SelfTestVerdict::Fail,
                    QStringLiteral("central %1: %2 (%3)")
                        .arg(c.url, QString::fromLatin1(kWhat[int(probe.failure)]), probe.message),
                    centralFix(config, probe), details);
    }
    details.insert(QStringLiteral("kioskId"), probe.kioskId);
    details.insert(QStringLiteral("siteId"), probe.siteId);
    const QString facts =
        QStringLiteral("central %1 reachable, TLS ok (pinned CA %2), token accepted: kiosk %3 "
                       "at site %4 (%5 ms)")
            .arg(c.url,
                 c.devPlainHttp && c.url.startsWith(u"http:") ? QStringLiteral("none") : c.caFile,
                 probe.kioskId, probe.siteId)
            .arg(probe.roundTripMs);
    if (probe.siteId != config.site.id)
        return make("central", SelfTestVerdict::Fail,
                    facts + QStringLiteral("; but site.id is %1").arg(config.site.id),
                    QStringLiteral("set site.id = %1, or enrol again at site %2")
                        .arg(probe.siteId, config.site.id),
                    details);
    if (probe.kioskId != config.kiosk.id)
        return make("central", SelfTestVerdict::Warn,
                    facts + QStringLiteral("; but kiosk.id is %1").arg(config.kiosk.id),
                    QStringLiteral("set kiosk.id = %1 so that the central's view and the "
                                   "journal name the same kiosk")
                        .arg(probe.kioskId),
                    details);
    return make("central", SelfTestVerdict::Pass, facts, {}, details);
}

SelfTestResult SelfTest::checkClock(const KioskConfig &config, const QDateTime &buildTime,
                                    const std::optional<sync::ProbeResult> &probe)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ClockEvidence evidence;
    evidence.buildTime = buildTime;
    evidence.lastSync = inspectCache(config.store.path).lastCentralTime;
    QJsonObject details{{QStringLiteral("now"), now.toString(Qt::ISODate)},
                        {QStringLiteral("maxOffsetSeconds"), kMaxCentralSkewSecs}};
    if (buildTime.isValid())
        details.insert(QStringLiteral("buildTime"), buildTime.toString(Qt::ISODate));
    if (evidence.lastSync.isValid())
        details.insert(QStringLiteral("lastSync"), evidence.lastSync.toString(Qt::ISODate));
    const bool compared = probe && probe->centralTime.isValid();
    qint64 offset = 0;
    if (compared) {
        // The central's clock now: its Date header plus the time since the answer arrived.
        evidence.centralNow = probe->centralTime.addMSecs(probe->receivedAt.msecsTo(now));
        offset = evidence.centralNow->secsTo(now);
        details.insert(QStringLiteral("centralTime"), probe->centralTime.toString(Qt::ISODate));
        details.insert(QStringLiteral("offsetSeconds"), offset);
    }
    const ClockVerdict verdict = judgeClock(now, evidence);
    details.insert(QStringLiteral("fault"), clockFaultKey(verdict.fault));
    const QString stamp = now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    if (!verdict.ok())
        return make("clock", SelfTestVerdict::Fail, verdict.reason.section(u';', 0, 0),
                    QStringLiteral("set it (timedatectl set-time 'YYYY-MM-DD HH:MM:SS') or let "
                                   "NTP sync (timedatectl timesync-status); replace the RTC "
                                   "battery if it happens at every boot"),
                    details);
    if (compared)
        return make("clock", SelfTestVerdict::Pass,
                    QStringLiteral("system clock %1, %2 s from the central's (at most %3 s "
                                   "allowed)")
                        .arg(stamp)
                        .arg(offset)
                        .arg(kMaxCentralSkewSecs),
                    {}, details);
    const QString bounds =
        QStringLiteral("system clock %1, not before the build date%2")
            .arg(stamp,
                 evidence.lastSync.isValid() ? QStringLiteral(" or the last sync") : QString());
    if (config.central.url.isEmpty())
        return make("clock", SelfTestVerdict::Pass,
                    bounds + QStringLiteral(" (no central to compare with)"), {}, details);
    return make("clock", SelfTestVerdict::Warn,
                bounds + QStringLiteral("; not compared with the central's clock (the central "
                                        "did not answer)"),
                QStringLiteral("fix the central check above, then run the self-test again"),
                details);
}

SelfTestResult SelfTest::checkUi(const KioskConfig &config, const Options &options)
{
    // The running kiosk's cache, ports, printer queue and central are the other checks' to
    // look at: the UI is loaded on an empty cache of its own, without devices or central.
    QTemporaryDir dir;
    KioskConfig quiet = config;
    quiet.store.path = dir.filePath(QStringLiteral("cache.sqlite"));
    if (quiet.devices.printer == PrinterDriver::Cups)
        quiet.devices.printer = PrinterDriver::None;
    if (quiet.devices.display == DisplayDriver::Serial)
        quiet.devices.display = DisplayDriver::None;
    if (quiet.devices.scanner == ScannerDriver::Serial)
        quiet.devices.scanner = ScannerDriver::None;
    if (quiet.devices.printer == PrinterDriver::Simulated)
        quiet.devices.receiptDir = dir.filePath(QStringLiteral("receipts"));
    quiet.central.url.clear();

    const SystemClock clock;
    // Owned here so that it goes before the services its bindings read.
    auto engineOwner = std::make_unique<QQmlApplicationEngine>();
    QQmlApplicationEngine &engine = *engineOwner;
    // qt_add_qml_module places the modules under qrc:/<URI>/; Qt 6.4 does not look there itself.
    engine.addImportPath(QStringLiteral("qrc:/"));
    KioskGraph::Context context;
    context.clock = &clock;
    context.engine = &engine;
    context.buildTime = options.buildTime;
    context.version = options.version;
    context.windowed = true;
    KioskGraph::Error error;
    std::unique_ptr<KioskGraph> graph = KioskGraph::build(quiet, context, &error);
    if (!graph)
        return make("ui", SelfTestVerdict::Fail,
                    QStringLiteral("the kiosk could not be built: %1").arg(error.message),
                    QStringLiteral("report this with the journal (journalctl -u borgerkiosk)"));
    engine.setInitialProperties(graph->qmlProperties());
    QStringList warnings;
    QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                     [&warnings](const QList<QQmlError> &ws) {
                         for (const QQmlError &w : ws)
                             warnings.append(w.toString());
                     });
    engine.load(QUrl(QStringLiteral("qrc:/Borgerkiosk/Ui/Main.qml")));
    const bool loaded = !engine.rootObjects().isEmpty() &&
                        qobject_cast<QWindow *>(engine.rootObjects().constFirst());
    if (loaded) {
        // Let bindings settle and the first frame render before judging.
        QEventLoop loop;
        QTimer::singleShot(500, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QJsonObject details{{QStringLiteral("qmlWarnings"), int(warnings.size())},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    engineOwner.reset(); // the QML goes first, then the services it was bound to
    if (!loaded || !warnings.isEmpty())
        return make(
            "ui", SelfTestVerdict::Fail,
            QStringLiteral("the user interface %1 (%2 QML warning(s)%3)")
                .arg(loaded ? QStringLiteral("loaded with warnings")
                            : QStringLiteral("did not load"))
                .arg(warnings.size())
                .arg(warnings.isEmpty() ? QString() : QStringLiteral(": ") + warnings.constFirst()),
            QStringLiteral("reinstall the borgerkiosk package (apt-get install "
                           "--reinstall borgerkiosk); if it stays, report it"),
            details);
    return make("ui", SelfTestVerdict::Pass,
                QStringLiteral("the whole user interface loads (0 QML warnings)"), {}, details);
}

} // namespace bk
