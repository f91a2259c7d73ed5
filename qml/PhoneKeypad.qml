import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// The telephone keypad: 1–9 in three rows, then erase and 0, as on a phone.
GridLayout {
    id: root

    /// Says each digit as it is pressed (the number is never said whole); null = silent.
    property Speech speech: null

    signal keyPressed(string key)
    signal erasePressed

    columns: 3
    // Keypads read 1 2 3 left to right in every language, Arabic too (as phones and ATMs do).
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true
    columnSpacing: Theme.keyGap
    rowSpacing: Theme.keyGap

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        delegate: KeypadButton {
            id: digit
            required property string modelData
            objectName: "digit_" + modelData
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.touchMin
            text: modelData
            onClicked: {
                root.keyPressed(digit.modelData); // qmllint disable unqualified
                if (root.speech) // qmllint disable unqualified
                    root.speech.sayKey(digit.modelData); // qmllint disable unqualified
            }
        }
    }
    KeypadButton {
        objectName: "digit_erase"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.touchMin
        wide: true
        text: qsTr("⌫ Erase")
        Accessible.name: qsTr("Erase the last digit")
        onClicked: {
            root.erasePressed();
            if (root.speech)
                root.speech.say(qsTr("Erase the last digit"));
        }
    }
    KeypadButton {
        objectName: "digit_0"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.touchMin
        text: "0"
        onClicked: {
            root.keyPressed("0");
            if (root.speech)
                root.speech.sayKey("0");
        }
    }
    Item {
        Layout.fillWidth: true
    }
}
