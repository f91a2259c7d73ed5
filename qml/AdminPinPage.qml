import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// The technician's PIN pad: big keys, the typed digits as dots only (never shown or spoken),
// what the pad says (wrong PIN, locked until, no PIN set), and Cancel back to home.
Item {
    id: root

    required property AdminController admin

    signal cancel

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            objectName: "pageTitle"
            Layout.fillWidth: true
            text: qsTr("Technician access")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "pinMessage"
            Layout.fillWidth: true
            text: root.admin.pinMessage
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: root.admin.padLocked ? Theme.textWarning : Theme.text
            wrapMode: Text.WordWrap
            padding: Theme.spacing
            background: Rectangle {
                color: root.admin.padLocked ? Theme.warning : Theme.background
                radius: Theme.radius
            }
        }
        // One dot per digit typed; the digits themselves never reach the screen.
        Label {
            objectName: "pinDots"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.keyHeight
            text: "●".repeat(root.admin.pinLength)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontKey
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            Accessible.name: qsTr("Digits typed: %1").arg(root.admin.pinLength)
            background: Rectangle {
                color: Theme.entry
                radius: Theme.radius
                border.width: Theme.border
                border.color: Theme.outline
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.keyHeight * 3 * 2
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            columnSpacing: Theme.keyGap
            rowSpacing: Theme.keyGap
            enabled: !root.admin.padLocked && !root.admin.checking
            // A locked pad looks locked (the message above says until when).
            opacity: root.admin.padLocked ? Theme.lockedOpacity : 1

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: KeypadButton {
                    id: digitKey
                    required property string modelData
                    objectName: "pin_" + modelData
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: Theme.touchMin
                    text: modelData
                    onClicked: root.admin.pinDigit(digitKey.modelData) // qmllint disable unqualified
                }
            }
            KeypadButton {
                objectName: "pin_erase"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.touchMin
                wide: true
                text: qsTr("⌫ Erase")
                Accessible.name: qsTr("Erase the last digit")
                onClicked: root.admin.pinErase()
            }
            KeypadButton {
                objectName: "pin_0"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.touchMin
                text: "0"
                onClicked: root.admin.pinDigit("0")
            }
            KeypadButton {
                objectName: "pin_ok"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.touchMin
                text: qsTr("OK")
                onClicked: root.admin.pinSubmit()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Item {
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "pin_cancel"
                text: qsTr("Cancel")
                onClicked: root.cancel()
            }
        }
    }
}
