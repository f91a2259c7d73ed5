#pragma once
// Random bearer tokens and their stored form, shared by kiosk, admin, staff-session and
// display-link tokens: only the SHA-256 of a token is ever stored.

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QString>

namespace bk::central {

/// Hex SHA-256 of the token's UTF-8: what the database keeps instead of the token.
inline QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

/// 256 random bits from the system's CSPRNG, URL-safe base64 (43 characters): a token is never
/// typed, only stored in a file, a cookie or a link.
inline QString newToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// 64 random bits as 16 hex digits: the opaque key that links one visit's events for the
/// statistics (central/STATISTICS.md). Random, so nothing about the citizen or the booking code
/// can be derived from it.
inline QString newVisitKey()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
}

} // namespace bk::central
