// The session and the inactivity guard: home forgets everything; silence leads home.

#include "kiosk/admincontroller.h"
#include "kiosk/bookingflow.h"
#include "kiosk/centralstatus.h"
#include "kiosk/chanceflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/inactivityguard.h"
#include "kiosk/session.h"
#include "kiosk/translations.h"
#include "kiosktestsupport.h"

#include "drivers/barcodereader.h"
#include "drivers/receiptprinter.h"
#include "drivers/ticketdisplay.h"

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
              guard({30, 10, 0}, clock), admin(adminOptions(), {}, clock, nullPrinter, nullDisplay,
                                               nullReader, central, cache.store),
              session(checkIn, booking, chance, guard, admin, [this] { ++languageResets; })
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
        NullReceiptPrinter nullPrinter;
        NullTicketDisplay nullDisplay;
        NullBarcodeReader nullReader;
        CentralStatus central;
        AdminController admin;
        Session session;
        int languageResets = 0;
    };

    static AdminController::Options adminOptions()
    {
        AdminController::Options o;
        o.tickMs = 0;
        return o;
    }

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

    void displayModesLastForTheVisitOnly()
    {
        Rig rig;
        QSignalSpy changed(&rig.session, &Session::displayModesChanged);
        rig.session.setLargeText(true);
        rig.session.setHighContrast(true);
        QCOMPARE(changed.size(), 2);
        rig.session.startBooking();
        rig.booking.chooseErrand(QStringLiteral("pas"));
        QVERIFY(rig.session.largeText());
        QVERIFY(rig.session.highContrast());
        rig.session.home();
        QVERIFY(!rig.session.largeText());
        QVERIFY(!rig.session.highContrast());
        QCOMPARE(changed.size(), 3);
        QVERIFY(!rig.guard.isEnabled());
    }

    void displayModesOnHomeTimeOut()
    {
        // Modes left on at home would greet the next citizen: the guard runs there too then.
        Rig rig;
        QSignalSpy timedOut(&rig.guard, &InactivityGuard::timedOut);
        rig.session.setLargeText(true);
        QVERIFY(rig.guard.isEnabled());
        rig.clock.advanceSecs(30);
        rig.guard.tick();
        QVERIFY(rig.guard.warning());
        rig.clock.advanceSecs(10);
        rig.guard.tick();
        QCOMPARE(timedOut.size(), 1);
        QVERIFY(!rig.session.largeText());
        QCOMPARE(rig.session.page(), Session::Page::Home);
        QVERIFY(!rig.guard.isEnabled());
        // Turned off by the citizen: home sleeps again.
        rig.session.setHighContrast(true);
        QVERIFY(rig.guard.isEnabled());
        rig.session.setHighContrast(false);
        QVERIFY(!rig.guard.isEnabled());
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

    void pageFollowsTheTaskAndItsStep()
    {
        // Every page Main.qml shows, reached as a citizen reaches it; the recorder keeps each
        // page as it is announced, so a step that passes at once (booking) is seen too.
        using Page = Session::Page;
        Rig rig;
        QList<Page> seen;
        QObject::connect(&rig.session, &Session::pageChanged, &rig.session,
                         [&] { seen.append(rig.session.page()); });
        const auto expect = [&](Page page, const char *name) {
            QCOMPARE(rig.session.page(), page);
            QCOMPARE(rig.session.pageName(), QString::fromLatin1(name));
            QCOMPARE(rig.session.property("pageName").toString(), QString::fromLatin1(name));
        };
        expect(Page::Home, "home");

        rig.session.startCheckIn();
        expect(Page::CheckInEntry, "checkin-entry");
        rig.checkIn.press(QStringLiteral("K"));
        expect(Page::CheckInEntry, "checkin-entry");
        rig.checkIn.scanned(demo::bookingCodes().at(1).toLatin1()); // early
        QCOMPARE(rig.checkIn.step(), CheckInFlow::Step::Early);
        expect(Page::CheckInResult, "checkin-result");
        rig.checkIn.tryAgain();
        expect(Page::CheckInEntry, "checkin-entry");
        rig.session.home();
        expect(Page::Home, "home");

        rig.session.startBooking();
        expect(Page::BookingErrand, "booking-errand");
        rig.booking.chooseErrand(QStringLiteral("sundhedskort"));
        expect(Page::BookingSelfService, "booking-selfservice");
        rig.booking.bookAnyway();
        expect(Page::BookingDay, "booking-day");
        rig.booking.chooseDay(0);
        expect(Page::BookingTime, "booking-time");
        rig.booking.chooseTime(1);
        expect(Page::BookingPhone, "booking-phone");
        rig.booking.skipPhone();
        expect(Page::BookingSummary, "booking-summary");
        rig.backend.next.kind = BookingAnswer::Kind::SlotTaken;
        rig.backend.next.alternatives = {QDateTime(QDate(2026, 11, 24), QTime(13, 0), Qt::UTC)};
        seen.clear();
        rig.booking.confirm();
        QCOMPARE(seen, (QList<Page>{Page::BookingBusy, Page::BookingSlotTaken}));
        expect(Page::BookingSlotTaken, "booking-slottaken");
        rig.booking.chooseAlternative(0);
        expect(Page::BookingSummary, "booking-summary");
        rig.backend.next.kind = BookingAnswer::Kind::Booked;
        rig.backend.next.code = QStringLiteral("K7M3QX9S");
        rig.booking.confirm();
        expect(Page::BookingDone, "booking-done");
        QCOMPARE(Session::pageName(Page::BookingBusy), QStringLiteral("booking-busy"));

        rig.session.startBooking();
        expect(Page::BookingErrand, "booking-errand");
        rig.backend.hoursKnown = false;
        rig.booking.chooseErrand(QStringLiteral("pas"));
        expect(Page::BookingUnavailable, "booking-unavailable");
        // Back from the first step leaves the task: home.
        rig.session.startBooking();
        rig.booking.back();
        expect(Page::Home, "home");

        rig.session.startChance();
        expect(Page::ChanceErrand, "chance-errand");
        rig.chance.choose(QStringLiteral("pas"));
        QCOMPARE(rig.chance.step(), ChanceFlow::Step::Ticket);
        expect(Page::ChanceTicket, "chance-ticket");
        rig.session.startChance();
        rig.chance.choose(QStringLiteral("no-such-errand"));
        QCOMPARE(rig.chance.step(), ChanceFlow::Step::Unavailable);
        expect(Page::ChanceTicket, "chance-ticket"); // the ticket page says "see staff"

        // A scan on any page shows its check-in result.
        rig.checkIn.scanned(demo::bookingCodes().at(0).toLatin1());
        expect(Page::CheckInResult, "checkin-result");
        // Silence leads home from any page.
        rig.clock.advanceSecs(40);
        rig.guard.tick();
        rig.clock.advanceSecs(40);
        rig.guard.tick();
        expect(Page::Home, "home");
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
