#pragma once
// A central server started in-process for a test: temp dir, test CA and certificate, a clock
// the test sets, the test site seeded, every reply checked against central/openapi.json.

#include "central/api.h"
#include "central/centralstore.h"
#include "central/server.h"
#include "openapicheck.h"
#include "support/settableclock.h"
#include "testclient.h"
#include "testpki.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <mutex>

namespace bk::testing {

/// The test site: every day 08:00–20:00 local; "solo" is one counter, 5-minute slots; "pas"
/// two counters, 15 minutes. No holiday closures, so tests do not depend on the date.
central::SiteDefinition testSite(const QString &id = QStringLiteral("test"));

/// Monday 2 March 2026, 09:00 in Copenhagen (08:00 UTC).
QDateTime testNow();

/// Starts the borgerkiosk-central binary at `program` with `args` and returns the port read
/// from its "listening on 127.0.0.1:PORT" line; 0 when it did not start listening.
std::uint16_t startCentralProcess(QProcess &process, const QString &program,
                                  const QStringList &args);

class CentralFixture
{
public:
    CentralFixture();
    ~CentralFixture();

    /// Opens the store in a temp dir, seeds the test sites and starts the server; empty string
    /// on success. `adjust` may change the config first (history size, plain HTTP, ...).
    QString start(const std::function<void(central::Config &)> &adjust = {});
    /// Stops the server (the store stays open).
    void stop();

    /// A client pinning the right CA, its replies checked against the spec.
    std::unique_ptr<TestClient> client();
    /// Enrols `kioskId` at `site` through the API and returns its token (empty on failure).
    QString enrol(const QString &kioskId, const QString &site = QStringLiteral("test"));
    /// A new admin (staff) token named `name` for `site`, or for every site when empty.
    QString adminToken(const QString &name, const QString &site = {});
    /// Runs `fn` with the store on the server's I/O thread.
    void withStore(const std::function<void(central::CentralStore &)> &fn);

    /// Live WebSocket clients connected to the server now.
    int liveClients() { return m_server ? m_server->liveClients() : 0; }
    /// Checks a reply not made through client() (the WebSocket upgrade) against the spec.
    void checkReply(const QString &method, const QString &target, int status,
                    const QByteArray &body = {});
    /// Spec violations seen so far (empty when all replies matched).
    QStringList violations();
    /// Documented responses never seen by any fixture in this process.
    static QStringList unexercised();

    SettableClock clock{testNow()};
    std::uint16_t port = 0;
    QTemporaryDir dir;
    static const TestPki &pki();      ///< the CA the server's certificate is signed by
    static const TestPki &otherPki(); ///< an unrelated CA

private:
    central::Config m_config;
    std::unique_ptr<central::CentralStore> m_store;
    std::unique_ptr<central::Api> m_api;
    std::unique_ptr<central::Server> m_server;
    std::mutex m_mutex;
    QStringList m_violations;
};

} // namespace bk::testing
