// The demo central's generated history (central/demohistory.h, issue 14 item 5): the same seed
// gives the same events; only the shapes the live code records, nothing personal; and, read
// through the real statistics (central/statistics.h), the patterns a manager should recognise:
// the Thursday late opening, nothing after Friday's closing, the lunch dip, a few per cent of
// no-shows, bookings by channel, and the summer passport peak when the window is in summer.

#include "central/demohistory.h"
#include "central/statistics.h"
#include "demo/demosite.h"
#include "domain/clock.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace bk;
using namespace bk::central;

namespace {

SiteDefinition demoSite()
{
    const demo::DemoSite d = demo::site();
    return SiteDefinition{d.id, d.name, d.services, d.hours, d.chanceQueueLetter};
}

QList<stats::Event> asStatistics(const QList<RecordedEvent> &events)
{
    QList<stats::Event> out;
    for (const RecordedEvent &e : events)
        out.append(stats::Event{e.at.toMSecsSinceEpoch(), e.kind, e.service, e.links.visit,
                                e.links.slot.isValid() ? e.links.slot.toMSecsSinceEpoch() : 0,
                                e.links.channel, e.links.checkInClass});
    return out;
}

stats::Report report(const QList<RecordedEvent> &events, const QDate &from, const QDate &to,
                     const QString &errand = {})
{
    stats::Parameters p;
    p.from = from;
    p.to = to;
    p.errand = errand;
    p.now = QDateTime(to.addDays(1), QTime(12, 0), siteTimeZone()).toUTC();
    return stats::compute(asStatistics(events), p);
}

// Arrivals (check-ins and chance tickets) of a weekday x hour row; 0 when there is none.
int arrivals(const stats::Report &r, int weekday, int hour)
{
    for (const stats::Row &row : r.hours)
        if (row.key == QStringList{QString::number(weekday), QString::number(hour)})
            return row.cell.checkIns + row.cell.chanceTickets;
    return 0;
}

} // namespace

