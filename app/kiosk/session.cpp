#include "kiosk/session.h"

#include "kiosk/admincontroller.h"
#include "kiosk/bookingflow.h"
#include "kiosk/chanceflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/inactivityguard.h"

namespace bk {

Session::Session(CheckInFlow &checkIn, BookingFlow &booking, ChanceFlow &chance,
                 InactivityGuard &guard, AdminController &admin,
                 std::function<void()> resetLanguage, QObject *parent)
    : QObject(parent), m_checkIn(checkIn), m_booking(booking), m_chance(chance), m_guard(guard),
      m_admin(admin), m_resetLanguage(std::move(resetLanguage))
{
    // The admin screens open from home (the way in listens there only) and end at home.
    connect(&m_admin, &AdminController::pageChanged, this, [this] {
        // The technician's screens are not a citizen's: they are shown in the normal look.
        if (m_admin.isOpen()) {
            show(Screen::Admin);
            setNonVisual(false);
            clearDisplayModes();
        } else if (m_screen == Screen::Admin) {
            home();
        }
        updatePage();
    });
    // The inactivity reset is for the next citizen: the non-visual mode ends with it (the
    // citizen's own "Start again" keeps it).
    connect(&m_guard, &InactivityGuard::timedOut, this, [this] {
        home();
        setNonVisual(false);
    });
    // A scan on any screen starts check-in; the other tasks' input is dropped.
    connect(&m_checkIn, &CheckInFlow::scanArrived, this, [this] {
        m_guard.touched();
        m_booking.reset();
        m_chance.reset();
        show(Screen::CheckIn);
    });
    connect(&m_booking, &BookingFlow::leave, this, &Session::home);
    // Every step of every flow may change the page; changed() is a flow's only step signal.
    connect(&m_checkIn, &CheckInFlow::changed, this, &Session::updatePage);
    connect(&m_booking, &BookingFlow::changed, this, &Session::updatePage);
    connect(&m_chance, &ChanceFlow::changed, this, &Session::updatePage);
    connect(this, &Session::pageChanged, this, &Session::spokenTextChanged);
    for (ErrandFlow *flow :
         {static_cast<ErrandFlow *>(&m_checkIn), static_cast<ErrandFlow *>(&m_booking),
          static_cast<ErrandFlow *>(&m_chance)})
        connect(flow, &ErrandFlow::spokenTextChanged, this, &Session::spokenTextChanged);
}

QString Session::pageName(Page page)
{
    switch (page) {
    case Page::Home:
        break;
    case Page::CheckInEntry:
        return QStringLiteral("checkin-entry");
    case Page::CheckInResult:
        return QStringLiteral("checkin-result");
    case Page::BookingErrand:
        return QStringLiteral("booking-errand");
    case Page::BookingSelfService:
        return QStringLiteral("booking-selfservice");
    case Page::BookingDay:
        return QStringLiteral("booking-day");
    case Page::BookingTime:
        return QStringLiteral("booking-time");
    case Page::BookingPhone:
        return QStringLiteral("booking-phone");
    case Page::BookingSummary:
        return QStringLiteral("booking-summary");
    case Page::BookingBusy:
        return QStringLiteral("booking-busy");
    case Page::BookingDone:
        return QStringLiteral("booking-done");
    case Page::BookingSlotTaken:
        return QStringLiteral("booking-slottaken");
    case Page::BookingUnavailable:
        return QStringLiteral("booking-unavailable");
    case Page::ChanceErrand:
        return QStringLiteral("chance-errand");
    case Page::ChanceTicket:
        return QStringLiteral("chance-ticket");
    case Page::AdminPin:
        return QStringLiteral("admin-pin");
    case Page::AdminDevices:
        return QStringLiteral("admin-devices");
    case Page::AdminTests:
        return QStringLiteral("admin-tests");
    case Page::AdminCentral:
        return QStringLiteral("admin-central");
    case Page::AdminStander:
        return QStringLiteral("admin-stander");
    case Page::AdminActions:
        return QStringLiteral("admin-actions");
    }
    return QStringLiteral("home");
}

void Session::startCheckIn()
{
    resetFlows();
    show(Screen::CheckIn);
}

void Session::startBooking()
{
    resetFlows();
    show(Screen::Booking);
}

void Session::startChance()
{
    resetFlows();
    show(Screen::Chance);
}

void Session::chanceFor(const QString &serviceId)
{
    // Offered on a check-in result only: a second tap arrives when the ticket is already
    // issued and shown, and must not reset the flow and issue another.
    if (m_screen != Screen::CheckIn)
        return;
    resetFlows();
    show(Screen::Chance);
    m_chance.choose(serviceId);
}

void Session::home()
{
    resetFlows();
    if (m_resetLanguage)
        m_resetLanguage();
    show(Screen::Home);
    m_admin.close();
    clearDisplayModes();
}

void Session::clearDisplayModes()
{
    if (m_largeText || m_highContrast) {
        m_largeText = false;
        m_highContrast = false;
        emit displayModesChanged();
    }
    updateGuard();
}

void Session::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    emit displayModesChanged();
    updateGuard();
}

