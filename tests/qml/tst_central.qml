import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing

// The central cannot be reached: home says in plain words what still works and what does not;
// nothing is said while the central answers, nor without a central (the demo on its own).
KioskTestCase {
    id: test
    name: "Central"

    readonly property string offlineDa: "Du kan tjekke ind og tage et nummer som sædvanligt. Det er ikke muligt at booke en ny tid her lige nu."
    readonly property string offlineEn: "You can check in and take a ticket as usual. Booking a new time is not possible here right now."

    function offlineLine() {
        return findVisible(test.window.contentItem.parent, "centralOffline");
    }

    function test_offlineLineOnHome() {
        start("da", false);
        compare(KioskFixture.central.configured, false);
        compare(offlineLine(), null, "no central: nothing is said");
        KioskFixture.setCentralOnline(true);
        wait(0);
        compare(offlineLine(), null, "the central answers: nothing is said");

        KioskFixture.setCentralOnline(false);
        tryVerify(() => offlineLine() !== null, 2000, "the central is unreachable: home says so");
        compare(offlineLine().text, test.offlineDa);
        // The technician's reason never reaches the citizen's screen.
        verify(offlineLine().text.indexOf("Connection") < 0);
        // With a note on home the languages are behind one button (HomePage.compact).
        verify(item("languageButton").visible);
        touch("languageButton");
        touch("lang_en");
        tryCompare(item("centralOffline"), "text", test.offlineEn);

        // What the line promises holds: check-in works from the cache.
        scan(KioskFixture.demoCodes[0]);
        expectPage("checkin-result");
        compare(KioskFixture.checkIn.step, CheckInFlow.OnTime);
        touch("done");
        expectPage("home");
        verify(offlineLine() !== null, "still offline back home");

        KioskFixture.setCentralOnline(true);
        tryVerify(() => offlineLine() === null, 2000, "back online: the line goes");
    }
}
