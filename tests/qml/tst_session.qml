import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing
import Borgerkiosk.Ui

// Inactivity, language and display modes: silence leads home and forgets; a language switch
// mid-flow re-translates at once and the receipt follows it; the display modes last one visit.
KioskTestCase {
    id: test
    name: "Session"

    function test_inactivityForgetsInput() {
        start("da", false);
        touch("choice_book");
        touch("errand_pas");
        touch("day_1");
        touch("time_0");
        typePhone("2030");
        verify(KioskFixture.citizenState().indexOf("20 30") >= 0);
        touch("languageButton");
        touch("lang_en");
        compare(KioskFixture.kiosk.language, "en");
        KioskFixture.advanceSeconds(29);
        verify(!KioskFixture.guard.warning);
        KioskFixture.advanceSeconds(2);
        verify(KioskFixture.guard.warning);
        tryVerify(() => item("stillThereTitle").visible);
        compare(item("stillThereTitle").text, "Are you still there?");
        // "Yes, I am still here" keeps everything.
        touch("stillHere");
        verify(!KioskFixture.guard.warning);
        compare(page(), "booking-phone");
        KioskFixture.advanceSeconds(35);
        verify(KioskFixture.guard.warning);
        KioskFixture.advanceSeconds(10);
        expectPage("home");
        compare(KioskFixture.citizenState(), "");
        compare(KioskFixture.kiosk.language, "da"); // back to the site's language
        verify(!KioskFixture.guard.warning);
    }

    function test_homeHasNoTimeout() {
        start("da", false);
        KioskFixture.advanceSeconds(600);
        verify(!KioskFixture.guard.warning);
        compare(page(), "home");
    }

    function test_languageSwitchMidFlow() {
        start("da", false);
        touch("choice_book");
        touch("errand_pas");
        expectPage("booking-day");
        compare(titleText(), "Vælg en dag");
        // A step names its languages on a sheet behind one button; choosing closes it.
        compare(item("languageButton").text, "Sprog · Language");
        touch("languageButton");
        verify(item("languageChooser").visible);
        touch("lang_en");
        tryVerify(() => findVisible(test.window.contentItem.parent, "languageChooser") === null, 1000, "the sheet closes");
        tryCompare(item("pageTitle"), "text", "Choose a day");
        compare(item("languageButton").text, "Language");
        compare(page(), "booking-day"); // still on the same step
        touch("day_1");
        compare(titleText(), "Choose a time on Wednesday 25 November");
        touch("time_0");
        touch("skipPhone");
        touch("confirmBooking");
        expectPage("booking-done");
        tryCompare(KioskFixture, "receiptCount", 1);
        compare(KioskFixture.lastReceiptLanguage, "en");
        verify(KioskFixture.lastReceiptText.indexOf("Your booking") >= 0);
        touch("languageButton");
        touch("languageClose");
        compare(page(), "booking-done");
        touch("languageButton");
        touch("lang_da");
        tryCompare(item("pageTitle"), "text", "Din tid er booket");
    }

    // Home's two toggles change the Theme at once, last through the task, and end at home.
    function test_displayToggles() {
        start("da", false);
        // Strings: a colour read from a property would follow it.
        const body = Theme.fontBody, background = String(Theme.background);
        compare(item("toggle_largeText").text, "Større tekst");
        compare(item("toggle_highContrast").text, "Høj kontrast");
        touch("toggle_largeText");
        verify(KioskFixture.session.largeText);
        verify(Theme.fontBody > body);
        touch("toggle_highContrast");
        verify(KioskFixture.session.highContrast);
        verify(String(Theme.background) !== background);
        compare(String(test.window.color), String(Theme.background));
        touch("choice_book");
        verify(KioskFixture.session.largeText && KioskFixture.session.highContrast);
        touch("homeButton");
        verify(!KioskFixture.session.largeText && !KioskFixture.session.highContrast);
        compare(Theme.fontBody, body);
        compare(String(Theme.background), background);
        // A second touch turns a mode off again.
        touch("toggle_largeText");
        touch("toggle_largeText");
        verify(!KioskFixture.session.largeText);
    }
}
