// Calendar: Easter, the Danish holiday lists before and after store bededag was abolished,
// which days a site is open, and the slots an open day gives (also on DST change days).

#include "domain/calendar.h"

#include <QTest>
#include <QTimeZone>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

// Monday to Friday 10:00-15:00 with a late Thursday, closed at weekends.
bk::OpeningHours weekdays()
{
    bk::OpeningHours h;
    const bk::TimeRange normal{QTime(10, 0), QTime(15, 0)};
    h.weekly = {normal,
                normal,
                normal,
                bk::TimeRange{QTime(10, 0), QTime(17, 30)},
                bk::TimeRange{QTime(10, 0), QTime(13, 0)},
                std::nullopt,
                std::nullopt};
    return h;
}

bk::Service service(int minutes, int counters)
{
    bk::Service s;
    s.id = QStringLiteral("pas");
    s.durationMinutes = minutes;
    s.counters = counters;
    return s;
}

QList<QDate> dates(const QList<bk::Holiday> &days)
{
    QList<QDate> out;
    for (const bk::Holiday &h : days)
        out.append(h.date);
    return out;
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void easter_data()
    {
        QTest::addColumn<QDate>("easter");
        for (const QDate &d :
             {QDate(2024, 3, 31), QDate(2025, 4, 20), QDate(2026, 4, 5), QDate(2027, 3, 28),
              QDate(2038, 4, 25), QDate(2000, 4, 23), QDate(2023, 4, 9), QDate(2008, 3, 23),
              QDate(2011, 4, 24), QDate(1818, 3, 22), QDate(1943, 4, 25), QDate(2285, 3, 22)})
            QTest::newRow(qPrintable(d.toString(Qt::ISODate))) << d;
    }

    void easter()
    {
        QFETCH(QDate, easter);
        QCOMPARE(bk::easterSunday(easter.year()), easter);
        QCOMPARE(easter.dayOfWeek(), 7);
    }

    void easterIsAlwaysASundayInRange()
    {
        for (int y = 1583; y <= 2500; ++y) {
            const QDate e = bk::easterSunday(y);
            QCOMPARE(e.dayOfWeek(), 7);
            QVERIFY(e >= QDate(y, 3, 22) && e <= QDate(y, 4, 25));
        }
        QVERIFY(!bk::easterSunday(1500).isValid());
    }

    void holidays2023WithStoreBededag()
    {
        const QList<bk::Holiday> days = bk::danishPublicHolidays(2023);
        QCOMPARE(dates(days),
                 (QList<QDate>{QDate(2023, 1, 1), QDate(2023, 4, 6), QDate(2023, 4, 7),
                               QDate(2023, 4, 9), QDate(2023, 4, 10), QDate(2023, 5, 5),
                               QDate(2023, 5, 18), QDate(2023, 5, 28), QDate(2023, 5, 29),
                               QDate(2023, 12, 25), QDate(2023, 12, 26)}));
        QCOMPARE(days[5].nameDa, QStringLiteral("Store bededag"));
        QCOMPARE(days[5].date.dayOfWeek(), 5);
        QCOMPARE(days[0].nameDa, QStringLiteral("Nytårsdag"));
        QCOMPARE(days[1].nameDa, QStringLiteral("Skærtorsdag"));
        QCOMPARE(days[3].nameDa, QStringLiteral("Påskedag"));
        QCOMPARE(days[6].nameDa, QStringLiteral("Kristi himmelfartsdag"));
        QCOMPARE(days[10].nameDa, QStringLiteral("2. juledag"));
        for (const bk::Holiday &h : days) {
            QVERIFY(!h.nameDa.isEmpty());
            QVERIFY(!h.nameEn.isEmpty());
        }
    }

    void holidays2026WithoutStoreBededag()
    {
        const QList<bk::Holiday> days = bk::danishPublicHolidays(2026);
        QCOMPARE(dates(days),
                 (QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 2), QDate(2026, 4, 3),
                               QDate(2026, 4, 5), QDate(2026, 4, 6), QDate(2026, 5, 14),
                               QDate(2026, 5, 24), QDate(2026, 5, 25), QDate(2026, 12, 25),
                               QDate(2026, 12, 26)}));
        for (const bk::Holiday &h : days)
            QVERIFY(h.nameDa != QStringLiteral("Store bededag"));
        QCOMPARE(days[5].nameEn, QStringLiteral("Ascension Day"));
        QCOMPARE(days[7].nameDa, QStringLiteral("2. pinsedag"));
    }

    void storeBededagEndsWith2023()
    {
        QCOMPARE(bk::danishPublicHolidays(2023).size(), 11);
        QCOMPARE(bk::danishPublicHolidays(2024).size(), 10);
        QCOMPARE(bk::danishPublicHolidays(1990).size(), 11);
        QCOMPARE(bk::danishPublicHolidays(2040).size(), 10);
    }

    void customaryClosedDays()
    {
        const QList<bk::Holiday> days = bk::customaryClosedDays(2026);
        QCOMPARE(dates(days),
                 (QList<QDate>{QDate(2026, 6, 5), QDate(2026, 12, 24), QDate(2026, 12, 31)}));
        QCOMPARE(days[0].nameDa, QStringLiteral("Grundlovsdag"));
        QCOMPARE(days[1].nameDa, QStringLiteral("Juleaftensdag"));
        QCOMPARE(days[2].nameDa, QStringLiteral("Nytårsaftensdag"));
    }

    void ordinaryDays()
    {
        const bk::OpeningHours h = weekdays();
        const bk::DayStatus monday = bk::dayStatus(h, QDate(2026, 1, 12));
        QVERIFY(monday.open);
        QCOMPARE(monday.hours->open, QTime(10, 0));
        QCOMPARE(monday.hours->close, QTime(15, 0));
        QVERIFY(monday.reasonDa.isEmpty());
        QCOMPARE(bk::dayStatus(h, QDate(2026, 1, 15)).hours->close, QTime(17, 30)); // Thursday
        const bk::DayStatus saturday = bk::dayStatus(h, QDate(2026, 1, 17));
        QVERIFY(!saturday.open);
        QVERIFY(!saturday.hours);
        QVERIFY(!bk::dayStatus(h, QDate(2026, 1, 18)).open);
        QVERIFY(!bk::dayStatus(h, QDate()).open);
    }

    void holidaysClose()
    {
        bk::OpeningHours h = weekdays();
        const bk::DayStatus maundy = bk::dayStatus(h, QDate(2026, 4, 2)); // a Thursday
        QVERIFY(!maundy.open);
        QCOMPARE(maundy.reasonDa, QStringLiteral("Skærtorsdag"));
        QCOMPARE(maundy.reasonEn, QStringLiteral("Maundy Thursday"));
        QVERIFY(!bk::dayStatus(h, QDate(2023, 5, 5)).open); // store bededag 2023
        QVERIFY(bk::dayStatus(h, QDate(2024, 4, 26)).open); // what would have been it in 2024
        const bk::DayStatus constitution = bk::dayStatus(h, QDate(2026, 6, 5)); // a Friday
        QVERIFY(!constitution.open);
        QCOMPARE(constitution.reasonDa, QStringLiteral("Grundlovsdag"));

        h.closeOnCustomaryDays = false;
        QVERIFY(bk::dayStatus(h, QDate(2026, 6, 5)).open);
        QVERIFY(!bk::dayStatus(h, QDate(2026, 4, 2)).open);
        h.closeOnPublicHolidays = false;
        const bk::DayStatus open = bk::dayStatus(h, QDate(2026, 4, 2));
        QVERIFY(open.open);
        QVERIFY(open.reasonDa.isEmpty());
    }

    void exceptionsWin()
    {
        bk::OpeningHours h = weekdays();
        h.exceptions = {
            {QDate(2026, 1, 14), std::nullopt, QStringLiteral("Personaledag"),
             QStringLiteral("Staff day")},
            {QDate(2026, 1, 13), bk::TimeRange{QTime(10, 0), QTime(12, 0)},
             QStringLiteral("Kort dag"), QStringLiteral("Short day")},
            {QDate(2026, 4, 2), bk::TimeRange{QTime(9, 0), QTime(11, 0)},
             QStringLiteral("Ekstra åbent"), QStringLiteral("Extra opening")},
            {QDate(2026, 1, 12), bk::TimeRange{QTime(12, 0), QTime(12, 0)}, {}, {}},
        };
        const bk::DayStatus staff = bk::dayStatus(h, QDate(2026, 1, 14));
        QVERIFY(!staff.open);
        QCOMPARE(staff.reasonEn, QStringLiteral("Staff day"));
        const bk::DayStatus shortDay = bk::dayStatus(h, QDate(2026, 1, 13));
        QVERIFY(shortDay.open);
        QCOMPARE(shortDay.hours->close, QTime(12, 0));
        QCOMPARE(shortDay.reasonDa, QStringLiteral("Kort dag"));
        const bk::DayStatus holidayOpening = bk::dayStatus(h, QDate(2026, 4, 2));
        QVERIFY(holidayOpening.open);
        QCOMPARE(holidayOpening.hours->open, QTime(9, 0));
        QVERIFY(!bk::dayStatus(h, QDate(2026, 1, 12)).open); // an empty range is closed
        QVERIFY(bk::dayStatus(h, QDate(2026, 1, 19)).open);  // the next Monday is normal
    }

    void slotsOnAWinterDay()
    {
        const QList<bk::Slot> found =
            bk::slotsFor(service(15, 3), weekdays(), QDate(2026, 1, 12)); // 10:00-15:00
        QCOMPARE(found.size(), 20);
        QCOMPARE(found.first().start, utc(2026, 1, 12, 9, 0));
        QCOMPARE(found.last().start, utc(2026, 1, 12, 13, 45)); // 14:45 local, ends at 15:00
        for (qsizetype i = 0; i < found.size(); ++i) {
            QCOMPARE(found[i].capacity, 3);
            QCOMPARE(found[i].start.timeSpec(), Qt::UTC);
            if (i > 0)
                QCOMPARE(found[i - 1].start.secsTo(found[i].start), qint64(15 * 60));
        }
    }

    void slotsOnASummerDay()
    {
        const QList<bk::Slot> found = bk::slotsFor(service(20, 2), weekdays(), QDate(2026, 6, 15));
        QCOMPARE(found.size(), 15);
        QCOMPARE(found.first().start, utc(2026, 6, 15, 8, 0));
        QCOMPARE(found.last().start, utc(2026, 6, 15, 12, 40)); // 14:40 local
    }

    void lastSlotEndsAtOrBeforeClosing()
    {
        // Friday 10:00-13:00: 60-minute found end exactly at closing; 40-minute ones leave
        // 20 minutes that hold no whole slot.
        const QDate friday(2026, 1, 16);
        QCOMPARE(bk::slotsFor(service(60, 1), weekdays(), friday).size(), 3);
        const QList<bk::Slot> forty = bk::slotsFor(service(40, 1), weekdays(), friday);
        QCOMPARE(forty.size(), 4);
        QCOMPARE(forty.last().start, utc(2026, 1, 16, 11, 0)); // 12:00 local, ends 12:40
        QCOMPARE(bk::slotsFor(service(181, 1), weekdays(), friday).size(), 0);
    }

    void noSlotsWhenClosed()
    {
        QVERIFY(bk::slotsFor(service(15, 1), weekdays(), QDate(2026, 1, 17)).isEmpty()); // Sat
        QVERIFY(bk::slotsFor(service(15, 1), weekdays(), QDate(2026, 12, 24)).isEmpty());
        QVERIFY(bk::slotsFor(service(15, 1), weekdays(), QDate(2026, 5, 14)).isEmpty());
        QVERIFY(bk::slotsFor(service(0, 1), weekdays(), QDate(2026, 1, 12)).isEmpty());
        QVERIFY(bk::slotsFor(service(15, 0), weekdays(), QDate(2026, 1, 12)).isEmpty());
    }

    void slotsFollowExceptionHours()
    {
        bk::OpeningHours h = weekdays();
        h.exceptions = {{QDate(2026, 1, 13), bk::TimeRange{QTime(11, 0), QTime(12, 0)}, {}, {}}};
        const QList<bk::Slot> found = bk::slotsFor(service(30, 1), h, QDate(2026, 1, 13));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].start, utc(2026, 1, 13, 10, 0));
        QCOMPARE(found[1].start, utc(2026, 1, 13, 10, 30));
    }

    void slotsAroundTheSpringChange()
    {
        // Friday before (CET) and Monday after (CEST): 10:00 local moves from 09:00 to 08:00 UTC.
        QCOMPARE(bk::slotsFor(service(15, 1), weekdays(), QDate(2026, 3, 27)).first().start,
                 utc(2026, 3, 27, 9, 0));
        QCOMPARE(bk::slotsFor(service(15, 1), weekdays(), QDate(2026, 3, 30)).first().start,
                 utc(2026, 3, 30, 8, 0));

        // The change day itself (a Sunday), opened by exception: daytime found are in CEST.
        bk::OpeningHours h = weekdays();
        h.exceptions = {{QDate(2026, 3, 29), bk::TimeRange{QTime(10, 0), QTime(12, 0)}, {}, {}}};
        const QList<bk::Slot> day = bk::slotsFor(service(30, 2), h, QDate(2026, 3, 29));
        QCOMPARE(day.size(), 4);
        QCOMPARE(day.first().start, utc(2026, 3, 29, 8, 0));

        // A night range across the missing hour: 01:00 CET to 05:00 CEST is three real hours.
        h.exceptions = {{QDate(2026, 3, 29), bk::TimeRange{QTime(1, 0), QTime(5, 0)}, {}, {}}};
        const QList<bk::Slot> night = bk::slotsFor(service(60, 1), h, QDate(2026, 3, 29));
        QCOMPARE(night.size(), 3);
        QCOMPARE(night[0].start, utc(2026, 3, 29, 0, 0)); // 01:00 CET
        QCOMPARE(night[1].start, utc(2026, 3, 29, 1, 0)); // 03:00 CEST
        QCOMPARE(night[2].start, utc(2026, 3, 29, 2, 0)); // 04:00 CEST
    }

    void slotsAroundTheAutumnChange()
    {
        // 25 October 2026 (a Sunday): 01:00 CEST to 05:00 CET is five real hours, and the
        // repeated 02:00-03:00 hour gives two distinct found rather than one slot twice.
        bk::OpeningHours h = weekdays();
        h.exceptions = {{QDate(2026, 10, 25), bk::TimeRange{QTime(1, 0), QTime(5, 0)}, {}, {}}};
        const QList<bk::Slot> night = bk::slotsFor(service(60, 1), h, QDate(2026, 10, 25));
        QCOMPARE(night.size(), 5);
        QCOMPARE(night.first().start, utc(2026, 10, 24, 23, 0));
        QCOMPARE(night.last().start, utc(2026, 10, 25, 3, 0)); // 04:00 CET
        h.exceptions = {{QDate(2026, 10, 25), bk::TimeRange{QTime(10, 0), QTime(11, 0)}, {}, {}}};
        QCOMPARE(bk::slotsFor(service(60, 1), h, QDate(2026, 10, 25)).first().start,
                 utc(2026, 10, 25, 9, 0)); // 10:00 CET
    }
};

QTEST_APPLESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
