import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing
import "../qml"

// Every screen, in Danish and English, portrait 1080x1920 and landscape 1920x1080: a PNG of
// each (BK_SCREENSHOT_DIR), and checks from the item tree: touch targets of at least 80 px,
// no text cut off or outside its box or the screen, text/background contrast of at least 7:1,
// text large enough for a cap height of 4.8 mm on the 21.5" reference panel.
KioskTestCase {
    id: test
    name: "Screens"

    readonly property real minTouch: 80
    readonly property real minContrast: 7
    // Cap height >= 4.8 mm at 4.03 px/mm with DejaVu Sans (cap height 0.73 em).
    readonly property real minPixelSize: 4.8 * 4.03 / 0.73
    property var problems: []
    property int screens: 0

    function luminance(c) {
        function lin(v) {
            return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
    }

    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function isRectangle(it) {
        return it.radius !== undefined && it.border !== undefined && it.color !== undefined && it.text === undefined;
    }

    /// The opaque colour drawn behind `item`: its own or an ancestor's background, else the window.
    function backgroundOf(item) {
        for (let it = item; it; it = it.parent) {
            const bg = it.background;
            if (bg && bg.visible && bg.color !== undefined && bg.color.a > 0.99)
                return bg.color;
            if (it !== item && isRectangle(it) && it.visible && it.color.a > 0.99)
                return it.color;
        }
        return test.window.color;
    }

    function describe(it) {
        const name = it.objectName ? it.objectName : (it.text !== undefined ? "\"" + String(it.text).substring(0, 40) + "\"" : String(it));
        return name;
    }

    function audit(screen, w, h) {
        const rootItem = test.window.contentItem.parent;
        const found = [];
        // `button`: the nearest interactive item around `it`, whose box its text must stay in.
        const walk = (it, button) => {
            if (!it || !it.visible || it.opacity === 0)
                return;
            const p = it.mapToItem(rootItem, 0, 0);
            const interactive = typeof it.clicked === "function" && it.width > 0;
            if (interactive && (it.width < test.minTouch - 0.5 || it.height < test.minTouch - 0.5))
                found.push(screen + ": touch target " + describe(it) + " is " + Math.round(it.width) + "x" + Math.round(it.height));
            const isText = it.truncated !== undefined && it.elide !== undefined;
            if (isText && String(it.text).length > 0) {
                if (it.truncated)
                    found.push(screen + ": text truncated " + describe(it));
                if (it.contentWidth > it.width + 1)
                    found.push(screen + ": text wider than its box " + describe(it) + " " + Math.round(it.contentWidth) + ">" + Math.round(it.width));
                if (it.contentHeight > it.height + 1)
                    found.push(screen + ": text taller than its box " + describe(it) + " " + Math.round(it.contentHeight) + ">" + Math.round(it.height));
                const left = p.x + (it.width - it.contentWidth) * (it.horizontalAlignment === Text.AlignHCenter ? 0.5 : it.horizontalAlignment === Text.AlignRight ? 1 : 0);
                if (p.x < -0.5 || p.y < -0.5 || left + it.contentWidth > w + 0.5 || p.y + Math.min(it.height, it.contentHeight) > h + 0.5)
                    found.push(screen + ": text outside the screen " + describe(it) + " at " + Math.round(p.x) + "," + Math.round(p.y));
                if (button) {
                    const b = button.mapToItem(rootItem, 0, 0);
                    if (left < b.x - 0.5 || p.y < b.y - 0.5 || left + it.contentWidth > b.x + button.width + 0.5 || p.y + Math.min(it.height, it.contentHeight) > b.y + button.height + 0.5)
                        found.push(screen + ": text spills out of its button " + describe(it) + " in " + describe(button));
                }
                const ratio = contrast(it.color, backgroundOf(it));
                if (ratio < test.minContrast)
                    found.push(screen + ": contrast " + ratio.toFixed(2) + ":1 for " + describe(it));
                if (it.font.pixelSize > 0 && it.font.pixelSize < test.minPixelSize)
                    found.push(screen + ": text too small (" + it.font.pixelSize + " px) " + describe(it));
            }
            if (interactive && (p.x < -0.5 || p.y < -0.5 || p.x + it.width > w + 0.5 || p.y + it.height > h + 0.5))
                found.push(screen + ": button outside the screen " + describe(it));
            const kids = it.children;
            for (let i = 0; i < kids.length; ++i)
                walk(kids[i], interactive ? it : button);
        };
        walk(rootItem, null);
        return found;
    }

    function shot(prefix, screen) {
        // grabWindow() renders the scene itself; the wait lets the Loader and layouts settle.
        wait(50);
        const w = test.window.screenWidth, h = test.window.screenHeight;
        compare(test.window.width, w, "no demo panel in the screen tests");
        const name = prefix + "_" + screen;
        test.problems = test.problems.concat(audit(name, w, h));
        KioskFixture.saveScreenshot(test.window, name);
        ++test.screens;
    }

    function variants() {
        return [
            { tag: "da_portrait", lang: "da", landscape: false },
            { tag: "en_portrait", lang: "en", landscape: false },
            { tag: "da_landscape", lang: "da", landscape: true },
            { tag: "en_landscape", lang: "en", landscape: true }
        ];
    }

    function test_checkInScreens_data() {
        return variants();
    }

    function test_checkInScreens(data) {
        test.problems = [];
        start(data.lang, data.landscape);
        shot(data.tag, "01_home");
        // The central cannot be reached: one calm line on home, gone when it answers again.
        KioskFixture.setCentralOnline(false);
        verify(item("centralOffline").visible);
        shot(data.tag, "01_home_central_offline");
        KioskFixture.setCentralOnline(true);
        touch("choice_checkin");
        typeCode("K7M");
        shot(data.tag, "02_checkin_keypad");
        touch("homeButton");
        const outcomes = ["ontime", "early", "lateaccepted", "toolate", "wrongday", "cancelled", "wrongsite", "alreadycheckedin"];
        for (let i = 0; i < outcomes.length; ++i) {
            scan(KioskFixture.demoCodes[i]);
            expectPage("checkin-result");
            if (i === 0) {
                tryCompare(KioskFixture.checkIn.receipt, "state", ReceiptStatus.Printed);
                KioskFixture.saveLastReceipt(data.tag + "_receipt_checkin");
            }
            shot(data.tag, "03_checkin_" + outcomes[i]);
        }
        const refused = [["notfound", KioskFixture.unknownCode], ["notourcode", "5701234567899"], ["misread", "K7M3QX9T"], ["unreadable", "\u0001\u0002"]];
        for (const r of refused) {
            scan(r[1]);
            expectPage("checkin-result");
            shot(data.tag, "04_checkin_" + r[0]);
        }
        touch("done");
        start(data.lang, data.landscape);
        KioskFixture.setPrinterReady(false);
        scan(KioskFixture.demoCodes[0]);
        tryCompare(KioskFixture.checkIn.receipt, "state", ReceiptStatus.Failed);
        shot(data.tag, "05_checkin_printer_failed");
        touch("done");
        shot(data.tag, "06_home_printer_failed");
        // The busiest home: both lines and a full list of called numbers.
        KioskFixture.setCentralOnline(false);
        verify(item("centralOffline").visible);
        KioskFixture.addCallouts(5);
        shot(data.tag, "06_home_printer_failed_central_offline_called");
        KioskFixture.setCentralOnline(true);
        KioskFixture.breakCache();
        scan(KioskFixture.demoCodes[0]);
        expectPage("checkin-result");
        compare(KioskFixture.checkIn.step, CheckInFlow.Unavailable);
        shot(data.tag, "07_checkin_unavailable");
        compare(test.problems, [], test.problems.join("\n"));
    }

    function test_bookingScreens_data() {
        return variants();
    }

    function test_bookingScreens(data) {
        test.problems = [];
        start(data.lang, data.landscape);
        touch("choice_book");
        shot(data.tag, "10_booking_errand");
        touch("errand_sundhedskort");
        shot(data.tag, "11_booking_selfservice");
        touch("printAddress");
        tryCompare(KioskFixture.booking.receipt, "state", ReceiptStatus.Printed);
        shot(data.tag, "12_booking_selfservice_printed");
        KioskFixture.saveLastReceipt(data.tag + "_receipt_selfservice");
        touch("bookAnyway");
        shot(data.tag, "13_booking_day");
        touch("day_2");
        shot(data.tag, "14_booking_time");
        touch("laterTimes");
        shot(data.tag, "15_booking_time_later");
        touch("time_" + KioskFixture.booking.times[0].index);
        shot(data.tag, "16_booking_phone");
        typePhone("2030");
        touch("acceptPhone");
        shot(data.tag, "17_booking_phone_problem");
        typePhone("4050");
        shot(data.tag, "18_booking_phone_typed");
        touch("acceptPhone");
        shot(data.tag, "19_booking_summary");
        KioskFixture.takeChosenTime();
        touch("confirmBooking");
        expectPage("booking-slottaken");
        shot(data.tag, "20_booking_slottaken");
        touch("alternative_0");
        expectPage("booking-summary");
        touch("confirmBooking");
        expectPage("booking-done");
        tryCompare(KioskFixture.booking.receipt, "state", ReceiptStatus.Printed);
        shot(data.tag, "21_booking_done");
        KioskFixture.saveLastReceipt(data.tag + "_receipt_booking");
        KioskFixture.setPrinterReady(false);
        touch("reprint");
        tryCompare(KioskFixture.booking.receipt, "state", ReceiptStatus.Failed);
        shot(data.tag, "22_booking_done_printer_failed");
        touch("done");
        KioskFixture.setPrinterReady(true);
        touch("choice_book");
        touch("errand_byggesag");
        touch("day_1");
        touch("time_0");
        // A long idle on a step: the "are you still there?" dialog over it.
        KioskFixture.advanceSeconds(33);
        tryVerify(() => KioskFixture.guard.warning);
        shot(data.tag, "23_still_there");
        touch("stillHere");
        tryVerify(() => !KioskFixture.guard.warning);
        wait(300); // the dialog's closing transition
        touch("skipPhone");
        KioskFixture.breakCache();
        touch("confirmBooking");
        expectPage("booking-unavailable");
        shot(data.tag, "24_booking_unavailable");
        compare(test.problems, [], test.problems.join("\n"));
    }

    function test_adminScreens_data() {
        return variants();
    }

    // The technician's screens: the PIN pad (empty, a wrong PIN, locked), each diagnostics page
    // with something to say (a printer fault, a scan, a central that refuses the certificate).
    function test_adminScreens(data) {
        test.problems = [];
        start(data.lang, data.landscape);
        compare(KioskFixture.setAdminPin("2468"), "");
        const hold = name => {
            const it = item(name);
            mousePress(it, it.width / 2, it.height / 2);
            KioskFixture.advanceSeconds(3);
            mouseRelease(it, it.width / 2, it.height / 2);
            wait(0);
        };
        const wayIn = () => {
            hold("adminCornerTopLeft");
            hold("adminCornerBottomRight");
            expectPage("admin-pin");
        };
        const typePin = digits => {
            for (let i = 0; i < digits.length; ++i)
                touch("pin_" + digits.charAt(i));
            touch("pin_ok");
            tryCompare(KioskFixture.admin, "checking", false, 5000);
        };
        wayIn();
        shot(data.tag, "40_admin_pin");
        touch("pin_1");
        touch("pin_2");
        shot(data.tag, "40_admin_pin_typed");
        touch("pin_ok");
        tryCompare(KioskFixture.admin, "checking", false, 5000);
        shot(data.tag, "41_admin_pin_wrong");
        for (let i = 0; i < 4; ++i)
            typePin("1111");
        verify(KioskFixture.admin.padLocked);
        shot(data.tag, "42_admin_pin_locked");
        // The lockout outlasts the idle lock: back home, then in again.
        KioskFixture.advanceSeconds(61);
        expectPage("home");
        wayIn();
        typePin("2468");
        expectPage("admin-devices");
        KioskFixture.setPrinterReady(false);
        scan(KioskFixture.demoCodes[0]);
        shot(data.tag, "43_admin_devices_fault");
        KioskFixture.setPrinterReady(true);
        touch("admin_tab_tests");
        expectPage("admin-tests");
        wait(100);
        touch("admin_printTest");
        tryVerify(() => KioskFixture.admin.testRows[0].level === "ok", 5000, "test page: " + KioskFixture.admin.testRows[0].value);
        touch("admin_testLine");
        touch("admin_scanTest");
        scan(KioskFixture.demoCodes[0]);
        shot(data.tag, "44_admin_tests");
        touch("admin_tab_central");
        expectPage("admin-central");
        shot(data.tag, "45_admin_central_none");
        KioskFixture.setCentralError("snapshot: TLS handshake: certificate verify failed");
        shot(data.tag, "45_admin_central_tls");
        touch("admin_tab_stander");
        expectPage("admin-stander");
        shot(data.tag, "46_admin_stander");
        touch("admin_tab_actions");
        expectPage("admin-actions");
        // The page's buttons move when the page changes: let the layout settle first.
        wait(100);
        touch("admin_syncNow");
        verify(KioskFixture.admin.actionRows.length === 1, "sync now was touched");
        shot(data.tag, "47_admin_actions");
        // Re-enrolment: the code keypad, half typed; working; each outcome.
        touch("admin_reenrol");
        wait(100);
        typeCode("K7M3-QX9P-2A");
        shot(data.tag, "48_admin_reenrol_keypad");
        const outcomes = [["enrolled", "49_admin_reenrol_enrolled"], ["refused", "49_admin_reenrol_refused"], ["unreachable", "49_admin_reenrol_unreachable"], ["tls", "49_admin_reenrol_tls"], ["timeout", "49_admin_reenrol_timeout"]];
        for (let i = 0; i < outcomes.length; ++i) {
            if (i > 0) {
                touch("enrol_back");
                wait(100);
                touch("admin_reenrol");
                wait(100);
            }
            KioskFixture.setEnrolAnswer(outcomes[i][0], "demo", outcomes[i][0] === "refused" ? "HTTP 403 enrol-code-invalid: the enrolment code is unknown or was already used; ask the administrator for a new one" : "https://central.example:8443: TLS handshake: certificate verify failed", i === 0 ? 1500 : 0);
            typeCode(i === 0 ? "BC" : "K7M3-QX9P-2ABC");
            touch("enrol_ok");
            if (i === 0) {
                wait(600); // the busy indicator fades in
                shot(data.tag, "48_admin_reenrol_working");
            }
            tryCompare(KioskFixture.admin, "enrolStep", AdminController.Done, 5000);
            wait(100);
            shot(data.tag, outcomes[i][1]);
        }
        touch("admin_close");
        expectPage("home");
        compare(test.problems, [], test.problems.join("\n"));
    }

    function test_chanceScreens_data() {
        return variants();
    }

    function test_chanceScreens(data) {
        test.problems = [];
        start(data.lang, data.landscape);
        touch("choice_chance");
        shot(data.tag, "30_chance_errand");
        touch("errand_koerekort");
        expectPage("chance-ticket");
        tryCompare(KioskFixture.chance.receipt, "state", ReceiptStatus.Printed);
        shot(data.tag, "31_chance_ticket");
        KioskFixture.saveLastReceipt(data.tag + "_receipt_chance");
        touch("done");
        KioskFixture.advanceSeconds(5 * 3600);
        touch("choice_chance");
        touch("errand_vielse");
        shot(data.tag, "32_chance_ticket_no_promise");
        touch("done");
        touch("choice_chance");
        KioskFixture.breakCache();
        touch("errand_pas");
        shot(data.tag, "33_chance_unavailable");
        compare(test.problems, [], test.problems.join("\n"));
    }
}
