// borgerkiosk-ctl fleet's lines from a fleet answer: local times (TZ set by the test), "ago"
// from the central's clock, the date when not today, signed clock offsets, and whether every
// kiosk is well (the command's exit code).

#include "sync/fleetreport.h"

#include <QJsonArray>
#include <QtTest>

using namespace bk::sync;

namespace {

QJsonObject kiosk(const QString &id, const QJsonValue &lastHeartbeat, bool silent)
{
    const QJsonObject connected{{u"state"_qs, u"connected"_qs},
                                {u"reasonKey"_qs, QJsonValue::Null},
                                {u"reason"_qs, QJsonValue::Null}};
    return QJsonObject{{u"kioskId"_qs, id},
                       {u"lastHeartbeatAt"_qs, lastHeartbeat},
                       {u"silent"_qs, silent},
                       {u"version"_qs, u"0.1.0"_qs},
                       {u"devices"_qs, QJsonObject{{u"printer"_qs, connected},
                                                   {u"display"_qs, connected},
                                                   {u"scanner"_qs, connected}}},
                       {u"outboxDepth"_qs, 0},
                       {u"outboxOldestAgeSeconds"_qs, QJsonValue::Null},
                       {u"clockOffsetMs"_qs, 40},
                       {u"openAlerts"_qs, QJsonArray()}};
}

} // namespace

class TestFleetReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("TZ", "Europe/Copenhagen"); }

    void linesInLocalTime()
    {
        // 14:17 in Copenhagen (winter, UTC+1).
        QJsonObject busy = kiosk(u"stander-1"_qs, u"2026-11-30T13:17:00Z"_qs, false);
        busy[u"clockOffsetMs"_qs] = -1260;
        busy[u"outboxDepth"_qs] = 3;
        busy[u"outboxOldestAgeSeconds"_qs] = 300;
        busy[u"devices"_qs] =
            QJsonObject{{u"printer"_qs, QJsonObject{{u"state"_qs, u"error"_qs},
                                                    {u"reasonKey"_qs, u"media-empty"_qs},
                                                    {u"reason"_qs, u"out of paper"_qs}}},
                        {u"display"_qs, busy[u"devices"_qs][u"display"_qs]},
                        {u"scanner"_qs, busy[u"devices"_qs][u"scanner"_qs]}};
        busy[u"openAlerts"_qs] = QJsonArray{
            QJsonObject{{u"kind"_qs, u"paper-out"_qs}, {u"since"_qs, u"2026-11-30T09:42:00Z"_qs}}};
        const QJsonObject fleet{
            {u"siteId"_qs, u"demo"_qs},
            {u"now"_qs, u"2026-11-30T13:17:40Z"_qs},
            {u"kiosks"_qs, QJsonArray{busy, kiosk(u"s2"_qs, u"2026-11-29T20:05:00Z"_qs, true),
                                      kiosk(u"s3"_qs, QJsonValue::Null, true)}}};
        const FleetReport r = fleetReport(fleet);
        QVERIFY(!r.allWell);
        const QStringList lines = r.text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], u"stander-1  ALERT (last heartbeat 14:17, 40 s ago)  v0.1.0  "
                           "printer: error (media-empty)  display: connected  scanner: connected"
                           "  outbox: 3 (oldest 5 min)  clock: -1.3 s  alerts: paper-out since "
                           "10:42"_qs);
        // Yesterday's heartbeat shows its date; 17 hours are hours.
        QCOMPARE(lines[1], u"s2         SILENT (last heartbeat 2026-11-29 21:05, 17 h ago)  "
                           "v0.1.0  printer: connected  display: connected  scanner: connected"
                           "  outbox: 0  clock: +0.0 s"_qs);
        QCOMPARE(lines[2], u"s3         SILENT (no heartbeat yet)"_qs);
    }

    void allWellAndEmpty()
    {
        QJsonObject fleet{
            {u"siteId"_qs, u"demo"_qs},
            {u"now"_qs, u"2026-11-30T13:17:40Z"_qs},
            {u"kiosks"_qs, QJsonArray{kiosk(u"s1"_qs, u"2026-11-30T13:17:00Z"_qs, false)}}};
        FleetReport r = fleetReport(fleet);
        QVERIFY(r.allWell);
        QVERIFY(r.text.startsWith(u"s1  OK (last heartbeat 14:17, 40 s ago)"_qs));
        fleet[u"kiosks"_qs] = QJsonArray();
        r = fleetReport(fleet);
        QVERIFY(r.allWell);
        QCOMPARE(r.text, u"no kiosks enrolled at site demo\n"_qs);
    }
};

QTEST_GUILESS_MAIN(TestFleetReport)
#include "tst_fleetreport.moc"
