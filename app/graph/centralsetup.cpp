#include "graph/centralsetup.h"

#include "platform/atomicfile.h"
#include "platform/config.h"
#include "sync/enrolment.h"
#include "sync/syncconfig.h"

#include <QFile>
#include <QFileInfo>

namespace bk {

namespace {

constexpr int kExitUnavailable = 69; // EX_UNAVAILABLE
constexpr int kExitCantCreate = 73;  // EX_CANTCREAT
constexpr int kExitConfig = 78;      // EX_CONFIG

EnrolmentStep failed(int exitCode, const QString &message)
{
    EnrolmentStep s;
    s.outcome = EnrolmentStep::Outcome::Failed;
    s.exitCode = exitCode;
    s.message = message;
    return s;
}

} // namespace

bool tokenMissing(const KioskConfig &config)
{
    QFile f(config.central.tokenFile);
    if (!f.exists())
        return true;
    // A token is a line of base64url; an existing file that cannot be read is not "missing"
    // (checkCentralKeys reports it) so that a permission error never burns a new code.
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(4096).trimmed().isEmpty();
}

QList<ConfigProblem> checkCentralKeys(const KioskConfig &config)
{
    QList<ConfigProblem> out;
    const KioskConfig::Central &c = config.central;
    if (c.url.isEmpty())
        return out;
    sync::Endpoint endpoint;
    if (const QString e = sync::parseEndpoint(c.url, {}, &endpoint); !e.isEmpty())
        out.append({QStringLiteral("central.url"), c.url, e});
    else if (!endpoint.tls && !c.devPlainHttp)
        out.append({QStringLiteral("central.url"), c.url,
                    QStringLiteral("plain HTTP is refused: use https:// with central.ca_file "
                                   "(central.dev_plain_http is for development only)")});
    if (endpoint.tls || endpoint.host.empty()) {
        if (c.caFile.isEmpty())
            out.append({QStringLiteral("central.ca_file"), c.caFile,
                        QStringLiteral("empty, but central.url is set: name the PEM file of the "
                                       "CA that signed the central's certificate")});
        else if (const QString e = sync::checkCaFile(c.caFile); !e.isEmpty())
            out.append({QStringLiteral("central.ca_file"), c.caFile, e});
    }
    if (c.tokenFile.isEmpty()) {
        out.append({QStringLiteral("central.token_file"), c.tokenFile,
                    QStringLiteral("empty, but central.url is set: name the file that holds (or "
                                   "will hold, after enrolment) this kiosk's token")});
        return out;
    }
    const QFileInfo token(c.tokenFile);
    if (token.exists() && !token.isReadable()) {
        out.append({QStringLiteral("central.token_file"), c.tokenFile,
                    QStringLiteral("exists but cannot be read by this user; it must belong to "
                                   "the kiosk user (mode 0600)")});
    } else if (tokenMissing(config)) {
        if (c.enrolmentCode.isEmpty())
            out.append({QStringLiteral("central.token_file"), c.tokenFile,
                        QStringLiteral("missing or empty and central.enrolment_code is empty: "
                                       "the kiosk is not enrolled; set central.enrolment_code "
                                       "to a one-time code from the central")});
        else if (!QFileInfo(token.absolutePath()).isWritable())
            out.append({QStringLiteral("central.token_file"), c.tokenFile,
                        QStringLiteral("missing, and its folder %1 is not writable by this "
                                       "user: enrolment could not store the token")
                            .arg(token.absolutePath())});
    }
    return out;
}

QString describeProblem(const ConfigResult &loaded, const ConfigProblem &problem)
{
    return loaded.at(problem.key) +
           QStringLiteral("%1 = \"%2\": %3").arg(problem.key, problem.value, problem.message);
}

namespace {

/// The enrolment request for `code` from the `[central]` keys and the kiosk's id.
sync::EnrolRequest enrolRequest(const KioskConfig &config, const QString &code)
{
    sync::EnrolRequest request;
    request.centralUrl = config.central.url;
    request.caFile = config.central.caFile;
    request.devPlainHttp = config.central.devPlainHttp;
    request.code = code;
    request.kioskId = config.kiosk.id;
    return request;
}

/// Replaces the token file atomically (mode 0600); the error, empty on success.
QString storeToken(const KioskConfig::Central &c, const QString &token)
{
    return writeFileAtomically(c.tokenFile, token.toUtf8() + '\n', 0600);
}

} // namespace

EnrolmentStep enrolIfNeeded(const KioskConfig &config, bool required)
{
    const KioskConfig::Central &c = config.central;
    if (c.url.isEmpty()) {
        if (required)
            return failed(kExitConfig, QStringLiteral("central.url is empty: there is no central "
                                                      "to enrol with"));
        return {};
    }
    if (c.tokenFile.isEmpty())
        return failed(kExitConfig, QStringLiteral("central.token_file is empty: name the file "
                                                  "the token is to be stored in"));
    if (!tokenMissing(config)) {
        EnrolmentStep s;
        s.message = QStringLiteral("already enrolled: %1 holds a token (central.enrolment_code "
                                   "is ignored); to enrol again, remove it and set a new code")
                        .arg(c.tokenFile);
        return s;
    }
    if (c.enrolmentCode.isEmpty()) {
        if (!required)
            return {}; // the graph reports the missing token
        return failed(kExitConfig,
                      QStringLiteral("central.enrolment_code is empty: set it to a one-time code "
                                     "from the central (borgerkiosk-central --make-enrol-code "
                                     "SITE) and run again"));
    }

    const sync::EnrolResult r = sync::enrol(enrolRequest(config, c.enrolmentCode));
    switch (r.outcome) {
    case sync::EnrolResult::Outcome::Enrolled:
        break;
    case sync::EnrolResult::Outcome::Refused:
        return failed(kExitUnavailable,
                      QStringLiteral("enrolment refused by the central %1: %2. The code in "
                                     "central.enrolment_code was refused (unknown, mistyped or "
                                     "already used): ask the administrator for a new one-time "
                                     "code and set it there")
                          .arg(c.url, r.message));
    case sync::EnrolResult::Outcome::Unreachable:
        return failed(kExitUnavailable,
                      QStringLiteral("enrolment failed: the central %1 could not be reached (%2); "
                                     "check the network and central.url, central.ca_file; the "
                                     "kiosk tries again when restarted")
                          .arg(c.url, r.message));
    case sync::EnrolResult::Outcome::Invalid:
        return failed(kExitConfig, QStringLiteral("enrolment not attempted: %1").arg(r.message));
    }
    if (const QString e = storeToken(c, r.token); !e.isEmpty())
        return failed(kExitCantCreate,
                      QStringLiteral("enrolled, but the token could not be stored: %1; the code "
                                     "is now used: fix the folder's permissions and ask for a "
                                     "new code")
                          .arg(e));
    EnrolmentStep s;
    s.outcome = EnrolmentStep::Outcome::Enrolled;
    s.siteId = r.siteId;
    s.message =
        QStringLiteral("enrolled at site %1; token stored in %2").arg(r.siteId, c.tokenFile);
    if (r.siteId != config.site.id)
        s.message += QStringLiteral(" (note: site.id is %1; the central will refuse this kiosk "
                                    "until site.id is %2)")
                         .arg(config.site.id, r.siteId);
    return s;
}

ReenrolResult reenrol(const KioskConfig &config, const QString &code, int deadlineMs)
{
    using Outcome = ReenrolResult::Outcome;
    const KioskConfig::Central &c = config.central;
    ReenrolResult out;
    if (c.url.isEmpty()) {
        out.message = QStringLiteral("no central is configured (central.url is empty)");
        return out;
    }
    if (c.tokenFile.isEmpty()) {
        out.message = QStringLiteral("central.token_file is empty");
        return out;
    }
    sync::EnrolRequest request = enrolRequest(config, code);
    // Connect, handshake, write and read each get a fifth: the four end within the deadline.
    request.timeout = std::chrono::milliseconds(qMax(200, deadlineMs / 5));
    const sync::EnrolResult r = sync::enrol(request);
    switch (r.outcome) {
    case sync::EnrolResult::Outcome::Enrolled:
        break;
    case sync::EnrolResult::Outcome::Refused:
        out.outcome = Outcome::Refused;
        out.message = r.message;
        return out;
    case sync::EnrolResult::Outcome::Unreachable:
        out.outcome = r.timedOut     ? Outcome::TimedOut
                      : r.tlsRefused ? Outcome::TlsRefused
                                     : Outcome::Unreachable;
        out.message = QStringLiteral("%1: %2").arg(c.url, r.message);
        return out;
    case sync::EnrolResult::Outcome::Invalid:
        out.message = r.message;
        return out;
    }
    if (const QString e = storeToken(c, r.token); !e.isEmpty()) {
        out.outcome = Outcome::StorageError;
        out.message = e;
        return out;
    }
    out.outcome = Outcome::Enrolled;
    out.siteId = r.siteId;
    out.message = QStringLiteral("token stored in %1").arg(c.tokenFile);
    return out;
}

} // namespace bk
