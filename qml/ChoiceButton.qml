import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One large choice on a screen: a title in big type and a line saying what it is for.
AbstractButton {
    id: root

    property string subtitle
    property bool primary: true
    property int titleSize: Theme.fontTitle

    implicitHeight: Math.max(Theme.choiceHeight, contentItem.implicitHeight + 2 * Theme.spacing)
    implicitWidth: Theme.choiceWidth
    Accessible.name: text
    Accessible.description: subtitle
    focusPolicy: Qt.NoFocus

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.pressed : (root.primary ? Theme.primary : Theme.surface)
        border.width: root.activeFocus ? Theme.focusBorder : Theme.border
        border.color: root.activeFocus ? Theme.focus : Theme.outline
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing / 3

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            text: root.text
            font.family: Theme.fontFamily
            font.pixelSize: root.titleSize
            font.bold: true
            color: root.down ? Theme.textPressed : (root.primary ? Theme.textPrimary : Theme.text)
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            visible: root.subtitle.length > 0
            text: root.subtitle
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: root.down ? Theme.textPressed : (root.primary ? Theme.textPrimary : Theme.text)
            wrapMode: Text.WordWrap
        }
    }
}
