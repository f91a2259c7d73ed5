import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// One step of a task: the step text and the language button at the top, the title, the step's
// content, and at the bottom Back, "Listen" and "Start again" (home) — the same places on
// every screen.
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
            // The language: one button beside the step text that opens the sheet of all
            // languages, so a step never gives rows to seven names (home shows them all).
            LanguageButton {
                kiosk: root.kiosk
                onClicked: chooser.open()
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

            // The three buttons narrow and wrap rather than push the row off the screen
            // (Ukrainian "Почати спочатку" did).
            BigButton {
                objectName: "backButton"
                shrinks: true
                visible: root.showBack
                text: qsTr("Back")
                onClicked: root.back()
            }
            Item {
                Layout.fillWidth: true
            }
            ListenButton {
                shrinks: true
                speech: root.kiosk.speech
                session: root.kiosk.session
            }
            Item {
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "homeButton"
                shrinks: true
                visible: root.showHome
                text: qsTr("Start again")
                onClicked: root.home()
            }
        }
    }

    // The sheet of languages over the whole step; choosing one switches at once and closes
    // it, the step stays where it was.
    LanguageSheet {
        id: chooser
        anchors.fill: parent
        kiosk: root.kiosk
    }
}
