#pragma once
// Which task the citizen is in (home, check-in, booking, chance queue), and the one way back
// home that forgets everything: Home, the inactivity timeout and the end of every task.

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace bk {

class BookingFlow;
class ChanceFlow;
class CheckInFlow;
class InactivityGuard;

class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by main(), the composition root")
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)

public:
    enum class Screen { Home, CheckIn, Booking, Chance };
    Q_ENUM(Screen)

    /// `resetLanguage` puts the site's language back when the citizen leaves. The guard runs on
    /// every screen but home, and its timeout sends the session home.
    Session(CheckInFlow &checkIn, BookingFlow &booking, ChanceFlow &chance, InactivityGuard &guard,
            std::function<void()> resetLanguage, QObject *parent = nullptr);

    Screen screen() const { return m_screen; }

    Q_INVOKABLE void startCheckIn();
    Q_INVOKABLE void startBooking();
    Q_INVOKABLE void startChance();
    /// A chance-queue ticket for `serviceId` at once (offered on a check-in result, "too
    /// late" or "cancelled"); ignored on any other screen, so a double tap issues one ticket.
    Q_INVOKABLE void chanceFor(const QString &serviceId);
    /// Home: every flow forgets its input, the language goes back to the site's.
    Q_INVOKABLE void home();

signals:
    void screenChanged();

private:
    void show(Screen s);
    void resetFlows();

    CheckInFlow &m_checkIn;
    BookingFlow &m_booking;
    ChanceFlow &m_chance;
    InactivityGuard &m_guard;
    std::function<void()> m_resetLanguage;
    Screen m_screen = Screen::Home;
};

} // namespace bk
