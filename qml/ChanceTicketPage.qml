import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// The chance-queue ticket: the number, and an honest word about the wait.
FlowPage {
    id: root

    required property ChanceFlow flow

    showBack: false
    showHome: false
    title: root.flow.step === ChanceFlow.Unavailable ? qsTr("We cannot give you a ticket right now") : qsTr("Here is your ticket")

    // Portrait: the number, the words, then Done across the bottom. Landscape: Done under the
    // number on the left, so the words beside them keep the height (in large text they ran
    // into the bottom row).
    GridLayout {
        anchors.fill: parent
        columns: root.kiosk.landscape ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        TicketNumber {
            objectName: "chanceTicket"
            Layout.row: 0
            Layout.column: 0
            Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
            visible: root.flow.step === ChanceFlow.Ticket
            caption: qsTr("Your number")
            value: root.flow.ticket
        }
        ColumnLayout {
            Layout.row: root.kiosk.landscape ? 0 : 1
            Layout.column: root.kiosk.landscape ? 1 : 0
            Layout.rowSpan: root.kiosk.landscape ? 3 : 1
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.fillHeight: false
            spacing: Theme.spacing
            BodyText {
                objectName: "chanceErrand"
                Layout.fillWidth: true
                visible: root.flow.step === ChanceFlow.Ticket
                text: qsTr("Errand: %1").arg(root.flow.serviceName)
            }
            BodyText {
                objectName: "estimate"
                Layout.fillWidth: true
                font.bold: true
                text: root.flow.step !== ChanceFlow.Ticket ? qsTr("Please speak to a member of staff.") : root.flow.canPromise ? qsTr("We expect to call you at about %1, when a time becomes free. We cannot promise it.").arg(root.flow.expectedTime) : qsTr("We cannot promise a time today. You will be called if a time becomes free.")
            }
            BodyText {
                Layout.fillWidth: true
                visible: root.flow.step === ChanceFlow.Ticket
                text: qsTr("Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.")
            }
            ReceiptNote {
                Layout.fillWidth: true
                receipt: root.flow.receipt
                failedText: qsTr("Please remember your number: %1.").arg(root.flow.ticket)
            }
        }
        Item {
            Layout.row: 2
            Layout.column: 0
            Layout.fillHeight: true
        }
        BigButton {
            objectName: "done"
            Layout.row: root.kiosk.landscape ? 1 : 3
            Layout.column: 0
            Layout.fillWidth: true
            primary: true
            text: qsTr("Done")
            onClicked: root.home()
        }
    }
}
