#pragma once
// The kiosk for integration tests that need a whole one: built by the program's composition
// root (graph/kioskgraph.h) from a kiosk.conf that names the test central, as a technician
// writes it after enrolling the kiosk.

#include "centralfixture.h"

#include "graph/kioskgraph.h"

#include <functional>
#include <memory>

namespace bk::testing {

/// Kiosk `kioskId` of site "test" against the fixture's central (its CA pinned, `token` in a
/// token file beside the configuration), simulated devices, every file below the fixture's
/// folder (`<fixture dir>/<kioskId>/`: the cache, the token, the admin PIN file `admin-pin`),
/// no QML engine. Null with `error` set when the graph cannot be built.
std::unique_ptr<KioskGraph> buildKiosk(const CentralFixture &f, const QString &token,
                                       const QString &kioskId, const Clock &clock, QString *error);

/// What a test may change in that kiosk.
struct KioskOptions
{
    QString centralUrl; ///< central.url; empty = the fixture's
    QString caFile;     ///< central.ca_file; empty = the fixture's CA
    /// The admin screen's restart; empty = QCoreApplication::exit(0), as the program.
    std::function<void()> restart;
    int enrolDeadlineMs = 30000; ///< the admin screen's re-enrolment deadline
    int enrolRestartDelayMs = 0; ///< the success shown this long before the restart
};

/// buildKiosk() with `options`.
std::unique_ptr<KioskGraph> buildKiosk(const CentralFixture &f, const QString &token,
                                       const QString &kioskId, const Clock &clock, QString *error,
                                       const KioskOptions &options);

} // namespace bk::testing
