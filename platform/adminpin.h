#pragma once
// The technician's admin PIN: stored only as a salted slow hash (PBKDF2-HMAC-SHA-256 from
// OpenSSL, RFC 8018 section 5.2, 600,000 iterations as OWASP's password storage cheat sheet
// gives for it), compared in constant time, with a lockout after repeated wrong PINs that
// survives restarts because it lives in the same file.
//
// The file (config key admin.pin_file) is one JSON object, written atomically with mode 0600:
//   {"algorithm": "pbkdf2-sha256", "iterations": 600000, "salt": base64 (16 bytes),
//    "hash": base64 (32 bytes), "failures": consecutive wrong PINs since the last right one,
//    "lockouts": lockouts since then, "lockedUntil": ISO 8601 UTC or "",
//    "lockSeconds": the length of the current lockout}
// Lockout: every fifth consecutive wrong PIN locks the pad for 60 s, doubled with each further
// lockout, at most one hour; a right PIN resets both counts. A lockout that reaches further
// than its own length into the future (the clock was stepped back) counts as ended.
//
// PRIVACY: the digits are never logged, kept or returned; the log says what happened.

#include "domain/clock.h"

#include <QDateTime>
#include <QString>

namespace bk {

class AdminPin
{
public:
    enum class Result {
        Accepted,    ///< the PIN is right; the counts are reset
        Wrong,       ///< the PIN is wrong (the fifth in a row also locks: lockedUntil is set)
        LockedOut,   ///< the pad is locked until lockedUntil; the PIN was not looked at
        NotSet,      ///< there is no PIN file: set one with `borgerkiosk --set-admin-pin`
        StorageError ///< the PIN file cannot be read or understood, or the attempt cannot be
                     ///< recorded in it (then the PIN is not checked); logged, without content
    };
    struct Attempt
    {
        Result result = Result::NotSet;
        int attemptsLeft = 0;  ///< wrong PINs left before the pad locks (after Wrong)
        QDateTime lockedUntil; ///< UTC end of the lockout (LockedOut, and the Wrong that locked)
    };

    /// Wrong PINs in a row that lock the pad.
    static constexpr int kAttemptsPerLockout = 5;
    /// The first lockout's length, and the longest any lockout lasts (seconds).
    static constexpr int kFirstLockoutSeconds = 60;
    static constexpr int kLongestLockoutSeconds = 3600;
    /// PBKDF2 iterations of a PIN set now.
    static constexpr int kIterations = 600000;
    /// The fewest iterations a PIN file may name (fewer: the file is not understood).
    static constexpr int kLeastIterations = 1000;

    /// `path`: the PIN file (admin.pin_file); `clock` must outlive this object. Reads nothing
    /// yet: every call reads the file, so a PIN set while the kiosk runs takes effect.
    AdminPin(QString path, const Clock &clock);

    /// Whether a PIN file exists.
    bool isSet() const;
    /// UTC end of the lockout in force; invalid when the pad is not locked now.
    QDateTime lockedUntil() const;
    /// Checks `pin` (slow on purpose: about 0.2 to 0.5 s), counts a wrong one, locks after the
    /// fifth in a row; logs the outcome (category bk.admin) without the digits. The attempt is
    /// recorded as wrong before the PIN is looked at: StorageError, unchecked, when it cannot be.
    Attempt check(const QString &pin);

    /// Empty when `pin` is acceptable (4 to 12 digits 0-9), else why not, in English.
    static QString validate(const QString &pin);
    /// Sets the PIN at `path` (a fresh salt; counts and lockout cleared). Empty on success,
    /// else the error naming the file. When run as root, the file is given to the owner of its
    /// folder (the kiosk's state directory belongs to the kiosk user, who must update it).
    /// `iterations`: kIterations; only tests that are about the screens, not the hash, pass
    /// fewer (at least kLeastIterations), so that each check takes milliseconds.
    static QString set(const QString &path, const QString &pin, int iterations = kIterations);

private:
    QString m_path;
    const Clock &m_clock;
};

} // namespace bk
