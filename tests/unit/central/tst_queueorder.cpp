// The central's calling rule as pure functions: "call next" and "how many ahead" agree, in the
// order booked-and-due, chance by issue, booked-and-early; and the estimated wait from the
// last hour's calls, "unknown" with too few of them.

#include "central/queueorder.h"

#include <QTest>

#include <algorithm>

using namespace bk::central::queueorder;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kNow = 1'800'000'000'000; // any instant; times below are relative to it

Waiting chance(const char *label, qint64 issuedAgoMin)
{
    Waiting t;
    t.queue = QStringLiteral("K");
    t.label = QString::fromLatin1(label);
    t.number = t.label.mid(1).toLongLong();
    t.kind = QStringLiteral("chance");
    t.issuedMs = kNow - issuedAgoMin * kMin;
    return t;
}

Waiting booked(const char *label, qint64 startInMin, qint64 issuedAgoMin)
{
    Waiting t = chance(label, issuedAgoMin);
    t.queue = QStringLiteral("B");
    t.kind = QStringLiteral("booked");
    t.bookingStartMs = kNow + startInMin * kMin;
    return t;
}

// The labels in the order repeated "call next" takes them.
QStringList callOrder(QList<Waiting> waiting, qint64 nowMs)
{
    QStringList out;
    while (const Waiting *t = next(waiting, nowMs)) {
        out.append(t->label);
        const QString label = t->label;
        waiting.removeIf([&](const Waiting &w) { return w.label == label; });
    }
    return out;
}

} // namespace

class TestQueueOrder : public QObject
{
    Q_OBJECT

private slots:
    void nextFollowsTheRule()
    {
        // Issued K001, B002 (booked in 30 min), K002, B001 (booked 15 min ago, came last).
        const QList<Waiting> w{chance("K001", 10), booked("B002", 30, 8), chance("K002", 5),
                               booked("B001", -15, 2)};
        QCOMPARE(callOrder(w, kNow), (QStringList{"B001", "K001", "K002", "B002"}));
        // Half an hour on, B002's time has come too: both booked ones go first.
        QCOMPARE(callOrder(w, kNow + 31 * kMin), (QStringList{"B001", "B002", "K001", "K002"}));
        QCOMPARE(next({}, kNow), nullptr);
    }

    void tiesAreBrokenByIssueThenNumber()
    {
        QList<Waiting> w{chance("K007", 5), chance("K003", 5), chance("K005", 6)};
        QCOMPARE(callOrder(w, kNow), (QStringList{"K005", "K003", "K007"}));
        QList<Waiting> b{booked("B004", -5, 1), booked("B002", -5, 1), booked("B009", -10, 0)};
        QCOMPARE(callOrder(b, kNow), (QStringList{"B009", "B002", "B004"}));
    }

    void aheadCountsWhatNextWouldCallFirst()
    {
        const QList<Waiting> w{chance("K001", 10), booked("B002", 30, 8), chance("K002", 5),
                               booked("B001", -15, 2), chance("K003", 1)};
        // For every ticket, "ahead" equals its position in the call order.
        const QStringList order = callOrder(w, kNow);
        for (const Waiting &t : w)
            QCOMPARE(ahead(w, t, kNow), int(order.indexOf(t.label)));
        QCOMPARE(ahead(w, booked("B001", -15, 2), kNow), 0);
        QCOMPARE(ahead(w, booked("B002", 30, 8), kNow), 4);
        // A ticket not (or no longer) among the waiting counts the same way.
        QCOMPARE(ahead({chance("K001", 10)}, chance("K009", 0), kNow), 1);
    }

    void estimateNeedsEnoughCalls()
    {
        QCOMPARE(estimateWaitMinutes(3, {}, kNow), std::nullopt);
        QCOMPARE(estimateWaitMinutes(3, {kNow - 5 * kMin, kNow - 2 * kMin}, kNow), std::nullopt);
        // Calls older than the hour do not count.
        QCOMPARE(
            estimateWaitMinutes(3, {kNow - 61 * kMin, kNow - 70 * kMin, kNow - 2 * kMin}, kNow),
            std::nullopt);
    }

    void estimateFromTheLastHour()
    {
        // 12 calls in the last hour: one per 5 minutes. 3 ahead: the 4th call, 20 minutes.
        QList<qint64> calls;
        for (int i = 0; i < 12; ++i)
            calls.append(kNow - (2 + 5 * i) * kMin);
        QCOMPARE(estimateWaitMinutes(3, calls, kNow), 20);
        QCOMPARE(estimateWaitMinutes(0, calls, kNow), 5);
        // 7 calls: 60/7 min each; 1 ahead: 2 calls, 17.1 min, rounded up to 18.
        QCOMPARE(estimateWaitMinutes(1, calls.mid(0, 7), kNow), 18);
        // Exactly the minimum: 3 calls, 20 min each.
        QCOMPARE(estimateWaitMinutes(0, calls.mid(0, 3), kNow), 20);
    }
};

QTEST_APPLESS_MAIN(TestQueueOrder)
#include "tst_queueorder.moc"
