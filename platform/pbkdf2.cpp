#include "platform/pbkdf2.h"

#include <openssl/evp.h>

namespace bk {

QByteArray pbkdf2Sha256(const QString &secret, const QByteArray &salt, int iterations, int bytes)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray out(bytes, '\0');
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), bytes,
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return {};
    return out;
}

} // namespace bk
