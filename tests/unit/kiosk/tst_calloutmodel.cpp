// CalloutModel: the latest call-outs, newest first and capped, as home's "now serving" panel
// (roles) and the ticket display (calloutsChanged) both see them.

#include "kiosk/calloutmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace bk;

namespace {

Callout callout(const char *ticket, const char *counter)
{
    return {QString::fromLatin1(ticket), QString::fromLatin1(counter),
            QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC)};
}

QStringList tickets(const CalloutModel &m)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.data(m.index(row), CalloutModel::TicketRole).toString());
    return out;
}

QStringList tickets(const QList<Callout> &callouts)
{
    QStringList out;
    std::transform(callouts.begin(), callouts.end(), std::back_inserter(out),
                   [](const Callout &c) { return c.ticket; });
    return out;
}

} // namespace

class TestCalloutModel : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstWithItsRoles()
    {
        CalloutModel model(5);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 0);
        model.add(callout("A042", "Skranke 3"));
        model.add(callout("K007", "Skranke 1"));
        QCOMPARE(tickets(model), (QStringList{"K007", "A042"}));
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, CalloutModel::CounterRole).toString(), u"Skranke 1"_qs);
        QCOMPARE(model.data(first, CalloutModel::CalledAtRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
        // The names QML delegates bind to (NowServingPanel's required properties).
        const QHash<int, QByteArray> roles = model.roleNames();
        QCOMPARE(roles.value(CalloutModel::TicketRole), QByteArray("ticket"));
        QCOMPARE(roles.value(CalloutModel::CounterRole), QByteArray("counter"));
        QCOMPARE(roles.value(CalloutModel::CalledAtRole), QByteArray("calledAt"));
    }

    void theOldestDropsOffBeyondTheRows()
    {
        CalloutModel model(3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &CalloutModel::countChanged);
        for (const char *t : {"A001", "A002", "A003", "A004", "A005"})
            model.add(callout(t, "Skranke 1"));
        QCOMPARE(tickets(model), (QStringList{"A005", "A004", "A003"}));
        QCOMPARE(model.count(), 3);
        QCOMPARE(count.size(), 3); // 1, 2, 3; then the count stays
        QCOMPARE(CalloutModel(0).rows(), 1);
    }

    void aTicketCalledAgainIsListedAgain()
    {
        // Every call-out is shown, a repeated one too (the citizen may have missed the first),
        // as KioskController listed them before the model.
        CalloutModel model(5);
        model.add(callout("A042", "Skranke 3"));
        model.add(callout("A043", "Skranke 2"));
        model.add(callout("A042", "Skranke 4"));
        QCOMPARE(tickets(model), (QStringList{"A042", "A043", "A042"}));
        QCOMPARE(model.data(model.index(0), CalloutModel::CounterRole).toString(), u"Skranke 4"_qs);
        QCOMPARE(model.data(model.index(2), CalloutModel::CounterRole).toString(), u"Skranke 3"_qs);
    }

    void theDisplayGetsTheSameList()
    {
        CalloutModel model(2);
        QSignalSpy changed(&model, &CalloutModel::calloutsChanged);
        for (const char *t : {"A001", "A002", "A003"})
            model.add(callout(t, "Skranke 1"));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(tickets(changed.at(0).at(0).value<QList<Callout>>()), QStringList{"A001"});
        const QList<Callout> last = changed.at(2).at(0).value<QList<Callout>>();
        QCOMPARE(tickets(last), (QStringList{"A003", "A002"}));
        QCOMPARE(tickets(last), tickets(model));
        QCOMPARE(tickets(model.latestFirst()), tickets(model));
    }
};

QTEST_GUILESS_MAIN(TestCalloutModel)
#include "tst_calloutmodel.moc"
