// Booking: every step with Back, phone validation, nothing booked before confirm.

#include "kiosk/bookingflow.h"
#include "kiosk/translations.h"
#include "kiosktestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace bk;
using Step = BookingFlow::Step;

class TestBookingFlow : public QObject
{
    Q_OBJECT

    struct Rig
    {
        Rig() : clock(test::tuesdayMorning()), backend(demo::site().services)
        {
            flow = std::make_unique<BookingFlow>(BookingFlow::Options{}, backend, clock,
                                                 translations, printer);
        }
        FixedClock clock;
        Translations translations{nullptr};
        test::RecordingSlipPrinter printer;
        test::ScriptedBookingBackend backend;
        std::unique_ptr<BookingFlow> flow;

        void toSummary(const QString &phone)
        {
            flow->chooseErrand(QStringLiteral("pas"));
            flow->chooseDay(0);
            flow->chooseTime(1);
            for (QChar c : phone)
                flow->pressDigit(QString(c));
            flow->acceptPhone();
        }
    };

private slots:
    void wholeWayThrough()
    {
        Rig rig;
        rig.toSummary(QStringLiteral("20304050"));
        QCOMPARE(rig.flow->step(), Step::Summary);
        QCOMPARE(rig.flow->phone(), QStringLiteral("20 30 40 50"));
        QCOMPARE(rig.flow->timeText(), QStringLiteral("10:30"));
        QCOMPARE(rig.backend.bookCalls, 0); // nothing is booked before confirm
        rig.backend.next.kind = BookingAnswer::Kind::Booked;
        rig.backend.next.code = QStringLiteral("K7M3QX9S");
        rig.flow->confirm();
        QCOMPARE(rig.backend.bookCalls, 1);
        QCOMPARE(rig.backend.lastRequest.phone, QStringLiteral("20304050"));
        QCOMPARE(rig.flow->step(), Step::Done);
        QCOMPARE(rig.flow->code(), QStringLiteral("K7M3-QX9S"));
        QVERIFY(!rig.flow->bring().isEmpty());
        QCOMPARE(rig.printer.slips.size(), 1);
        QCOMPARE(rig.printer.slips[0].kind, Slip::Kind::Booking);
        QCOMPARE(rig.printer.slips[0].code, QStringLiteral("K7M3QX9S"));
    }

    void selfServiceFirst()
    {
        Rig rig;
        rig.flow->chooseErrand(QStringLiteral("sundhedskort"));
        QCOMPARE(rig.flow->step(), Step::SelfService);
        QVERIFY(rig.flow->selfServiceUrl().startsWith(QStringLiteral("https://www.borger.dk")));
        rig.flow->printSelfService();
        QCOMPARE(rig.printer.slips.size(), 1);
        QCOMPARE(rig.printer.slips[0].kind, Slip::Kind::SelfService);
        rig.flow->bookAnyway();
        QCOMPARE(rig.flow->step(), Step::Day);
        rig.flow->back();
        QCOMPARE(rig.flow->step(), Step::SelfService);
        rig.flow->back();
        QCOMPARE(rig.flow->step(), Step::Errand);
    }

