import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing
import Borgerkiosk.Ui
import "../qml"

// The screen audit: every citizen screen (home, each step of each task, results, messages, the
// "still there?" dialog) for every language in `languages`, in portrait 1080x1920 and landscape
// 1920x1080, in each display mode (normal, large text, high contrast, both). A PNG of each
// (BK_SCREENSHOT_DIR: <lang>_<orientation>_<mode>_<screen>.png) and checks of every visible
// text and button from the item tree, in mm on the configured panel (ui.panel_width_mm):
// - cap height (QFontMetricsF::capHeight of the font drawn) >= 4.8 mm, >= 7.3 mm in large text
//   (EN 301 549 5.1.4; 0.7 degree at 600 mm);
// - contrast (WCAG 2 relative luminance) >= 7:1 between the text and the opaque colour behind it;
// - nothing truncated or elided, no text wider or taller than its box, outside its button, a
//   clipping parent or the screen;
// - every button at least 20 mm in both directions, inside the screen;
// - reading order: Back is at the start of the line (left; right in a right-to-left language).
// The technician's screens are audited in the normal look, which they always open in.
KioskTestCase {
    id: test
    name: "Screens"

    // One line per language. `rtl` languages are checked for mirrored layouts; `landscape` ones
    // are audited on the landscape panel too (da, en and Arabic, the right-to-left one).
    readonly property var languages: [
        {
            code: "da",
            rtl: false,
            landscape: true
        },
        {
            code: "en",
            rtl: false,
            landscape: true
        },
        {
            code: "ar",
            rtl: true,
            landscape: true
        },
        {
            code: "tr",
            rtl: false,
            landscape: false
        },
        {
            code: "pl",
            rtl: false,
            landscape: false
        },
        {
            code: "uk",
            rtl: false,
            landscape: false
        },
        {
            code: "de",
            rtl: false,
            landscape: false
        }
    ]
    readonly property var modes: [
        {
            tag: "normal",
            largeText: false,
            highContrast: false
        },
        {
            tag: "large",
            largeText: true,
            highContrast: false
        },
        {
            tag: "contrast",
            largeText: false,
            highContrast: true
        },
        {
            tag: "large_contrast",
            largeText: true,
            highContrast: true
        }
    ]

    readonly property real minTouchMm: 20
    readonly property real minContrast: 7
    readonly property real minCapMm: 4.8
    readonly property real minLargeCapMm: 7.3
    property var problems: []
    property var current: null
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

    /// The panel's pixels per mm, from the configuration the kiosk runs with.
    function pxPerMm() {
        return KioskFixture.kiosk.pixelsPerMm;
    }

    /// The nearest ancestor of `item` that clips its children, or null.
    function clipperOf(item) {
        for (let it = item.parent; it; it = it.parent) {
            if (it.clip)
                return it;
        }
        return null;
    }

    function audit(screen, w, h, largeText) {
        const rootItem = test.window.contentItem.parent;
        const found = [];
        const ppm = pxPerMm();
        const minTouch = test.minTouchMm * ppm;
        const minCap = largeText ? test.minLargeCapMm : test.minCapMm;
        const outside = (x, y, ww, hh, bx, by, bw, bh) => x < bx - 0.5 || y < by - 0.5 || x + ww > bx + bw + 0.5 || y + hh > by + bh + 0.5;
        // Touch targets by layer: the page, or a sheet over it (the language sheet, a popup in
        // the window's overlay). Only the topmost layer's targets are checked for overlaps.
        const targets = {
            page: [],
            sheet: []
        };
        const isSheet = it => it.objectName === "languageChooser" || (it.parent && String(it.parent).startsWith("QQuickOverlay"));
        // `button`: the nearest interactive item around `it`, whose box its text must stay in.
        const walk = (it, button, layer) => {
            if (!it || !it.visible || it.opacity === 0)
                return;
            const p = it.mapToItem(rootItem, 0, 0);
            const interactive = typeof it.clicked === "function" && it.width > 0;
            if (interactive && (it.width < minTouch - 0.5 || it.height < minTouch - 0.5))
                found.push(screen + ": touch target " + describe(it) + " is " + (it.width / ppm).toFixed(1) + " x " + (it.height / ppm).toFixed(1) + " mm");
            const isText = it.truncated !== undefined && it.elide !== undefined;
            if (isText && String(it.text).length > 0) {
                if (it.truncated)
                    found.push(screen + ": text truncated " + describe(it));
                if (it.elide !== Text.ElideNone && it.contentWidth >= it.width - 0.5 && it.implicitWidth > it.width + 0.5)
                    found.push(screen + ": text elided " + describe(it));
                if (it.contentWidth > it.width + 1)
                    found.push(screen + ": text wider than its box " + describe(it) + " " + Math.round(it.contentWidth) + ">" + Math.round(it.width));
                if (it.contentHeight > it.height + 1)
                    found.push(screen + ": text taller than its box " + describe(it) + " " + Math.round(it.contentHeight) + ">" + Math.round(it.height));
                const left = p.x + (it.width - it.contentWidth) * (it.horizontalAlignment === Text.AlignHCenter ? 0.5 : it.horizontalAlignment === Text.AlignRight ? 1 : 0);
                const shownHeight = Math.min(it.height, it.contentHeight);
                if (outside(left, p.y, it.contentWidth, shownHeight, 0, 0, w, h))
                    found.push(screen + ": text outside the screen " + describe(it) + " at " + Math.round(p.x) + "," + Math.round(p.y));
                if (button) {
                    const b = button.mapToItem(rootItem, 0, 0);
                    if (outside(left, p.y, it.contentWidth, shownHeight, b.x, b.y, button.width, button.height))
                        found.push(screen + ": text spills out of its button " + describe(it) + " in " + describe(button));
                }
                const clipper = clipperOf(it);
                if (clipper) {
                    const c = clipper.mapToItem(rootItem, 0, 0);
                    if (outside(left, p.y, it.contentWidth, shownHeight, c.x, c.y, clipper.width, clipper.height))
                        found.push(screen + ": text cut off by a clipping parent " + describe(it));
                }
                const ratio = contrast(it.color, backgroundOf(it));
                if (ratio < test.minContrast)
                    found.push(screen + ": contrast " + ratio.toFixed(2) + ":1 for " + describe(it));
                const capMm = KioskFixture.capHeightPixels(it.font) / ppm;
                if (capMm < minCap - 0.005)
                    found.push(screen + ": cap height " + capMm.toFixed(2) + " mm < " + minCap + " mm for " + describe(it));
            }
            if (interactive && outside(p.x, p.y, it.width, it.height, 0, 0, w, h))
                found.push(screen + ": button outside the screen " + describe(it));
            const here = isSheet(it) ? "sheet" : layer;
            // A touch area over the whole screen (a sheet's blocker, the non-visual mode's
            // explore layer) is a layer, not a target.
            const layerArea = it.width >= w - 1 && it.height >= h - 1;
            if (interactive && !button && !layerArea)
                targets[here].push({
                    item: it,
                    x: p.x,
                    y: p.y,
                    w: it.width,
                    h: it.height
                });
            const kids = it.children;
            for (let i = 0; i < kids.length; ++i)
                walk(kids[i], interactive ? it : button, here);
        };
        // An open sheet covers the page: only what is on it (and above it) is seen.
        const sheet = findVisible(rootItem, "languageChooser");
        walk(sheet ? sheet : rootItem, null, sheet ? "sheet" : "page");
        // Two touch targets on top of each other: one hides the other, or a list ran under the
        // bottom row (the large-text errand list did in Ukrainian).
        const top = targets.sheet.length > 0 ? targets.sheet : targets.page;
        for (let i = 0; i < top.length; ++i) {
            for (let j = i + 1; j < top.length; ++j) {
                const a = top[i], b = top[j];
                const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
                const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
                if (dx > 1 && dy > 1)
                    found.push(screen + ": touch targets overlap " + describe(a.item) + " and " + describe(b.item));
            }
        }
        // Reading order: Back starts the bottom line, "Start again" ends it (mirrored in RTL).
        const back = findVisible(rootItem, "backButton"), home = findVisible(rootItem, "homeButton");
        if (back && home && test.current) {
            const bx = back.mapToItem(rootItem, 0, 0).x, hx = home.mapToItem(rootItem, 0, 0).x;
            if (test.current.rtl ? bx < hx : bx > hx)
                found.push(screen + ": Back is on the wrong side for the reading direction");
        }
        return found;
    }

    /// The variant's display modes, switched on with home's toggles (the citizen's way); the
    /// session turns them off whenever the citizen goes home, so tests call this again there.
    function applyModes() {
        const m = test.current;
        if (KioskFixture.session.largeText === m.largeText && KioskFixture.session.highContrast === m.highContrast)
            return;
        expectPage("home");
        if (KioskFixture.session.largeText !== m.largeText)
            touch("toggle_largeText");
        if (KioskFixture.session.highContrast !== m.highContrast)
            touch("toggle_highContrast");
        compare(KioskFixture.session.largeText, m.largeText, "large text toggled");
        compare(KioskFixture.session.highContrast, m.highContrast, "high contrast toggled");
    }

    /// Opens the kiosk for the current variant with its modes on.
    function begin(data) {
        test.current = data;
        start(data.lang, data.landscape);
        applyModes();
    }

    /// Fails the row when the audit found anything. Each problem goes to the log on its own
    /// line and the failure message stays short: QtTest 6.4 overflows a stack buffer when a
    /// failed compare() formats a long array ("stack smashing detected").
    function reportProblems() {
        for (const p of test.problems)
            console.warn("audit: " + p);
        verify(test.problems.length === 0, test.problems.length + " problems found by the audit (the lines 'audit:' above)");
    }

    function shot(prefix, screen) {
        // grabWindow() renders the scene itself; first every layout of the new screen settles.
        laidOut();
        const w = test.window.screenWidth, h = test.window.screenHeight;
        compare(test.window.width, w, "no demo panel in the screen tests");
        const admin = test.window.pageName.startsWith("admin");
        // A citizen's screen keeps the citizen's modes for the whole task.
        if (!admin) {
            compare(KioskFixture.session.largeText, test.current.largeText, screen + ": large text kept");
            compare(KioskFixture.session.highContrast, test.current.highContrast, screen + ": high contrast kept");
        }
        const name = prefix + "_" + screen;
        test.problems = test.problems.concat(audit(name, w, h, !admin && test.current.largeText));
        KioskFixture.saveScreenshot(test.window, name);
        ++test.screens;
    }

    /// Every language x orientation x display mode; `adminModes` limits the modes (the
    /// technician's screens open in the normal look whatever the citizen chose).
    function variants(modeTags) {
        const out = [];
        for (const lang of test.languages) {
            for (const landscape of lang.landscape ? [false, true] : [false]) {
                for (const m of test.modes) {
                    if (modeTags && modeTags.indexOf(m.tag) < 0)
                        continue;
                    out.push({
                        tag: lang.code + "_" + (landscape ? "landscape" : "portrait") + "_" + m.tag,
                        lang: lang.code,
                        rtl: lang.rtl,
                        landscape: landscape,
                        largeText: m.largeText,
                        highContrast: m.highContrast
                    });
                }
            }
        }
        return out;
    }

    function test_checkInScreens_data() {
        return variants();
    }

    function test_checkInScreens(data) {
        test.problems = [];
        begin(data);
        shot(data.tag, "01_home");
        // A pressed button (held down; let go, it opens its task) and a focused one (as the
        // navigation keypad moves it): their text stays readable, the focus ring stands out.
        let held = item("choice_book");
        mousePress(held, held.width / 2, held.height / 2);
        verify(held.down);
        shot(data.tag, "01_home_pressed");
        mouseRelease(held, held.width / 2, held.height / 2);
        expectPage("booking-errand");
        touch("homeButton");
        applyModes();
        held = item("choice_book");
        test.window.requestActivate();
        held.forceActiveFocus();
        tryVerify(() => held.activeFocus, 2000, "the focused button has the active focus");
        verify(contrast(Theme.focus, Theme.background) >= 3, "focus ring against the page (WCAG 1.4.11)");
        shot(data.tag, "01_home_focus");
        test.window.contentItem.forceActiveFocus();
        // The central cannot be reached: one calm line on home, gone when it answers again.
        KioskFixture.setCentralOnline(false);
        verify(item("centralOffline").visible);
        shot(data.tag, "01_home_central_offline");
        KioskFixture.setCentralOnline(true);
        touch("choice_checkin");
        // A step's languages: one button, then a sheet with all of them.
        touch("languageButton");
        shot(data.tag, "02_language_sheet");
        touch("languageClose");
        typeCode("K7M");
        shot(data.tag, "02_checkin_keypad");
        touch("homeButton");
        applyModes();
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
        // The cancelled booking as staff settled it before the visit (issue 13 item 3).
        const settled = [[true, "settled_by_phone"], [false, "settled_self_service"]];
        for (const s of settled) {
            KioskFixture.settleDemoBooking(5, s[0]);
            scan(KioskFixture.demoCodes[5]);
            expectPage("checkin-result");
            shot(data.tag, "03_checkin_" + s[1]);
        }
        const refused = [["notfound", KioskFixture.unknownCode], ["notourcode", "5701234567899"], ["misread", "K7M3QX9T"], ["unreadable", "\u0001\u0002"]];
        for (const r of refused) {
            scan(r[1]);
            expectPage("checkin-result");
            shot(data.tag, "04_checkin_" + r[0]);
        }
        touch("done");
        applyModes();
        begin(data);
        KioskFixture.setPrinterReady(false);
        scan(KioskFixture.demoCodes[0]);
        tryCompare(KioskFixture.checkIn.receipt, "state", ReceiptStatus.Failed);
        shot(data.tag, "05_checkin_printer_failed");
        touch("done");
        applyModes();
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
        reportProblems();
    }

    function test_bookingScreens_data() {
        return variants();
    }

    function test_bookingScreens(data) {
        test.problems = [];
        begin(data);
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
        applyModes();
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
        reportProblems();
    }

    function test_adminScreens_data() {
        return variants(["normal", "large_contrast"]);
    }

    // The technician's screens: the PIN pad (empty, a wrong PIN, locked), each diagnostics page
    // with something to say (a printer fault, a scan, a central that refuses the certificate).
    function test_adminScreens(data) {
        test.problems = [];
        begin(data);
        compare(KioskFixture.setAdminPin("2468"), "");
        const hold = name => {
            // Home's layouts first: a press before the language bar's first layout can land on
            // a language button that is only passing under the corner (seen as a stray switch
            // of language on the later admin screens).
            waitForItemPolished(findVisible(test.window.contentItem, "page").item);
            renderedFrame();
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
            // The technician's screens open in the normal look, whatever the citizen chose.
            verify(!KioskFixture.session.largeText && !KioskFixture.session.highContrast, "normal look on the admin screens");
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
        reportProblems();
    }

    function test_manyErrandsScreens_data() {
        const rows = [];
        for (const v of variants(["normal", "large", "contrast"]))
            if (!v.landscape && (v.lang === "da" || v.lang === "ar"))
                rows.push(v);
        // German's long compound words in large text, the hardest to fit.
        return rows.concat(variants(["large"]).filter(v => v.lang === "de"));
    }

    // A large municipality's 23 errands with long real names (tests/qml/kioskfixture.h
    // addLargeSiteErrands): the errand choice a page at a time, every page audited, in the
    // booking and (its first page) the chance ticket.
    function test_manyErrandsScreens(data) {
        test.problems = [];
        begin(data);
        compare(KioskFixture.addLargeSiteErrands(), 23);
        touch("choice_book");
        expectPage("booking-errand");
        const flow = KioskFixture.booking;
        settleErrandPages(flow);
        tryVerify(() => flow.errandPageCount > 1 || !data.largeText, 3000, "large text takes more than one page");
        const pages = flow.errandPageCount;
        let shown = 0;
        for (let p = 0; p < pages; ++p) {
            waitForItemPolished(item("errand_" + flow.pageErrands[0].id).parent);
            shot(data.tag, "50_booking_errands_page" + (p + 1));
            shown += flow.pageErrands.length;
            if (p + 1 < pages)
                touch("moreErrands");
        }
        compare(shown, flow.errands.length, "every errand on a page");
        touch("homeButton");
        applyModes();
        touch("choice_chance");
        expectPage("chance-errand");
        shot(data.tag, "51_chance_errands_page1");
        reportProblems();
    }

    function test_chanceScreens_data() {
        return variants();
    }

    function test_chanceScreens(data) {
        test.problems = [];
        begin(data);
        touch("choice_chance");
        shot(data.tag, "30_chance_errand");
        touch("errand_koerekort");
        expectPage("chance-ticket");
        tryCompare(KioskFixture.chance.receipt, "state", ReceiptStatus.Printed);
        shot(data.tag, "31_chance_ticket");
        KioskFixture.saveLastReceipt(data.tag + "_receipt_chance");
        touch("done");
        applyModes();
        KioskFixture.advanceSeconds(5 * 3600);
        expectPage("home");
        applyModes();
        touch("choice_chance");
        touch("errand_vielse");
        shot(data.tag, "32_chance_ticket_no_promise");
        touch("done");
        applyModes();
        touch("choice_chance");
        KioskFixture.breakCache();
        touch("errand_pas");
        shot(data.tag, "33_chance_unavailable");
        reportProblems();
    }
}
