import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// The language choice, always visible; each language named in itself.
RowLayout {
    id: root

    required property KioskController kiosk

    spacing: Theme.spacing

    Repeater {
        model: root.kiosk.languages

        delegate: AbstractButton {
            id: langButton

            required property var modelData
            readonly property bool current: root.kiosk.language === langButton.modelData.code // qmllint disable unqualified

            objectName: "lang_" + modelData.code
            Layout.preferredHeight: Theme.touchMin
            Layout.preferredWidth: Math.max(Theme.touchMin * 2, contentItem.implicitWidth + 2 * Theme.spacing)
            text: modelData.name
            Accessible.name: modelData.name
            onClicked: root.kiosk.setLanguage(langButton.modelData.code) // qmllint disable unqualified

            background: Rectangle {
                radius: Theme.radius
                color: langButton.down ? Theme.pressed : (langButton.current ? Theme.primary : Theme.surface)
                border.width: langButton.activeFocus ? Theme.focusBorder : Theme.border
                border.color: langButton.activeFocus ? Theme.focus : Theme.outline
            }
            contentItem: Label {
                text: langButton.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: langButton.current
                color: langButton.down ? Theme.textPressed : (langButton.current ? Theme.textPrimary : Theme.text)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
