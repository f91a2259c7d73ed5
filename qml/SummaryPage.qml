import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Booking: everything once, and one button that books it. Nothing is booked before this.
FlowPage {
    id: root

    required property BookingFlow flow

    stepText: qsTr("Book a time: %1").arg(root.flow.serviceName)
    title: qsTr("Is this right?")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: facts.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.border
            border.color: Theme.outline

            GridLayout {
                id: facts
                anchors.fill: parent
                anchors.margins: Theme.spacing
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing / 2

                BodyText {
                    text: qsTr("Errand")
                }
                BodyText {
                    objectName: "summaryErrand"
                    Layout.fillWidth: true
                    text: root.flow.serviceName
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                }
                BodyText {
                    text: qsTr("Day")
                }
                BodyText {
                    objectName: "summaryDay"
                    Layout.fillWidth: true
                    text: root.flow.dayText
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                }
                BodyText {
                    text: qsTr("Time")
                }
                BodyText {
                    objectName: "summaryTime"
                    Layout.fillWidth: true
                    text: root.flow.timeText
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                }
                BodyText {
                    text: qsTr("Reminder")
                }
                BodyText {
                    objectName: "summaryPhone"
                    Layout.fillWidth: true
                    // Isolated left to right (U+2066 ... U+2069): in an Arabic sentence the groups
                    // of the number would otherwise be ordered from the right.
                    text: root.flow.hasPhone ? qsTr("Text message to %1").arg("\u2066" + root.flow.phone + "\u2069") : qsTr("No reminder")
                    font.bold: true
                    font.pixelSize: Theme.fontLarge
                }
            }
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("If something is wrong, press Back.")
        }
        Item {
            Layout.fillHeight: true
        }
        BigButton {
            objectName: "confirmBooking"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Yes, book this time")
            onClicked: root.flow.confirm()
        }
    }
}
