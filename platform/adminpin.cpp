#include "platform/adminpin.h"

#include "platform/atomicfile.h"
#include "platform/pbkdf2.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcAdmin, "bk.admin")

namespace bk {

namespace {

constexpr char kAlgorithm[] = "pbkdf2-sha256";
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

/// What the PIN file holds (see adminpin.h for its format).
struct PinRecord
{
    int iterations = AdminPin::kIterations;
    QByteArray salt;
    QByteArray hash;
    int failures = 0;
    int lockouts = 0;
    QDateTime lockedUntil; ///< UTC; invalid = not locked
    int lockSeconds = 0;
};

/// The PIN's hash (see pbkdf2.h); empty when OpenSSL fails.
QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return pbkdf2Sha256(pin, salt, iterations, kHashBytes);
}

enum class ReadError { None, Missing, Unreadable };

/// The record at `path`; nullopt with `error` set when it is missing or cannot be understood.
std::optional<PinRecord> readRecord(const QString &path, ReadError *error)
{
    QFile f(path);
    if (!f.exists()) {
        *error = ReadError::Missing;
        return std::nullopt;
    }
    *error = ReadError::Unreadable;
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    PinRecord r;
    r.iterations = o.value(QLatin1String("iterations")).toInt();
    r.salt = QByteArray::fromBase64(o.value(QLatin1String("salt")).toString().toLatin1());
    r.hash = QByteArray::fromBase64(o.value(QLatin1String("hash")).toString().toLatin1());
    r.failures = std::max(0, o.value(QLatin1String("failures")).toInt());
    r.lockouts = std::max(0, o.value(QLatin1String("lockouts")).toInt());
    r.lockedUntil =
        QDateTime::fromString(o.value(QLatin1String("lockedUntil")).toString(), Qt::ISODate)
            .toUTC();
    r.lockSeconds = std::max(0, o.value(QLatin1String("lockSeconds")).toInt());
    if (o.value(QLatin1String("algorithm")).toString() != QLatin1String(kAlgorithm) ||
        r.iterations < AdminPin::kLeastIterations || r.salt.size() < kSaltBytes ||
        r.hash.size() != kHashBytes)
        return std::nullopt;
    *error = ReadError::None;
    return r;
}

QString writeRecord(const QString &path, const PinRecord &r)
{
    const QJsonObject o{
        {QStringLiteral("algorithm"), QLatin1String(kAlgorithm)},
        {QStringLiteral("iterations"), r.iterations},
        {QStringLiteral("salt"), QString::fromLatin1(r.salt.toBase64())},
        {QStringLiteral("hash"), QString::fromLatin1(r.hash.toBase64())},
        {QStringLiteral("failures"), r.failures},
        {QStringLiteral("lockouts"), r.lockouts},
        {QStringLiteral("lockedUntil"),
         r.lockedUntil.isValid() ? r.lockedUntil.toString(Qt::ISODate) : QString()},
        {QStringLiteral("lockSeconds"), r.lockSeconds},
    };
    return writeFileAtomically(path, QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n', 0600);
}

/// The lockout in force at `now`, or invalid. A lockout ending further ahead than its own
/// length (the clock was stepped back) is over.
QDateTime lockInForce(const PinRecord &r, const QDateTime &now)
{
    if (!r.lockedUntil.isValid() || now >= r.lockedUntil ||
        now.secsTo(r.lockedUntil) > qint64(r.lockSeconds))
        return {};
    return r.lockedUntil;
}

} // namespace

AdminPin::AdminPin(QString path, const Clock &clock) : m_path(std::move(path)), m_clock(clock) {}

bool AdminPin::isSet() const
{
    return QFileInfo::exists(m_path);
}

QDateTime AdminPin::lockedUntil() const
{
    ReadError error = ReadError::None;
    const std::optional<PinRecord> r = readRecord(m_path, &error);
    return r ? lockInForce(*r, m_clock.now()) : QDateTime();
}

AdminPin::Attempt AdminPin::check(const QString &pin)
{
    ReadError error = ReadError::None;
    std::optional<PinRecord> r = readRecord(m_path, &error);
    if (!r) {
        if (error == ReadError::Missing) {
            qCWarning(lcAdmin) << "admin PIN attempt: no PIN is set (borgerkiosk --set-admin-pin)";
            return {Result::NotSet, 0, {}};
        }
        qCCritical(lcAdmin).noquote()
            << QStringLiteral("admin PIN attempt: the PIN file %1 cannot be read or understood; "
                              "set the PIN again with borgerkiosk --set-admin-pin")
                   .arg(m_path);
        return {Result::StorageError, 0, {}};
    }
    const QDateTime now = m_clock.now();
    if (const QDateTime until = lockInForce(*r, now); until.isValid()) {
        qCWarning(lcAdmin).noquote()
            << QStringLiteral("admin PIN attempt refused: the pad is locked until %1 UTC")
                   .arg(until.toString(Qt::ISODate));
        return {Result::LockedOut, 0, until};
    }
    // Record the attempt as wrong, with the lockout it would start, before looking at the PIN:
    // when that cannot be written the PIN is not checked, so a full or read-only disk cannot
    // give endless tries. A right PIN then clears both.
    PinRecord counted = *r;
    ++counted.failures;
    const bool locks = counted.failures % kAttemptsPerLockout == 0;
    if (locks) {
        ++counted.lockouts;
        const int shift = std::min(counted.lockouts - 1, 16);
        counted.lockSeconds = std::min(kFirstLockoutSeconds << shift, kLongestLockoutSeconds);
        counted.lockedUntil = now.addSecs(counted.lockSeconds);
    }
    if (const QString e = writeRecord(m_path, counted); !e.isEmpty()) {
        qCCritical(lcAdmin).noquote()
            << "admin PIN attempt not checked: it cannot be recorded:" << e;
        return {Result::StorageError, 0, {}};
    }
    const QByteArray hash = derive(pin, r->salt, r->iterations);
    const bool right = hash.size() == kHashBytes &&
                       CRYPTO_memcmp(hash.constData(), r->hash.constData(), kHashBytes) == 0;
    Attempt attempt;
    if (right) {
        r->failures = 0;
        r->lockouts = 0;
        r->lockedUntil = {};
        r->lockSeconds = 0;
        attempt.result = Result::Accepted;
        qCInfo(lcAdmin) << "admin PIN accepted";
        // If the clearing cannot be written, the next attempt counts on from the wrong one
        // recorded above: that errs on the safe side.
        if (const QString e = writeRecord(m_path, *r); !e.isEmpty())
            qCCritical(lcAdmin).noquote()
                << "admin PIN: the count of wrong attempts could not be cleared:" << e;
        return attempt;
    }
    attempt.result = Result::Wrong;
    attempt.attemptsLeft = locks ? 0 : kAttemptsPerLockout - counted.failures % kAttemptsPerLockout;
    if (locks) {
        attempt.lockedUntil = counted.lockedUntil;
        qCWarning(lcAdmin).noquote()
            << QStringLiteral("admin PIN wrong (%1 in a row): the pad is locked for %2 s, "
                              "until %3 UTC")
                   .arg(counted.failures)
                   .arg(counted.lockSeconds)
                   .arg(counted.lockedUntil.toString(Qt::ISODate));
    } else {
        qCWarning(lcAdmin).noquote()
            << QStringLiteral("admin PIN wrong (%1 in a row, %2 left before the pad locks)")
                   .arg(counted.failures)
                   .arg(attempt.attemptsLeft);
    }
    return attempt;
}

QString AdminPin::validate(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return QStringLiteral("the PIN must have 4 to 12 digits");
    if (!std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return QStringLiteral("the PIN must have digits 0-9 only");
    return {};
}

QString AdminPin::set(const QString &path, const QString &pin, int iterations)
{
    if (const QString why = validate(pin); !why.isEmpty())
        return why;
    if (iterations < kLeastIterations)
        return QStringLiteral("%1: fewer than %2 PBKDF2 iterations")
            .arg(path)
            .arg(kLeastIterations);
    PinRecord r;
    r.iterations = iterations;
    r.salt.resize(kSaltBytes);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(r.salt.data()), kSaltBytes) != 1)
        return QStringLiteral("%1: no random salt from OpenSSL").arg(path);
    r.hash = derive(pin, r.salt, r.iterations);
    if (r.hash.isEmpty())
        return QStringLiteral("%1: PBKDF2 failed in OpenSSL").arg(path);
    if (const QString e = writeRecord(path, r); !e.isEmpty())
        return e;
    if (geteuid() == 0) {
        // The kiosk user records wrong attempts in this file: give it to the folder's owner.
        struct stat dir
        {};
        const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
        if (::stat(folder.constData(), &dir) == 0 &&
            ::chown(QFile::encodeName(path).constData(), dir.st_uid, dir.st_gid) != 0)
            return QStringLiteral("%1: set, but could not be given to the owner of its folder")
                .arg(path);
    }
    return {};
}

} // namespace bk