    // Issue 14: the self-service pointer's events go to the outbox (a real cache) once per
    // errand and citizen: going back to the pointer, printing twice or a language change
    // showing it again is still one citizen; a new citizen (reset) counts again.
    void selfServicePointerIsReportedOnce()
    {
        Rig rig;
        test::DemoCache cache(rig.clock.now());
        QVERIFY(cache.ok);
        BookingFlow::Options o;
        o.report = [&](StanderEvent event, const ServiceId &service) {
            QVERIFY(cache.store.queueEvent(event, service, rig.clock.now()));
        };
        rig.flow =
            std::make_unique<BookingFlow>(o, rig.backend, rig.clock, rig.translations, rig.printer);
        const auto events = [&] {
            QStringList out;
            const Result<QList<OutboxEntry>> pending = cache.store.pendingOutbox(100);
            for (const OutboxEntry &e : pending.value()) {
                const QJsonObject p = QJsonDocument::fromJson(e.payload).object();
                if (e.kind == u"event")
                    out.append(p[u"event"_qs].toString() + u' ' + p[u"service"_qs].toString());
            }
            return out;
        };
        rig.flow->chooseErrand(QStringLiteral("sundhedskort"));
        QCOMPARE(rig.flow->step(), Step::SelfService);
        emit rig.flow->changed(); // re-rendered (a language change): not shown again
        rig.flow->printSelfService();
        rig.flow->printSelfService();
        rig.flow->bookAnyway();
        rig.flow->back(); // the pointer again
        QCOMPARE(rig.flow->step(), Step::SelfService);
        QCOMPARE(events(), (QStringList{u"self_service_shown sundhedskort"_qs,
                                        u"self_service_qr_printed sundhedskort"_qs}));
        // Booked after it: reported when the booking is made, not when "book anyway" is pressed.
        rig.flow->bookAnyway();
        rig.flow->chooseDay(0);
        rig.flow->chooseTime(1);
        rig.flow->skipPhone();
        rig.backend.next.kind = BookingAnswer::Kind::Booked;
        rig.backend.next.code = QStringLiteral("K7M3QX9S");
        rig.flow->confirm();
        QCOMPARE(rig.flow->step(), Step::Done);
        QCOMPARE(events().size(), 3);
        QCOMPARE(events().last(), u"self_service_booked_anyway sundhedskort"_qs);
        // An errand without a pointer reports nothing; the next citizen counts again.
        rig.flow->reset();
        rig.flow->chooseErrand(QStringLiteral("pas"));
        QCOMPARE(events().size(), 3);
        rig.flow->reset();
        rig.flow->chooseErrand(QStringLiteral("sundhedskort"));
        QCOMPARE(events().size(), 4);
    }

    void backOnEveryStep()
    {
        Rig rig;
        QSignalSpy leave(rig.flow.get(), &BookingFlow::leave);
        rig.toSummary(QString());
        QCOMPARE(rig.flow->step(), Step::Summary);
        QVERIFY(!rig.flow->hasPhone());
        const QList<Step> expected = {Step::Phone, Step::Time, Step::Day, Step::Errand};
        for (Step s : expected) {
            rig.flow->back();
            QCOMPARE(rig.flow->step(), s);
        }
        QCOMPARE(leave.size(), 0);
        rig.flow->back();
        QCOMPARE(leave.size(), 1);
    }

    void closedDaysCannotBeChosen()
    {
        Rig rig;
        rig.flow->chooseErrand(QStringLiteral("pas"));
        // 24 Nov 2026 is a Tuesday: index 4 is Saturday.
        const QVariantMap saturday = rig.flow->days().at(4).toMap();
        QCOMPARE(saturday.value(QStringLiteral("open")).toBool(), false);
        rig.flow->chooseDay(4);
        QCOMPARE(rig.flow->step(), Step::Day);
    }

    void unknownHoursOfferNoDay()
    {
        Rig rig;
        rig.backend.hoursKnown = false;
        rig.flow->chooseErrand(QStringLiteral("pas"));
        QCOMPARE(rig.flow->step(), Step::Unavailable);
        QVERIFY(rig.flow->days().isEmpty());
        rig.flow->chooseDay(0); // nothing to choose
        QCOMPARE(rig.flow->step(), Step::Unavailable);
        QCOMPARE(rig.backend.bookCalls, 0);

        // Hours that vanish while a citizen is on the time screen: Back says so too.
        rig.backend.hoursKnown = true;
        rig.flow->reset();
        rig.flow->chooseErrand(QStringLiteral("pas"));
        rig.flow->chooseDay(0);
        QCOMPARE(rig.flow->step(), Step::Time);
        rig.backend.hoursKnown = false;
        rig.flow->back();
        QCOMPARE(rig.flow->step(), Step::Unavailable);
    }

