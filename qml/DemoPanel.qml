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
            color: "black"
            Column {
                id: displayText
                anchors.centerIn: parent
                Repeater {
                    model: root.demo.displayLines
                    delegate: Label {
                        required property string modelData
                        text: modelData
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.fontSmall
                        color: "#7cfc00"
                    }
                }
            }
        }

        Label {
            text: qsTr("Demo booking codes")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.textDemo
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: root.demo.demoCodes
                delegate: Label {
                    required property string modelData
                    text: modelData
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textDemo
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
            color: "#4a4a4a"
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
