import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// The booking-code keypad: only the symbols a code can contain, plus "erase".
GridLayout {
    id: root

    required property var keys
    /// Says each key as it is pressed (the typed code is never said whole); null = silent.
    property Speech speech: null

    signal keyPressed(string key)
    signal erasePressed

    // Keypads read 1 2 3 left to right in every language, Arabic too (as phones and ATMs do).
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true
    columnSpacing: Theme.keyGap
    rowSpacing: Theme.keyGap

    Repeater {
        model: root.keys
        delegate: KeypadButton {
            id: key
            required property string modelData
            objectName: "key_" + modelData
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.touchMin
            text: modelData
            onClicked: {
                root.keyPressed(key.modelData); // qmllint disable unqualified
                if (root.speech) // qmllint disable unqualified
                    root.speech.sayKey(key.modelData); // qmllint disable unqualified
            }
        }
    }
    KeypadButton {
        objectName: "key_erase"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.touchMin
        Layout.columnSpan: Math.max(1, root.columns - (root.keys.length % root.columns))
        wide: true
        text: qsTr("⌫ Erase")
        Accessible.name: qsTr("Erase the last character")
        onClicked: {
            root.erasePressed();
            if (root.speech)
                root.speech.say(qsTr("Erase the last character"));
        }
    }
}
