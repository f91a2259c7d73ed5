import QtQuick
import QtQuick.Controls

// A large button with one short label: navigation, confirm, keypad actions.
AbstractButton {
    id: root

    property bool primary: false
    property int fontSize: Theme.fontLarge

    implicitHeight: Math.max(Theme.navHeight, contentItem.implicitHeight + Theme.spacing)
    implicitWidth: Math.max(Theme.navWidth, contentItem.implicitWidth + 2 * Theme.spacing)
    Accessible.name: text
    focusPolicy: Qt.NoFocus

    background: Rectangle {
        radius: Theme.radius
        color: !root.enabled ? Theme.closed : (root.down ? Theme.pressed : (root.primary ? Theme.primary : Theme.surface))
        border.width: root.activeFocus ? Theme.focusBorder : Theme.border
        border.color: root.activeFocus ? Theme.focus : (root.enabled ? Theme.outline : Theme.closedOutline)
    }
    contentItem: Label {
        text: root.text
        font.family: Theme.fontFamily
        font.pixelSize: root.fontSize
        font.bold: true
        color: !root.enabled ? Theme.text : (root.down ? Theme.textPressed : (root.primary ? Theme.textPrimary : Theme.text))
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
