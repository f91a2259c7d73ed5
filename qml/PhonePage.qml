import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Booking: an optional mobile number for a text-message reminder, on a large phone keypad.
FlowPage {
    id: root

    required property BookingFlow flow

    stepText: qsTr("Book a time: %1").arg(root.flow.serviceName)
    title: qsTr("Would you like a reminder by text message?")

    // Portrait: the text, the number and any problem, the keypad, then the choices.
    // Landscape: the same three side by side (one column of text and buttons ran under the
    // bottom row once a problem showed).
    GridLayout {
        anchors.fill: parent
        columns: root.kiosk.landscape ? 3 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Layout.fillHeight: false
            spacing: Theme.spacing

            BodyText {
                Layout.fillWidth: true
                text: qsTr("Type your mobile number. We only use it to send you a reminder. You can also continue without it.")
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: phoneLabel.implicitHeight + Theme.spacing
                radius: Theme.radius
                color: Theme.entry
                border.width: Theme.border
                border.color: Theme.outline
                Label {
                    id: phoneLabel
                    objectName: "phoneNumber"
                    anchors.centerIn: parent
                    text: root.flow.phone.length > 0 ? root.flow.phone : "__ __ __ __"
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontKey
                    font.bold: true
                    color: Theme.text
                }
            }
            BodyText {
                objectName: "phoneProblem"
                Layout.fillWidth: true
                visible: root.flow.phoneProblem !== BookingFlow.None
                text: root.flow.phoneProblem === BookingFlow.TooShort ? qsTr("A mobile number has 8 digits. Please type the whole number.") : qsTr("A Danish mobile number does not start with 0 or 1. Please check the number.")
                font.bold: true
                color: Theme.textWarning
                padding: Theme.spacing
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.warning
                }
            }
        }
        PhoneKeypad {
            objectName: "phoneKeypad"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            Layout.maximumHeight: 4 * (Theme.keyHeight + Theme.keyGap)
            speech: root.kiosk.speech
            onKeyPressed: key => root.flow.pressDigit(key)
            onErasePressed: root.flow.erasePhone()
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Layout.fillHeight: false
            spacing: Theme.spacing

            BigButton {
                objectName: "readBackPhone"
                Layout.fillWidth: true
                visible: root.flow.phone.length > 0 && root.kiosk.speech.available
                text: qsTr("Read the number back")
                onClicked: root.kiosk.speech.say(root.flow.phoneReadBack())
            }
            BigButton {
                objectName: "acceptPhone"
                Layout.fillWidth: true
                primary: true
                visible: root.flow.phone.length > 0
                text: qsTr("Continue with this number")
                onClicked: root.flow.acceptPhone()
            }
            BigButton {
                objectName: "skipPhone"
                Layout.fillWidth: true
                primary: root.flow.phone.length === 0
                text: qsTr("Continue without a reminder")
                onClicked: root.flow.skipPhone()
            }
        }
    }
}
