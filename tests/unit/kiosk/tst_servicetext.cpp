// The site's texts in the citizen's language: why a day is closed (a holiday in every UI
// language through the catalogues, a site's own reason in Danish or English).

#include "kiosk/servicetext.h"

#include "domain/calendar.h"

#include <QTest>

using namespace bk;

class TestServiceText : public QObject
{
    Q_OBJECT

private slots:
    void everyCalendarHolidayHasACatalogueEntry()
    {
        // Store bededag up to 2023, then without it: both kinds of year.
        for (int year = 2020; year <= 2032; ++year) {
            const QList<Holiday> days = danishPublicHolidays(year) + customaryClosedDays(year);
            for (const Holiday &h : days)
                QVERIFY2(ui::hasHolidayText(h.nameEn), qPrintable(h.nameEn));
        }
        QVERIFY(!ui::hasHolidayText(QStringLiteral("Staff day")));
    }

    void holidayReasonByLanguage()
    {
        OpeningHours hours;
        hours.weekly[3] = TimeRange{QTime(9, 0), QTime(15, 0)}; // Thursday
        const DayStatus status = dayStatus(hours, QDate(2026, 12, 24));
        QVERIFY(!status.open);
        QVERIFY(status.holiday);
        DayAvailability day;
        day.reasonDa = status.reasonDa;
        day.reasonEn = status.reasonEn;
        day.holiday = status.holiday;
        QCOMPARE(ui::closedReason(day, QStringLiteral("da")), QStringLiteral("Juleaftensdag"));
        // No catalogue is loaded here: the source text, English (tst_translations holds every
        // catalogue to a translation of it; the Quick tests see them in use).
        QCOMPARE(ui::closedReason(day, QStringLiteral("en")), QStringLiteral("Christmas Eve"));
        QCOMPARE(ui::closedReason(day, QStringLiteral("de")), QStringLiteral("Christmas Eve"));
    }

    void siteReasonInDanishOrEnglish()
    {
        OpeningHours hours;
        hours.weekly[1] = TimeRange{QTime(9, 0), QTime(15, 0)}; // Tuesday
        hours.exceptions.append(DayException{QDate(2026, 12, 1), std::nullopt,
                                             QStringLiteral("Personaledag"),
                                             QStringLiteral("Staff day")});
        const DayStatus status = dayStatus(hours, QDate(2026, 12, 1));
        QVERIFY(!status.holiday);
        DayAvailability day;
        day.reasonDa = status.reasonDa;
        day.reasonEn = status.reasonEn;
        QCOMPARE(ui::closedReason(day, QStringLiteral("da")), QStringLiteral("Personaledag"));
        QCOMPARE(ui::closedReason(day, QStringLiteral("en")), QStringLiteral("Staff day"));
        // The site's language of record for the others, as for errand names.
        QCOMPARE(ui::closedReason(day, QStringLiteral("ar")), QStringLiteral("Personaledag"));
        day.reasonDa.clear();
        QCOMPARE(ui::closedReason(day, QStringLiteral("tr")), QStringLiteral("Staff day"));
    }
};

QTEST_GUILESS_MAIN(TestServiceText)
#include "tst_servicetext.moc"
