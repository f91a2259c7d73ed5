// The session and the inactivity guard: home forgets everything; silence leads home.

#include "kiosk/bookingflow.h"
#include "kiosk/chanceflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/inactivityguard.h"
#include "kiosk/session.h"
#include "kiosk/translations.h"
#include "kiosktestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace bk;

class TestSession : public QObject
{
    Q_OBJECT

    struct Rig
    {
        Rig()
            : cache(test::tuesdayMorning()), clock(test::tuesdayMorning()),
              backend(demo::site().services),
              checkIn({QStringLiteral("demo"), QStringLiteral("Demo")}, cache.store, clock,
                      translations, printer),
              booking({}, backend, clock, translations, printer),
              chance(
                  {QStringLiteral("demo"), QStringLiteral("Demo"), ChanceFlow::fixedLetter(u'K')},
                  cache.store, backend, clock, translations, printer),
              guard({30, 10, 0}, clock),
              session(checkIn, booking, chance, guard, [this] { ++languageResets; })
        {}
        test::DemoCache cache;
        FixedClock clock;
        Translations translations{nullptr};
        test::RecordingSlipPrinter printer;
        test::ScriptedBookingBackend backend;
        CheckInFlow checkIn;
        BookingFlow booking;
        ChanceFlow chance;
        InactivityGuard guard;
        Session session;
        int languageResets = 0;
    };

private slots:
    void guardWarnsThenTimesOut()
    {
        Rig rig;
        rig.session.startBooking();
        rig.booking.chooseErrand(QStringLiteral("pas"));
        rig.clock.advanceSecs(29);
        rig.guard.tick();
        QVERIFY(!rig.guard.warning());
        rig.clock.advanceSecs(1);
        rig.guard.tick();
        QVERIFY(rig.guard.warning());
        QCOMPARE(rig.guard.secondsLeft(), 10);
        rig.clock.advanceSecs(4);
        rig.guard.tick();
        QCOMPARE(rig.guard.secondsLeft(), 6);
        rig.guard.touched(); // "yes, I am here"
        QVERIFY(!rig.guard.warning());
        QCOMPARE(rig.session.screen(), Session::Screen::Booking);
        rig.clock.advanceSecs(40);
        rig.guard.tick();
        QCOMPARE(rig.session.screen(), Session::Screen::Home);
        QCOMPARE(rig.booking.step(), BookingFlow::Step::Errand);
        QVERIFY(rig.booking.serviceName().isEmpty());
        QCOMPARE(rig.languageResets, 1);
    }

    void guardSleepsOnHome()
    {
        Rig rig;
        QSignalSpy timedOut(&rig.guard, &InactivityGuard::timedOut);
        rig.clock.advanceSecs(3600);
        rig.guard.tick();
        QCOMPARE(timedOut.size(), 0);
    }

    void touchesReachTheGuard()
    {
        Rig rig;
        rig.session.startCheckIn();
        QObject window;
        rig.guard.watch(&window);
        rig.clock.advanceSecs(35);
        rig.guard.tick();
        QVERIFY(rig.guard.warning());
        QEvent press(QEvent::TouchBegin);
        QCoreApplication::sendEvent(&window, &press);
        QVERIFY(!rig.guard.warning());
    }

    void scanFromAnotherTaskStartsCheckIn()
    {
        Rig rig;
        rig.session.startBooking();
        rig.booking.chooseErrand(QStringLiteral("pas"));
        rig.checkIn.scanned(demo::bookingCodes().at(0).toLatin1());
        QCOMPARE(rig.session.screen(), Session::Screen::CheckIn);
        QCOMPARE(rig.checkIn.step(), CheckInFlow::Step::OnTime);
        QCOMPARE(rig.booking.step(), BookingFlow::Step::Errand);
    }

    void homeForgetsTypedCode()
    {
        Rig rig;
        rig.session.startCheckIn();
        rig.checkIn.press(QStringLiteral("K"));
        rig.session.home();
        QCOMPARE(rig.checkIn.typedCount(), 0);
        QCOMPARE(rig.session.screen(), Session::Screen::Home);
    }

    void tooLateLeadsToChanceTicket()
    {
        Rig rig;
        rig.session.startCheckIn();
        rig.checkIn.scanned(demo::bookingCodes().at(3).toLatin1()); // too late, MitID
        QCOMPARE(rig.checkIn.step(), CheckInFlow::Step::TooLate);
        rig.session.chanceFor(rig.checkIn.serviceId());
        QCOMPARE(rig.session.screen(), Session::Screen::Chance);
        QCOMPARE(rig.chance.step(), ChanceFlow::Step::Ticket);
        const QString ticket = rig.chance.ticket();
        QVERIFY(!ticket.isEmpty());
        QCOMPARE(rig.printer.slips.size(), 1);

        // "Take a ticket for today" tapped twice: the second tap finds the ticket shown and
        // must not reset the flow and issue another.
        rig.session.chanceFor(rig.checkIn.serviceId());
        QCOMPARE(rig.chance.ticket(), ticket);
        QCOMPARE(rig.printer.slips.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
