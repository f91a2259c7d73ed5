import QtQuick
import QtQuick.Layouts

// A screen with a title, a few words and at most two buttons (waiting, "not possible now").
FlowPage {
    id: root

    property string message
    property string actionText

    signal action

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        BodyText {
            objectName: "message"
            Layout.fillWidth: true
            text: root.message
        }
        Item {
            Layout.fillHeight: true
        }
        BigButton {
            objectName: "messageAction"
            Layout.fillWidth: true
            visible: root.actionText.length > 0
            primary: true
            text: root.actionText
            onClicked: root.action()
        }
    }
}
