import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// "Are you still there?": large, with the seconds left, over whatever screen is up.
Popup {
    id: root

    required property InactivityGuard guard
    /// Arabic: the popup lives in the window's overlay, outside Main's mirrored layout, so it
    /// mirrors itself.
    property bool rightToLeft: false

    visible: root.guard.warning
    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.margin : Theme.dialogWidth, Theme.dialogWidth)
    padding: Theme.margin

    Overlay.modal: Rectangle {
        color: Theme.dim
    }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.border * 2
        border.color: Theme.outline
    }

    contentItem: ColumnLayout {
        LayoutMirroring.enabled: root.rightToLeft
        LayoutMirroring.childrenInherit: true
        spacing: Theme.spacing
        Label {
            objectName: "stillThereTitle"
            Layout.fillWidth: true
            text: qsTr("Are you still there?")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            objectName: "stillThereCountdown"
            Layout.alignment: Qt.AlignHCenter
            text: root.guard.secondsLeft
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: Theme.text
            Accessible.name: qsTr("Seconds left: %1").arg(root.guard.secondsLeft)
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Soon the screen starts again, and what you typed is deleted.")
        }
        BigButton {
            objectName: "stillHere"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Yes, I am still here")
            onClicked: root.guard.touched()
        }
    }
}
