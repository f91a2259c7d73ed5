#pragma once
// The token behind a ticket's "your place in the queue" link (issue 13 item 5): the kiosk makes
// it when it issues the ticket (also offline), prints `<queuePageUrl>/q/<token>` as a QR code
// on the receipt and sends the token with the ticket's outbox operation; the central keeps
// only its SHA-256. The token is the only key to the page, so it is unguessable: 128 bits from
// the system's CSPRNG.

#include <QString>

namespace bk::queuetoken {

/// Characters of a token: 128 bits as unpadded URL-safe base64 (RFC 4648 section 5).
inline constexpr int kLength = 22;

/// A fresh token: 16 bytes from QRandomGenerator::system() (the OS's CSPRNG), base64url
/// without padding, 22 characters of [A-Za-z0-9_-].
QString make();

/// Whether `text` has a token's shape (22 characters of the base64url alphabet whose last one
/// carries only the 128th bit's group, as make() produces). Says nothing of whether it exists.
bool isWellFormed(const QString &text);

/// The page's address for a token: `base` (e.g. "https://kø.example.dk") without a trailing
/// slash, then "/q/" and the token. Empty when `base` is empty (no page configured).
QString pageUrl(const QString &base, const QString &token);

} // namespace bk::queuetoken
