import QtQuick
import QtQuick.Layouts

// "What have you come for?": one large button per errand.
FlowPage {
    id: root

    /// [{id, name}]
    required property var errands

    signal chosen(string serviceId)

    title: qsTr("What have you come for?")

    /// The widest single word of any errand's name in the buttons' title font: a word cannot
    /// wrap, so the grid takes fewer columns until it fits ("Gesundheitskarte", a Danish
    /// "Folkeregisteradresse" from a municipality's own list).
    readonly property real longestWord: {
        // Read the font here so that the width is measured again when the Theme's sizes
        // arrive (advanceWidth() itself is a call, not a property the binding would follow).
        if (titleMetrics.font.pixelSize <= 0)
            return 0;
        let widest = 0;
        for (const errand of root.errands)
            for (const word of String(errand.name).split(/\s+/))
                widest = Math.max(widest, titleMetrics.advanceWidth(word));
        return widest;
    }

    FontMetrics {
        id: titleMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
    }

    GridLayout {
        id: grid
        anchors.fill: parent
        columns: {
            let c = Math.max(1, Math.floor((root.kiosk.landscape ? 3 : 2) * Theme.columnScale));
            // A column's text box: its share of the row less the title's margins and border.
            while (c > 1 && (grid.width - (c - 1) * grid.columnSpacing) / c - 2 * (Theme.margin + Theme.border) < root.longestWord + 2)
                --c;
            return c;
        }
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Repeater {
            model: root.errands
            delegate: ChoiceButton {
                id: errand
                required property var modelData
                objectName: "errand_" + modelData.id
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                // Their natural height while the list fits above the bottom row; lower (down to
                // their words plus a margin) when a site has many errands or text is large.
                Layout.fillHeight: true
                Layout.preferredHeight: root.kiosk.landscape ? Theme.touchMin * 1.5 : Theme.choiceHeight * 0.8 // qmllint disable unqualified
                Layout.maximumHeight: Layout.preferredHeight
                Layout.minimumHeight: Math.max(Theme.touchMin, errand.contentItem.implicitHeight + Theme.spacing)
                primary: false
                titleSize: Theme.fontLarge
                text: modelData.name
                onClicked: root.chosen(errand.modelData.id) // qmllint disable unqualified
            }
        }
        Item {
            Layout.fillHeight: true
            Layout.columnSpan: parent.columns
        }
    }
}
