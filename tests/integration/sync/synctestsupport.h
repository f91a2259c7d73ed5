#pragma once
// Shared by the sync engine's integration tests: a clock both threads may read, the log
// capture (support/logcapture.h), and helpers to configure an engine against a test central
// (centralfixture.h) and run one round.

#include "centralfixture.h"

#include "store/cachestore.h"
#include "support/logcapture.h"
#include "sync/syncengine.h"

#include <QString>
#include <QStringList>

namespace boost::asio {
class io_context;
}

namespace bk::testing {

/// The kiosk's clock in these tests: set by the test, read by the sync thread.
using LockedClock = SettableClock;

/// An engine configuration for kiosk `kioskId` of site "test" against the fixture, pinning
/// the fixture's CA; short timeouts and backoff so that failures show within a test.
sync::SyncConfig engineConfig(const CentralFixture &f, const QString &token, const QString &kioskId,
                              const QString &cachePath);

/// Asks for a round and waits for it; the round's error (empty = it worked).
QString runRound(sync::SyncEngine &engine, int timeoutMs = 20000);

/// Asks for a round of an engine built on `io` and runs `io` on this thread until that round
/// has ended; the round's error (empty = it worked).
QString stepRound(boost::asio::io_context &io, sync::SyncEngine &engine, int timeoutMs = 20000);

/// A valid booking code drawn from a seeded counter (deterministic per test).
QString testCode(quint32 seed);

/// A booking at site "test".
Booking testBooking(const QString &code, const QString &service, const QDateTime &startUtc);

/// Runs `sql` (one integer answer) on the central's database file, read-only; -1 on error.
qint64 centralCount(const CentralFixture &f, const char *sql);
/// The same on a database file given by path.
qint64 centralCount(const QString &databasePath, const char *sql);

/// Writes `count` bookings testCode(first..first+count-1) of service "pas" straight into the
/// central's file in one transaction (putBooking() logs a change per booking, which benches do
/// not measure), spread over ten days of opening hours a minute apart from testNow(); the
/// central's booking count afterwards, -1 on error.
int seedCentralBookings(const QString &databasePath, int count, int first = 0);

/// A cache opened as the kiosk's GUI side opens it (static numbers kept below 501).
CacheStore::Options kioskCacheOptions(int kioskIndex, int kioskCount);

} // namespace bk::testing