void Session::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    emit displayModesChanged();
    updateGuard();
}

void Session::setNonVisual(bool on)
{
    // The technician's screens are not a citizen's: the mode does not start there.
    if (on == m_nonVisual || (on && m_screen == Screen::Admin))
        return;
    m_nonVisual = on;
    emit nonVisualChanged();
    updateGuard();
}

void Session::updateGuard()
{
    // The technician's screens have their own idle lock, not the citizen's "still there?".
    const bool modes = m_largeText || m_highContrast || m_nonVisual;
    m_guard.setEnabled(m_screen != Screen::Admin && (m_screen != Screen::Home || modes));
}

void Session::show(Screen s)
{
    if (s == m_screen)
        return;
    m_screen = s;
    updateGuard();
    m_admin.setGestureEnabled(s == Screen::Home);
    updatePage();
}

Session::Page Session::currentPage() const
{
    switch (m_screen) {
    case Screen::Home:
        break;
    case Screen::CheckIn:
        return m_checkIn.step() == CheckInFlow::Step::Entry ? Page::CheckInEntry
                                                            : Page::CheckInResult;
    case Screen::Booking:
        switch (m_booking.step()) {
        case BookingFlow::Step::Errand:
            return Page::BookingErrand;
        case BookingFlow::Step::SelfService:
            return Page::BookingSelfService;
        case BookingFlow::Step::Day:
            return Page::BookingDay;
        case BookingFlow::Step::Time:
            return Page::BookingTime;
        case BookingFlow::Step::Phone:
            return Page::BookingPhone;
        case BookingFlow::Step::Summary:
            return Page::BookingSummary;
        case BookingFlow::Step::Booking:
            return Page::BookingBusy;
        case BookingFlow::Step::Done:
            return Page::BookingDone;
        case BookingFlow::Step::SlotTaken:
            return Page::BookingSlotTaken;
        case BookingFlow::Step::Unavailable:
            return Page::BookingUnavailable;
        }
        return Page::BookingErrand;
    case Screen::Chance:
        return m_chance.step() == ChanceFlow::Step::Errand ? Page::ChanceErrand
                                                           : Page::ChanceTicket;
    case Screen::Admin:
        switch (m_admin.page()) {
        case AdminController::Page::Closed:
        case AdminController::Page::Pin:
            return Page::AdminPin;
        case AdminController::Page::Devices:
            return Page::AdminDevices;
        case AdminController::Page::Tests:
            return Page::AdminTests;
        case AdminController::Page::Central:
            return Page::AdminCentral;
        case AdminController::Page::Stander:
            return Page::AdminStander;
        case AdminController::Page::Actions:
            return Page::AdminActions;
        }
        return Page::AdminPin;
    }
    return Page::Home;
}

void Session::updatePage()
{
    const Page p = currentPage();
    if (p == m_page)
        return;
    m_page = p;
    emit pageChanged();
}

void Session::resetFlows()
{
    m_checkIn.reset();
    m_booking.reset();
    m_chance.reset();
}

} // namespace bk
