import QtQuick
import QtQuick.Controls
import Borgerkiosk.Kiosk

// What happened to the paper: being printed, take it, or — when the printer failed — that the
// screen shows everything and what to do.
Label {
    id: root

    required property ReceiptStatus receipt
    /// Said when the paper did not come out, e.g. "Remember your number: A042."
    property string failedText

    visible: root.receipt.state !== ReceiptStatus.None
    text: {
        switch (root.receipt.state) {
        case ReceiptStatus.Printing:
            return qsTr("Printing your receipt …");
        case ReceiptStatus.Printed:
            return qsTr("Take your receipt from the printer below the screen.");
        case ReceiptStatus.Failed:
            return qsTr("The printer is not working, so there is no paper. %1").arg(root.failedText);
        }
        return "";
    }
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: root.receipt.state === ReceiptStatus.Failed
    color: root.receipt.state === ReceiptStatus.Failed ? Theme.textWarning : Theme.text
    wrapMode: Text.WordWrap
    padding: Theme.spacing
    background: Rectangle {
        radius: Theme.radius
        color: root.receipt.state === ReceiptStatus.Failed ? Theme.warning : Theme.surface
        border.width: Theme.border
        border.color: Theme.outline
    }
}
