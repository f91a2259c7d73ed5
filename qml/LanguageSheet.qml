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
        BigButton {
            objectName: "languageClose"
            text: qsTranslate("FlowPage", "Back")
            onClicked: root.visible = false
        }
    }
}
