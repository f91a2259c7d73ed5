import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// The latest called numbers: "A042 → Skranke 3", newest first. Given less height than all of
// them need (large text on a busy home), it shows the newest that fit, whole lines only.
Rectangle {
    id: root

    required property CalloutModel callouts

    /// The height of the box with its first `rows` call-outs (the header alone for none).
    function heightFor(rows) {
        let h = 2 * Theme.spacing + header.implicitHeight;
        if (root.callouts.count === 0)
            return h + column.spacing + empty.implicitHeight;
        for (let i = 0; i < rows; ++i) {
            const row = lines.itemAt(i);
            h += column.spacing + (row ? row.implicitHeight : 0);
        }
        return h;
    }
    /// How many call-outs fit the height the layout gives, at least the newest.
    readonly property int shownRows: {
        // Re-evaluated when the sizes or the list change (itemAt() does not notify).
        void (Theme.fontLarge + Theme.fontTitle + lines.count);
        let n = lines.count;
        while (n > 1 && heightFor(n) > root.height + 0.5)
            --n;
        return n;
    }

    implicitHeight: heightFor(lines.count)
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.border
    border.color: Theme.outline

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            id: header
            text: qsTr("Now serving")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Label {
            id: empty
            Layout.fillWidth: true
            visible: root.callouts.count === 0
            text: qsTr("Called numbers are shown here.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Repeater {
            id: lines
            model: root.callouts

            delegate: RowLayout {
                id: row
                required property string ticket
                required property string counter
                required property int index

                Layout.fillWidth: true
                visible: row.index < root.shownRows // qmllint disable unqualified
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
