import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Re-enrolment on the actions page: the one-time code typed on a keypad of its own alphabet
// (shown in groups of four, so a typo can be seen), "asking the central" while it works, then
// the outcome in words with what to do. The code stays in the AdminController; this panel only
// shows what it exposes.
Item {
    id: root

    required property AdminController admin
    required property bool landscape

    readonly property bool typing: admin.enrolStep === AdminController.Typing
    readonly property bool working: admin.enrolStep === AdminController.Working
    readonly property bool done: admin.enrolStep === AdminController.Done

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            objectName: "enrolTitle"
            Layout.fillWidth: true
            text: root.admin.enrolTitle
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "enrolMessage"
            Layout.fillWidth: true
            text: root.admin.enrolMessage
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: root.done && root.admin.enrolLevel === "ok" ? Theme.textStatusOk : root.done ? Theme.textStatusFault : Theme.text
            wrapMode: Text.WordWrap
            padding: Theme.spacing
            background: Rectangle {
                color: root.done && root.admin.enrolLevel === "ok" ? Theme.statusOk : root.done ? Theme.statusFault : Theme.background
                radius: Theme.radius
            }
        }
        // Cancel / back, the code typed so far (grouped; dashes show how much is left) and OK
        // on one line, so the keypad below keeps the rest of the screen.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.keyGap
            BigButton {
                objectName: "enrol_back"
                shrinks: true
                visible: !root.working
                fontSize: Theme.fontBody
                text: root.done ? qsTr("Back to the actions") : qsTr("Cancel")
                onClicked: root.admin.enrolBack()
            }
            Label {
                objectName: "enrolCode"
                visible: root.typing
                Layout.fillWidth: true
                // The whole code always shows; the buttons beside it narrow instead.
                Layout.minimumWidth: implicitWidth
                Layout.preferredHeight: Theme.keyHeight
                text: root.admin.enrolCode !== "" ? root.admin.enrolCode : "····-····-····"
                font.family: Theme.fontFamily
                // Portrait shares the line with two buttons: a size smaller.
                font.pixelSize: root.landscape ? Theme.fontKey : Theme.fontLarge
                font.bold: root.admin.enrolCode !== ""
                color: root.admin.enrolCode !== "" ? Theme.text : Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                Accessible.name: qsTr("Characters typed: %1 of %2").arg(root.admin.enrolCodeSize).arg(root.admin.enrolCodeLength)
                background: Rectangle {
                    color: Theme.entry
                    radius: Theme.radius
                    border.width: Theme.border
                    border.color: Theme.outline
                }
            }
            BusyIndicator {
                objectName: "enrolBusy"
                visible: root.working
                running: root.working
                Layout.preferredWidth: Theme.keyHeight
                Layout.preferredHeight: Theme.keyHeight
            }
            Item {
                visible: !root.typing
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "enrol_again"
                shrinks: true
                visible: root.done && root.admin.enrolLevel !== "ok"
                fontSize: Theme.fontBody
                text: qsTr("Type a code again")
                onClicked: root.admin.startEnrol()
            }
            BigButton {
                objectName: "enrol_ok"
                shrinks: true
                visible: root.typing
                enabled: root.admin.enrolCodeSize === root.admin.enrolCodeLength
                primary: enabled
                fontSize: Theme.fontBody
                text: qsTr("Enrol")
                Accessible.name: qsTr("Enrol with this code")
                onClicked: root.admin.enrolSubmit()
            }
        }
        CodeKeypad {
            objectName: "enrolKeypad"
            visible: root.typing
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: root.landscape ? 11 : 7
            keys: root.admin.enrolKeys
            onKeyPressed: key => root.admin.enrolKey(key)
            onErasePressed: root.admin.enrolErase()
        }
        Item {
            visible: !root.typing
            Layout.fillHeight: true
        }
    }
}
