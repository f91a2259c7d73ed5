import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing

// Chance queue end to end: errand → ticket with an honest estimate.
KioskTestCase {
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
}
