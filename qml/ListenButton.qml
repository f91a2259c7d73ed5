import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// "Hør / Listen": reads the screen on show aloud (the session's spokenText, through the
// kiosk's Speech); pressed while speaking it stops, pressed again it starts from the top.
// Without a working voice it says so instead of doing nothing. Held, it starts or ends the
// non-visual mode (NonVisualLayer.qml).
BigButton {
    id: root

    required property Speech speech
    /// The citizen's session: a long press starts and ends the non-visual mode.
    property Session session: null
    /// On the language sheet: its title, read before each language's name in its own voice
    /// (Speech.readLanguages) instead of the page under the sheet.
    property string languagesTitle: ""

    objectName: "listenButton"
    Layout.preferredWidth: Theme.navWidth
    fontSize: root.speech.available ? Theme.fontLarge : Theme.fontBody
    enabled: root.speech.available
    // Short labels: the button has the width of Back and never widens the bottom row.
    text: !root.speech.available ? qsTr("No speech") : root.speech.speaking ? qsTr("Stop") : qsTr("Listen")
    Accessible.name: root.speech.available ? qsTr("Listen: read this screen aloud") : qsTr("Speech is not available")
    onPressAndHold: {
        if (root.session)
            root.session.toggleNonVisual();
    }
    onClicked: {
        if (root.speech.speaking)
            root.speech.stop();
        else if (root.languagesTitle.length > 0)
            root.speech.readLanguages(root.languagesTitle);
        else
            root.speech.readScreen();
    }
}
