import QtQuick
import QtQuick.Controls
import Borgerkiosk.Kiosk

// What happened to the paper: being printed, take it, sent to a printer that cannot say whether
// it has paper (so the code stays on screen and is repeated here), or — when the printer
// failed — that the screen shows everything and what to do.
Label {
    id: root

    required property ReceiptStatus receipt
    /// Said when the paper did not come out, or may not have, e.g. "Remember your number: A042."
    property string failedText
    readonly property bool warn: root.receipt.state === ReceiptStatus.Failed

    visible: root.receipt.state !== ReceiptStatus.None
    text: {
        switch (root.receipt.state) {
        case ReceiptStatus.Printing:
            return qsTr("Printing your receipt …");
        case ReceiptStatus.Printed:
            return qsTr("Take your receipt from the printer below the screen.");
        case ReceiptStatus.Sent:
            return qsTr("Your receipt was sent to the printer below the screen. If no paper comes out: %1").arg(root.failedText);
        case ReceiptStatus.Failed:
            return qsTr("The printer is not working, so there is no paper. %1").arg(root.failedText);
        }
        return "";
    }
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: root.warn || root.receipt.state === ReceiptStatus.Sent
    color: root.warn ? Theme.textWarning : Theme.text
    wrapMode: Text.WordWrap
    padding: Theme.spacing
    background: Rectangle {
        radius: Theme.radius
        color: root.warn ? Theme.warning : Theme.surface
        border.width: Theme.border
        border.color: Theme.outline
    }
}
