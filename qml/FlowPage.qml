import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// One step of a task: the title at the top, the step's content, and at the bottom Back,
// "Listen", the language choice and "Start again" (home) — the same places on every screen.
Item {
    id: root

    required property KioskController kiosk
    property string title
    property string stepText
    property bool showBack: true
    property bool showHome: true
    default property alias content: body.data

    signal back
    signal home

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: root.stepText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            LanguageBar {
                kiosk: root.kiosk
            }
        }
        Label {
            objectName: "pageTitle"
            Layout.fillWidth: true
            text: root.title
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }

        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            BigButton {
                objectName: "backButton"
                visible: root.showBack
                text: qsTr("Back")
                onClicked: root.back()
            }
            Item {
                Layout.fillWidth: true
            }
            ListenButton {
                speech: root.kiosk.speech
            }
            Item {
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "homeButton"
                visible: root.showHome
                text: qsTr("Start again")
                onClicked: root.home()
            }
        }
    }
}
