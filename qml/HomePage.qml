import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// Home: the three choices, the called numbers and the language bar; a plain line when the
// printer does not work or the central cannot be reached.
Item {
    id: root

    required property KioskController kiosk
    required property CentralStatus central

    /// "book", "checkin" or "chance".
    signal chosen(string choice)

    // Portrait: everything in one column. Landscape: the choices stacked on the left as in
    // portrait (three buttons side by side leave no height for the notes and called numbers),
    // the notes, the called numbers and the languages on the right.
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: root.kiosk.landscape ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            Layout.fillHeight: root.kiosk.landscape
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: root.kiosk.siteName
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Label {
                    text: root.kiosk.clockText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                    Accessible.name: qsTr("The time is %1").arg(root.kiosk.clockText)
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Welcome")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Touch what you have come for.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }

            ChoiceButton {
                objectName: "choice_checkin"
                Layout.fillWidth: true
                text: qsTr("I have a booking")
                subtitle: qsTr("Check in: scan or type the code from your letter or text message")
                onClicked: root.chosen("checkin")
            }
            ChoiceButton {
                objectName: "choice_book"
                Layout.fillWidth: true
                text: qsTr("Book a time")
                subtitle: qsTr("Choose your errand, a day and a time")
                onClicked: root.chosen("book")
            }
            ChoiceButton {
                objectName: "choice_chance"
                Layout.fillWidth: true
                text: qsTr("I have no booking")
                subtitle: qsTr("Take a ticket and wait for a free time today")
                onClicked: root.chosen("chance")
            }

            Item {
                visible: root.kiosk.landscape
                Layout.fillHeight: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.fillHeight: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                visible: !root.kiosk.printerReady
                text: qsTr("The printer is not working right now. Your number will be shown on the screen.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textWarning
                wrapMode: Text.WordWrap
                padding: Theme.spacing
                background: Rectangle {
                    color: Theme.warning
                    radius: Theme.radius
                }
            }

            // Without the central a new time cannot be booked (it could be sold twice); what
            // works from the kiosk's own cache is said first, so nobody walks away who need not.
            Label {
                objectName: "centralOffline"
                Layout.fillWidth: true
                visible: root.central.offline
                text: qsTr("You can check in and take a ticket as usual. Booking a new time is not possible here right now.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textNotice
                wrapMode: Text.WordWrap
                padding: Theme.spacing
                background: Rectangle {
                    color: Theme.notice
                    radius: Theme.radius
                }
            }

            NowServingPanel {
                Layout.fillWidth: true
                callouts: root.kiosk.nowServing
            }

            Item {
                Layout.fillHeight: true
            }

            // "Listen" beside the languages: one row, so home's notes and called numbers keep
            // their room.
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.spacing
                ListenButton {
                    speech: root.kiosk.speech
                }
                LanguageBar {
                    kiosk: root.kiosk
                }
            }
        }
    }
}
