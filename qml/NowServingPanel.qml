import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// The latest called numbers: "A042 → Skranke 3", newest first.
Rectangle {
    id: root

    required property CalloutModel callouts

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.border
    border.color: Theme.outline

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            text: qsTr("Now serving")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: root.callouts.count === 0
            text: qsTr("Called numbers are shown here.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: root.callouts

            delegate: RowLayout {
                id: row
                required property string ticket
                required property string counter
                required property int index

                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    text: row.ticket
                    font.family: Theme.fontFamily
                    font.pixelSize: row.index === 0 ? Theme.fontTitle : Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    // The arrow points from the number to the counter: leftwards when mirrored.
                    text: (row.LayoutMirroring.enabled ? "← " : "→ ") + row.counter
                    font.family: Theme.fontFamily
                    font.pixelSize: row.index === 0 ? Theme.fontTitle : Theme.fontLarge
                    color: Theme.text
                    elide: Text.ElideNone
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
