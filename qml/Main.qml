import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// The kiosk window: the screen the session and its flows are on, the "are you still there?"
// dialog, and the demo panel beside them in demo mode.
ApplicationWindow {
    id: root

    required property KioskController kiosk
    required property Session session
    required property CheckInFlow checkIn
    required property BookingFlow booking
    required property ChanceFlow chance
    required property InactivityGuard guard
    required property CentralStatus central
    required property AdminController admin
    // Null unless the kiosk runs in demo mode.
    property DemoController demo: null

    readonly property int screenWidth: root.kiosk.landscape ? 1920 : 1080
    readonly property int screenHeight: root.kiosk.landscape ? 1080 : 1920

    /// Which page is up, as tests and screenshots name it: "home", "checkin-entry", ...
    readonly property string pageName: root.session.pageName

    width: screenWidth + (demo ? Theme.demoPanelWidth : 0)
    height: screenHeight
    visible: true
    visibility: root.kiosk.fullscreen ? Window.FullScreen : Window.Windowed
    title: qsTr("Citizen service kiosk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    // The Theme's inputs: the citizen's display modes (session only) and the panel's geometry.
    Binding {
        target: Theme
        property: "largeText"
        value: root.session.largeText
    }
    Binding {
        target: Theme
        property: "highContrast"
        value: root.session.highContrast
    }
    Binding {
        target: Theme
        property: "pixelsPerMm"
        value: root.kiosk.pixelsPerMm
    }
    Binding {
        target: Theme
        property: "capHeightRatio"
        value: root.kiosk.capHeightRatio(Theme.fontFamily)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        // Arabic: every page mirrors (rows, grids, anchors, text alignment); the keypads and
        // codes keep left to right themselves (CodeKeypad, PhoneKeypad, CheckInPage).
        LayoutMirroring.enabled: root.kiosk.rightToLeft
        LayoutMirroring.childrenInherit: true

        Loader {
            id: page
            objectName: "page"
            Layout.preferredWidth: root.screenWidth
            Layout.fillWidth: true
            Layout.fillHeight: true
            property string name: root.pageName
            // The session decides the page; this only maps it to its component.
            sourceComponent: {
                switch (root.session.page) {
                case Session.CheckInEntry:
                    return checkInEntry;
                case Session.CheckInResult:
                    return checkInResult;
                case Session.BookingErrand:
                    return bookingErrand;
                case Session.BookingSelfService:
                    return bookingSelfService;
                case Session.BookingDay:
                    return bookingDay;
                case Session.BookingTime:
                    return bookingTime;
                case Session.BookingPhone:
                    return bookingPhone;
                case Session.BookingSummary:
                    return bookingSummary;
                case Session.BookingBusy:
                    return bookingBusy;
                case Session.BookingDone:
                    return bookingDone;
                case Session.BookingSlotTaken:
                    return bookingSlotTaken;
                case Session.BookingUnavailable:
                    return bookingUnavailable;
                case Session.ChanceErrand:
                    return chanceErrand;
                case Session.ChanceTicket:
                    return chanceTicket;
                case Session.AdminPin:
                    return adminPin;
                case Session.AdminDevices:
                case Session.AdminTests:
                case Session.AdminCentral:
                case Session.AdminStander:
                case Session.AdminActions:
                    return adminPage;
                }
                return homePage;
            }
        }

        Loader {
            Layout.preferredWidth: Theme.demoPanelWidth
            Layout.fillHeight: true
            active: root.demo !== null
            visible: active
            sourceComponent: DemoPanel {
                demo: root.demo // qmllint disable unqualified
            }
        }
    }

    // The technician's way in: invisible corners of the citizen's screen, on home only.
    AdminCorners {
        x: 0
        y: 0
        width: root.screenWidth
        height: root.screenHeight
        admin: root.admin
    }

    // The non-visual mode over the citizen's page: touch-to-explore and the navigation keypad.
    NonVisualLayer {
        objectName: "nonVisualLayer"
        x: 0
        y: 0
        width: root.screenWidth
        height: root.screenHeight
        session: root.session
        speech: root.kiosk.speech
        rightToLeft: root.kiosk.rightToLeft
        pageItem: page.item
    }

    StillThereDialog {
        guard: root.guard
        rightToLeft: root.kiosk.rightToLeft
    }

    // Qt 6.4's qmllint calls any id outside a delegate or Component "unqualified" (pragma
    // ComponentBehavior: Bound arrives in 6.5); these ids are in this file and always resolve.
    // qmllint disable unqualified
    Component {
        id: homePage
        HomePage {
            kiosk: root.kiosk
            central: root.central
            session: root.session
            onChosen: choice => {
                if (choice === "checkin")
                    root.session.startCheckIn();
                else if (choice === "book")
                    root.session.startBooking();
                else
                    root.session.startChance();
            }
        }
    }
    Component {
        id: checkInEntry
        CheckInPage {
            kiosk: root.kiosk
            flow: root.checkIn
            onBack: root.session.home()
            onHome: root.session.home()
        }
    }
    Component {
        id: checkInResult
        CheckInResultPage {
            kiosk: root.kiosk
            flow: root.checkIn
            onHome: root.session.home()
            onBookChosen: root.session.startBooking()
            onChanceChosen: serviceId => root.session.chanceFor(serviceId)
        }
    }
    Component {
        id: bookingErrand
        ErrandPage {
            kiosk: root.kiosk
            flow: root.booking
            stepText: qsTr("Book a time")
            onChosen: serviceId => root.booking.chooseErrand(serviceId)
            onBack: root.booking.back()
            onHome: root.session.home()
        }
    }
    Component {
        id: bookingSelfService
        SelfServicePage {
            kiosk: root.kiosk
            flow: root.booking
            onBack: root.booking.back()
            onHome: root.session.home()
        }
    }
    Component {
        id: bookingDay
        DayPage {
            kiosk: root.kiosk
            flow: root.booking
            onBack: root.booking.back()
            onHome: root.session.home()
        }
    }
    Component {
        id: bookingTime
        TimePage {
            kiosk: root.kiosk
            flow: root.booking
            onBack: root.booking.back()
            onHome: root.session.home()
        }
    }
    Component {
        id: bookingPhone
        PhonePage {
            kiosk: root.kiosk
            flow: root.booking
            onBack: root.booking.back()
            onHome: root.session.home()
        }
    }
    Component {
        id: bookingSummary
        SummaryPage {
            kiosk: root.kiosk
            flow: root.booking
            onBack: root.booking.back()
            onHome: root.session.home()
        }
    }
    Component {
        id: bookingBusy
        MessagePage {
            kiosk: root.kiosk
            showBack: false
            showHome: false
            title: qsTr("Booking your time …")
            message: qsTr("Please wait a moment.")
        }
    }
    Component {
        id: bookingDone
        BookingDonePage {
            kiosk: root.kiosk
            flow: root.booking
            onHome: root.session.home()
        }
    }
    Component {
        id: bookingSlotTaken
        SlotTakenPage {
            kiosk: root.kiosk
            flow: root.booking
            onBack: root.booking.back()
            onHome: root.session.home()
        }
    }
    Component {
        id: bookingUnavailable
        MessagePage {
            kiosk: root.kiosk
            showBack: false
            title: qsTr("We cannot book a time here right now")
            message: qsTr("Nothing has been booked. You can take a ticket and wait for a free time today, or book from home at borger.dk.")
            actionText: qsTr("Take a ticket for today")
            onAction: root.session.startChance()
            onHome: root.session.home()
        }
    }
    Component {
        id: chanceErrand
        ErrandPage {
            kiosk: root.kiosk
            flow: root.chance
            stepText: qsTr("Take a ticket")
            onChosen: serviceId => root.chance.choose(serviceId)
            onBack: root.session.home()
            onHome: root.session.home()
        }
    }
    Component {
        id: chanceTicket
        ChanceTicketPage {
            kiosk: root.kiosk
            flow: root.chance
            onHome: root.session.home()
        }
    }
    Component {
        id: adminPin
        AdminPinPage {
            admin: root.admin
            onCancel: root.session.home()
        }
    }
    Component {
        id: adminPage
        AdminPage {
            admin: root.admin
            landscape: root.kiosk.landscape
            // "admin-devices" -> "devices"
            section: root.pageName.substring(6)
            onLeave: root.session.home()
        }
    }
    // qmllint enable unqualified
}
