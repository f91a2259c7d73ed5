import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing

// The technician's screens in the real UI: the way in (two long presses in opposite corners of
// home), the PIN pad against the real PIN store (a temporary file), the lockout and its memory
// across a restart, the idle lock, and each diagnostics page and action with the simulated
// devices, including re-enrolment's code keypad. The real devices: tests/integration/devices
// (tst_admin_devices); re-enrolment against the real central: tests/integration/sync
// (tst_reenrol).
KioskTestCase {
    id: test
    name: "Admin"

    function hold(corner, seconds) {
        const it = item(corner === "top-left" ? "adminCornerTopLeft" : "adminCornerBottomRight");
        mousePress(it, it.width / 2, it.height / 2);
        KioskFixture.advanceSeconds(seconds);
        mouseRelease(it, it.width / 2, it.height / 2);
        wait(0);
    }

    function wayIn() {
        hold("top-left", 3);
        KioskFixture.advanceSeconds(1);
        hold("bottom-right", 3);
        expectPage("admin-pin");
    }

    function typePin(digits) {
        for (let i = 0; i < digits.length; ++i)
            touch("pin_" + digits.charAt(i));
        touch("pin_ok");
        tryCompare(KioskFixture.admin, "checking", false, 5000);
    }

    function openAdmin(language) {
        start(language || "en", false);
        compare(KioskFixture.setAdminPin("2468"), "");
        wayIn();
        typePin("2468");
        expectPage("admin-devices");
    }

    /// The value shown in row `key` (the label with objectName value_<key>).
    function rowValue(key) {
        return item("value_" + key).text;
    }

    /// The text of the visible item `name` now, or "" (rows are made again on every change, so
    /// a wait looks each one up afresh).
    function textOf(name) {
        const it = findVisible(test.window.contentItem.parent, name);
        return it ? it.text : "";
    }

    function test_gestureOnlyAsDocumented() {
        start("en", false);
        compare(KioskFixture.setAdminPin("2468"), "");
        // Short presses: nothing.
        hold("top-left", 1);
        hold("bottom-right", 3);
        compare(page(), "home");
        // One corner only: nothing.
        hold("top-left", 4);
        KioskFixture.advanceSeconds(6);
        compare(page(), "home");
        hold("bottom-right", 3);
        compare(page(), "home");
        // The corners are invisible and take no tap from home's buttons.
        touch("choice_checkin");
        expectPage("checkin-entry");
        verify(findVisible(test.window.contentItem.parent, "adminCornerTopLeft") === null, "no corners off home");
        touch("homeButton");
        expectPage("home");
        wayIn();
        compare(item("pinDots").text, "");
        touch("pin_cancel");
        expectPage("home");
    }

    function test_pinRightAndLock() {
        openAdmin("en");
        compare(item("pageTitle").text, "Devices");
        touch("admin_close");
        expectPage("home");
        // Back in: the PIN is asked again; dots only, never the digits.
        wayIn();
        touch("pin_2");
        touch("pin_4");
        compare(item("pinDots").text, "●●");
        touch("pin_erase");
        compare(item("pinDots").text, "●");
        touch("pin_cancel");
        expectPage("home");
    }

    function test_wrongPinsLockRememberedAfterRestart() {
        start("da", false);
        compare(KioskFixture.setAdminPin("2468"), "");
        wayIn();
        for (let i = 0; i < 4; ++i)
            typePin("1111");
        compare(item("pinMessage").text, "Forkert PIN. 1 forsøg tilbage, før tastaturet låses.");
        typePin("1111");
        // 10:00 UTC is 11:00 in Copenhagen; the way in took 7 s, the first lockout is 60 s.
        compare(item("pinMessage").text, "Låst til 11:01 efter for mange forkerte PIN-koder.");
        verify(KioskFixture.admin.padLocked);
        verify(!item("pin_2").enabled, "a locked pad takes no digits");
        touch("pin_cancel");
        expectPage("home");

        // The program starts again on the same files: the pad is still locked.
        test.window.destroy();
        wait(0);
        KioskFixture.restartKiosk();
        reopen();
        wayIn();
        compare(item("pinMessage").text, "Låst til 11:01 efter for mange forkerte PIN-koder.");
        KioskFixture.advanceSeconds(60);
        // The lockout is over: the right PIN opens.
        tryVerify(() => !KioskFixture.admin.padLocked);
        typePin("2468");
        expectPage("admin-devices");
    }

    function test_noPinSet() {
        start("en", false);
        wayIn();
        verify(item("pinMessage").text.indexOf("borgerkiosk --set-admin-pin") >= 0);
        verify(!item("pin_1").enabled);
    }

    function test_idleLocks() {
        openAdmin("en");
        KioskFixture.advanceSeconds(59);
        touch("admin_tab_central");
        expectPage("admin-central");
        // The page's buttons move when the page changes: let the layout settle first.
        wait(100);
        KioskFixture.advanceSeconds(59);
        compare(page(), "admin-central");
        compare(KioskFixture.guard.warning, false, "no citizen's \"still there?\" for technicians");
        KioskFixture.advanceSeconds(1);
        expectPage("home");
        wayIn();
    }

    function test_devicesPageIsLive() {
        openAdmin("en");
        compare(rowValue("printer"), "working");
        compare(item("level_printer").text, "OK");
        KioskFixture.setPrinterReady(false);
        tryVerify(() => textOf("level_printer") === "Fault", 5000, "level_printer: " + "Fault");
        verify(item("action_printer").text.indexOf("paper") >= 0);
        KioskFixture.setPrinterReady(true);
        tryVerify(() => textOf("level_printer") === "OK", 5000, "level_printer: " + "OK");
        verify(rowValue("printerProfile").indexOf("dots: 576") >= 0);
        verify(rowValue("display").indexOf("working") === 0);
        compare(rowValue("readerLastScan"), "none since the start");
        // A scan while the admin screens are open: its kind is shown, nobody is checked in.
        scan(KioskFixture.demoCodes[0]);
        tryVerify(() => rowValue("readerLastScan").indexOf("booking code") > 0);
        verify(rowValue("readerLastScan").indexOf(KioskFixture.demoCodes[0]) < 0);
        compare(page(), "admin-devices");
        compare(KioskFixture.checkIn.step, CheckInFlow.Entry);
    }

    function test_testsPage() {
        openAdmin("en");
        touch("admin_tab_tests");
        expectPage("admin-tests");
        // The page's buttons move when the page changes: let the layout settle first.
        wait(100);
        const receipts = KioskFixture.receiptCount;
        touch("admin_printTest");
        tryVerify(() => textOf("value_testPrint") === "printed", 5000, "value_testPrint: " + textOf("value_testPrint"));
        touch("admin_testLine");
        tryVerify(() => KioskFixture.displayLines.join(" ").indexOf("TEST") >= 0);
        touch("admin_scanTest");
        verify(rowValue("testScan").indexOf("waiting") === 0);
        scan("hello");
        tryVerify(() => textOf("value_testScan") === "unknown (not a code): not a valid booking code", 5000, "value_testScan: " + "unknown (not a code): not a valid booking code");
        scan(KioskFixture.demoCodes[0]);
        tryVerify(() => textOf("value_testScan") === "booking code: a valid code", 5000, "value_testScan: " + "booking code: a valid code");
        compare(page(), "admin-tests");
        compare(KioskFixture.checkIn.step, CheckInFlow.Entry, "the scan test checks nobody in");
        compare(KioskFixture.receiptCount, receipts, "no citizen's receipt was printed");
        // Leaving puts the call-outs back on the display.
        touch("admin_close");
        expectPage("home");
        tryVerify(() => KioskFixture.displayLines.join(" ").indexOf("TEST") < 0);
        // And a scan on home checks in again.
        scan(KioskFixture.demoCodes[0]);
        expectPage("checkin-result");
    }

    function test_centralPage() {
        openAdmin("en");
        touch("admin_tab_central");
        expectPage("admin-central");
        // The page's buttons move when the page changes: let the layout settle first.
        wait(100);
        verify(rowValue("centralConfigured").indexOf("not configured") === 0);
        KioskFixture.setCentralError("snapshot: TLS handshake: certificate verify failed");
        tryVerify(() => textOf("level_centralTls") === "Fault", 5000, "level_centralTls: " + "Fault");
        verify(item("action_centralTls").text.indexOf("central.ca_file") >= 0);
        KioskFixture.setCentralOnline(true);
        tryVerify(() => textOf("level_centralReachable") === "OK", 5000, "level_centralReachable: " + "OK");
        verify(rowValue("centralOutbox").indexOf("waiting") > 0);
        compare(rowValue("centralLive"), "not connected");
    }

    function test_standerPage() {
        openAdmin("en");
        touch("admin_tab_stander");
        expectPage("admin-stander");
        // The page's buttons move when the page changes: let the layout settle first.
        wait(100);
        compare(rowValue("version"), "test");
        verify(rowValue("configPath").indexOf("kiosk-test.conf") >= 0);
        verify(rowValue("configSummary").indexOf("site.id = demo") >= 0);
        verify(rowValue("configSummary").indexOf("admin.pin_file") >= 0);
        verify(rowValue("diskFree").length > 0);
        verify(rowValue("starts").indexOf("24.11.2026 11:00") >= 0);
    }

    function test_actionsPage() {
        openAdmin("en");
        touch("admin_tab_actions");
        expectPage("admin-actions");
        // The page's buttons move when the page changes: let the layout settle first.
        wait(100);
        touch("admin_syncNow");
        verify(rowValue("actionMessage").indexOf("No central") === 0);
        touch("admin_restart");
        compare(KioskFixture.restarts, 1);
        verify(rowValue("actionMessage").indexOf("Restarting") === 0);
        touch("admin_home");
        expectPage("home");
    }

    /// On the actions page with the re-enrolment keypad open.
    function openEnrol() {
        openAdmin("en");
        touch("admin_tab_actions");
        expectPage("admin-actions");
        wait(100);
        touch("admin_reenrol");
        compare(KioskFixture.admin.enrolStep, AdminController.Typing);
        item("enrolKeypad");
        // The page's buttons give way to the keypad: let the layout settle first.
        wait(100);
    }

    function test_reenrolKeypad() {
        openEnrol();
        // Only the code's alphabet: no I, L, O, U, V.
        for (const k of ["I", "L", "O", "U", "V"])
            verify(findVisible(test.window.contentItem.parent, "key_" + k) === null, "no key " + k);
        compare(item("enrolCode").text, "····-····-····");
        verify(!item("enrol_ok").enabled, "OK waits for the whole code");
        typeCode("K7M3-QX9P-2AB");
        compare(item("enrolCode").text, "K7M3-QX9P-2AB");
        verify(!item("enrol_ok").enabled);
        touch("key_erase");
        typeCode("BC");
        compare(item("enrolCode").text, "K7M3-QX9P-2ABC");
        // This kiosk has no central: the real request says so, and nothing restarts.
        touch("enrol_ok");
        tryCompare(KioskFixture.admin, "enrolStep", AdminController.Done, 5000);
        wait(100);
        compare(textOf("enrolTitle"), "Cannot enrol");
        verify(textOf("enrolMessage").indexOf("central.url") >= 0, textOf("enrolMessage"));
        compare(KioskFixture.restarts, 0);
        // Again, with an empty keypad; a working state, then success and the restart.
        touch("enrol_again");
        wait(100);
        compare(item("enrolCode").text, "····-····-····");
        KioskFixture.setEnrolAnswer("enrolled", "demo", "", 300);
        typeCode("K7M3-QX9P-2ABC");
        touch("enrol_ok");
        compare(KioskFixture.admin.enrolStep, AdminController.Working);
        item("enrolBusy");
        verify(findVisible(test.window.contentItem.parent, "enrol_back") === null, "no way out while working");
        tryCompare(KioskFixture.admin, "enrolStep", AdminController.Done, 5000);
        compare(textOf("enrolTitle"), "Enrolled");
        verify(textOf("enrolMessage").indexOf("demo") >= 0);
        tryCompare(KioskFixture, "restarts", 1);
    }

    function test_reenrolOutcomes_data() {
        return [
            {
                tag: "refused",
                title: "The code was refused"
            },
            {
                tag: "unreachable",
                title: "The central cannot be reached"
            },
            {
                tag: "tls",
                title: "The central's certificate is not accepted"
            },
            {
                tag: "timeout",
                title: "No answer in time"
            }
        ];
    }

    function test_reenrolOutcomes(data) {
        openEnrol();
        KioskFixture.setEnrolAnswer(data.tag, "", "HTTP 403 enrol-code-invalid", 0);
        typeCode("ABCD-EFGH-JKMN");
        touch("enrol_ok");
        tryCompare(KioskFixture.admin, "enrolStep", AdminController.Done, 5000);
        wait(100);
        compare(textOf("enrolTitle"), data.title);
        verify(textOf("enrolMessage") !== "");
        compare(KioskFixture.restarts, 0);
        touch("enrol_back");
        compare(KioskFixture.admin.enrolStep, AdminController.None);
        wait(100);
        item("admin_reenrol");
    }

    function test_reenrolCodeDiscardedOnLock() {
        openEnrol();
        typeCode("ABCD-EF");
        // 60 s without a touch: locked, home, and the code gone.
        KioskFixture.advanceSeconds(60);
        expectPage("home");
        compare(KioskFixture.admin.enrolCodeSize, 0);
        compare(KioskFixture.admin.enrolStep, AdminController.None);
        wayIn();
        typePin("2468");
        expectPage("admin-devices");
        touch("admin_tab_actions");
        expectPage("admin-actions");
        wait(100);
        item("admin_reenrol");
        // Lock by hand while typing: the same.
        touch("admin_reenrol");
        wait(100);
        typeCode("ABCD");
        touch("admin_close");
        expectPage("home");
        compare(KioskFixture.admin.enrolCodeSize, 0);
    }
}
