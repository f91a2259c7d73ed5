import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One line of a diagnostics page: a badge with the level in words and colour (OK, Warning,
// Fault, Info), what is checked, its value, and the action that fixes a problem.
Rectangle {
    id: root

    /// {key, label, value, level: "ok" | "warning" | "fault" | "info", levelText, action}
    required property var entry

    readonly property color badgeColor: entry.level === "ok" ? Theme.statusOk : entry.level === "warning" ? Theme.statusWarning : entry.level === "fault" ? Theme.statusFault : Theme.statusInfo
    readonly property color badgeText: entry.level === "ok" ? Theme.textStatusOk : entry.level === "warning" ? Theme.textStatusWarning : entry.level === "fault" ? Theme.textStatusFault : Theme.textStatusInfo

    objectName: "row_" + entry.key
    implicitHeight: layout.implicitHeight + 2 * Theme.spacing / 2
    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.border
    border.color: root.badgeColor

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        spacing: Theme.spacing

        Label {
            objectName: "level_" + root.entry.key
            Layout.alignment: Qt.AlignTop
            // At least the column's width so badges line up; wider when the level's word in
            // large text needs it (a fixed width truncated "Advarsel").
            Layout.preferredWidth: Math.max(Theme.navWidth * 0.75, implicitWidth)
            text: root.entry.levelText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: root.badgeText
            horizontalAlignment: Text.AlignHCenter
            padding: Theme.spacing / 3
            background: Rectangle {
                color: root.badgeColor
                radius: Theme.radius / 2
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 4
            Label {
                Layout.fillWidth: true
                text: root.entry.label
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "value_" + root.entry.key
                Layout.fillWidth: true
                text: root.entry.value
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "action_" + root.entry.key
                Layout.fillWidth: true
                visible: root.entry.action !== ""
                text: "→ " + root.entry.action
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
    }
}
