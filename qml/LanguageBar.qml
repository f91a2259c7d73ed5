import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// The language choice on home, always visible: one button per offered language, each named in
// itself ("Dansk", "العربية", "Українська"), in a grid that reflows to the width it is given
// and to the font size: as many equal columns as the longest name allows, rows balanced (seven
// languages are 4 + 3 in portrait, 2 per row in landscape), names wrapped rather than cut.
GridLayout {
    id: root

    required property KioskController kiosk

    /// A language was touched (after the switch).
    signal chosen(string code)

    // The widest name (bold, as the chosen one is drawn) plus its label's padding, never below two touch
    // targets: every cell is this wide. From the font, not the buttons, so it does not depend
    // on the widths the grid itself hands out.
    readonly property real cellWidth: {
        let widest = Theme.touchMin * 2;
        const languages = root.kiosk.languages;
        for (let i = 0; i < languages.length; ++i)
            widest = Math.max(widest, Math.ceil(nameMetrics.advanceWidth(languages[i].name)) + Theme.spacing);
        return widest;
    }
    readonly property int maxColumns: Math.max(1, Math.floor((width + columnSpacing) / (cellWidth + columnSpacing)))
    readonly property int rowCount: Math.ceil(languages.count / Math.min(maxColumns, Math.max(1, languages.count)))

    columns: Math.max(1, Math.ceil(languages.count / Math.max(1, rowCount)))
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing

    FontMetrics {
        id: nameMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
    }

    Repeater {
        id: languages

        model: root.kiosk.languages

        delegate: AbstractButton {
            id: langButton

            required property var modelData
            readonly property bool current: root.kiosk.language === langButton.modelData.code // qmllint disable unqualified

            objectName: "lang_" + modelData.code
            Layout.fillWidth: true
            Layout.preferredWidth: root.cellWidth // qmllint disable unqualified
            Layout.minimumHeight: Theme.touchMin
            Layout.preferredHeight: Math.max(Theme.touchMin, contentItem.implicitHeight + Theme.spacing)
            text: modelData.name
            Accessible.name: modelData.name
            onClicked: {
                root.kiosk.setLanguage(langButton.modelData.code); // qmllint disable unqualified
                root.chosen(langButton.modelData.code); // qmllint disable unqualified
            }

            background: Rectangle {
                radius: Theme.radius
                color: langButton.down ? Theme.pressed : (langButton.current ? Theme.primary : Theme.surface)
                border.width: langButton.activeFocus ? Theme.focusBorder : Theme.border
                border.color: langButton.activeFocus ? Theme.focus : Theme.outline
            }
            contentItem: Label {
                text: langButton.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: langButton.current
                color: langButton.down ? Theme.textPressed : (langButton.current ? Theme.textPrimary : Theme.text)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
                leftPadding: Theme.spacing / 2
                rightPadding: Theme.spacing / 2
            }
        }
    }
}
