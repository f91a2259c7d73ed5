import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Booking: this errand can be done at home on borger.dk; show how, then "Book anyway".
FlowPage {
    id: root

    required property BookingFlow flow

    stepText: qsTr("Book a time: %1").arg(root.flow.serviceName)
    title: qsTr("You can do this at home")

    GridLayout {
        anchors.fill: parent
        columns: root.kiosk.landscape ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.fillHeight: false
            spacing: Theme.spacing
            BodyText {
                Layout.fillWidth: true
                text: qsTr("%1 can be done on the internet from home, without coming here. Scan the square code with your phone's camera, or take the address home on paper.").arg(root.flow.serviceName)
            }
            BodyText {
                objectName: "selfServiceUrl"
                Layout.fillWidth: true
                text: root.flow.selfServiceAddress
                font.bold: true
                wrapMode: Text.Wrap
            }
            ReceiptNote {
                Layout.fillWidth: true
                receipt: root.flow.receipt
                failedText: qsTr("You can write down the address above.")
            }
        }
        QrCode {
            objectName: "selfServiceQr"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.qrSize
            Layout.preferredHeight: Theme.qrSize
            text: root.flow.selfServiceUrl
            dark: Theme.text
            light: Theme.surface
        }
        Item {
            Layout.fillHeight: true
            Layout.columnSpan: parent.columns
        }
        BigButton {
            objectName: "printAddress"
            Layout.fillWidth: true
            Layout.columnSpan: parent.columns
            text: qsTr("Print the address")
            onClicked: root.flow.printSelfService()
        }
        BigButton {
            objectName: "bookAnyway"
            Layout.fillWidth: true
            Layout.columnSpan: parent.columns
            primary: true
            text: qsTr("Book a time anyway")
            onClicked: root.flow.bookAnyway()
        }
    }
}
