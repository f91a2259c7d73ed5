// Check-in decisions: the order of the checks, every window boundary to the second, wrong
// day by local (not UTC) date, and a booking on each DST change day.

#include "domain/checkin.h"
#include "domain/clock.h"

#include <QTest>

using bk::CheckInOutcome;

Q_DECLARE_METATYPE(bk::CheckInOutcome)

namespace {

const bk::SiteId kHere = QStringLiteral("demo");

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

bk::Booking booking(const QDateTime &startUtc)
{
    bk::Booking b;
    b.code = QStringLiteral("K7M3QX9S");
    b.siteId = kHere;
    b.serviceId = QStringLiteral("pas");
    b.start = startUtc;
    return b;
}

bk::Service service()
{
    bk::Service s;
    s.id = QStringLiteral("pas");
    return s; // default window: 30 min early, 5 on time, 15 late
}

} // namespace

class TestCheckIn : public QObject
{
    Q_OBJECT

private slots:
    void window_data()
    {
        QTest::addColumn<qint64>("offsetSecs"); // now - start
        QTest::addColumn<CheckInOutcome>("outcome");
        QTest::newRow("an hour early") << qint64(-3600) << CheckInOutcome::Early;
        QTest::newRow("opens - 1 s") << qint64(-30 * 60 - 1) << CheckInOutcome::Early;
        QTest::newRow("opens") << qint64(-30 * 60) << CheckInOutcome::OnTime;
        QTest::newRow("opens + 1 s") << qint64(-30 * 60 + 1) << CheckInOutcome::OnTime;
        QTest::newRow("start") << qint64(0) << CheckInOutcome::OnTime;
        QTest::newRow("on time - 1 s") << qint64(5 * 60 - 1) << CheckInOutcome::OnTime;
        QTest::newRow("on time limit") << qint64(5 * 60) << CheckInOutcome::OnTime;
        QTest::newRow("on time + 1 s") << qint64(5 * 60 + 1) << CheckInOutcome::LateAccepted;
        QTest::newRow("late - 1 s") << qint64(15 * 60 - 1) << CheckInOutcome::LateAccepted;
        QTest::newRow("late limit") << qint64(15 * 60) << CheckInOutcome::LateAccepted;
        QTest::newRow("late + 1 s") << qint64(15 * 60 + 1) << CheckInOutcome::TooLate;
        QTest::newRow("two hours late") << qint64(2 * 3600) << CheckInOutcome::TooLate;
    }

    void window()
    {
        QFETCH(qint64, offsetSecs);
        QFETCH(CheckInOutcome, outcome);
        // Winter (CET) and summer (CEST) mid-morning bookings.
        for (const QDateTime &start : {utc(2026, 1, 15, 9, 30), utc(2026, 7, 15, 8, 30)}) {
            const bk::CheckInDecision d =
                bk::decideCheckIn(booking(start), service(), kHere, start.addSecs(offsetSecs));
            QCOMPARE(d.outcome, outcome);
            QCOMPARE(d.admits(),
                     outcome == CheckInOutcome::OnTime || outcome == CheckInOutcome::LateAccepted);
            QCOMPARE(d.earliest, start.addSecs(-30 * 60));
            QCOMPARE(d.earliest.timeSpec(), Qt::UTC);
            QCOMPARE(d.bookedSite, kHere);
        }
    }

