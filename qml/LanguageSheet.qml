import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// The sheet of all languages, each named in itself, over the page it is opened on (a step's
// language button, home's when home is full); choosing one switches at once and closes the
// sheet, the page stays where it was. Its words are translated in FlowPage's context, where
// they were first.
Rectangle {
    id: root

    required property KioskController kiosk

    function open() {
        root.visible = true;
        // Without sight the sheet says itself, as a new page does.
        if (root.kiosk.session.nonVisual)
            root.kiosk.speech.readLanguages(title.text);
    }

    objectName: "languageChooser"
    visible: false
    color: Theme.background

    // Nothing under the sheet takes a touch.
    MouseArea {
        objectName: "sheetBlocker"
        anchors.fill: parent
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2

        Label {
            id: title
            Layout.fillWidth: true
            text: qsTranslate("FlowPage", "Choose your language")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        LanguageBar {
            Layout.fillWidth: true
            kiosk: root.kiosk
            onChosen: root.visible = false
        }
        Item {
            Layout.fillHeight: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "languageClose"
                shrinks: true
                text: qsTranslate("FlowPage", "Back")
                onClicked: root.visible = false
            }
            Item {
                Layout.fillWidth: true
            }
            // Reads the title, then each language's name in that language's own voice.
            ListenButton {
                objectName: "languageListen"
                shrinks: true
                speech: root.kiosk.speech
                session: root.kiosk.session
                languagesTitle: title.text
            }
            Item {
                Layout.fillWidth: true
            }
        }
    }
}
