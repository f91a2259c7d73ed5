import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Booking: choose a day. Days without free times and closed days are shown, but cannot be chosen.
FlowPage {
    id: root

    required property BookingFlow flow

    stepText: qsTr("Book a time: %1").arg(root.flow.serviceName)
    title: qsTr("Choose a day")

    GridLayout {
        anchors.fill: parent
        columns: root.kiosk.landscape ? 4 : 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.keyGap / 2

        Repeater {
            model: root.flow.days
            delegate: AbstractButton {
                id: dayButton
                required property var modelData
                readonly property bool choosable: modelData.open && modelData.free > 0
                readonly property string statusText: !modelData.open ? (modelData.reason.length > 0 ? qsTr("Closed: %1").arg(modelData.reason) : qsTr("Closed")) : modelData.free > 0 ? qsTr("Free times: %1").arg(modelData.free) : qsTr("Fully booked")
                objectName: "day_" + modelData.index
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.touchMin
                enabled: choosable
                focusPolicy: Qt.NoFocus
                Accessible.name: dayButton.modelData.weekday + " " + dayButton.modelData.date + " " + dayButton.statusText
                onClicked: root.flow.chooseDay(dayButton.modelData.index) // qmllint disable unqualified

                background: Rectangle {
                    radius: Theme.radius
                    color: dayButton.down ? Theme.pressed : (dayButton.choosable ? Theme.surface : Theme.closed)
                    border.width: dayButton.activeFocus ? Theme.focusBorder : (dayButton.choosable ? Theme.border : 0)
                    border.color: dayButton.activeFocus ? Theme.focus : Theme.outline
                }
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacing
                        Layout.rightMargin: Theme.spacing
                        text: dayButton.modelData.weekday + " " + dayButton.modelData.date
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: dayButton.down ? Theme.textPressed : Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacing
                        Layout.rightMargin: Theme.spacing
                        text: dayButton.statusText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: dayButton.down ? Theme.textPressed : Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
