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
    required property Session session

    /// "book", "checkin" or "chance".
    signal chosen(string choice)

    // With a note about the printer or the central, seven language names do not fit under
    // everything else (in large text, landscape, or long languages): home then shows one
    // language button, as a step does, whose sheet names them all. In large text on portrait
    // the site's line, the greeting and the choices' second lines give way too (Listen still
    // says them). Plain conditions: a height measured from the layout would feed back into
    // them.
    readonly property bool compact: !root.kiosk.printerReady || root.central.offline
    readonly property bool compactTop: compact && root.session.largeText && !root.kiosk.landscape

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
                visible: !root.compactTop
                Label {
                    Layout.fillWidth: true
                    text: root.kiosk.siteName
                    // Explicit, so that it mirrors to the right in Arabic (a Latin name would
                    // otherwise keep to its own left).
                    horizontalAlignment: Text.AlignLeft
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
                // Gives way when home is full (see compactTop).
                visible: !root.compactTop
                text: qsTr("Welcome")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: !root.compactTop
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
                subtitle: root.compactTop ? "" : qsTr("Check in: scan or type the code from your letter or text message")
                onClicked: root.chosen("checkin")
            }
            ChoiceButton {
                objectName: "choice_book"
                Layout.fillWidth: true
                text: qsTr("Book a time")
                subtitle: root.compactTop ? "" : qsTr("Choose your errand, a day and a time")
                onClicked: root.chosen("book")
            }
            ChoiceButton {
                objectName: "choice_chance"
                Layout.fillWidth: true
                text: qsTr("I have no booking")
                subtitle: root.compactTop ? "" : qsTr("Take a ticket and wait for a free time today")
                onClicked: root.chosen("chance")
            }

            Item {
                visible: root.kiosk.landscape
                Layout.fillHeight: true
            }
        }

        ColumnLayout {
            id: side

            // The height left for the called numbers by everything else in this column (which
            // does not depend on them, so this is no loop).
            readonly property real roomForNowServing: {
                let used = 0;
                for (const it of [printerNote, offlineNote, listen, toggles, languages, languageButton]) {
                    if (it.visible)
                        used += it.implicitHeight + side.spacing;
                }
                return side.height - used;
            }

            // Whether one call-out fits, decided after the layout's pass that set this column's
            // height: an item shown during that pass is never placed (it kept width 0 and its
            // words ran off the screen in Arabic).
            property bool nowServingFits: false
            function decideNowServing() {
                side.nowServingFits = side.roomForNowServing >= nowServing.heightFor(1);
            }
            onRoomForNowServingChanged: nowServingDecision.restart()
            Component.onCompleted: nowServingDecision.restart()

            Timer {
                id: nowServingDecision
                interval: 0
                onTriggered: side.decideNowServing()
            }

            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.fillHeight: true
            spacing: Theme.spacing

            Label {
                id: printerNote
                // Its wrapped height handed to the layout after the pass that gave it its width
                // (no height-for-width in Qt Quick Layouts; an Arabic line was cut by 4 px).
                onImplicitHeightChanged: printerNoteHeight.restart()
                Timer {
                    id: printerNoteHeight
                    interval: 0
                    onTriggered: printerNote.Layout.minimumHeight = printerNote.implicitHeight
                }
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
                id: offlineNote
                // Its wrapped height handed to the layout after the pass that gave it its width
                // (no height-for-width in Qt Quick Layouts; an Arabic line was cut by 4 px).
                onImplicitHeightChanged: offlineNoteHeight.restart()
                Timer {
                    id: offlineNoteHeight
                    interval: 0
                    onTriggered: offlineNote.Layout.minimumHeight = offlineNote.implicitHeight
                }
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

            // As tall as its call-outs need, less when home is full (large text and both notes):
            // then it shows the newest that fit, and none when not even one fits (the lobby's
            // ticket display shows them too).
            NowServingPanel {
                id: nowServing
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.maximumHeight: implicitHeight
                visible: side.nowServingFits
                callouts: root.kiosk.nowServing
            }

            Item {
                Layout.fillHeight: true
            }

            ListenButton {
                id: listen
                Layout.alignment: Qt.AlignHCenter
                speech: root.kiosk.speech
                session: root.session
            }

            DisplayToggles {
                id: toggles
                Layout.fillWidth: true
                session: root.session
            }

            // Not mirrored in Arabic: the list of languages keeps its order, so its short last
            // row starts at the left and the bottom-right corner, where the technician holds
            // (AdminCorners), has no button under it.
            LanguageBar {
                id: languages
                Layout.fillWidth: true
                visible: !root.compact
                LayoutMirroring.enabled: false
                LayoutMirroring.childrenInherit: true
                kiosk: root.kiosk
            }
            LanguageButton {
                id: languageButton
                Layout.alignment: Qt.AlignHCenter
                visible: root.compact
                kiosk: root.kiosk
                onClicked: sheet.open()
            }
        }
    }

    LanguageSheet {
        id: sheet
        anchors.fill: parent
        kiosk: root.kiosk
    }
}
