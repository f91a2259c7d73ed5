import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// "Hør / Listen": reads the screen on show aloud (the session's spokenText, through the
// kiosk's Speech); pressed while speaking it stops, pressed again it starts from the top.
// Without a working voice it says so instead of doing nothing.
BigButton {
    id: root

    required property Speech speech

    objectName: "listenButton"
    Layout.preferredWidth: Theme.navWidth
    fontSize: root.speech.available ? Theme.fontLarge : Theme.fontBody
    enabled: root.speech.available
    // Short labels: the button has the width of Back and never widens the bottom row.
    text: !root.speech.available ? qsTr("No speech") : root.speech.speaking ? qsTr("Stop") : qsTr("Listen")
    Accessible.name: root.speech.available ? qsTr("Listen: read this screen aloud") : qsTr("Speech is not available")
    onClicked: {
        if (root.speech.speaking)
            root.speech.stop();
        else
            root.speech.readScreen();
    }
}
