import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing
import Borgerkiosk.Ui

// The non-visual mode (issue 12, item 2; EN 301 549 5.1.6): started and ended by a long press on
// Listen, ended by the inactivity reset; check-in, booking and a chance ticket completed with
// only the navigation keys, and again with only explore-by-touch (tap to hear and focus, double
// tap to activate); every move speaks the item, every new screen is read on arrival; a keyboard
// wedge's scan still arrives as a scan; Arabic mirrors left and right. The speech engine
// records (tests/qml/recordingspeechengine.h).
KioskTestCase {
    id: test
    name: "NonVisual"

    function explorer() {
        return findVisible(test.window.contentItem.parent, "nonVisualLayer");
    }

    function lastSpoken() {
        return KioskFixture.spoken[KioskFixture.spoken.length - 1];
    }

    /// Key events reach the kiosk window (the focus window), as a USB keypad's do.
    function activate() {
        test.window.requestActivate();
        tryVerify(() => test.window.active, 2000, "the kiosk window is active");
        tryVerify(() => explorer().activeFocus, 2000, "the layer has the keys");
    }

    /// Holds Listen until the mode toggles.
    function holdListen(expectOn) {
        const b = item("listenButton");
        mousePress(b);
        tryCompare(KioskFixture.session, "nonVisual", expectOn, 3000);
        mouseRelease(b);
        wait(0);
    }

    function startMode(language) {
        start(language || "da", false);
        activate();
        holdListen(true);
        verify(lastSpoken().indexOf(KioskFixture.session.spokenText) > 0, "the mode's start is said, then the screen: " + lastSpoken());
    }

    /// Down until the focus is on `name`; every move speaks the item it lands on.
    function keyTo(name) {
        for (let i = 0; i < 80; ++i) {
            keyClick(Qt.Key_Down);
            const cur = explorer().current;
            verify(cur !== null, "the focus is on an item");
            compare(lastSpoken(), explorer().describe(cur), "the move speaks the item");
            if (cur.objectName === name)
                return cur;
        }
        fail("no item '" + name + "' reached with the Down key on " + page());
    }

    /// Moves to `name` with the keys and activates it with Enter.
    function keyChoose(name) {
        keyTo(name);
        test.mark = KioskFixture.spoken.length;
        keyClick(Qt.Key_Return);
        wait(0);
    }

    /// The new page is read on arrival: its spoken text as one utterance, or, where the receipt's
    /// outcome came after the page was read, the arrival and then the lines that came with the
    /// receipt (said when the voice has finished the first).
    function expectArrival(name) {
        expectPage(name);
        for (let i = 0; i < 30; ++i) {
            if (heardWhole())
                return;
            wait(100);
        }
        fail(name + " is not read on arrival; said last:\n" + KioskFixture.spoken.slice(-3).join("\n---\n") + "\n=== the screen:\n" + KioskFixture.session.spokenText);
    }
    /// Since `mark`: the page was read on arrival (an utterance that starts with its first line),
    /// and what changed later (the receipt's outcome) was said after it: every line of the
    /// screen's text has been said.
    function heardWhole() {
        KioskFixture.finishSpeaking();
        const said = KioskFixture.spoken.slice(test.mark);
        const lines = KioskFixture.session.spokenText.split("\n");
        const first = said.findIndex(u => u.split("\n")[0] === lines[0]);
        if (first < 0)
            return false;
        const heard = said.slice(first).join("\n").split("\n");
        return lines.every(l => heard.includes(l));
    }
    function saidSinceMark() {
        return KioskFixture.spoken.slice(test.mark).join("\n");
    }
    /// Where in KioskFixture.spoken the last action's consequences start.
    property int mark: 0
    readonly property string lastSpokenText: KioskFixture.spoken.length > 0 ? KioskFixture.spoken[KioskFixture.spoken.length - 1] : ""

    /// One tap on `name`: after the double-tap interval the item is spoken and focused.
    function tapTo(name) {
        const it = item(name);
        mouseClick(it);
        for (let i = 0; i < 30 && explorer().current !== it; ++i)
            wait(100);
        verify(explorer().current === it, "the tap puts the focus on " + name + ", not " + (explorer().current ? explorer().current.objectName : "nothing") + "; said " + KioskFixture.spoken.slice(-3));
        compare(lastSpoken(), explorer().describe(it));
        return it;
    }

    /// Tap to hear and focus, then a double tap elsewhere on the screen activates it.
    function tapChoose(name) {
        tapTo(name);
        const before = page();
        test.mark = KioskFixture.spoken.length;
        mouseDoubleClickSequence(test.window.contentItem, 10, test.window.height / 2);
        wait(0);
        return before;
    }

    function test_enterAndLeaveWithLongPress() {
        start("da", false);
        activate();
        compare(findVisible(test.window.contentItem.parent, "nonVisualBand"), null, "no band while the mode is off");
        holdListen(true);
        compare(page(), "home", "the long press starts the mode and does not read the screen as a tap");
        const on = lastSpoken();
        verify(on.indexOf("Ikke-visuel tilstand er slået til.") === 0, on);
        verify(on.indexOf("piletasterne") > 0, "how to use it is said");
        verify(on.indexOf(KioskFixture.session.spokenText) > 0, "then the screen");
        verify(item("nonVisualBand").visible, "sighted helpers see the mode");
        verify(item("nonVisualFrame").visible);
        // In the mode Listen is held through the explore layer: the mode ends.
        holdListen(false);
        compare(lastSpoken(), "Ikke-visuel tilstand er slået fra.");
        compare(findVisible(test.window.contentItem.parent, "nonVisualBand"), null);
        // The Help key starts it too (a blind citizen's first key).
        keyClick(Qt.Key_F1);
        verify(KioskFixture.session.nonVisual);
    }

    function test_inactivityResetEndsTheMode() {
        startMode("da");
        keyChoose("choice_chance");
        expectArrival("chance-errand");
        // The citizen's own "Start again" keeps the mode.
        keyChoose("homeButton");
        expectArrival("home");
        verify(KioskFixture.session.nonVisual);
        // Home with the mode on: the guard runs, and its reset ends the mode for the next citizen.
        KioskFixture.advanceSeconds(31);
        verify(KioskFixture.guard.warning);
        compare(lastSpoken(), "Er du her stadig?\nOm lidt starter skærmen forfra, og det, du har tastet, bliver slettet.\nJa, jeg er her stadig.", "the warning is said");
        KioskFixture.advanceSeconds(11);
        expectPage("home");
        verify(!KioskFixture.session.nonVisual, "the next citizen starts without the mode");
        compare(explorer().children[0].objectName, "nonVisualTouch");
        verify(!explorer().children[0].enabled, "touches reach the page again");
        // ... and on a step too.
        holdListen(true);
        keyChoose("choice_book");
        expectArrival("booking-errand");
        KioskFixture.advanceSeconds(45);
        expectPage("home");
        verify(!KioskFixture.session.nonVisual);
    }

    function test_keysWorkAfterStillThere() {
        startMode("da");
        keyChoose("choice_chance");
        expectArrival("chance-errand");
        KioskFixture.advanceSeconds(31);
        verify(KioskFixture.guard.warning);
        // In the program any key answers "still there?" (the guard watches the window:
        // app/main.cpp; the fixture's window is not watched, so the answer is given here as the
        // guard's filter gives it); the keys reach the layer again after the dialog.
        tryVerify(() => item("stillThereTitle").visible);
        KioskFixture.guard.touched();
        verify(!KioskFixture.guard.warning);
        tryVerify(() => explorer().activeFocus);
        keyClick(Qt.Key_Down);
        verify(explorer().current !== null);
        compare(lastSpoken(), explorer().describe(explorer().current));
        compare(page(), "chance-errand");
    }

    function test_checkInWithKeysOnly() {
        startMode("da");
        keyChoose("choice_checkin");
        expectArrival("checkin-entry");
        const code = KioskFixture.demoCodes[0].replace("-", "");
        for (const c of code) {
            keyChoose("key_" + c);
            compare(lastSpoken(), c, "the key says itself when pressed");
        }
        keyChoose("submitCode");
        expectArrival("checkin-result");
        tryCompare(KioskFixture, "receiptCount", 1);
        const ticket = KioskFixture.checkIn.ticket;
        verify(ticket.length > 0);
        verify(KioskFixture.lastReceiptText.indexOf(ticket) >= 0, "the printed ticket");
        verify(saidSinceMark().indexOf(ticket) >= 0, "the ticket number is said");
        // Help says the screen and the keys.
        keyClick(Qt.Key_F1);
        compare(lastSpoken(), KioskFixture.session.nonVisualHelpText());
        verify(lastSpoken().indexOf("F1") > 0);
        KioskFixture.finishSpeaking();
        keyClick("?");
        compare(lastSpoken(), KioskFixture.session.nonVisualHelpText(), "the question mark is Help too");
        verify(KioskFixture.speech.speaking);
    }

    function test_bookingWithKeysOnly() {
        startMode("da");
        keyChoose("choice_book");
        expectArrival("booking-errand");
        keyChoose("errand_sundhedskort");
        expectArrival("booking-selfservice");
        // Back (Escape) goes back a step, as the Back button does.
        test.mark = KioskFixture.spoken.length;
        keyClick(Qt.Key_Escape);
        expectArrival("booking-errand");
        keyChoose("errand_pas");
        expectArrival("booking-day");
        keyChoose("day_1");
        expectArrival("booking-time");
        keyChoose("time_0");
        expectArrival("booking-phone");
        for (const d of "20304050")
            keyChoose("digit_" + d);
        keyChoose("acceptPhone");
        expectArrival("booking-summary");
        keyChoose("confirmBooking");
        expectArrival("booking-done");
        tryCompare(KioskFixture, "receiptCount", 1);
        const code = KioskFixture.booking.code;
        compare(code.length, 9);
        verify(KioskFixture.lastReceiptText.indexOf(code) >= 0, "the booking's receipt");
        verify(saidSinceMark().indexOf(code.split("").join(" ")) >= 0, "the code is spelled on arrival");
    }

    // Turning the time page is no new page of the session: the voice stops, and in the mode the
    // new page's times are read at once (as for the errand pages).
    function test_keysReachTheNextPageOfTimes() {
        startMode("da");
        keyChoose("choice_book");
        expectArrival("booking-errand");
        keyChoose("errand_pas");
        expectArrival("booking-day");
        keyChoose("day_1");
        expectArrival("booking-time");
        const flow = KioskFixture.booking;
        verify(flow.timePageCount > 1, "the day has more than one page of times");
        const firstOnPage1 = flow.times[0].time;
        keyChoose("laterTimes");
        compare(flow.timePage, 1);
        const turned = lastSpoken();
        verify(turned.startsWith("Side 2 af " + flow.timePageCount), "the new page is read: " + turned);
        for (const t of flow.times)
            verify(turned.indexOf(t.time) >= 0, t.time + " is read on page 2");
        verify(turned.indexOf(firstOnPage1) < 0, "page 1's times are not read again");
        keyChoose("time_" + flow.times[0].index);
        expectArrival("booking-phone");
    }

    function test_chanceTicketWithKeysOnly() {
        startMode("da");
        keyChoose("choice_chance");
        expectArrival("chance-errand");
        keyChoose("errand_pas");
        expectArrival("chance-ticket");
        tryCompare(KioskFixture, "receiptCount", 1);
        const ticket = KioskFixture.chance.ticket;
        verify(ticket.length > 0);
        verify(KioskFixture.lastReceiptText.indexOf(ticket) >= 0);
        verify(saidSinceMark().indexOf(ticket) >= 0, "the ticket number is said");
        // Enter before anything is chosen on the new page says so; Up goes back round the page.
        keyClick(Qt.Key_Return);
        compare(lastSpoken(), "Intet er valgt endnu. Flyt med piletasterne, eller rør ved skærmen.");
        compare(KioskFixture.receiptCount, 1, "nothing was activated");
        keyClick(Qt.Key_Up);
        compare(lastSpoken(), explorer().describe(explorer().current));
    }

    // A large site's 23 errands in large text: the page is read with its place ("Side 1 af 3")
    // and its own errands; the keys reach "More errands", Enter turns the page and the new page
    // is read at once; an errand of page 2 gives a ticket.
    function test_keysReachTheNextPageOfErrands() {
        startMode("da");
        compare(KioskFixture.addLargeSiteErrands(), 23);
        keyChoose("toggle_largeText");
        verify(KioskFixture.session.largeText);
        keyChoose("choice_chance");
        expectArrival("chance-errand");
        const flow = KioskFixture.chance;
        settleErrandPages(flow);
        tryVerify(() => flow.errandPageCount > 1, 3000, "more than one page of errands");
        const pages = flow.errandPageCount;
        verify(flow.pageErrands.length < 23);
        expectArrival("chance-errand");
        const arrival = saidSinceMark();
        verify(arrival.indexOf("Side 1 af " + pages) >= 0, "the page is said on arrival: " + arrival);
        const lastOnPage1 = flow.pageErrands[flow.pageErrands.length - 1].name;
        verify(lastSpoken().indexOf(lastOnPage1) >= 0, "page 1's errands are read");
        keyChoose("moreErrands");
        compare(flow.errandPage, 1);
        const turned = lastSpoken();
        verify(turned.startsWith("Side 2 af " + pages), "the new page is read: " + turned);
        for (const e of flow.pageErrands)
            verify(turned.indexOf(e.name) >= 0, e.name + " is read on page 2");
        verify(turned.indexOf(lastOnPage1) < 0, "page 1's errands are not read again");
        const errand = flow.pageErrands[0];
        keyChoose("errand_" + errand.id);
        expectArrival("chance-ticket");
        compare(flow.serviceId, errand.id);
        tryCompare(KioskFixture, "receiptCount", 1);
    }

    function test_checkInByTouchOnly() {
        startMode("da");
        // A tap on a text speaks it and leaves the focus where it was.
        mouseClick(item("choice_book"));
        tryCompare(explorer(), "current", item("choice_book"));
        verify(lastSpoken().indexOf(item("choice_book").text + ", knap. ") === 0, lastSpoken());
        tapChoose("choice_checkin");
        expectArrival("checkin-entry");
        const code = KioskFixture.demoCodes[0].replace("-", "");
        for (const c of code) {
            tapChoose("key_" + c);
            compare(lastSpoken(), c);
        }
        tapChoose("submitCode");
        expectArrival("checkin-result");
        tryCompare(KioskFixture, "receiptCount", 1);
        verify(KioskFixture.lastReceiptText.indexOf(KioskFixture.checkIn.ticket) >= 0);
        // A text is spoken when touched.
        const title = item("pageTitle");
        mouseClick(title);
        tryCompare(test, "lastSpokenText", title.text, 2000);
    }

    function test_bookingByTouchOnly() {
        startMode("da");
        tapChoose("choice_book");
        expectArrival("booking-errand");
        tapChoose("errand_pas");
        expectArrival("booking-day");
        tapChoose("day_1");
        expectArrival("booking-time");
        tapChoose("time_0");
        expectArrival("booking-phone");
        for (const d of "20304050")
            tapChoose("digit_" + d);
        tapChoose("acceptPhone");
        expectArrival("booking-summary");
        tapChoose("confirmBooking");
        expectArrival("booking-done");
        tryCompare(KioskFixture, "receiptCount", 1);
        verify(KioskFixture.lastReceiptText.indexOf(KioskFixture.booking.code) >= 0);
    }

    function test_chanceTicketByTouchOnly() {
        startMode("da");
        tapChoose("choice_chance");
        expectArrival("chance-errand");
        // Sliding the finger speaks each item it comes onto.
        const a = item("errand_pas");
        const home = item("homeButton");
        const from = a.mapToItem(test.window.contentItem, a.width / 2, a.height / 2);
        const to = home.mapToItem(test.window.contentItem, home.width / 2, home.height / 2);
        mousePress(test.window.contentItem, from.x, from.y);
        mouseMove(test.window.contentItem, to.x, to.y);
        tryCompare(explorer(), "current", home);
        compare(lastSpoken(), explorer().describe(home));
        mouseRelease(test.window.contentItem, to.x, to.y);
        wait(0);
        compare(page(), "chance-errand", "a slide activates nothing");
        tapChoose("errand_pas");
        expectArrival("chance-ticket");
        tryCompare(KioskFixture, "receiptCount", 1);
        verify(KioskFixture.lastReceiptText.indexOf(KioskFixture.chance.ticket) >= 0);
    }

    function test_toggleSaysItsState() {
        startMode("en");
        const t = keyTo("toggle_largeText");
        compare(lastSpoken(), "Larger text, off, button");
        keyClick(Qt.Key_Return);
        verify(KioskFixture.session.largeText);
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Down);
        compare(lastSpoken(), "Larger text, on, button");
        const c = keyTo("choice_checkin");
        compare(lastSpoken(), "I have a booking, button. Check in: scan or type the code from your letter or text message");
    }

    function test_arabicMirrorsLeftAndRight() {
        startMode("ar");
        const list = explorer().usable();
        verify(list.length > 3);
        keyClick(Qt.Key_Left);
        compare(explorer().current, list[0], "Left is forward in Arabic");
        keyClick(Qt.Key_Left);
        compare(explorer().current, list[1]);
        keyClick(Qt.Key_Right);
        compare(explorer().current, list[0], "Right is back");
        // And the other way round in Danish.
        KioskFixture.session.nonVisual = false;
        touch("lang_da");
        KioskFixture.session.nonVisual = true;
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        const da = explorer().usable();
        compare(explorer().current, da[1], "Right is forward in Danish");
    }

    function test_wedgeScanStillArrivesInTheMode() {
        KioskFixture.setUpWedge("da");
        reopen();
        activate();
        KioskFixture.session.nonVisual = true;
        keyTo("choice_chance");
        // The reader types the code and Enter in one burst: a scan, not keys for the layer.
        const code = KioskFixture.demoCodes[0];
        const before = KioskFixture.spoken.length;
        test.mark = before;
        for (const c of code)
            keyClick(c);
        keyClick(Qt.Key_Return);
        expectArrival("checkin-result");
        tryCompare(KioskFixture, "receiptCount", 1);
        verify(KioskFixture.checkIn.ticket.length > 0, "checked in by the scan");
        compare(KioskFixture.chance.ticket, "", "the Enter did not choose the focused item");
        for (const s of KioskFixture.spoken.slice(before))
            verify(s.indexOf("Intet er valgt") < 0, "no key of the burst reached the layer: " + s);
        // The keys still work after the scan.
        keyTo("done");
        keyClick(Qt.Key_Return);
        expectArrival("home");
    }
}