    void serviceWindowIsUsed()
    {
        bk::Service s = service();
        s.window.opensMinutesBefore = 15;
        s.window.onTimeMinutesAfter = 0;
        s.window.lateAcceptedMinutesAfter = 0;
        s.window.tooLate = bk::TooLateAction::SeeStaff;
        const QDateTime start = utc(2026, 2, 10, 12, 0);
        const bk::Booking b = booking(start);
        QCOMPARE(bk::decideCheckIn(b, s, kHere, start.addSecs(-15 * 60 - 1)).outcome,
                 CheckInOutcome::Early);
        QCOMPARE(bk::decideCheckIn(b, s, kHere, start.addSecs(-15 * 60)).outcome,
                 CheckInOutcome::OnTime);
        QCOMPARE(bk::decideCheckIn(b, s, kHere, start).outcome, CheckInOutcome::OnTime);
        const bk::CheckInDecision late = bk::decideCheckIn(b, s, kHere, start.addSecs(1));
        QCOMPARE(late.outcome, CheckInOutcome::TooLate);
        QCOMPARE(late.tooLate, bk::TooLateAction::SeeStaff);
        QVERIFY(!late.admits());
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, start.addSecs(3600)).tooLate,
                 bk::TooLateAction::OfferChanceQueue);
    }

    void earlyTellsWhenToComeBack()
    {
        const QDateTime start = utc(2026, 1, 15, 13, 0); // 14:00 local
        const bk::CheckInDecision d =
            bk::decideCheckIn(booking(start), service(), kHere, utc(2026, 1, 15, 9, 0));
        QCOMPARE(d.outcome, CheckInOutcome::Early);
        QCOMPARE(d.earliest, utc(2026, 1, 15, 12, 30));
        QCOMPARE(d.earliest.toTimeZone(bk::siteTimeZone()).time(), QTime(13, 30));
        QCOMPARE(d.bookedDay, QDate(2026, 1, 15));
    }

    void wrongDay_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDate>("bookedDay");
        // Local 10:00 booking; now is the same local time the day before / after.
        QTest::newRow("tomorrow") << utc(2026, 1, 16, 9, 0) << utc(2026, 1, 15, 9, 0)
                                  << QDate(2026, 1, 16);
        QTest::newRow("yesterday")
            << utc(2026, 1, 14, 9, 0) << utc(2026, 1, 15, 9, 0) << QDate(2026, 1, 14);
        // 00:10 local tomorrow is within 30 minutes of now (23:50 local), but another day.
        QTest::newRow("just after midnight")
            << utc(2026, 1, 15, 23, 10) << utc(2026, 1, 15, 22, 50) << QDate(2026, 1, 16);
        // Late evening yesterday, a few minutes ago.
        QTest::newRow("just before midnight")
            << utc(2026, 7, 15, 21, 55) << utc(2026, 7, 15, 22, 5) << QDate(2026, 7, 15);
        QTest::newRow("next year")
            << utc(2027, 1, 15, 9, 0) << utc(2026, 1, 15, 9, 0) << QDate(2027, 1, 15);
    }

    void wrongDay()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, now);
        QFETCH(QDate, bookedDay);
        const bk::CheckInDecision d = bk::decideCheckIn(booking(start), service(), kHere, now);
        QCOMPARE(d.outcome, CheckInOutcome::WrongDay);
        QCOMPARE(d.bookedDay, bookedDay);
        QVERIFY(!d.admits());
    }

    void sameLocalDayAcrossUtcMidnight()
    {
        // 00:20 local in winter is 23:20 UTC the day before: same local day, so "early".
        const QDateTime start = utc(2026, 1, 15, 23, 50); // 00:50 local on 16 January
        const bk::CheckInDecision d =
            bk::decideCheckIn(booking(start), service(), kHere, utc(2026, 1, 15, 23, 0));
        QCOMPARE(d.outcome, CheckInOutcome::Early);
        QCOMPARE(d.bookedDay, QDate(2026, 1, 16));
    }

    void springForwardDay()
    {
        // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST. A 03:10 CEST booking is
        // 01:10 UTC; the window counts elapsed time, so it opens at 01:40 CET (00:40 UTC).
        const QDateTime start = utc(2026, 3, 29, 1, 10);
        const bk::Booking b = booking(start);
        QCOMPARE(start.toTimeZone(bk::siteTimeZone()).time(), QTime(3, 10));
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, utc(2026, 3, 29, 0, 39, 59)).outcome,
                 CheckInOutcome::Early);
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, utc(2026, 3, 29, 0, 40)).outcome,
                 CheckInOutcome::OnTime);
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, utc(2026, 3, 29, 1, 25)).outcome,
                 CheckInOutcome::LateAccepted);
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, utc(2026, 3, 29, 1, 25, 1)).outcome,
                 CheckInOutcome::TooLate);
        // 23:30 UTC on the 28th is already 00:30 local on the 29th: same day.
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, utc(2026, 3, 28, 23, 30)).outcome,
                 CheckInOutcome::Early);
        // 22:59:59 UTC on the 28th is 23:59:59 local on the 28th: wrong day.
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, utc(2026, 3, 28, 22, 59, 59)).outcome,
                 CheckInOutcome::WrongDay);
        // A 10:00 CEST booking on the change day is 08:00 UTC.
        const bk::Booking morning = booking(utc(2026, 3, 29, 8, 0));
        QCOMPARE(bk::decideCheckIn(morning, service(), kHere, utc(2026, 3, 29, 8, 5)).outcome,
                 CheckInOutcome::OnTime);
        QCOMPARE(bk::decideCheckIn(morning, service(), kHere, utc(2026, 3, 29, 22, 0)).outcome,
                 CheckInOutcome::WrongDay); // 00:00 CEST on the 30th
    }

    void fallBackDay()
    {
        // 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET. 09:00 CET is 08:00 UTC.
        const bk::Booking b = booking(utc(2026, 10, 25, 8, 0));
        const bk::CheckInDecision early =
            bk::decideCheckIn(b, service(), kHere, utc(2026, 10, 24, 22, 0)); // 00:00 CEST
        QCOMPARE(early.outcome, CheckInOutcome::Early);
        QCOMPARE(early.bookedDay, QDate(2026, 10, 25));
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, utc(2026, 10, 24, 21, 59, 59)).outcome,
                 CheckInOutcome::WrongDay); // 23:59:59 CEST on the 24th
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, utc(2026, 10, 25, 7, 30)).outcome,
                 CheckInOutcome::OnTime);
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, utc(2026, 10, 25, 22, 59, 59)).outcome,
                 CheckInOutcome::TooLate); // 23:59:59 CET, still the 25th
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, utc(2026, 10, 25, 23, 0)).outcome,
                 CheckInOutcome::WrongDay); // 00:00 CET on the 26th
    }

    void orderOfChecks()
    {
        const QDateTime start = utc(2026, 1, 15, 9, 0);
        const QDateTime tomorrow = start.addDays(1);
        bk::Booking b = booking(start);

        b.status = bk::BookingStatus::Cancelled;
        b.siteId = QStringLiteral("demo-nord");
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, tomorrow).outcome,
                 CheckInOutcome::Cancelled);

        b.status = bk::BookingStatus::CheckedIn;
        const bk::CheckInDecision elsewhere = bk::decideCheckIn(b, service(), kHere, tomorrow);
        QCOMPARE(elsewhere.outcome, CheckInOutcome::WrongSite);
        QCOMPARE(elsewhere.bookedSite, QStringLiteral("demo-nord"));

        b.siteId = kHere;
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, tomorrow).outcome,
                 CheckInOutcome::AlreadyCheckedIn);
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, start).outcome,
                 CheckInOutcome::AlreadyCheckedIn);

        b.status = bk::BookingStatus::Booked;
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, tomorrow).outcome,
                 CheckInOutcome::WrongDay);
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, start).outcome, CheckInOutcome::OnTime);

        // Cancelled at this site, in the window: still cancelled.
        b.status = bk::BookingStatus::Cancelled;
        QCOMPARE(bk::decideCheckIn(b, service(), kHere, start).outcome, CheckInOutcome::Cancelled);

        // Settled by staff while preparing the day (issue 13 item 3): no ticket, in the window
        // too, and told as what happened (not "cancelled"), before the place and the day.
        const std::pair<bk::BookingStatus, CheckInOutcome> settled[] = {
            {bk::BookingStatus::SettledByPhone, CheckInOutcome::SettledByPhone},
            {bk::BookingStatus::MovedToSelfService, CheckInOutcome::MovedToSelfService}};
        for (const auto &[status, outcome] : settled) {
            b.status = status;
            QCOMPARE(bk::decideCheckIn(b, service(), kHere, start).outcome, outcome);
            QVERIFY(!bk::decideCheckIn(b, service(), kHere, start).admits());
            QCOMPARE(bk::decideCheckIn(b, service(), kHere, tomorrow).outcome, outcome);
            QCOMPARE(bk::decideCheckIn(b, service(), "another-site", start).outcome, outcome);
        }
    }

    void bookingInLocalTimeIsUnderstood()
    {
        // A start given in the site zone rather than UTC is the same moment.
        const QDateTime local(QDate(2026, 7, 15), QTime(10, 0), bk::siteTimeZone());
        const bk::CheckInDecision d =
            bk::decideCheckIn(booking(local), service(), kHere, utc(2026, 7, 15, 8, 0));
        QCOMPARE(d.outcome, CheckInOutcome::OnTime);
        QCOMPARE(d.earliest, utc(2026, 7, 15, 7, 30));
    }
};

QTEST_APPLESS_MAIN(TestCheckIn)
#include "tst_checkin.moc"
