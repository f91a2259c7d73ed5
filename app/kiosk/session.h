#pragma once
// Which task the citizen is in (home, check-in, booking, chance queue), which page of it shows,
// and the one way back home that forgets everything: Home, the inactivity timeout and the end
// of every task.

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace bk {

class AdminController;
class BookingFlow;
class ChanceFlow;
class CheckInFlow;
class InactivityGuard;

class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the composition root (graph/kioskgraph.h)")
    Q_PROPERTY(Page page READ page NOTIFY pageChanged)
    Q_PROPERTY(QString pageName READ pageName NOTIFY pageChanged)
    /// The citizen's display modes, chosen on home (EN 301 549 5.1.4): larger text, and light
    /// text on dark. Both are off again when the citizen leaves (home(), the inactivity reset)
    /// and when the technician's screens open.
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY displayModesChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY displayModesChanged)
    Q_PROPERTY(QString spokenText READ spokenText NOTIFY spokenTextChanged)
    /// The non-visual mode (EN 301 549 5.1.6): touch-to-explore and the navigation keypad,
    /// each new screen spoken on arrival. Started and ended by a long press on "Listen" (or
    /// the headset); it lasts through the citizen's own "Start again" and ends with the
    /// inactivity reset and when the technician's screens open.
    Q_PROPERTY(bool nonVisual READ nonVisual WRITE setNonVisual NOTIFY nonVisualChanged)

public:
    /// The task the citizen is in.
    enum class Screen { Home, CheckIn, Booking, Chance, Admin };

    /// The page on screen: one per page component Main.qml shows, decided here from the task
    /// and its flow's step (QML maps it to a component and decides nothing).
    enum class Page {
        Home,
        CheckInEntry,       ///< the keypad (CheckInFlow::Step::Entry)
        CheckInResult,      ///< every check-in outcome (CheckInFlow::step says which)
        BookingErrand,      ///< BookingFlow::Step::Errand
        BookingSelfService, ///< BookingFlow::Step::SelfService
        BookingDay,         ///< BookingFlow::Step::Day
        BookingTime,        ///< BookingFlow::Step::Time
        BookingPhone,       ///< BookingFlow::Step::Phone
        BookingSummary,     ///< BookingFlow::Step::Summary
        BookingBusy,        ///< BookingFlow::Step::Booking: "booking your time ..."
        BookingDone,        ///< BookingFlow::Step::Done
        BookingSlotTaken,   ///< BookingFlow::Step::SlotTaken
        BookingUnavailable, ///< BookingFlow::Step::Unavailable
        ChanceErrand,       ///< ChanceFlow::Step::Errand
        ChanceTicket,       ///< ChanceFlow::Step::Ticket and Unavailable (one page for both)
        AdminPin,           ///< the technician's PIN pad (AdminController::Page::Pin)
        AdminDevices,       ///< AdminController::Page::Devices
        AdminTests,         ///< AdminController::Page::Tests
        AdminCentral,       ///< AdminController::Page::Central
        AdminStander,       ///< AdminController::Page::Stander
        AdminActions        ///< AdminController::Page::Actions
    };
    Q_ENUM(Page)

    /// `resetLanguage` puts the site's language back when the citizen leaves. The guard runs on
    /// every citizen's screen but home, and its timeout sends the session home. The admin
    /// screens open from home through `admin` (which has its own idle lock) and end at home.
    Session(CheckInFlow &checkIn, BookingFlow &booking, ChanceFlow &chance, InactivityGuard &guard,
            AdminController &admin, std::function<void()> resetLanguage, QObject *parent = nullptr);

    Screen screen() const { return m_screen; }
    Page page() const { return m_page; }
    /// The page's stable name for tests and screenshots: "home", "checkin-entry",
    /// "checkin-result", "booking-errand", ..., "chance-ticket", "admin-pin", "admin-devices",
    /// "admin-tests", "admin-central", "admin-stander", "admin-actions".
    QString pageName() const { return pageName(m_page); }
    static QString pageName(Page page);
    /// What "Listen" reads on the page on show: the flow's spokenText, home's from
    /// `setHomeText`; empty on the technician's screens (kiosk/spokentext.cpp).
    QString spokenText() const;
    /// Home's spoken text (KioskController::spokenText); `changed` is its notify signal's
    /// sender, connected by the composition root.
    void setHomeText(std::function<QString()> text) { m_homeText = std::move(text); }

    Q_INVOKABLE void startCheckIn();
    Q_INVOKABLE void startBooking();
    Q_INVOKABLE void startChance();
    /// A chance-queue ticket for `serviceId` at once (offered on a check-in result, "too
    /// late" or "cancelled"); ignored on any other screen, so a double tap issues one ticket.
    Q_INVOKABLE void chanceFor(const QString &serviceId);
    /// Home: every flow forgets its input, the language goes back to the site's, the display
    /// modes go off.
    Q_INVOKABLE void home();

    bool largeText() const { return m_largeText; }
    bool highContrast() const { return m_highContrast; }
    /// While a display mode is on, the inactivity guard runs on home too, so that the next
    /// citizen does not find the previous one's modes.
    void setLargeText(bool on);
    void setHighContrast(bool on);

    bool nonVisual() const { return m_nonVisual; }
    /// While the mode is on, the inactivity guard runs on home too (as for the display modes).
    void setNonVisual(bool on);
    /// Long press on "Listen", the headset, the technician's key: on when off, off when on.
    Q_INVOKABLE void toggleNonVisual() { setNonVisual(!m_nonVisual); }
    /// What the voice says when the mode starts (how to use it) and when it ends, in the UI
    /// language (context "NonVisual", kiosk/spokentext.cpp).
    static QString nonVisualOnText();
    static QString nonVisualOffText();
    /// The "still there?" dialog as the non-visual mode says it (StillThereDialog.qml's strings).
    static QString stillThereText();
    /// The navigation keypad's Help: the screen's spoken text, then how the mode is used.
    Q_INVOKABLE QString nonVisualHelpText() const;

signals:
    void pageChanged();
    void displayModesChanged();
    void spokenTextChanged();
    void nonVisualChanged();

private:
    void show(Screen s);
    void resetFlows();
    /// The page for the task and its flow's step as they are now.
    Page currentPage() const;
    void updatePage();
    /// The citizen's "still there?" runs on every citizen's screen but an untouched home.
    void updateGuard();
    void clearDisplayModes();

    CheckInFlow &m_checkIn;
    BookingFlow &m_booking;
    ChanceFlow &m_chance;
    InactivityGuard &m_guard;
    AdminController &m_admin;
    std::function<void()> m_resetLanguage;
    std::function<QString()> m_homeText;
    Screen m_screen = Screen::Home;
    Page m_page = Page::Home;
    bool m_largeText = false;
    bool m_highContrast = false;
    bool m_nonVisual = false;
};

} // namespace bk
