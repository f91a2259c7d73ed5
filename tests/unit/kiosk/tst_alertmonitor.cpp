// AlertMonitor: staff alerts raised and cleared once per episode, written to the cache's
// outbox (kind "alert") with the time each began, kept across a restart; the clock is the
// test's, the printer the simulated twin, the display and reader small doubles whose state the
// test sets, the central's link a CentralStatus fed states by hand.

#include "kiosk/alertmonitor.h"
#include "kiosk/centralstatus.h"

#include "drivers/barcodereader.h"
#include "drivers/simulatedreceiptprinter.h"
#include "drivers/ticketdisplay.h"
#include "platform/sqlite.h"
#include "store/cachestore.h"
#include "support/logcapture.h"
#include "support/settableclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace bk;
using bk::testing::SettableClock;

namespace {

class TestDisplay final : public TicketDisplay
{
public:
    DeviceStatus status() const override { return m_status; }
    void showCallouts(const QList<Callout> &) override {}
    void set(DeviceStatus s)
    {
        m_status = std::move(s);
        emit statusChanged();
    }

private:
    DeviceStatus m_status{DeviceState::Connected, {}};
};

class TestReader final : public BarcodeReader
{
public:
    DeviceStatus status() const override { return m_status; }
    void set(DeviceStatus s)
    {
        m_status = std::move(s);
        emit statusChanged();
    }

private:
    DeviceStatus m_status{DeviceState::Connected, {}};
};

const QDateTime kStart(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

/// One queued alert as the central will get it.
struct Queued
{
    QString alert;
    QString event;
    QDateTime at;
};

QList<Queued> pendingAlerts(CacheStore &store)
{
    QList<Queued> out;
    const auto pending = store.pendingOutbox(1000);
    if (!pending)
        return out;
    for (const OutboxEntry &e : *pending) {
        if (e.kind != QLatin1String("alert"))
            continue;
        const QJsonObject p = QJsonDocument::fromJson(e.payload).object();
        out.append({p[u"alert"].toString(), p[u"event"].toString(),
                    QDateTime::fromString(p[u"at"].toString(), Qt::ISODateWithMs)});
    }
    return out;
}

/// A central link that has failed (`online` false after a round) or answered.
sync::SyncState linkState(bool online, quint64 rounds)
{
    sync::SyncState s;
    s.running = true;
    s.online = online;
    s.rounds = rounds;
    return s;
}

} // namespace

class TestAlertMonitor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SettableClock> m_clock;
    std::unique_ptr<CacheStore> m_store;
    std::unique_ptr<SimulatedReceiptPrinter> m_printer;
    std::unique_ptr<TestDisplay> m_display;
    std::unique_ptr<TestReader> m_reader;
    std::unique_ptr<CentralStatus> m_central;
    QString m_path;

