#pragma once
// Staff passwords as a slow salted hash: PBKDF2-HMAC-SHA-256 from OpenSSL (RFC 8018 section
// 5.2) with 600,000 iterations, as OWASP's password storage cheat sheet gives for it (the same
// choice as the kiosk's admin PIN, platform/adminpin.h), a 16-byte random salt and a 32-byte
// result, compared in constant time. Stored as one text:
//   "pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>"
// so that a later, larger iteration count can live beside older hashes.
//
// PRIVACY: the password is never logged, kept or returned.

#include <QString>

namespace bk::central {

/// PBKDF2 iterations of a password set now.
inline constexpr int kPasswordIterations = 600000;

/// The stored form of `password` with a fresh salt; empty when OpenSSL fails.
QString hashPassword(const QString &password);
/// Whether `password` matches `stored` (slow on purpose: about 0.2 to 0.5 s); false for a
/// stored text that cannot be read.
bool verifyPassword(const QString &password, const QString &stored);
/// Empty when `password` is acceptable (10 to 128 characters), else why not, in English.
QString validatePassword(const QString &password);

} // namespace bk::central