    void wrongClockOffersNoDay()
    {
        // A stale clock would offer days from a wrong "today": none are offered.
        Rig rig;
        bool trusted = false;
        BookingFlow::Options o;
        o.clockTrusted = [&trusted] { return trusted; };
        rig.flow =
            std::make_unique<BookingFlow>(o, rig.backend, rig.clock, rig.translations, rig.printer);
        rig.flow->chooseErrand(QStringLiteral("pas"));
        QCOMPARE(rig.flow->step(), Step::Unavailable);
        QVERIFY(rig.flow->days().isEmpty());
        trusted = true;
        rig.flow->reset();
        rig.flow->chooseErrand(QStringLiteral("pas"));
        QCOMPARE(rig.flow->step(), Step::Day);
    }

    void unreachableCentralIsSaidBeforeDayAndTime()
    {
        Rig rig;
        rig.backend.reachable = false;
        rig.flow->chooseErrand(QStringLiteral("pas"));
        QCOMPARE(rig.flow->step(), Step::Unavailable);
        QVERIFY(rig.flow->days().isEmpty());
        QCOMPARE(rig.backend.bookCalls, 0);

        // Reachable again: the same errand offers its days.
        rig.backend.reachable = true;
        rig.flow->reset();
        rig.flow->chooseErrand(QStringLiteral("pas"));
        QCOMPARE(rig.flow->step(), Step::Day);
    }

    void phoneIsValidated()
    {
        Rig rig;
        rig.flow->chooseErrand(QStringLiteral("pas"));
        rig.flow->chooseDay(0);
        rig.flow->chooseTime(0);
        for (QChar c : QStringLiteral("1234"))
            rig.flow->pressDigit(QString(c));
        rig.flow->acceptPhone();
        QCOMPARE(rig.flow->phoneProblem(), BookingFlow::PhoneProblem::TooShort);
        QCOMPARE(rig.flow->step(), Step::Phone);
        for (QChar c : QStringLiteral("56789"))
            rig.flow->pressDigit(QString(c));
        QCOMPARE(rig.flow->phone(), QStringLiteral("12 34 56 78")); // ninth digit ignored
        rig.flow->acceptPhone();
        QCOMPARE(rig.flow->phoneProblem(), BookingFlow::PhoneProblem::BadStart);
        rig.flow->skipPhone();
        QCOMPARE(rig.flow->step(), Step::Summary);
        QVERIFY(!rig.flow->hasPhone());
    }

    void slotTakenOffersAlternatives()
    {
        Rig rig;
        rig.toSummary(QString());
        rig.backend.next.kind = BookingAnswer::Kind::SlotTaken;
        rig.backend.next.alternatives = {QDateTime(QDate(2026, 11, 24), QTime(13, 0), Qt::UTC)};
        rig.flow->confirm();
        QCOMPARE(rig.flow->step(), Step::SlotTaken);
        QCOMPARE(rig.flow->alternatives().size(), 1);
        rig.flow->chooseAlternative(0);
        QCOMPARE(rig.flow->step(), Step::Summary);
        QCOMPARE(rig.flow->timeText(), QStringLiteral("14:00"));
        rig.backend.next.kind = BookingAnswer::Kind::Unavailable;
        rig.flow->confirm();
        QCOMPARE(rig.flow->step(), Step::Unavailable);
        QVERIFY(rig.printer.slips.isEmpty());
    }

    void resetForgets()
    {
        Rig rig;
        rig.toSummary(QStringLiteral("20304050"));
        rig.flow->reset();
        QCOMPARE(rig.flow->step(), Step::Errand);
        QVERIFY(rig.flow->phone().isEmpty());
        QVERIFY(rig.flow->serviceName().isEmpty());
        QVERIFY(rig.flow->timeText().isEmpty());
        QVERIFY(rig.flow->dayText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBookingFlow)
#include "tst_bookingflow.moc"
