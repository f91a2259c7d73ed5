import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing
import "../qml"

// The seven languages on screen, under a real X server: the language choice on home names
// every offered language in itself, each a whole touch target on the screen and none over
// another, in portrait and landscape and in every language; Arabic mirrors the layout (and
// only Arabic); a citizen's choice switches the screen. PNGs of home in every language and of
// the main steps in Arabic, Ukrainian and German (BK_SCREENSHOT_DIR, prefix "lang_"). The
// every-screen audit in every language is tst_screens.qml's.
KioskTestCase {
    id: test
    name: "Languages"

    readonly property real minTouch: 80
    readonly property var names: ({ da: "Dansk", en: "English", ar: "العربية", tr: "Türkçe", pl: "Polski", uk: "Українська", de: "Deutsch" })

    function shot(name) {
        wait(50);
        KioskFixture.saveScreenshot(test.window, "lang_" + name);
    }

    function box(it) {
        const p = it.mapToItem(test.window.contentItem, 0, 0);
        return { x: p.x, y: p.y, w: it.width, h: it.height };
    }

    function test_languageChoice_data() {
        const rows = [];
        for (const lang of ["da", "en", "ar", "tr", "pl", "uk", "de"])
            for (const landscape of [false, true])
                rows.push({ tag: lang + (landscape ? "_landscape" : "_portrait"), lang: lang, landscape: landscape });
        return rows;
    }

    function test_languageChoice(data) {
        start(data.lang, data.landscape);
        const kiosk = test.window.kiosk;
        compare(kiosk.language, data.lang);
        compare(kiosk.rightToLeft, data.lang === "ar");
        compare(kiosk.languages.length, 7, "every shipped language is offered by default");
        const w = test.window.screenWidth, h = test.window.screenHeight;
        const boxes = [];
        for (const code in test.names) {
            const button = item("lang_" + code);
            waitForItemPolished(button.parent);
            compare(button.text, test.names[code], "named in itself");
            compare(button.contentItem.truncated, false, code + " is not cut off");
            verify(button.contentItem.contentWidth <= button.width, code + " fits its button");
            const b = box(button);
            verify(b.w >= test.minTouch && b.h >= test.minTouch, code + " is a touch target: " + b.w + "x" + b.h);
            verify(b.x >= 0 && b.y >= 0 && b.x + b.w <= w + 0.5 && b.y + b.h <= h + 0.5, code + " is on the screen: " + JSON.stringify(b));
            for (const other of boxes)
                verify(b.x >= other.x + other.w || other.x >= b.x + b.w || b.y >= other.y + other.h || other.y >= b.y + b.h,
                       code + " does not cover " + other.code);
            b.code = code;
            boxes.push(b);
        }
        // Arabic only mirrors the page; the language list keeps its order (the technician's
        // corner stays free of it, see HomePage.qml).
        const da = box(item("lang_da")), en = box(item("lang_en"));
        compare(da.y, en.y, "Dansk and English share the first row");
        verify(da.x < en.x, "the languages are listed left to right");
        compare(item("choice_checkin").LayoutMirroring.enabled, data.lang === "ar", "mirrored in Arabic only");
        shot(data.tag + "_01_home");
    }

    function test_choosingALanguage() {
        start("da", false);
        const kiosk = test.window.kiosk;
        for (const code of ["ar", "uk", "de", "tr", "pl", "en", "da"]) {
            touch("lang_" + code);
            compare(kiosk.language, code);
            compare(kiosk.rightToLeft, code === "ar");
            verify(item("lang_" + code).current, code + " is marked as chosen");
        }
        // The next citizen gets the site's language back.
        touch("lang_ar");
        touch("choice_chance");
        touch("homeButton");
        tryCompare(kiosk, "language", "da");
    }

    function test_stepsInLanguage_data() {
        return [
            { tag: "ar_portrait", lang: "ar", landscape: false },
            { tag: "uk_portrait", lang: "uk", landscape: false },
            { tag: "de_portrait", lang: "de", landscape: false },
            { tag: "ar_landscape", lang: "ar", landscape: true }
        ];
    }

    function test_stepsInLanguage(data) {
        start(data.lang, data.landscape);
        KioskFixture.addCallouts(3);
        shot(data.tag + "_02_home_called");
        touch("choice_checkin");
        typeCode("K7M");
        // Codes are typed left to right in every language: the boxes keep their order.
        const boxes = item("codeBoxes");
        compare(boxes.LayoutMirroring.enabled, false);
        shot(data.tag + "_03_checkin_keypad");
        touch("homeButton");
        scan(KioskFixture.demoCodes[0]);
        expectPage("checkin-result");
        tryCompare(KioskFixture.checkIn.receipt, "state", ReceiptStatus.Printed);
        shot(data.tag + "_04_checkin_ontime");
        KioskFixture.saveLastReceipt("lang_" + data.tag + "_receipt_checkin");
        touch("done");
        touch("choice_book");
        shot(data.tag + "_05_booking_errand");
        touch("errand_byggesag");
        shot(data.tag + "_06_booking_day");
        touch("day_1");
        shot(data.tag + "_07_booking_time");
        touch("time_0");
        expectPage("booking-phone");
        renderedFrame();
        typePhone("2040");
        tryVerify(() => KioskFixture.booking.phone.replace(/ /g, "") === "2040", 2000, "the keys were heard");
        shot(data.tag + "_08_booking_phone");
        typePhone("5060");
        touch("acceptPhone");
        shot(data.tag + "_09_booking_summary");
        touch("confirmBooking");
        expectPage("booking-done");
        tryCompare(KioskFixture.booking.receipt, "state", ReceiptStatus.Printed);
        shot(data.tag + "_10_booking_done");
        KioskFixture.saveLastReceipt("lang_" + data.tag + "_receipt_booking");
        touch("done");
        touch("choice_chance");
        touch("errand_koerekort");
        expectPage("chance-ticket");
        tryCompare(KioskFixture.chance.receipt, "state", ReceiptStatus.Printed);
        shot(data.tag + "_11_chance_ticket");
        KioskFixture.saveLastReceipt("lang_" + data.tag + "_receipt_chance");
    }
}
