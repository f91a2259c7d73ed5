import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A queue number or booking code, very large, in a framed box.
Rectangle {
    id: root

    property string caption
    property string value
    property int valueSize: Theme.fontHuge
    /// Codes and numbers in a fixed-width font (0 and O look different); words in the body font.
    property bool mono: true

    implicitWidth: Math.max(captionLabel.implicitWidth, valueLabel.implicitWidth) + 2 * Theme.margin
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.border
    border.color: Theme.outline

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: 0
        Label {
            id: captionLabel
            Layout.alignment: Qt.AlignHCenter
            text: root.caption
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Label {
            id: valueLabel
            objectName: "ticketValue"
            Layout.alignment: Qt.AlignHCenter
            text: root.value
            horizontalAlignment: Text.AlignHCenter
            font.family: root.mono ? Theme.monoFamily : Theme.fontFamily
            font.pixelSize: root.valueSize
            font.bold: true
            color: Theme.text
        }
    }
}
