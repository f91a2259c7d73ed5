#include "kiosk/session.h"

#include "kiosk/bookingflow.h"
#include "kiosk/chanceflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/inactivityguard.h"

namespace bk {

Session::Session(CheckInFlow &checkIn, BookingFlow &booking, ChanceFlow &chance,
                 InactivityGuard &guard, std::function<void()> resetLanguage, QObject *parent)
    : QObject(parent), m_checkIn(checkIn), m_booking(booking), m_chance(chance), m_guard(guard),
      m_resetLanguage(std::move(resetLanguage))
{
    connect(&m_guard, &InactivityGuard::timedOut, this, &Session::home);
    // A scan on any screen starts check-in; the other tasks' input is dropped.
    connect(&m_checkIn, &CheckInFlow::scanArrived, this, [this] {
        m_guard.touched();
        m_booking.reset();
        m_chance.reset();
        show(Screen::CheckIn);
    });
    connect(&m_booking, &BookingFlow::leave, this, &Session::home);
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
}

void Session::show(Screen s)
{
    if (s == m_screen)
        return;
    m_screen = s;
    m_guard.setEnabled(s != Screen::Home);
    emit screenChanged();
}

void Session::resetFlows()
{
    m_checkIn.reset();
    m_booking.reset();
    m_chance.reset();
}

} // namespace bk
