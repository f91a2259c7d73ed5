#include "central/passwordhash.h"

#include "platform/pbkdf2.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace bk::central {

namespace {

constexpr char kAlgorithm[] = "pbkdf2-sha256";
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return pbkdf2Sha256(password, salt, iterations, kHashBytes);
}

} // namespace

QString hashPassword(const QString &password)
{
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return {};
    const QByteArray hash = derive(password, salt, kPasswordIterations);
    if (hash.isEmpty())
        return {};
    return QStringLiteral("%1$%2$%3$%4")
        .arg(QLatin1String(kAlgorithm))
        .arg(kPasswordIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool verifyPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != QLatin1String(kAlgorithm))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts[3].toLatin1());
    if (!ok || iterations < 1000 || salt.size() < kSaltBytes || hash.size() != kHashBytes)
        return false;
    const QByteArray got = derive(password, salt, iterations);
    return got.size() == kHashBytes &&
           CRYPTO_memcmp(got.constData(), hash.constData(), std::size_t(kHashBytes)) == 0;
}

QString validatePassword(const QString &password)
{
    if (password.size() < 10)
        return QStringLiteral("a password needs at least 10 characters");
    if (password.size() > 128)
        return QStringLiteral("a password has at most 128 characters");
    return {};
}

} // namespace bk::central
