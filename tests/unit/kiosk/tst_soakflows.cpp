// A short soak of the flows without QML (BK_SOAK_CITIZENS, default 500 citizens) for the
// sanitizer build: the session, check-in (scanned and typed), booking (the cache's own booking
// backend), chance ticket and inactivity guard on one demo cache, one citizen after the other,
// as the screens drive them. Language switches are left to the QML soak: the catalogues are
// compiled into the QML module, which this build does not have. Under
// AddressSanitizer/LeakSanitizer it shows what one citizen leaves behind; the same run with QML and
// 10,000 citizens is tests/bench/soak.

#include "kiosk/admincontroller.h"
#include "kiosk/bookingflow.h"
#include "kiosk/cachebookingbackend.h"
#include "kiosk/centralstatus.h"
#include "kiosk/chanceflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/inactivityguard.h"
#include "kiosk/session.h"
#include "kiosk/translations.h"
#include "kiosktestsupport.h"

#include "domain/bookingcode.h"
#include "drivers/barcodereader.h"
#include "drivers/receiptprinter.h"
#include "drivers/ticketdisplay.h"

#include <QTest>

using namespace bk;

namespace {

AdminController::Options adminOptions()
{
    AdminController::Options o;
    o.tickMs = 0;
    return o;
}

} // namespace

class TestSoakFlows : public QObject
{
    Q_OBJECT

    struct Rig
    {
        Rig()
            : cache(test::tuesdayMorning()), clock(test::tuesdayMorning()),
              backend(
                  cache.store, clock,
                  {QStringLiteral("demo"), CacheBookingBackend::fixedHours(demo::site().hours), 0},
                  [this] { return quint32(++seed * 2654435761u); }),
              checkIn({QStringLiteral("demo"), QStringLiteral("Demo")}, cache.store, clock,
                      translations, printer),
              booking({}, backend, clock, translations, printer),
              chance(
                  {QStringLiteral("demo"), QStringLiteral("Demo"), ChanceFlow::fixedLetter(u'K')},
                  cache.store, backend, clock, translations, printer),
              guard({30, 10, 0}, clock), admin(adminOptions(), {}, clock, nullPrinter, nullDisplay,
                                               nullReader, central, cache.store),
              session(checkIn, booking, chance, guard, admin, [] {})
        {}
        test::DemoCache cache;
        FixedClock clock;
        quint32 seed = 0;
        Translations translations{nullptr};
        test::RecordingSlipPrinter printer;
        CacheBookingBackend backend;
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
        std::uint32_t codeState = 7;

        /// A booking for "pas" starting ten minutes from now, put into the cache as a sync
        /// round would; its code.
        QString addBooking()
        {
            Booking b;
            b.code = QString::fromStdString(bookingcode::generate([this] {
                codeState = codeState * 1664525u + 1013904223u;
                return codeState;
            }));
            b.siteId = QStringLiteral("demo");
            b.serviceId = QStringLiteral("pas");
            b.start = clock.now().addSecs(600);
            return cache.store.upsertBookings(QList<Booking>{b}) ? b.code : QString();
        }

        /// The clock to 10:30 local time on the next weekday.
        void nextOpeningDay()
        {
            QDate day = clock.now().toLocalTime().date().addDays(1);
            while (day.dayOfWeek() > 5)
                day = day.addDays(1);
            clock.advanceSecs(clock.now().secsTo(QDateTime(day, QTime(10, 30)).toUTC()));
            guard.tick();
        }
    };

private slots:
    void citizens()
    {
        const int citizens = qEnvironmentVariableIsSet("BK_SOAK_CITIZENS")
                                 ? qEnvironmentVariableIntValue("BK_SOAK_CITIZENS")
                                 : 500;
        Rig rig;
        QVERIFY(rig.cache.ok);
        int receipts = 0;
        for (int n = 0; n < citizens; ++n) {
            if (n > 0 && n % 100 == 0)
                rig.nextOpeningDay();
            switch (n % 5) {
            case 0: { // scans a booking code on home
                const QString code = rig.addBooking();
                QVERIFY(!code.isEmpty());
                rig.checkIn.scanned(code.toLatin1());
                QCOMPARE(rig.session.screen(), Session::Screen::CheckIn);
                QCOMPARE(rig.checkIn.step(), CheckInFlow::Step::OnTime);
                ++receipts;
                break;
            }
            case 1: { // books the first free time of the first day that has one
                rig.session.startBooking();
                rig.booking.chooseErrand(u"pas"_qs);
                QCOMPARE(rig.booking.step(), BookingFlow::Step::Day);
                const QVariantList days = rig.booking.days();
                int day = -1;
                for (int i = 0; i < days.size() && day < 0; ++i) {
                    const QVariantMap d = days[i].toMap();
                    if (d.value(u"open"_qs).toBool() && d.value(u"free"_qs).toInt() > 0)
                        day = i;
                }
                QVERIFY2(day >= 0, "a day with free times");
                rig.booking.chooseDay(day);
                QCOMPARE(rig.booking.step(), BookingFlow::Step::Time);
                rig.booking.chooseTime(0);
                rig.booking.skipPhone();
                QCOMPARE(rig.booking.step(), BookingFlow::Step::Summary);
                rig.booking.confirm();
                QCOMPARE(rig.booking.step(), BookingFlow::Step::Done);
                ++receipts;
                break;
            }
            case 2: // takes a chance ticket
                rig.session.startChance();
                rig.chance.choose(u"pas"_qs);
                QCOMPARE(rig.chance.step(), ChanceFlow::Step::Ticket);
                ++receipts;
                break;
            case 4: { // types a booking code on the keypad
                const QString code = rig.addBooking();
                QVERIFY(!code.isEmpty());
                rig.session.startCheckIn();
                for (const QChar c : code)
                    rig.checkIn.press(QString(c));
                rig.checkIn.submit();
                QCOMPARE(rig.checkIn.step(), CheckInFlow::Step::OnTime);
                ++receipts;
                break;
            }
            case 3: // starts a booking and walks away
                rig.session.startBooking();
                rig.booking.chooseErrand(u"pas"_qs);
                rig.clock.advanceSecs(31);
                rig.guard.tick();
                QVERIFY(rig.guard.warning());
                rig.clock.advanceSecs(11);
                rig.guard.tick();
                QCOMPARE(rig.session.screen(), Session::Screen::Home);
                break;
            }
            rig.session.home();
            QCOMPARE(rig.session.screen(), Session::Screen::Home);
            // The printer's jobs end on the event loop, as on the stander.
            QCoreApplication::processEvents();
        }
        QCOMPARE(rig.printer.slips.size(), receipts);
    }
};

QTEST_GUILESS_MAIN(TestSoakFlows)
#include "tst_soakflows.moc"
