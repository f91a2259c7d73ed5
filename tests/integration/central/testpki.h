#pragma once
// Test certificates made at test time with OpenSSL: a CA, and a server certificate for
// localhost/127.0.0.1 signed by it. Two CAs prove a client pinning one refuses the other.

#include <QString>

namespace bk::testing {

/// Files of one CA and the server certificate it signed.
struct TestPki
{
    QString caCert;     ///< PEM file of the CA certificate (what a client pins)
    QString serverCert; ///< PEM file of the server certificate
    QString serverKey;  ///< PEM file of the server's private key
    /// PEM file of a server certificate for the same key and CA that is valid only from
    /// tomorrow: what a kiosk whose clock is a day or more behind sees.
    QString futureServerCert;
};

/// Makes a CA named `name` and a server certificate under `dir`; empty paths on failure
/// (the message is in `error`).
TestPki makeTestPki(const QString &dir, const QString &name, QString *error);

} // namespace bk::testing
