import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Check-in, first step: scan the code, or type it on a keypad that has only the code's symbols.
FlowPage {
    id: root

    required property CheckInFlow flow

    title: qsTr("Check in")

    GridLayout {
        anchors.fill: parent
        columns: root.kiosk.landscape ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.alignment: Qt.AlignTop
            Layout.fillHeight: false
            spacing: Theme.spacing

            BodyText {
                Layout.fillWidth: true
                text: qsTr("Hold the code from your letter or phone under the scanner. Or type the code here:")
            }

            // One box per character, so it is plain how many are left.
            Row {
                objectName: "codeBoxes"
                Layout.alignment: Qt.AlignHCenter
                // A code is Latin letters and digits, typed left to right in Arabic too.
                LayoutMirroring.enabled: false
                LayoutMirroring.childrenInherit: true
                spacing: Theme.keyGap / 2
                Accessible.name: qsTr("Typed so far: %1").arg(root.flow.typed)

                Repeater {
                    model: root.flow.codeLength
                    delegate: Row {
                        id: box
                        required property int index
                        readonly property bool current: index === root.flow.typedCount // qmllint disable unqualified
                        spacing: Theme.keyGap / 2
                        Label {
                            visible: box.index === 4
                            height: Theme.keyHeight
                            verticalAlignment: Text.AlignVCenter
                            text: "–"
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.fontKey
                            color: Theme.text
                        }
                        Rectangle {
                            width: root.kiosk.landscape ? Theme.keyHeight * 0.6 : Theme.keyHeight * 0.75 // qmllint disable unqualified
                            height: Theme.keyHeight
                            radius: Theme.radius / 2
                            color: Theme.entry
                            border.width: box.current ? Theme.border * 2 : Theme.border
                            border.color: Theme.outline
                            Label {
                                anchors.centerIn: parent
                                text: {
                                    const raw = root.flow.typed.replace("-", "");
                                    return box.index < raw.length ? raw.charAt(box.index) : "";
                                }
                                font.family: Theme.monoFamily
                                font.pixelSize: Theme.fontKey
                                font.bold: true
                                color: Theme.text
                            }
                        }
                    }
                }
            }

            BigButton {
                objectName: "readBackCode"
                Layout.fillWidth: true
                visible: root.flow.typedCount > 0 && root.kiosk.speech.available
                text: qsTr("Read the code back")
                onClicked: root.kiosk.speech.say(root.flow.typedReadBack())
            }
            BigButton {
                objectName: "submitCode"
                Layout.fillWidth: true
                primary: true
                enabled: root.flow.typedCount === root.flow.codeLength
                text: qsTr("Check in")
                onClicked: root.flow.submit()
            }
            BodyText {
                Layout.fillWidth: true
                visible: root.flow.typedCount < root.flow.codeLength
                text: qsTr("The code has %1 characters. %2 left.").arg(root.flow.codeLength).arg(root.flow.codeLength - root.flow.typedCount)
                color: Theme.textMuted
            }
        }

        CodeKeypad {
            objectName: "codeKeypad"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: root.kiosk.landscape ? 3 : 2
            Layout.maximumHeight: Math.ceil((keys.length + 1) / columns) * (Theme.keyHeight + Theme.keyGap)
            columns: root.kiosk.landscape ? 9 : 6
            keys: root.flow.keys
            speech: root.kiosk.speech
            onKeyPressed: key => root.flow.press(key)
            onErasePressed: root.flow.erase()
        }
    }
}
