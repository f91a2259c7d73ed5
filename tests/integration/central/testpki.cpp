#include "testpki.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QFile>

#include <memory>

namespace bk::testing {

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Cert = std::unique_ptr<X509, decltype(&X509_free)>;

bool addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for `key` named `cn`, signed by `issuerKey` (self-signed when issuer is null).
// `notBeforeSecs`: when it becomes valid, relative to now.
Cert makeCert(EVP_PKEY *key, const char *cn, X509 *issuer, EVP_PKEY *issuerKey, bool ca,
              long serial, long notBeforeSecs = -3600)
{
    Cert cert(X509_new(), &X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), notBeforeSecs);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 7 * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = true;
    if (ca) {
        ok = addExt(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE") &&
             addExt(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign") &&
             addExt(cert.get(), signer, NID_subject_key_identifier, "hash");
    } else {
        ok = addExt(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExt(cert.get(), signer, NID_key_usage, "critical,digitalSignature") &&
             addExt(cert.get(), signer, NID_ext_key_usage, "serverAuth") &&
             addExt(cert.get(), signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return Cert(nullptr, &X509_free);
    return cert;
}

template <typename F> bool writePem(const QString &path, F write)
{
    BIO *bio = BIO_new(BIO_s_mem());
    const bool ok = write(bio) == 1;
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QFile f(path);
    const bool written = ok && f.open(QIODevice::WriteOnly) && f.write(data, len) == len;
    BIO_free(bio);
    return written;
}

} // namespace

TestPki makeTestPki(const QString &dir, const QString &name, QString *error)
{
    Key caKey(EVP_EC_gen("prime256v1"), &EVP_PKEY_free);
    Key serverKey(EVP_EC_gen("prime256v1"), &EVP_PKEY_free);
    const QByteArray caName = ("borgerkiosk test CA " + name).toUtf8();
    Cert ca = makeCert(caKey.get(), caName.constData(), nullptr, nullptr, true, 1);
    Cert server = ca ? makeCert(serverKey.get(), "localhost", ca.get(), caKey.get(), false, 2)
                     : Cert(nullptr, &X509_free);
    Cert future =
        ca ? makeCert(serverKey.get(), "localhost", ca.get(), caKey.get(), false, 3, 24 * 3600)
           : Cert(nullptr, &X509_free);
    if (!caKey || !serverKey || !ca || !server || !future) {
        *error = QStringLiteral("OpenSSL could not make the test certificates");
        return {};
    }
    TestPki pki{dir + u'/' + name + QStringLiteral("-ca.pem"),
                dir + u'/' + name + QStringLiteral("-server.pem"),
                dir + u'/' + name + QStringLiteral("-server.key"),
                dir + u'/' + name + QStringLiteral("-server-future.pem")};
    const bool ok =
        writePem(pki.caCert, [&](BIO *b) { return PEM_write_bio_X509(b, ca.get()); }) &&
        writePem(pki.serverCert, [&](BIO *b) { return PEM_write_bio_X509(b, server.get()); }) &&
        writePem(pki.futureServerCert,
                 [&](BIO *b) { return PEM_write_bio_X509(b, future.get()); }) &&
        writePem(pki.serverKey, [&](BIO *b) {
            return PEM_write_bio_PrivateKey(b, serverKey.get(), nullptr, nullptr, 0, nullptr,
                                            nullptr);
        });
    if (!ok) {
        *error = QStringLiteral("cannot write the test certificates under %1").arg(dir);
        return {};
    }
    return pki;
}

} // namespace bk::testing
