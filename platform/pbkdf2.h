#pragma once
// The slow salted hash behind the kiosk's admin PIN and the central's staff passwords.

#include <QByteArray>
#include <QString>

namespace bk {

/// PBKDF2-HMAC-SHA-256 (RFC 8018 section 5.2, OpenSSL's PKCS5_PBKDF2_HMAC) of `secret` as
/// UTF-8 with `salt` and `iterations` rounds: `bytes` bytes, or empty when OpenSSL fails.
QByteArray pbkdf2Sha256(const QString &secret, const QByteArray &salt, int iterations, int bytes);

} // namespace bk
