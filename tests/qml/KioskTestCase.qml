import QtQuick
import QtTest
import Borgerkiosk.Ui
import Borgerkiosk.Testing

// A TestCase that opens the whole kiosk window on a fresh service graph, with helpers to find
// and touch items by objectName.
TestCase {
    id: root

    property var window: null

    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    /// Waits until `done()` holds, looking again after every pass of the event loop; fails
    /// with `what` (a string, or a function giving one) after `timeoutMs` (default 5000).
    /// QtTest's tryCompare and tryVerify look only every 50 ms, so they, not the kiosk, set
    /// the pace of a test that waits for hundreds of pages.
    function settle(done, what, timeoutMs) {
        const until = Date.now() + (timeoutMs || 5000);
        while (!done()) {
            if (Date.now() > until)
                fail(typeof what === "function" ? what() : what);
            wait(1);
        }
    }

    /// Waits until a frame drawn after everything done so far is on screen. It asks for one
    /// first: a scene with nothing new draws no frame, and waitForRendering alone would then
    /// wait out its whole timeout (5 s) and go on as if it had seen one.
    function renderedFrame() {
        root.window.update();
        verify(waitForRendering(root.window.contentItem, 5000), "a frame is drawn");
    }

    /// Whether a visible item under `it` still waits for its layout (a polish).
    function polishPending(it) {
        if (!it || !it.visible)
            return false;
        if (isPolishScheduled(it))
            return true;
        const kids = it.children;
        for (let i = 0; i < kids.length; ++i)
            if (polishPending(kids[i]))
                return true;
        return false;
    }

    /// Waits until every visible item of the window, its popups included, is laid out: a
    /// page, sheet or dialog just shown takes a few passes of the event loop to settle, and a
    /// layout may start another from a zero-time timer (HomePage's offline note), so it must
    /// stay settled for three passes in a row.
    function laidOut() {
        let quiet = 0;
        settle(() => (quiet = polishPending(root.window.contentItem.parent) ? 0 : quiet + 1) >= 3,
               "the window's layouts settle");
    }

    /// Opens the kiosk window on a fresh graph.
    function start(language, landscape) {
        // A second start in one test: the old window goes before the graph its bindings read
        // (else each of them warns of a null object as the graph goes, and QtTest's 2,000
        // warnings run out before the audit's lines).
        if (root.window) {
            root.window.destroy();
            root.window = null;
            wait(0);
        }
        KioskFixture.setUp(language || "da", landscape || false);
        root.window = createTemporaryObject(mainComponent, null, KioskFixture.initialProperties());
        verify(root.window, "the kiosk window loads");
        settle(() => root.window.visible && root.window.active !== undefined, "the kiosk window is shown");
        renderedFrame();
        return root.window;
    }

    /// Opens the kiosk window again on the fixture's current graph (after restartKiosk()).
    function reopen() {
        root.window = createTemporaryObject(mainComponent, null, KioskFixture.initialProperties());
        verify(root.window, "the kiosk window loads");
        settle(() => root.window.visible, "the kiosk window is shown");
        renderedFrame();
        return root.window;
    }

    /// The visible item with this objectName on the current screen (fails when there is none).
    function item(name) {
        const found = findVisible(root.window.contentItem.parent, name);
        verify(found !== null, "visible item '" + name + "' on page '" + root.window.pageName + "'");
        return found;
    }

    function findVisible(parentItem, name) {
        if (!parentItem || !parentItem.visible)
            return null;
        if (parentItem.objectName === name)
            return parentItem;
        const kids = parentItem.children;
        for (let i = 0; i < kids.length; ++i) {
            const f = findVisible(kids[i], name);
            if (f)
                return f;
        }
        return null;
    }

    function touch(name) {
        let it = item(name);
        // A positioner or layout places new or newly shown items on its next polish (a
        // re-translated model, a button that appears above this one); until then they sit
        // where they were, so wait for every layout around the item — as the frame a citizen
        // sees has — and look the item up again.
        for (let p = it.parent; p; p = p.parent) {
            if (!waitForItemPolished(p))
                fail("'" + name + "': a parent was never laid out");
        }
        it = item(name);
        verify(it.enabled, "'" + name + "' is enabled");
        mouseClick(it);
        // Let the Loader swap pages and bindings settle.
        wait(0);
    }

    /// Holds `payload` under the simulated scanner and waits until the kiosk has it.
    function scan(payload) {
        const before = KioskFixture.scanCount;
        KioskFixture.scan(payload);
        settle(() => KioskFixture.scanCount === before + 1, "the scan arrives");
        wait(0);
    }

    function page() {
        return root.window.pageName;
    }

    function expectPage(name) {
        settle(() => root.window.pageName === name, () => "page '" + name + "' expected, '" + root.window.pageName + "' shown");
    }

    /// Types a booking code on the keypad, as a citizen would.
    function typeCode(code) {
        for (let i = 0; i < code.length; ++i) {
            const c = code.charAt(i);
            if (c !== "-")
                touch("key_" + c);
        }
    }

    function typePhone(digits) {
        for (let i = 0; i < digits.length; ++i)
            touch("digit_" + digits.charAt(i));
    }

    /// Waits until the errand page's layout has settled how many errands a page holds: it
    /// takes a few layout passes (the paging controls appear, the rows above them are counted
    /// again). Returns the errands per page of `flow`.
    function settleErrandPages(flow) {
        let last = -1, same = 0;
        for (let i = 0; i < 60 && same < 3; ++i) {
            wait(20);
            same = flow.errandsPerPage === last ? same + 1 : 0;
            last = flow.errandsPerPage;
        }
        verify(same >= 3, "the errand pages settle");
        return last;
    }

    function titleText() {
        return item("pageTitle").text;
    }
}
