import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Home's two display modes for this citizen only (EN 301 549 5.1.4): larger text, and light
// text on dark. Each is a switch with a box that shows a tick when it is on; the session turns
// both off when the citizen leaves.
RowLayout {
    id: root

    required property Session session

    spacing: Theme.spacing

    Repeater {
        model: [
            {
                key: "largeText",
                label: qsTr("Larger text")
            },
            {
                key: "highContrast",
                label: qsTr("High contrast")
            }
        ]

        delegate: AbstractButton {
            id: toggle

            required property var modelData
            readonly property bool on: root.session[toggle.modelData.key] // qmllint disable unqualified

            objectName: "toggle_" + modelData.key
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.minimumHeight: Theme.touchMin
            implicitHeight: Math.max(Theme.touchMin, contentItem.implicitHeight + Theme.spacing)
            text: modelData.label
            focusPolicy: Qt.NoFocus
            Accessible.role: Accessible.CheckBox
            Accessible.name: text
            Accessible.checkable: true
            Accessible.checked: on
            onClicked: root.session[toggle.modelData.key] = !toggle.on // qmllint disable unqualified

            background: Rectangle {
                radius: Theme.radius
                color: toggle.down ? Theme.pressed : (toggle.on ? Theme.primary : Theme.surface)
                border.width: toggle.activeFocus ? Theme.focusBorder : Theme.border
                border.color: toggle.activeFocus ? Theme.focus : Theme.outline
            }
            contentItem: RowLayout {
                spacing: Theme.spacing

                // The switch's state is said by the tick as well as by the colour.
                Rectangle {
                    Layout.leftMargin: Theme.spacing
                    Layout.alignment: Qt.AlignVCenter
                    implicitWidth: Theme.fontBody * 1.2
                    implicitHeight: implicitWidth
                    radius: Theme.radius / 2
                    color: Theme.entry
                    border.width: Theme.border
                    border.color: Theme.outline

                    Label {
                        anchors.centerIn: parent
                        visible: toggle.on
                        text: "\u2713"
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                }
                Label {
                    Layout.fillWidth: true
                    Layout.rightMargin: Theme.spacing
                    text: toggle.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: toggle.down ? Theme.textPressed : (toggle.on ? Theme.textPrimary : Theme.text)
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
