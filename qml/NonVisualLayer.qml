import QtQuick
import QtQuick.Controls
import Borgerkiosk.Kiosk

// The non-visual mode (EN 301 549 5.1.6) over whatever citizen page is up, in one place for
// every page: touch-to-explore and the navigation keypad. Off, it shows nothing and takes no
// touch; only the Help key (F1) is heard, and starts the mode.
//
// What is explored: the page's actionable items (every AbstractButton: buttons, keys, list
// entries, choices, toggles) and its texts, in the page's own order (the tree's, which is the
// reading order in both directions: layouts mirror positions, not order). A tap speaks the item
// under the finger (its Accessible.name or text, its role and state) and puts the focus ring on
// it; sliding the finger speaks each item it comes onto; a double tap anywhere activates the
// focused item (the VoiceOver/EZ-Access convention). The keypad (USB HID, README "Navigation
// keypad"): Down/Right next, Up/Left previous (mirrored in Arabic), Enter activates, Escape or
// Backspace goes back, F1 or "?" reads the screen and the help. A keyboard-wedge scanner's
// burst never reaches here (drivers/wedgebarcodereader.h swallows it with its Enter).
Item {
    id: root

    required property Session session
    required property Speech speech
    required property bool rightToLeft
    /// The page on show (Main.qml's Loader item).
    property QtObject pageItem: null

    readonly property bool active: root.session.nonVisual
    /// The item the focus ring is on (null: none yet on this page).
    property Item current: null

    focus: true
    Component.onCompleted: root.forceActiveFocus()
    onPageItemChanged: {
        root.current = null;
        root.forceActiveFocus();
    }
    onActiveChanged: {
        root.current = null;
        root.forceActiveFocus();
    }

    function isActionable(it) {
        return it.hasOwnProperty("checkable") && it.hasOwnProperty("pressed") && typeof it.clicked === "function";
    }
    function isText(it) {
        return it.hasOwnProperty("wrapMode") && typeof it.text === "string" && it.text.trim().length > 0;
    }
    function shown(it) {
        return it && it.visible && it.opacity > 0;
    }

    /// A sheet over the page (the language chooser) is explored alone while it is open.
    function findSheet(it) {
        if (!root.shown(it))
            return null;
        if (it.objectName === "languageChooser")
            return it;
        for (let i = 0; i < it.children.length; ++i) {
            const s = root.findSheet(it.children[i]);
            if (s)
                return s;
        }
        return null;
    }

    function collect(it, out, withTexts) {
        if (!root.shown(it))
            return out;
        if (root.isActionable(it)) {
            out.push(it);
            return out;
        }
        if (withTexts && root.isText(it)) {
            out.push(it);
            return out;
        }
        for (let i = 0; i < it.children.length; ++i)
            root.collect(it.children[i], out, withTexts);
        return out;
    }

    /// The items explored now, in reading order; `withTexts`: the texts as well.
    function items(withTexts) {
        if (!root.pageItem)
            return [];
        const top = root.findSheet(root.pageItem) || root.pageItem;
        return root.collect(top, [], withTexts);
    }

    /// Actionable items that can be used now (a disabled one is spoken when touched, skipped by the keys).
    function usable() {
        return root.items(false).filter(it => it.enabled);
    }

    /// What is said for `it`: name, role and state, then its description (a choice's line).
    function describe(it) {
        if (!root.isActionable(it))
            return it.Accessible.name || it.text;
        let s = it.Accessible.name || it.text;
        if (it.Accessible.checkable)
            s += ", " + (it.Accessible.checked ? qsTranslate("NonVisual", "on") : qsTranslate("NonVisual", "off"));
        s += ", " + qsTranslate("NonVisual", "button");
        if (!it.enabled)
            s += ", " + qsTranslate("NonVisual", "not available");
        const d = it.Accessible.description;
        if (d && d.length > 0)
            s += ". " + d;
        return s;
    }

    function focusOn(it) {
        if (isActionable(it))
            root.current = it;
        root.speech.say(root.describe(it));
    }

    /// Next (`step` 1) or previous (-1) usable item, round the page.
    function move(step) {
        const list = root.usable();
        if (list.length === 0)
            return;
        let i = list.indexOf(root.current);
        if (i < 0)
            i = step > 0 ? 0 : list.length - 1;
        else
            i = (i + step + list.length) % list.length;
        root.focusOn(list[i]);
    }

    function activate() {
        const it = root.current;
        if (!it || !root.usable().includes(it)) {
            root.speech.say(qsTranslate("NonVisual", "Nothing is chosen yet. Move with the arrow keys or touch the screen."));
            return;
        }
        root.press(it);
    }

    /// Emits `button`'s clicked(), as a finger's tap on it does (every AbstractButton has it).
    function press(button) {
        button.clicked();
    }

    /// Back, as the page's Back button does (the language sheet's Back while it is open).
    function back() {
        for (const it of root.usable()) {
            if (it.objectName === "languageClose" || it.objectName === "backButton") {
                it.clicked();
                return;
            }
        }
        root.speech.say(qsTranslate("NonVisual", "There is no way back from here."));
    }

    /// The item under (x, y) in this item's coordinates: the smallest actionable one there,
    /// else the smallest text.
    function itemAt(x, y) {
        let best = null;
        for (const it of root.items(true)) {
            const p = it.mapFromItem(root, x, y);
            if (!it.contains(p))
                continue;
            const better = !best || (root.isActionable(it) && !root.isActionable(best)) || (root.isActionable(it) === root.isActionable(best) && it.width * it.height < best.width * best.height);
            if (better)
                best = it;
        }
        return best;
    }

    Keys.onPressed: event => {
        const help = event.key === Qt.Key_F1 || event.key === Qt.Key_Question;
        if (!root.active) {
            // A blind citizen's first key: Help starts the mode.
            if (event.key === Qt.Key_F1) {
                root.session.nonVisual = true;
                event.accepted = true;
            }
            return;
        }
        const forward = root.rightToLeft ? Qt.Key_Left : Qt.Key_Right;
        const backward = root.rightToLeft ? Qt.Key_Right : Qt.Key_Left;
        if (event.key === Qt.Key_Down || event.key === forward)
            root.move(1);
        else if (event.key === Qt.Key_Up || event.key === backward)
            root.move(-1);
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            root.activate();
        else if (event.key === Qt.Key_Escape || event.key === Qt.Key_Backspace)
            root.back();
        else if (help)
            root.speech.say(root.session.nonVisualHelpText());
        else
            return;
        event.accepted = true;
    }

    // Touch-to-explore: takes every touch while the mode is on. A tap waits for the double-tap
    // interval, so that a double tap anywhere activates the focused item and moves nothing.
    MouseArea {
        id: explore

        property Item tapped: null
        property Item under: null
        property bool slid: false

        objectName: "nonVisualTouch"
        anchors.fill: parent
        enabled: root.active
        onPressed: mouse => {
            explore.under = root.itemAt(mouse.x, mouse.y);
            explore.slid = false;
        }
        onPositionChanged: mouse => {
            const it = root.itemAt(mouse.x, mouse.y);
            if (it && it !== explore.under) {
                explore.under = it;
                explore.slid = true;
                tapTimer.stop();
                root.focusOn(it);
            }
        }
        onClicked: mouse => {
            if (explore.slid)
                return;
            // What was under the finger when it touched (the page may move before the timer).
            explore.tapped = root.itemAt(mouse.x, mouse.y);
            tapTimer.restart();
        }
        onDoubleClicked: {
            tapTimer.stop();
            root.activate();
        }
        // Held on Listen: the mode ends, as it started.
        onPressAndHold: mouse => {
            const it = root.itemAt(mouse.x, mouse.y);
            if (it && it.objectName === "listenButton") {
                tapTimer.stop();
                explore.slid = true;
                root.session.toggleNonVisual();
            }
        }
    }
    Timer {
        id: tapTimer
        // Qt 6.4's qmllint does not know QStyleHints' properties (Qt.styleHints is a QObject to it).
        // qmllint disable
        interval: Qt.styleHints.mouseDoubleClickInterval
        // qmllint enable
        onTriggered: {
            if (explore.tapped)
                root.focusOn(explore.tapped);
        }
    }

    // The focus ring: outside the item, so it hides none of it; as heavy as Theme.focusRing.
    Rectangle {
        id: ring

        readonly property rect box: {
            const c = root.current;
            if (!c)
                return Qt.rect(0, 0, 0, 0);
            // The positions of the item and of every item above it are read here, so that the
            // ring follows when any of their layouts moves it (large text reflows the page).
            let moved = c.width + c.height;
            for (let p = c; p; p = p.parent)
                moved += p.x + p.y;
            return c.mapToItem(root, 0, 0, c.width, c.height + 0 * moved);
        }

        objectName: "focusRing"
        visible: root.active && root.current !== null
        x: box.x - Theme.focusRing
        y: box.y - Theme.focusRing
        width: box.width + 2 * Theme.focusRing
        height: box.height + 2 * Theme.focusRing
        radius: Theme.radius + Theme.focusRing
        color: "transparent"
        border.width: Theme.focusRing
        border.color: Theme.focus
    }

    // The mode on screen for sighted helpers and staff: a frame round the screen and a band in
    // the top margin that says how to leave it.
    Rectangle {
        objectName: "nonVisualFrame"
        anchors.fill: parent
        visible: root.active
        color: "transparent"
        border.width: Theme.focusRing
        border.color: Theme.focus
    }
    TextMetrics {
        id: fullBand
        font: band.font
        text: qsTranslate("NonVisual", "Non-visual mode · hold Listen to end")
    }
    Label {
        id: band

        objectName: "nonVisualBand"
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        visible: root.active
        leftPadding: Theme.spacing
        rightPadding: Theme.spacing
        // Room for the Arabic font's taller marks above the line.
        topPadding: Theme.border
        // One line in the top margin: the way out too where it fits (not in large text or every
        // language), else the mode's name alone (the voice says the way out).
        text: fullBand.advanceWidth + 2 * Theme.spacing <= root.width - 2 * Theme.margin ? fullBand.text : qsTranslate("NonVisual", "Non-visual mode")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.background
        background: Rectangle {
            color: Theme.text
            radius: Theme.radius
        }
    }
}
