import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Booking done: the code large (and as a QR code), when, and what to bring.
FlowPage {
    id: root

    required property BookingFlow flow

    showBack: false
    showHome: false
    title: qsTr("Your time is booked")

    GridLayout {
        anchors.fill: parent
        columns: root.kiosk.landscape ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Layout.fillHeight: false
            spacing: Theme.spacing

            BodyText {
                objectName: "doneWhen"
                Layout.fillWidth: true
                font.bold: true
                font.pixelSize: Theme.fontLarge
                text: qsTr("%1, %2 at %3").arg(root.flow.serviceName).arg(root.flow.dayText).arg(root.flow.timeText)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TicketNumber {
                    objectName: "bookingCode"
                    Layout.fillWidth: true
                    caption: qsTr("Your booking code")
                    value: root.flow.code
                    valueSize: Theme.fontCode
                }
                QrCode {
                    objectName: "bookingQr"
                    Layout.preferredWidth: Theme.qrSize * 0.6
                    Layout.preferredHeight: Theme.qrSize * 0.6
                    text: root.flow.qrText
                    dark: Theme.text
                    light: Theme.surface
                }
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("When you come, scan the receipt or type the code here to check in.")
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Layout.fillHeight: false
            spacing: Theme.spacing / 2

            BodyText {
                Layout.fillWidth: true
                visible: root.flow.bring.length > 0
                text: qsTr("Please bring:")
                font.bold: true
            }
            Repeater {
                model: root.flow.bring
                delegate: BodyText {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "•  " + modelData
                }
            }
            ReceiptNote {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                receipt: root.flow.receipt
                failedText: qsTr("Please write down your code: %1.").arg(root.flow.code)
            }
        }
        Item {
            Layout.fillHeight: true
            Layout.columnSpan: parent.columns
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.columnSpan: parent.columns
            spacing: Theme.spacing
            BigButton {
                objectName: "reprint"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Print again")
                onClicked: root.flow.reprint()
            }
            BigButton {
                objectName: "done"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                primary: true
                text: qsTr("Done")
                onClicked: root.home()
            }
        }
    }
}
