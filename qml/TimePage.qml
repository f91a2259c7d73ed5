import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Booking: choose a free time on the chosen day, a page of times at a time.
FlowPage {
    id: root

    required property BookingFlow flow

    stepText: qsTr("Book a time: %1").arg(root.flow.serviceName)
    title: qsTr("Choose a time on %1").arg(root.flow.dayText)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        GridLayout {
            Layout.fillWidth: true
            columns: root.kiosk.landscape ? 6 : 3
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Repeater {
                model: root.flow.times
                delegate: BigButton {
                    id: timeButton
                    required property var modelData
                    objectName: "time_" + modelData.index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Theme.keyHeight
                    text: modelData.time
                    fontSize: Theme.fontKey
                    onClicked: root.flow.chooseTime(timeButton.modelData.index) // qmllint disable unqualified
                }
            }
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.flow.timePageCount > 1
            text: qsTr("Page %1 of %2").arg(root.flow.timePage + 1).arg(root.flow.timePageCount)
        }
        Item {
            Layout.fillHeight: true
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.flow.timePageCount > 1
            spacing: Theme.spacing
            BigButton {
                objectName: "earlierTimes"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                enabled: root.flow.timePage > 0
                text: qsTr("Earlier times")
                onClicked: root.flow.earlierTimes()
            }
            BigButton {
                objectName: "laterTimes"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                enabled: root.flow.timePage + 1 < root.flow.timePageCount
                text: qsTr("Later times")
                onClicked: root.flow.laterTimes()
            }
        }
    }
}
