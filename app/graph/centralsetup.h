#pragma once
// The [central] keys before the kiosk starts: the checks that need no network (shared by
// `borgerkiosk --check-config` and KioskGraph::build, so the two never disagree), and the
// enrolment at start that trades central.enrolment_code for the token in central.token_file.

#include <QList>
#include <QString>

namespace bk {

struct ConfigResult;
struct KioskConfig;

/// One thing wrong with a key's value that parsing alone cannot see (a file that cannot be
/// read, a combination that cannot work).
struct ConfigProblem
{
    QString key;     ///< full key name, e.g. "central.ca_file"
    QString value;   ///< the value as configured (never a secret: codes are not quoted)
    QString message; ///< what is wrong and what to do
};

/// The [central] checks that need no network, in key order: central.url parses and is
/// https (or dev_plain_http is set); central.ca_file is set, readable and a PEM CA the TLS
/// client loads; central.token_file is set, and either holds a token readable by this user
/// or is missing/empty with central.enrolment_code set and its folder writable. Empty when
/// central.url is empty (no central) or everything holds.
QList<ConfigProblem> checkCentralKeys(const KioskConfig &config);

/// `problem` as a line for the technician: `file:line: key = "value": message` (the line
/// where the key is set, or `file: ` for a key left at its default).
QString describeProblem(const ConfigResult &loaded, const ConfigProblem &problem);

/// The outcome of enrolment at start or of `borgerkiosk --enrol`.
struct EnrolmentStep
{
    enum class Outcome {
        NotNeeded, ///< no central, or the token file already holds a token: the code is ignored
        Enrolled,  ///< the token was written to central.token_file
        Failed     ///< see message and exitCode
    };
    Outcome outcome = Outcome::NotNeeded;
    QString siteId;  ///< Enrolled: the site the central enrolled this kiosk at
    QString message; ///< for the technician: what happened and what to do; never the token
                     ///< or the code
    /// Failed: 69 (EX_UNAVAILABLE, sysexits.h) when the central could not be reached or
    /// refused the code (the unit retries after RestartSec), 78 (EX_CONFIG) when the
    /// configuration cannot enrol (no code, no URL) or 73 (EX_CANTCREAT) when the token file
    /// cannot be written.
    int exitCode = 0;
};

/// Whether central.token_file is missing or empty (only whitespace), i.e. the kiosk has no
/// token yet.
bool tokenMissing(const KioskConfig &config);

/// Enrols when the kiosk has a central, no token yet and an enrolment code; writes the token
/// atomically with mode 0600. Blocks for the request (at most ~45 s when the central does not
/// answer). With `required` (borgerkiosk --enrol) a missing code or URL is a failure rather
/// than NotNeeded.
EnrolmentStep enrolIfNeeded(const KioskConfig &config, bool required = false);

/// The outcome of a re-enrolment from the admin screen.
struct ReenrolResult
{
    enum class Outcome {
        Enrolled,    ///< the new token replaced central.token_file (atomically, mode 0600)
        Refused,     ///< the central refused the code (4xx): unknown, mistyped or used
        Unreachable, ///< no connection or a server error (5xx)
        TlsRefused,  ///< the TLS handshake failed (certificate not accepted)
        TimedOut,    ///< connected, but a step took too long
        Invalid,     ///< not attempted: no central, no token file, a bad URL or CA file
        StorageError ///< enrolled, but the token could not be written (the code is used)
    };
    Outcome outcome = Outcome::Invalid;
    QString siteId;  ///< Enrolled: the site the central enrolled the kiosk at
    QString message; ///< for the technician; never the code or the token
};

/// Re-enrols a kiosk that may already hold a token, with the one-time `code`: POST /v1/enrol
/// with each step (connect, handshake, write, read) given deadlineMs / 5, so the whole
/// exchange ends within `deadlineMs`. Only on success is central.token_file replaced,
/// atomically with mode 0600 as at start (enrolIfNeeded); any failure leaves it as it was.
/// Blocks: run it off the GUI thread.
ReenrolResult reenrol(const KioskConfig &config, const QString &code, int deadlineMs);

} // namespace bk
