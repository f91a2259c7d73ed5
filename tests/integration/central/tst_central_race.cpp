// Two clients race for the same capacity-1 slot, 500 times, over TLS: each time exactly one
// booking is made and the other client is told the slot is taken, with alternatives.

#include "centralfixture.h"

#include "domain/calendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <barrier>
#include <thread>

using namespace bk;
using namespace bk::testing;

class TestCentralRace : public QObject
{
    Q_OBJECT
private slots:
    void oneWinnerPerSlot();
};

void TestCentralRace::oneWinnerPerSlot()
{
    constexpr int kRounds = 500;
    CentralFixture f;
    const QString startError = f.start();
    QVERIFY2(startError.isEmpty(), qPrintable(startError));
    const QString tokens[2] = {f.enrol(u"k1"_qs), f.enrol(u"k2"_qs)};
    QVERIFY(!tokens[0].isEmpty() && !tokens[1].isEmpty());

    // 500 distinct future slotStarts of the capacity-1 service, from tomorrow on.
    const central::SiteDefinition site = testSite();
    const Service &solo = site.services[0];
    QCOMPARE(solo.counters, 1);
    QList<QDateTime> slotStarts;
    for (QDate d = QDate(2026, 3, 3); slotStarts.size() < kRounds; d = d.addDays(1))
        for (const Slot &s : slotsFor(solo, site.hours, d))
            if (slotStarts.size() < kRounds)
                slotStarts.append(s.start);

    QList<int> status[2];
    QList<QJsonObject> answers[2];
    std::barrier sync(2);
    std::thread racers[2];
    for (int k = 0; k < 2; ++k) {
        racers[k] = std::thread([&, k] {
            auto c = f.client();
            for (int i = 0; i < kRounds; ++i) {
                const QJsonObject req{{u"serviceId"_qs, u"solo"_qs},
                                      {u"start"_qs, slotStarts[i].toString(Qt::ISODate)},
                                      {u"opId"_qs, QStringLiteral("r%1-%2").arg(k).arg(i)}};
                const QByteArray body = QJsonDocument(req).toJson(QJsonDocument::Compact);
                sync.arrive_and_wait(); // both requests leave together
                const HttpReply r =
                    c->request("POST", u"/v1/sites/test/bookings"_qs, body, tokens[k]);
                status[k].append(r.status);
                answers[k].append(r.json());
            }
        });
    }
    for (auto &t : racers)
        t.join();

    int wins[2] = {0, 0};
    for (int i = 0; i < kRounds; ++i) {
        const int a = status[0][i];
        const int b = status[1][i];
        QVERIFY2((a == 201 && b == 409) || (a == 409 && b == 201),
                 qPrintable(QStringLiteral("round %1: %2 and %3").arg(i).arg(a).arg(b)));
        const int loser = a == 201 ? 1 : 0;
        ++wins[1 - loser];
        const QJsonObject refused = answers[loser][i];
        QCOMPARE(refused[u"error"].toString(), u"slot-taken"_qs);
        const QJsonArray alternatives = refused[u"alternatives"].toArray();
        QVERIFY(!alternatives.isEmpty());
        for (const QJsonValue &alt : alternatives)
            QVERIFY(alt[u"start"].toString() != slotStarts[i].toString(Qt::ISODate));
    }
    qInfo("wins: k1 %d, k2 %d", wins[0], wins[1]);
    // Exactly 500 bookings exist, one per slot.
    auto c = f.client();
    const QJsonArray bookings = c->request("GET", u"/v1/sites/test/snapshot"_qs, {}, tokens[0])
                                    .json()[u"bookings"]
                                    .toArray();
    QCOMPARE(bookings.size(), kRounds);
    QSet<QString> starts;
    for (const QJsonValue &b : bookings)
        starts.insert(b[u"start"].toString());
    QCOMPARE(starts.size(), kRounds);
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCentralRace)
#include "tst_central_race.moc"
