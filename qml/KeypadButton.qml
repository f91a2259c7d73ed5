import QtQuick
import QtQuick.Controls

// One key of a keypad: a single large symbol.
AbstractButton {
    id: root

    property bool wide: false

    implicitHeight: Theme.keyHeight
    implicitWidth: Theme.keyHeight
    Accessible.name: text
    focusPolicy: Qt.NoFocus

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.pressed : Theme.surface
        border.width: root.activeFocus ? Theme.focusBorder : Theme.border
        border.color: root.activeFocus ? Theme.focus : Theme.outline
    }
    contentItem: Label {
        text: root.text
        font.family: Theme.fontFamily
        font.pixelSize: root.wide ? Theme.fontBody : Theme.fontKey
        font.bold: true
        color: root.down ? Theme.textPressed : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
