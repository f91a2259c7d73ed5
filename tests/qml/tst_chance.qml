import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing

// Chance queue end to end: errand → ticket with an honest estimate.
KioskTestCase {
    id: root
    name: "Chance"

    function test_ticketWithEstimate() {
        start("da", false);
        touch("choice_chance");
        expectPage("chance-errand");
        touch("errand_pas");
        expectPage("chance-ticket");
        compare(item("ticketValue").text, "K001");
        verify(KioskFixture.chance.canPromise);
        verify(item("estimate").text.indexOf(KioskFixture.chance.expectedTime) >= 0);
        tryCompare(KioskFixture, "receiptCount", 1);
        touch("done");
        expectPage("home");
    }

    function test_noPromiseWhenNoTimeIsLeft() {
        start("en", false);
        // 16:00 local on the Tuesday: the centre closed at 15:00, nothing is free today.
        KioskFixture.advanceSeconds(5 * 3600);
        touch("choice_chance");
        touch("errand_pension");
        expectPage("chance-ticket");
        verify(!KioskFixture.chance.canPromise);
        compare(item("estimate").text, "We cannot promise a time today. You will be called if a time becomes free.");
    }

    function test_doubleTapGivesOneTicket() {
        start("da", false);
        touch("choice_chance");
        expectPage("chance-errand");
        const it = item("errand_pas");
        waitForItemPolished(it.parent);
        const at = it.mapToItem(root.window.contentItem, it.width / 2, it.height / 2);
        // A double tap, then a touch that also arrives as a synthesised mouse click, all at the
        // place of the errand button: whatever is there by then gets them.
        mouseClick(root.window.contentItem, at.x, at.y);
        mouseClick(root.window.contentItem, at.x, at.y);
        touchEvent(root.window.contentItem).press(0, root.window.contentItem, at.x, at.y).commit();
        touchEvent(root.window.contentItem).release(0, root.window.contentItem, at.x, at.y).commit();
        wait(50);
        expectPage("chance-ticket");
        compare(item("ticketValue").text, "K001");
        tryCompare(KioskFixture, "receiptCount", 1);
        wait(200);
        compare(KioskFixture.receiptCount, 1);
        // Only one number was used: the next citizen gets K002.
        touch("done");
        touch("choice_chance");
        touch("errand_pas");
        compare(item("ticketValue").text, "K002");
    }
}