class TestDemoHistory : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameEvents()
    {
        const QDate last(2026, 11, 30);
        const auto a = demoHistory(demoSite(), last.addDays(-55), last, 14);
        const auto b = demoHistory(demoSite(), last.addDays(-55), last, 14);
        const auto c = demoHistory(demoSite(), last.addDays(-55), last, 15);
        QVERIFY(a.size() > 5000);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].at, b[i].at);
            QCOMPARE(a[i].kind, b[i].kind);
            QCOMPARE(a[i].links.visit, b[i].links.visit);
        }
        QVERIFY(c.size() != a.size() || c.first().links.visit != a.first().links.visit);
    }

    void onlyTheLiveShapes()
    {
        const QDate last(2026, 11, 30);
        const QDateTime end(last.addDays(1), QTime(0, 0), siteTimeZone());
        const QSet<QString> kinds{u"booked"_qs,
                                  u"cancelled"_qs,
                                  u"settled_by_phone"_qs,
                                  u"moved_to_self_service"_qs,
                                  u"checked_in"_qs,
                                  u"ticket_issued"_qs,
                                  u"called"_qs,
                                  u"recalled"_qs,
                                  u"no_show"_qs,
                                  u"served"_qs,
                                  u"checkin_refused_too_late"_qs,
                                  u"self_service_shown"_qs,
                                  u"self_service_qr_printed"_qs,
                                  u"self_service_booked_anyway"_qs};
        const QRegularExpression visitKey(u"^[0-9a-f]{16}$"_qs);
        const QRegularExpression label(u"^[A-Z][0-9]{3}$"_qs);
        const auto events = demoHistory(demoSite(), last.addDays(-55), last, 14);
        QDateTime previous;
        for (const RecordedEvent &e : events) {
            QVERIFY2(kinds.contains(e.kind), qPrintable(e.kind));
            QVERIFY(visitKey.match(e.links.visit).hasMatch());
            QVERIFY(e.at < end);                              // nothing from today on
            QVERIFY(!previous.isValid() || previous <= e.at); // oldest first
            previous = e.at;
            // And what a stander reports (its events carry no ticket or counter either).
            const bool booking =
                e.kind == u"booked"_qs || e.kind == u"cancelled"_qs ||
                e.kind.startsWith(u"settled"_qs) || e.kind.startsWith(u"moved"_qs) ||
                e.kind.startsWith(u"self_service"_qs) || e.kind == u"checkin_refused_too_late"_qs;
            // Like the live code: a booking's events have no queue, ticket or counter; a
            // ticket's have its queue and label, the counter's their counter.
            QCOMPARE(e.ticket.isEmpty(), booking);
            QVERIFY(booking || label.match(e.ticket).hasMatch());
            QCOMPARE(e.counter.isEmpty(),
                     booking || e.kind == u"checked_in"_qs || e.kind == u"ticket_issued"_qs);
            QCOMPARE(e.links.channel.isEmpty(), e.kind != u"booked"_qs);
            QCOMPARE(e.links.checkInClass.isEmpty(),
                     e.kind != u"checked_in"_qs && e.kind != u"checkin_refused_too_late"_qs);
        }
    }

    void patternsAManagerKnows()
    {
        // Eight weeks ending on a Monday in winter.
        const QDate last(2026, 11, 30);
        const QDate first = last.addDays(-55);
        QElapsedTimer timer;
        timer.start();
        const auto events = demoHistory(demoSite(), first, last, 14);
        qInfo() << events.size() << "events generated in" << timer.elapsed() << "ms";
        const stats::Report r = report(events, first, last);
        // Thursday open to 17:30, Friday to 13:00, closed at the weekend.
        QVERIFY(arrivals(r, 4, 16) > 20);
        QCOMPARE(arrivals(r, 5, 13), 0);
        QCOMPARE(arrivals(r, 5, 14), 0);
        QCOMPARE(arrivals(r, 6, 11), 0);
        QCOMPARE(arrivals(r, 7, 11), 0);
        // The first hour is busier than the lunch hour, on every weekday.
        for (int day = 1; day <= 4; ++day)
            QVERIFY2(arrivals(r, day, 10) > 1.3 * arrivals(r, day, 12),
                     qPrintable(QString::number(day)));
        // A few per cent of no-shows; web and stander bookings, none by staff (no path yet).
        const stats::Cell &t = r.total;
        const double noShows = 100.0 * t.noShows / t.bookingsDue;
        QVERIFY2(noShows > 2 && noShows < 8, qPrintable(QString::number(noShows)));
        QVERIFY(t.bookingsStander > 0.1 * t.bookings && t.bookingsStander < 0.2 * t.bookings);
        QCOMPARE(t.bookingsStander + t.bookingsWeb, t.bookings);
        QCOMPARE(t.bookingsStaff, 0);
        QVERIFY(t.cancelled > 0 && t.settledByPhone > 0 && t.movedToSelfService > 0);
        QVERIFY(t.late > 0 && t.late < t.onTime / 5);
        // Too late only as refused at the stander (the history never changes the rules).
        QVERIFY(t.tooLate > 0 && t.tooLate == t.refusedTooLate && t.tooLate < t.noShows);
        QVERIFY(t.selfServiceShown > t.selfServiceQrPrinted &&
                t.selfServiceQrPrinted > t.selfServiceBookedAnyway &&
                t.selfServiceBookedAnyway > 0);
        QVERIFY(t.absentWhenCalled > 0 && t.absentWhenCalled < t.served / 20);
        QCOMPARE(t.notCalled, 0);
        // Waits and service times of plausible length (minutes).
        const double waitMedian = stats::nearestRank(t.waits, 50) / 60000.0;
        QVERIFY2(waitMedian > 3 && waitMedian < 20, qPrintable(QString::number(waitMedian)));
        const stats::Report byErrand = report(events, first, last);
        for (const stats::Row &row : byErrand.errands) {
            if (row.cell.serviceTimes.size() < 20)
                continue;
            const double median = stats::nearestRank(row.cell.serviceTimes, 50) / 60000.0;
            QVERIFY2(median > 4 && median < 35, qPrintable(row.key.first()));
        }
        // Every one of eight weeks' open days has visits.
        QCOMPARE(r.days.size(), 8 * 5);
    }

    void passportsPeakInSummer()
    {
        const auto passports = [](const QDate &first) {
            const QDate last = first.addDays(27);
            const auto events = demoHistory(demoSite(), first, last, 14);
            return report(events, first, last, u"pas"_qs).total.bookings;
        };
        const int june = passports(QDate(2026, 6, 1));
        const int november = passports(QDate(2026, 11, 2));
        QVERIFY2(june > 1.5 * november,
                 qPrintable(u"%1 in June, %2 in November"_qs.arg(june).arg(november)));
    }
};

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "tst_demohistory.moc"
