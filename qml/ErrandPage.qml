import QtQuick
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// "What have you come for?": one large button per errand, a page of them at a time when a site
// has more errands than fit (a large municipality has 15-25; large text in portrait holds about
// a dozen). Pages with "Previous errands" / "More errands" and "Page 1 of 3", never a scrolling
// list: an elderly citizen, and one exploring the screen by touch in the non-visual mode, finds
// every errand on a page that stays still, where a flicked list moves under the finger and
// hides what is above and below it.
FlowPage {
    id: root

    /// The booking or the chance-ticket flow: its errands and the page on show.
    required property ErrandFlow flow

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
        for (const errand of root.flow.errands)
            for (const word of String(errand.name).split(/\s+/))
                widest = Math.max(widest, titleMetrics.advanceWidth(word));
        return widest;
    }

    /// The width an errand's name wraps in: a column's share of the row less the button's
    /// margins and border.
    readonly property real nameWidth: Math.max(1, (column.width - (grid.columns - 1) * grid.columnSpacing) / grid.columns - 2 * (Theme.margin + Theme.border))

    /// The height of one row of errands: the button of the errand whose name needs the most
    /// lines at this width, with the space ChoiceButton keeps around its words, and never
    /// below a touch target. Every errand of the site is measured, so that every page has rows
    /// of the same height and the same number of errands.
    readonly property real rowHeight: {
        let tallest = 0;
        for (let i = 0; i < nameHeights.count; ++i) {
            const measured = nameHeights.itemAt(i);
            if (measured)
                tallest = Math.max(tallest, measured.implicitHeight);
        }
        return Math.max(Theme.touchMin, tallest + 2 * Theme.spacing);
    }

    /// How many rows of `rowHeight` fit in `height`.
    function rowsIn(height) {
        return Math.floor((height + grid.rowSpacing) / (root.rowHeight + grid.rowSpacing));
    }

    /// Errands on one page: 0 when all fit on the page without the paging controls; else as
    /// many rows as fit above them, the controls' own height given by the layout; -1 before
    /// the page is laid out (then the flow keeps what it had: Back returns to the same page).
    readonly property int perPage: {
        const count = root.flow.errands.length;
        if (column.height <= 0 || root.nameWidth <= 1)
            return -1;
        if (count === 0)
            return 0;
        if (Math.ceil(count / grid.columns) <= root.rowsIn(column.height))
            return 0;
        return Math.max(1, root.rowsIn(grid.height)) * grid.columns;
    }

    // The flow holds the page and reads it out (ErrandFlow::spokenText); the layout tells it
    // how many errands a page holds. Kept when the page goes (Back from the next step returns
    // to the page the citizen was on).
    Binding {
        target: root.flow
        property: "errandsPerPage"
        value: root.perPage
        when: root.perPage >= 0
        restoreMode: Binding.RestoreNone
    }

    /// The errands the grid shows: the flow's page, handed over after the layout pass that
    /// changed it. perPage changes while the page's layout arranges it (the paging controls
    /// appear), and a grid filled during that pass was never arranged in Qt 6.4 (its buttons
    /// stayed on top of each other).
    property var shownErrands: []
    function showPage() {
        root.shownErrands = root.perPage >= 0 ? root.flow.pageErrands : [];
    }
    onPerPageChanged: pageHandover.restart()
    Component.onCompleted: pageHandover.restart()
    Connections {
        target: root.flow
        function onErrandPagingChanged() {
            pageHandover.restart();
        }
    }
    Timer {
        id: pageHandover
        interval: 0
        onTriggered: root.showPage()
    }

    FontMetrics {
        id: titleMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
    }

    // Each errand's name as ChoiceButton draws it, wrapped at a column's width: measured only.
    Repeater {
        id: nameHeights
        model: root.flow.errands
        delegate: Text {
            required property var modelData
            visible: false
            width: root.nameWidth // qmllint disable unqualified
            text: modelData.name
            font: titleMetrics.font // qmllint disable unqualified
            wrapMode: Text.WordWrap
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacing

        GridLayout {
            id: grid
            // The room the layout leaves above the paging controls, whatever the buttons in it
            // ask for: perPage fits the errands into it.
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 0
            Layout.preferredHeight: 0
            columns: {
                let c = Math.max(1, Math.floor((root.kiosk.landscape ? 3 : 2) * Theme.columnScale));
                // A column's text box: its share of the row less the title's margins and border.
                while (c > 1 && (column.width - (c - 1) * Theme.spacing) / c - 2 * (Theme.margin + Theme.border) < root.longestWord + 2)
                    --c;
                return c;
            }
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Repeater {
                model: root.shownErrands
                delegate: ChoiceButton {
                    id: errand
                    required property var modelData
                    objectName: "errand_" + modelData.id
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    // Their natural height while the page has room; lower (down to their words
                    // plus a margin) when a page is full or text is large.
                    // Never below the words of the site's longest name (rowHeight, measured at
                    // the column's width before the grid is filled: a minimum that follows the
                    // button's own wrapping changes while the grid arranges it, and Qt 6.4's
                    // grid then left every button at the top), nor above it a natural height
                    // lower than that.
                    Layout.fillHeight: true
                    Layout.minimumHeight: root.rowHeight - Theme.spacing // qmllint disable unqualified
                    Layout.preferredHeight: Math.max(Layout.minimumHeight, root.kiosk.landscape ? Theme.touchMin * 1.5 : Theme.choiceHeight * 0.8) // qmllint disable unqualified
                    Layout.maximumHeight: Layout.preferredHeight
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

        // The paging controls, in the same place on every page: where the page is, then the
        // way to the previous and the next page (greyed out at either end, as the times are).
        BodyText {
            objectName: "errandPageText"
            Layout.fillWidth: true
            visible: root.flow.errandPageCount > 1
            text: qsTr("Page %1 of %2").arg(root.flow.errandPage + 1).arg(root.flow.errandPageCount)
        }
        RowLayout {
            Layout.fillWidth: true
            // Its own height, not a share of the page's (a layout in a layout fills by default).
            Layout.fillHeight: false
            visible: root.flow.errandPageCount > 1
            spacing: Theme.spacing
            BigButton {
                objectName: "previousErrands"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                enabled: root.flow.errandPage > 0
                text: qsTr("Previous errands")
                onClicked: root.flow.previousErrands()
            }
            BigButton {
                objectName: "moreErrands"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                primary: enabled
                enabled: root.flow.errandPage + 1 < root.flow.errandPageCount
                text: qsTr("More errands")
                onClicked: root.flow.moreErrands()
            }
        }
    }
}
