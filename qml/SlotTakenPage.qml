import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Booking: the time was taken by someone else a moment ago; offer the nearest free times.
FlowPage {
    id: root

    required property BookingFlow flow

    stepText: qsTr("Book a time: %1").arg(root.flow.serviceName)
    title: qsTr("Sorry, that time has just been taken")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        BodyText {
            Layout.fillWidth: true
            text: root.flow.alternatives.length > 0 ? qsTr("Someone else booked it a moment ago. These times on %1 are free:").arg(root.flow.dayText) : qsTr("Someone else booked it a moment ago, and there are no other free times that day. Press Back to choose another day.")
        }
        Repeater {
            model: root.flow.alternatives
            delegate: BigButton {
                id: alternative
                required property var modelData
                objectName: "alternative_" + modelData.index
                Layout.fillWidth: true
                text: modelData.time
                fontSize: Theme.fontKey
                onClicked: root.flow.chooseAlternative(alternative.modelData.index) // qmllint disable unqualified
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
