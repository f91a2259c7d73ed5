import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Check-in, second step: one screen per outcome, in plain words, with the next step.
FlowPage {
    id: root

    required property CheckInFlow flow

    /// "Book a time" or "Take a ticket" was chosen from here.
    signal bookChosen
    signal chanceChosen(string serviceId)

    readonly property bool admitted: flow.step === CheckInFlow.OnTime || flow.step === CheckInFlow.LateAccepted
    readonly property bool hasTicket: flow.ticket.length > 0
    /// Staff settled the errand before the visit (by phone, or moved it online).
    readonly property bool settled: flow.step === CheckInFlow.SettledByPhone || flow.step === CheckInFlow.MovedToSelfService
    /// A refusal that leaves the citizen a way on today: a chance-queue ticket.
    readonly property bool offersChanceTicket: (flow.step === CheckInFlow.TooLate && !flow.seeStaff) || flow.step === CheckInFlow.Cancelled || root.settled

    title: {
        switch (root.flow.step) {
        case CheckInFlow.OnTime:
        case CheckInFlow.LateAccepted:
            return qsTr("You are checked in");
        case CheckInFlow.Early:
            return qsTr("You are early");
        case CheckInFlow.TooLate:
            return qsTr("It is too late to check in");
        case CheckInFlow.WrongDay:
            return qsTr("Your time is on another day");
        case CheckInFlow.WrongSite:
            return qsTr("Your time is at another citizen service centre");
        case CheckInFlow.Cancelled:
            return qsTr("This booking has been cancelled");
        case CheckInFlow.SettledByPhone:
            return qsTr("Your errand was settled by phone");
        case CheckInFlow.MovedToSelfService:
            return qsTr("Your errand can be done online");
        case CheckInFlow.AlreadyCheckedIn:
            return qsTr("You are already checked in");
        case CheckInFlow.NotFound:
            return qsTr("We cannot find this code");
        case CheckInFlow.Unavailable:
            return qsTr("Check-in is not possible right now");
        case CheckInFlow.Invalid:
            switch (root.flow.problem) {
            case CheckInFlow.TooShort:
                return qsTr("The code is too short");
            case CheckInFlow.WrongCheck:
                return root.flow.fromScan ? qsTr("The code could not be read") : qsTr("The code is not right");
            case CheckInFlow.NotOurCode:
                return qsTr("This is not a booking code");
            }
            return qsTr("The code could not be read");
        }
        return "";
    }

    readonly property string explanation: {
        const time = root.flow.bookedTime;
        switch (root.flow.step) {
        case CheckInFlow.OnTime:
            return qsTr("Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.");
        case CheckInFlow.LateAccepted:
            return qsTr("You are a little late, but we can still see you today. Please take a seat in the waiting area. Your number is shown on the screen when it is your turn.");
        case CheckInFlow.Early:
            return qsTr("Your time is at %1. You can check in from %2. Please come back to the screen then, or take a seat and wait.").arg(time).arg(root.flow.comeBackAt);
        case CheckInFlow.TooLate:
            return root.flow.seeStaff ? qsTr("Your time was at %1. Please speak to a member of staff about a new time.").arg(time) : qsTr("Your time was at %1. You can take a ticket and wait for a free time today, or book a new time.").arg(time);
        case CheckInFlow.WrongDay:
            return qsTr("Your time is %1 at %2. Please come back that day.").arg(root.flow.bookedDay).arg(time);
        case CheckInFlow.WrongSite:
            return qsTr("Your booking is for a different place. Your letter or text message says where to go. Your time is %1 at %2.").arg(root.flow.bookedDay).arg(time);
        case CheckInFlow.Cancelled:
            return qsTr("You can book a new time, or take a ticket and wait for a free time today.");
        case CheckInFlow.SettledByPhone:
            return qsTr("A member of staff settled your errand with you by phone, so you do not need to come to the counter. If you still need help, please ask a member of staff, or take a ticket and wait for a free time today.");
        case CheckInFlow.MovedToSelfService:
            return qsTr("A member of staff agreed with you that you can do this errand yourself online, so you do not need to come to the counter. If you need help with it, please ask a member of staff, or take a ticket and wait for a free time today.");
        case CheckInFlow.AlreadyCheckedIn:
            return root.hasTicket ? qsTr("You do not need to do anything more. Please take a seat. Your number is shown on the screen when it is your turn.") : qsTr("You checked in earlier. Please take a seat in the waiting area: your number is on the ticket you got then, and it is shown on the screen when it is your turn. If you do not have that ticket, please ask at the counter.");
        case CheckInFlow.NotFound:
            return qsTr("The code %1 is not one of our bookings. Check the code in your letter or text message and try again, or ask a member of staff.").arg(root.flow.code);
        case CheckInFlow.Unavailable:
            return qsTr("Please speak to a member of staff. They can check you in.");
        case CheckInFlow.Invalid:
            switch (root.flow.problem) {
            case CheckInFlow.TooShort:
                return qsTr("A code has 8 characters. Please type the whole code.");
            case CheckInFlow.WrongCheck:
                return root.flow.fromScan ? qsTr("Please try again, or type the code on the keypad.") : qsTr("One of the characters is not right. Check the code in your letter or text message and type it again.");
            case CheckInFlow.NotOurCode:
                return qsTr("Please scan the code from your booking letter or text message, or type it on the keypad.");
            }
            return qsTr("Please try again, or type the code on the keypad.");
        }
        return "";
    }

    readonly property string waitText: {
        if (!root.admitted)
            return "";
        if (root.flow.minutesToWait > 0)
            return qsTr("Your time is %1. Expect to be called at about that time.").arg(root.flow.bookedTime);
        return qsTr("Expect to be called soon.");
    }

    // Every result screen ends with "Done" (home) and, where it helps, "Try again": no
    // separate Back and Start again to choose between.
    showBack: false
    showHome: false

    /// A time or day the citizen must remember, shown large (come back at, booked day).
    readonly property string bigCaption: {
        switch (root.flow.step) {
        case CheckInFlow.Early:
            return qsTr("Come back at");
        case CheckInFlow.TooLate:
            return qsTr("Your time was");
        case CheckInFlow.WrongDay:
        case CheckInFlow.WrongSite:
            return qsTr("Your time is");
        }
        return "";
    }
    readonly property string bigValue: {
        switch (root.flow.step) {
        case CheckInFlow.Early:
            return root.flow.comeBackAt;
        case CheckInFlow.TooLate:
            return root.flow.bookedTime;
        case CheckInFlow.WrongDay:
        case CheckInFlow.WrongSite:
            return root.flow.bookedDay + "\n" + root.flow.bookedTime;
        }
        return "";
    }

    // Portrait: each action on its own line across the bottom. Landscape: two actions to a line
    // (one per line ran into the bottom row in large text); Done fills the last line's gap.
    GridLayout {
        id: grid

        readonly property int otherActions: (takeChanceTicket.visible ? 1 : 0) + (bookNewTime.visible ? 1 : 0) + (tryAgain.visible ? 1 : 0) + (reprint.visible ? 1 : 0)
        readonly property int actionSpan: root.kiosk.landscape ? 1 : columns

        anchors.fill: parent
        columns: root.kiosk.landscape ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Layout.fillHeight: false
            visible: root.hasTicket || root.bigValue.length > 0 || root.waitText.length > 0
            spacing: Theme.spacing

            TicketNumber {
                objectName: "checkInTicket"
                Layout.alignment: Qt.AlignHCenter
                visible: root.hasTicket && (root.admitted || root.flow.step === CheckInFlow.AlreadyCheckedIn)
                caption: qsTr("Your number")
                value: root.flow.ticket
            }
            TicketNumber {
                objectName: "bigTime"
                Layout.alignment: Qt.AlignHCenter
                visible: root.bigValue.length > 0
                caption: root.bigCaption
                value: root.bigValue
                valueSize: root.flow.step === CheckInFlow.WrongDay || root.flow.step === CheckInFlow.WrongSite ? Theme.fontTitle : Theme.fontCode
                mono: false
            }
            BodyText {
                Layout.fillWidth: true
                visible: root.waitText.length > 0
                text: root.waitText
                font.bold: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Layout.fillHeight: false
            spacing: Theme.spacing

            BodyText {
                objectName: "explanation"
                Layout.fillWidth: true
                text: root.explanation
            }
            ReceiptNote {
                objectName: "receiptNote"
                Layout.fillWidth: true
                receipt: root.flow.receipt
                failedText: qsTr("Please remember your number: %1.").arg(root.flow.ticket)
            }
        }

        Item {
            Layout.fillHeight: true
            Layout.columnSpan: parent.columns
        }

        BigButton {
            id: takeChanceTicket
            objectName: "takeChanceTicket"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.columnSpan: grid.actionSpan
            visible: root.offersChanceTicket
            primary: true
            text: qsTr("Take a ticket for today")
            onClicked: root.chanceChosen(root.flow.serviceId)
        }
        BigButton {
            id: bookNewTime
            objectName: "bookNewTime"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.columnSpan: grid.actionSpan
            visible: (root.flow.step === CheckInFlow.TooLate && !root.flow.seeStaff) || root.flow.step === CheckInFlow.Cancelled
            text: qsTr("Book a new time")
            onClicked: root.bookChosen()
        }
        BigButton {
            id: tryAgain
            objectName: "tryAgain"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.columnSpan: grid.actionSpan
            visible: root.flow.step === CheckInFlow.Invalid || root.flow.step === CheckInFlow.NotFound
            primary: true
            text: qsTr("Try again")
            onClicked: root.flow.tryAgain()
        }
        BigButton {
            id: reprint
            objectName: "reprint"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.columnSpan: grid.actionSpan
            visible: root.flow.canReprint
            primary: root.flow.step === CheckInFlow.AlreadyCheckedIn
            text: qsTr("Print my ticket again")
            onClicked: root.flow.reprint()
        }
        BigButton {
            objectName: "done"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.columnSpan: grid.otherActions % 2 === 1 ? grid.actionSpan : grid.columns
            primary: !(root.flow.step === CheckInFlow.AlreadyCheckedIn && root.flow.canReprint) && root.flow.step !== CheckInFlow.Invalid && root.flow.step !== CheckInFlow.NotFound && !root.offersChanceTicket
            text: qsTr("Done")
            onClicked: root.home()
        }
    }
}
