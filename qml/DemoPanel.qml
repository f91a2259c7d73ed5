import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Demo mode only: what the simulated devices would show, beside the kiosk screen.
Rectangle {
    id: root

    required property DemoController demo

    color: Theme.demoBackground

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Demo: simulated devices")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.textDemo
        }

        Label {
            text: qsTr("Ticket display")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textDemo
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: displayText.implicitHeight + Theme.spacing
            color: Theme.demoScreen
            Label {
                id: displayText
                anchors.centerIn: parent
                text: root.demo.displayText
                font.family: Theme.monoFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textDemoScreen
            }
        }

        Label {
            text: qsTr("Scan a demo code")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textDemo
        }
        // Each demo code as a button: "holds it under the simulated scanner".
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.keyGap / 2
            rowSpacing: Theme.keyGap / 2
            Repeater {
                model: root.demo.demoCodes
                delegate: Button {
                    id: codeButton
                    required property string modelData
                    objectName: "demoScan_" + modelData
                    Layout.fillWidth: true
                    text: modelData.substring(0, 4) + "-" + modelData.substring(4)
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall
                    focusPolicy: Qt.NoFocus
                    onClicked: root.demo.scan(codeButton.modelData) // qmllint disable unqualified
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: scanField
                objectName: "demoScanField"
                Layout.fillWidth: true
                placeholderText: qsTr("Anything to scan")
                font.family: Theme.monoFamily
                font.pixelSize: Theme.fontSmall
                onAccepted: scanButton.clicked()
            }
            Button {
                id: scanButton
                text: qsTr("Scan")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                focusPolicy: Qt.NoFocus
                onClicked: {
                    root.demo.scan(scanField.text);
                    scanField.clear();
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Last receipt")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textDemo
            }
            Button {
                text: qsTr("Print test page")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                implicitHeight: Theme.touchMin
                onClicked: root.demo.printTestPage()
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.demoDivider
            clip: true
            Flickable {
                anchors.fill: parent
                contentHeight: receipt.height
                Image {
                    id: receipt
                    width: parent.width
                    fillMode: Image.PreserveAspectFit
                    source: root.demo.lastReceipt
                    cache: false
                }
            }
            Label {
                anchors.centerIn: parent
                visible: receipt.status !== Image.Ready
                text: qsTr("No receipt printed yet")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.textDemo
            }
        }
    }
}
