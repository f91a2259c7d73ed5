// The demo site keeps its promises: valid codes, the README's table, and each booking
// showing its scenario for a quarter of an hour after the demo starts.

#include "demo/demosite.h"
#include "domain/bookingcode.h"
#include "domain/checkin.h"
#include "domain/clock.h"

#include <QFile>
#include <QTest>

using namespace bk;

namespace {

CheckInOutcome expected(demo::Scenario s)
{
    switch (s) {
    case demo::Scenario::OnTime:
        return CheckInOutcome::OnTime;
    case demo::Scenario::Early:
        return CheckInOutcome::Early;
    case demo::Scenario::LateAccepted:
        return CheckInOutcome::LateAccepted;
    case demo::Scenario::TooLate:
        return CheckInOutcome::TooLate;
    case demo::Scenario::Tomorrow:
        return CheckInOutcome::WrongDay;
    case demo::Scenario::Cancelled:
        return CheckInOutcome::Cancelled;
    case demo::Scenario::OtherSite:
        return CheckInOutcome::WrongSite;
    case demo::Scenario::AlreadyCheckedIn:
        return CheckInOutcome::AlreadyCheckedIn;
    }
    return CheckInOutcome::OnTime;
}

} // namespace

class TestDemoSite : public QObject
{
    Q_OBJECT

private slots:
    void codesAreValidAndDistinct()
    {
        const QList<QString> codes = demo::bookingCodes();
        QCOMPARE(codes.size(), 8);
        for (const QString &c : codes)
            QVERIFY2(bookingcode::isValid(c.toStdString()), qPrintable(c));
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    }

    void readmeListsEveryCode()
    {
        QFile readme(QStringLiteral(BK_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        for (const demo::DemoBooking &b : demo::bookings(now)) {
            const QString grouped =
                QString::fromStdString(bookingcode::grouped(b.booking.code.toStdString()));
            const QString row =
                QStringLiteral("| %1 | %2 |").arg(grouped, demo::describe(b.scenario));
            QVERIFY2(text.contains(row), qPrintable(QStringLiteral("README lacks: ") + row));
        }
    }

    void everyScenarioHoldsForAQuarterOfAnHour_data()
    {
        QTest::addColumn<QDateTime>("start");
        // A Thursday morning, a Monday just before closing and a DST change day.
        QTest::newRow("thursday") << QDateTime(QDate(2026, 11, 26), QTime(10, 3), siteTimeZone());
        QTest::newRow("monday") << QDateTime(QDate(2026, 11, 23), QTime(14, 58), siteTimeZone());
        QTest::newRow("dst") << QDateTime(QDate(2026, 10, 25), QTime(11, 59), siteTimeZone());
    }

    void everyScenarioHoldsForAQuarterOfAnHour()
    {
        QFETCH(QDateTime, start);
        const demo::DemoSite site = demo::site();
        for (const demo::DemoBooking &b : demo::bookings(start.toUTC())) {
            const auto service =
                std::find_if(site.services.begin(), site.services.end(),
                             [&](const Service &s) { return s.id == b.booking.serviceId; });
            QVERIFY(service != site.services.end());
            for (int minute : {0, 7, 14}) {
                const QDateTime now = start.toUTC().addSecs(minute * 60);
                const CheckInDecision d = decideCheckIn(b.booking, *service, site.id, now);
                QVERIFY2(d.outcome == expected(b.scenario),
                         qPrintable(QStringLiteral("%1 at +%2 min: %3")
                                        .arg(demo::describe(b.scenario))
                                        .arg(minute)
                                        .arg(int(d.outcome))));
            }
        }
    }

    void servicesHaveBothLanguages()
    {
        for (const Service &s : demo::site().services) {
            QVERIFY(!s.names.value(QStringLiteral("da")).isEmpty());
            QVERIFY(!s.names.value(QStringLiteral("en")).isEmpty());
            QVERIFY(!s.bring.value(QStringLiteral("da")).isEmpty());
            QCOMPARE(s.bring.value(QStringLiteral("da")).size(),
                     s.bring.value(QStringLiteral("en")).size());
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoSite)
#include "tst_demosite.moc"