    std::unique_ptr<AlertMonitor> monitor()
    {
        AlertMonitor::Options o;
        o.raiseAfter = std::chrono::seconds(10);
        o.clearAfter = std::chrono::seconds(60);
        o.unreachableAfter = std::chrono::minutes(5);
        o.tickMs = 0;
        return std::make_unique<AlertMonitor>(o, *m_clock, *m_store, *m_printer, *m_display,
                                              *m_reader, m_central.get());
    }
    void advance(int seconds) { m_clock->set(m_clock->now().addSecs(seconds)); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<SettableClock>(kStart);
        m_store = std::make_unique<CacheStore>();
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_qs);
        QVERIFY(m_store->open(m_path));
        m_printer = std::make_unique<SimulatedReceiptPrinter>(m_dir.filePath(u"receipts"_qs));
        m_display = std::make_unique<TestDisplay>();
        m_reader = std::make_unique<TestReader>();
        m_central = std::make_unique<CentralStatus>();
        m_central->apply(linkState(true, 1));
    }

    void paperOutRaisedOnceWithItsStartAndCleared()
    {
        testing::LogCapture log;
        auto m = monitor();
        m->tick();
        QVERIFY(pendingAlerts(*m_store).isEmpty());
        m_printer->setPaperOut(true); // statusChanged: the episode starts now
        const QDateTime out = m_clock->now();
        advance(9);
        m->tick();
        QVERIFY2(pendingAlerts(*m_store).isEmpty(), "raised before raiseAfter");
        advance(1);
        m->tick();
        QList<Queued> q = pendingAlerts(*m_store);
        QCOMPARE(q.size(), 1);
        QCOMPARE(q[0].alert, u"paper-out"_qs);
        QCOMPARE(q[0].event, u"raised"_qs);
        QCOMPARE(q[0].at, out);
        QCOMPARE(m->raised(), QStringList{u"paper-out"_qs});
        // Still out an hour later: no second alert.
        advance(3600);
        m->tick();
        QCOMPARE(pendingAlerts(*m_store).size(), 1);
        // A new roll: cleared once it has stayed fine for clearAfter, with the time it came.
        m_printer->setPaperOut(false);
        const QDateTime refilled = m_clock->now();
        advance(59);
        m->tick();
        QCOMPARE(pendingAlerts(*m_store).size(), 1);
        advance(1);
        m->tick();
        q = pendingAlerts(*m_store);
        QCOMPARE(q.size(), 2);
        QCOMPARE(q[1].alert, u"paper-out"_qs);
        QCOMPARE(q[1].event, u"cleared"_qs);
        QCOMPARE(q[1].at, refilled);
        QVERIFY(m->raised().isEmpty());
        QVERIFY(!log.matching(u"alert raised: paper-out"_qs).isEmpty());
        QVERIFY(!log.matching(u"alert cleared: paper-out"_qs).isEmpty());
    }

    void aFlappingPrinterRaisesOncePerEpisode()
    {
        auto m = monitor();
        // Paper sensor flickers: out 15 s, fine 5 s, again and again for ten minutes.
        for (int i = 0; i < 30; ++i) {
            m_printer->setPaperOut(true);
            advance(15);
            m->tick();
            m_printer->setPaperOut(false);
            advance(5);
            m->tick();
        }
        QCOMPARE(pendingAlerts(*m_store).size(), 1);
        advance(60);
        m->tick();
        const QList<Queued> q = pendingAlerts(*m_store);
        QCOMPARE(q.size(), 2);
        QCOMPARE(q[1].event, u"cleared"_qs);
        // A blip shorter than raiseAfter is no alert at all.
        m_printer->setOffline(true);
        advance(3);
        m->tick();
        m_printer->setOffline(false);
        advance(120);
        m->tick();
        QCOMPARE(pendingAlerts(*m_store).size(), 2);
    }

    void devicesGone()
    {
        auto m = monitor();
        m_printer->setOffline(true);
        m_reader->set({DeviceState::Reconnecting, u"/dev/borgerkiosk/reader not present"_qs,
                       u"port-missing"_qs});
        m_display->set({DeviceState::Error, u"/dev/borgerkiosk/display: no permission"_qs,
                        u"port-permission"_qs});
        advance(10);
        m->tick();
        QCOMPARE(m->raised(),
                 (QStringList{u"display-gone"_qs, u"printer-offline"_qs, u"reader-gone"_qs}));
        QCOMPARE(pendingAlerts(*m_store).size(), 3);
        // A device switched off in the configuration is not gone.
        m_reader->set(
            {DeviceState::Disabled, u"no barcode reader configured"_qs, u"not-configured"_qs});
        advance(60);
        m->tick();
        QCOMPARE(m->raised(), (QStringList{u"display-gone"_qs, u"printer-offline"_qs}));
    }

    void centralUnreachableRaisedAfterItsGraceWithTheTimeItWentDown()
    {
        auto m = monitor();
        advance(30);
        m_central->apply(linkState(false, 2)); // the round failed: down from now
        const QDateTime down = m_clock->now();
        advance(4 * 60 + 59);
        m->tick();
        QVERIFY(pendingAlerts(*m_store).isEmpty());
        advance(1);
        m->tick();
        QList<Queued> q = pendingAlerts(*m_store);
        QCOMPARE(q.size(), 1);
        QCOMPARE(q[0].alert, u"central-unreachable"_qs);
        QCOMPARE(q[0].at, down);
        // Back for one round, down again: the same episode.
        advance(30);
        m_central->apply(linkState(true, 3));
        advance(30);
        m_central->apply(linkState(false, 4));
        advance(600);
        m->tick();
        QCOMPARE(pendingAlerts(*m_store).size(), 1);
        m_central->apply(linkState(true, 5));
        const QDateTime back = m_clock->now();
        advance(60);
        m->tick();
        q = pendingAlerts(*m_store);
        QCOMPARE(q.size(), 2);
        QCOMPARE(q[1].event, u"cleared"_qs);
        QCOMPARE(q[1].at, back);
        // A kiosk without a central never raises it.
        m_central.reset();
        auto alone = monitor();
        advance(3600);
        alone->tick();
        QCOMPARE(pendingAlerts(*m_store).size(), 2);
    }

    void raisedAlertsSurviveARestart()
    {
        {
            auto m = monitor();
            m_printer->setPaperOut(true);
            advance(10);
            m->tick();
            QCOMPARE(m->raised(), QStringList{u"paper-out"_qs});
        }
        // Restarted, and someone put paper in meanwhile: cleared, not forgotten.
        m_printer->setPaperOut(false);
        auto m = monitor();
        QCOMPARE(m->raised(), QStringList{u"paper-out"_qs});
        m->tick();
        advance(60);
        m->tick();
        const QList<Queued> q = pendingAlerts(*m_store);
        QCOMPARE(q.size(), 2);
        QCOMPARE(q[1].event, u"cleared"_qs);
        QVERIFY(m->raised().isEmpty());
    }

    void aFailureBetweenTheEventAndItsBookkeepingLeavesNeither()
    {
        // A second connection to the cache injects failures with triggers: first on the meta
        // write that follows the outbox row, then on the outbox row itself.
        sql::Database db;
        QVERIFY(db.open(m_path));
        db.setBusyTimeout(5000);
        QVERIFY(db.exec("CREATE TRIGGER fail_meta_insert BEFORE INSERT ON meta "
                        "WHEN NEW.key = 'alerts.raised' "
                        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        QVERIFY(db.exec("CREATE TRIGGER fail_meta_update BEFORE UPDATE ON meta "
                        "WHEN NEW.key = 'alerts.raised' "
                        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        const int before = int(m_store->outboxDepth());

        auto m = monitor();
        m_printer->setPaperOut(true);
        advance(10);
        m->tick();
        // The meta write failed after the outbox row was written: the row is gone too.
        QVERIFY(m->raised().isEmpty());
        QCOMPARE(m_store->outboxDepth(), before);
        QVERIFY(pendingAlerts(*m_store).isEmpty());
        QVERIFY(m_store->meta(u"alerts.raised"_qs).isEmpty());
        // A restart now finds nothing raised, so nothing stuck or sent twice.
        QVERIFY(monitor()->raised().isEmpty());

        // The fault gone: the next tick raises it once, with its bookkeeping.
        QVERIFY(db.exec("DROP TRIGGER fail_meta_insert"));
        QVERIFY(db.exec("DROP TRIGGER fail_meta_update"));
        advance(1);
        m->tick();
        QCOMPARE(m->raised(), QStringList{u"paper-out"_qs});
        QCOMPARE(pendingAlerts(*m_store).size(), 1);
        QCOMPARE(m_store->meta(u"alerts.raised"_qs), u"paper-out"_qs);

        // The clear's outbox row refused: the meta keeps the alert raised, no row, and a
        // restart still knows it is raised.
        QVERIFY(db.exec("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox "
                        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        m_printer->setPaperOut(false);
        m->tick();
        advance(60);
        m->tick();
        QCOMPARE(m->raised(), QStringList{u"paper-out"_qs});
        QCOMPARE(pendingAlerts(*m_store).size(), 1);
        QCOMPARE(m_store->meta(u"alerts.raised"_qs), u"paper-out"_qs);
        QCOMPARE(monitor()->raised(), QStringList{u"paper-out"_qs});
        QVERIFY(db.exec("DROP TRIGGER fail_outbox"));
        m->tick();
        QVERIFY(m->raised().isEmpty());
        const QList<Queued> q = pendingAlerts(*m_store);
        QCOMPARE(q.size(), 2);
        QCOMPARE(q[1].event, u"cleared"_qs);
        QVERIFY(m_store->meta(u"alerts.raised"_qs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "tst_alertmonitor.moc"
