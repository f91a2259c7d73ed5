#include "kioskgraphtesting.h"

#include "platform/config.h"

#include <QDir>
#include <QFile>

namespace bk::testing {

std::unique_ptr<KioskGraph> buildKiosk(const CentralFixture &f, const QString &token,
                                       const QString &kioskId, const Clock &clock, QString *error)
{
    return buildKiosk(f, token, kioskId, clock, error, KioskOptions{});
}

std::unique_ptr<KioskGraph> buildKiosk(const CentralFixture &f, const QString &token,
                                       const QString &kioskId, const Clock &clock, QString *error,
                                       const KioskOptions &options)
{
    const QDir dir(f.dir.filePath(kioskId));
    QFile tokenFile(dir.filePath(QStringLiteral("token")));
    if (!QDir().mkpath(dir.path()) || !tokenFile.open(QIODevice::WriteOnly) ||
        tokenFile.write(token.toUtf8()) != token.toUtf8().size()) {
        *error = QStringLiteral("cannot write %1").arg(tokenFile.fileName());
        return nullptr;
    }
    tokenFile.close();
    const QString conf =
        QStringLiteral("[site]\nid = test\nname = Testborgerservice\n"
                       "[kiosk]\nid = %1\nindex = 0\ncount = 1\nlanguage = da\n"
                       "[store]\npath = cache.sqlite\n"
                       "[devices]\nprinter = simulated\ndisplay = simulated\n"
                       "scanner = simulated\nreceipt_dir = receipts\n"
                       "[central]\nurl = %2\nca_file = %3\n"
                       "token_file = token\n"
                       "[admin]\npin_file = admin-pin\n")
            .arg(kioskId,
                 options.centralUrl.isEmpty() ? QStringLiteral("https://127.0.0.1:%1").arg(f.port)
                                              : options.centralUrl,
                 options.caFile.isEmpty() ? CentralFixture::pki().caCert : options.caFile);
    const ConfigResult parsed =
        parseConfig(conf.toUtf8(), dir.filePath(QStringLiteral("kiosk.conf")));
    if (!parsed.errors.isEmpty()) {
        *error = parsed.errors.join(u'\n');
        return nullptr;
    }
    KioskGraph::Context context;
    context.clock = &clock;
    context.version = QStringLiteral("test");
    context.windowed = true;
    context.manualInactivityTicks = true;
    context.restart = options.restart;
    context.enrolDeadlineMs = options.enrolDeadlineMs;
    context.enrolRestartDelayMs = options.enrolRestartDelayMs;
    KioskGraph::Error failure;
    std::unique_ptr<KioskGraph> graph = KioskGraph::build(parsed.config, context, &failure);
    if (!graph)
        *error = failure.message;
    return graph;
}

} // namespace bk::testing
