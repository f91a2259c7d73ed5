import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing

// Speech (issue 12, item 1): what "Listen" reads on each screen is the session's spokenText,
// composed by the controllers from the page's own translated strings. Each screen is checked
// in Danish and English against what the window shows: every visible text of the page is in
// its spoken text (a typed phone number or code excepted: never said whole unless asked).
// The engine here records (audio cannot be heard in a test); tests/integration/speech drives
// the real one.
KioskTestCase {
    id: root
    name: "Speech"

    /// Text without spaces, arrows and bullets, so "K7M3-QX9S" on screen matches the spelled
    /// "K 7 M 3 - Q X 9 S" and "A101 → Skranke 1" matches "A101, Skranke 1".
    function squeeze(text) {
        return text.replace(/[\s→•,.]/g, "");
    }

    /// Visible texts of the page (not the language bar or button, the keypad keys, the Listen button,
    /// nor the boxes that show a typed code or number), each once.
    function visibleTexts(it, out) {
        if (!it || !it.visible || it.opacity === 0)
            return out;
        const n = it.objectName || "";
        if (n.startsWith("lang_") || n === "languageButton" || n.startsWith("key_") || n.startsWith("digit_") || n === "listenButton" || n === "codeBoxes" || n === "phoneNumber" || n === "summaryPhone" || n.endsWith("Qr"))
            return out;
        if (it.hasOwnProperty("wrapMode") && typeof it.text === "string" && it.text.trim().length > 0 && out.indexOf(it.text) < 0)
            out.push(it.text);
        const kids = it.children;
        for (let i = 0; i < kids.length; ++i)
            visibleTexts(kids[i], out);
        return out;
    }

    /// Every text on the page is spoken; returns the spoken text.
    function checkScreen(what) {
        const pageItem = findVisible(root.window.contentItem, "page");
        renderedFrame();
        const spoken = KioskFixture.session.spokenText;
        verify(spoken.length > 0, what + ": something to say");
        const texts = visibleTexts(pageItem.item, []);
        verify(texts.length > 2, what + ": the page shows texts");
        for (const t of texts)
            verify(squeeze(spoken).indexOf(squeeze(t)) >= 0, what + ": \"" + t + "\" is said; spoken:\n" + spoken);
        return spoken;
    }

    /// "Listen" hands the screen's text to the engine.
    function listen(what) {
        const before = KioskFixture.spoken.length;
        touch("listenButton");
        compare(KioskFixture.spoken.length, before + 1, what + ": one utterance");
        compare(KioskFixture.spoken[before], KioskFixture.session.spokenText);
        KioskFixture.finishSpeaking();
    }

    /// The item lies within the screen: the Listen button's label never widens the page.
    function onScreen(name) {
        const it = item(name);
        waitForItemPolished(it.parent);
        const p = it.mapToItem(root.window.contentItem, 0, 0);
        verify(p.x >= 0 && p.x + it.width <= root.window.screenWidth, name + " is on screen (x " + p.x + ", width " + it.width + ")");
    }

    function test_everyScreenSpeaksWhatItShows_data() {
        return [{tag: "da", language: "da", welcome: "Velkommen", listen: "Hør", receipt: "På kvitteringen står der:"},
                {tag: "en", language: "en", welcome: "Welcome", listen: "Listen", receipt: "The receipt says:"},
                {tag: "ar", language: "ar", welcome: "أهلًا وسهلًا", listen: "استمع", receipt: "مكتوب على الإيصال:"}];
    }

    function test_everyScreenSpeaksWhatItShows(data) {
        start(data.language, false);
        compare(KioskFixture.speechLanguage, data.language);
        compare(item("listenButton").text, data.listen);
        let spoken = checkScreen("home");
        verify(spoken.indexOf(data.welcome) >= 0);
        listen("home");

        // Check-in: keypad, then the outcome with the ticket, its receipt read from the printer's data.
        touch("choice_checkin");
        expectPage("checkin-entry");
        checkScreen("checkin-entry");
        listen("checkin-entry");
        typeCode(KioskFixture.demoCodes[0]);
        touch("submitCode");
        expectPage("checkin-result");
        tryCompare(KioskFixture, "receiptCount", 1);
        spoken = checkScreen("checkin-result");
        verify(spoken.indexOf(data.receipt) >= 0, "the receipt is read");
        for (const line of KioskFixture.lastReceiptText.split("\n"))
            verify(squeeze(spoken).indexOf(squeeze(line.replace(/^- /, ""))) >= 0, "receipt line \"" + line + "\" is said");
        listen("checkin-result");
        touch("done");

        // Chance ticket.
        touch("choice_chance");
        expectPage("chance-errand");
        checkScreen("chance-errand");
        touch("errand_pas");
        expectPage("chance-ticket");
        tryCompare(KioskFixture, "receiptCount", 2);
        spoken = checkScreen("chance-ticket");
        for (const line of KioskFixture.lastReceiptText.split("\n"))
            verify(squeeze(spoken).indexOf(squeeze(line)) >= 0, "chance receipt line \"" + line + "\" is said");
        touch("done");

        // Booking: every step.
        touch("choice_book");
        expectPage("booking-errand");
        checkScreen("booking-errand");
        touch("errand_sundhedskort");
        expectPage("booking-selfservice");
        checkScreen("booking-selfservice");
        touch("bookAnyway");
        expectPage("booking-day");
        checkScreen("booking-day");
        touch("day_1");
        expectPage("booking-time");
        checkScreen("booking-time");
        touch("time_0");
        expectPage("booking-phone");
        checkScreen("booking-phone");
        typePhone("20304050");
        spoken = checkScreen("booking-phone, typed");
        verify(squeeze(spoken).indexOf("20304050") < 0, "the typed number is not said");
        touch("acceptPhone");
        expectPage("booking-summary");
        spoken = checkScreen("booking-summary");
        verify(squeeze(spoken).indexOf("20304050") < 0, "the summary does not say the number");
        touch("confirmBooking");
        expectPage("booking-done");
        tryCompare(KioskFixture, "receiptCount", 3);
        spoken = checkScreen("booking-done");
        verify(spoken.indexOf(KioskFixture.booking.code.split("").join(" ")) >= 0, "the code is spelled");
        for (const line of KioskFixture.lastReceiptText.split("\n"))
            verify(squeeze(spoken).indexOf(squeeze(line.replace(/^- /, ""))) >= 0, "booking receipt line \"" + line + "\" is said");
        listen("booking-done");
    }

    function test_errandPagesSpeakTheirPage_data() {
        return [{tag: "da", language: "da", page: "Side %1 af %2", more: "Flere ærinder"},
                {tag: "ar", language: "ar", page: "الصفحة %1 من %2", more: "مزيد من المعاملات"}];
    }

    // A large site's errands in large text, a page at a time: each page says where it is and
    // reads its own errands (every text it shows), not the other pages'.
    function test_errandPagesSpeakTheirPage(data) {
        start(data.language, false);
        compare(KioskFixture.addLargeSiteErrands(), 23);
        touch("toggle_largeText");
        touch("choice_book");
        expectPage("booking-errand");
        const flow = KioskFixture.booking;
        settleErrandPages(flow);
        tryVerify(() => flow.errandPageCount > 1, 3000, "more than one page of errands");
        const pages = flow.errandPageCount;
        for (let p = 0; p < pages; ++p) {
            const spoken = checkScreen("booking-errand page " + (p + 1));
            verify(spoken.indexOf(data.page.arg(p + 1).arg(pages)) >= 0, "the page is said: " + spoken);
            verify(spoken.indexOf(data.more) >= 0, "the paging buttons are said");
            const shown = flow.pageErrands.map(e => e.name);
            for (const e of flow.errands) {
                if (shown.indexOf(e.name) < 0 && !shown.some(n => n.indexOf(e.name) >= 0))
                    verify(spoken.split("\n").indexOf(e.name + ".") < 0, e.name + " (another page) is not said on page " + (p + 1));
            }
            listen("booking-errand page " + (p + 1));
            if (p + 1 < pages) {
                const before = KioskFixture.speechStops;
                touch("moreErrands");
                verify(KioskFixture.speechStops > before, "a turn of the page stops the voice");
            }
        }
    }

    function test_checkInOutcomesAreSpoken_data() {
        // Early, too late, wrong day, cancelled, elsewhere: demo codes 1, 3, 4, 5, 7.
        return [{tag: "early", index: 1}, {tag: "too late", index: 3}, {tag: "wrong day", index: 4},
                {tag: "cancelled", index: 5}, {tag: "already elsewhere", index: 7}, {tag: "unknown", index: -1}];
    }

    function test_checkInOutcomesAreSpoken(data) {
        start("da", false);
        scan(data.index < 0 ? KioskFixture.unknownCode : KioskFixture.demoCodes[data.index]);
        expectPage("checkin-result");
        checkScreen(data.tag);
    }

    function test_keypadsSpeakEachKeyNeverTheWhole() {
        start("da", false);
        touch("choice_checkin");
        const code = KioskFixture.demoCodes[0].replace("-", "");
        const before = KioskFixture.spoken.length;
        typeCode(code);
        const said = KioskFixture.spoken.slice(before);
        compare(said, code.split(""), "each key is said as it is pressed");
        touch("key_erase");
        compare(KioskFixture.spoken[KioskFixture.spoken.length - 1], "Slet det sidste tegn");
        // The spoken screen says how many, not which.
        const spoken = KioskFixture.session.spokenText;
        verify(squeeze(spoken).indexOf(code.substring(0, 7)) < 0, "the typed code is not in the screen's speech");
        verify(spoken.indexOf("Læs koden op") >= 0);
        // Read back only when asked, one symbol at a time.
        touch("readBackCode");
        compare(KioskFixture.spoken[KioskFixture.spoken.length - 1], code.substring(0, 7).split("").join(" "));

        KioskFixture.session.home();
        touch("choice_book");
        touch("errand_pas");
        touch("day_1");
        touch("time_0");
        expectPage("booking-phone");
        const from = KioskFixture.spoken.length;
        typePhone("20304050");
        compare(KioskFixture.spoken.slice(from), ["2", "0", "3", "0", "4", "0", "5", "0"]);
        verify(KioskFixture.session.spokenText.indexOf("8 af 8 cifre er tastet.") >= 0);
        touch("digit_erase");
        compare(KioskFixture.spoken[KioskFixture.spoken.length - 1], "Slet det sidste tal");
        renderedFrame();
        touch("readBackPhone");
        tryVerify(() => KioskFixture.spoken[KioskFixture.spoken.length - 1] === "2 0 3 0 4 0 5", 2000, "the number read back on request: " + KioskFixture.spoken.slice(-3));
    }

    function test_newScreenInterruptsAndListenRepeats() {
        start("da", false);
        touch("listenButton");
        verify(KioskFixture.speech.speaking);
        compare(item("listenButton").text, "Stop");
        onScreen("listenButton");
        const stops = KioskFixture.speechStops;
        touch("choice_chance");
        expectPage("chance-errand");
        verify(KioskFixture.speechStops > stops, "a new screen stops the speech");
        touch("listenButton");
        onScreen("homeButton");
        touch("listenButton");
        verify(!KioskFixture.speech.speaking);
        // Listen again reads this screen from the top; pressed while speaking it stops.
        touch("listenButton");
        compare(KioskFixture.spoken[KioskFixture.spoken.length - 1], KioskFixture.session.spokenText);
        touch("listenButton");
        verify(!KioskFixture.speech.speaking);
        touch("listenButton");
        compare(KioskFixture.spoken[KioskFixture.spoken.length - 1], KioskFixture.session.spokenText);
        // The language follows the screen at once: a switch stops the old language's voice,
        // and Listen then says the screen in the new one.
        verify(KioskFixture.speech.speaking);
        touch("languageButton");
        touch("lang_en");
        compare(KioskFixture.speechLanguage, "en");
        verify(!KioskFixture.speech.speaking);
        touch("listenButton");
        verify(KioskFixture.spoken[KioskFixture.spoken.length - 1].indexOf("What have you come for?") >= 0);
    }

    function test_rateAndVolumeFromConfigAdjustableResetAtHome() {
        start("da", false);
        // kiosk-test.conf.in has no [speech]: the defaults, rate 0 % and volume 80 %.
        compare(KioskFixture.speech.rateStep, 0);
        compare(KioskFixture.speech.volumeStep, 80);
        fuzzyCompare(KioskFixture.speechVolume, 0.8, 0.001);
        touch("choice_chance");
        KioskFixture.speech.slower();
        KioskFixture.speech.louder();
        KioskFixture.speech.louder();
        KioskFixture.speech.louder();
        compare(KioskFixture.speech.rateStep, -10);
        compare(KioskFixture.speech.volumeStep, 100, "held at the limit");
        fuzzyCompare(KioskFixture.speechRate, -0.1, 0.001);
        KioskFixture.session.home();
        compare(KioskFixture.speech.rateStep, 0, "the next citizen starts from kiosk.conf");
        compare(KioskFixture.speech.volumeStep, 80);
    }

    // The language sheet reads its title in the UI language, then each language's name in
    // itself and in its own voice; the UI language's voice speaks again after.
    function test_languageSheetSaysEachLanguageInItsOwnVoice() {
        start("da", false);
        touch("choice_checkin");
        touch("languageButton");
        const before = KioskFixture.spoken.length;
        touch("languageListen");
        compare(KioskFixture.spoken[before], "Vælg dit sprog");
        compare(KioskFixture.speechLanguage, "da");
        const offered = KioskFixture.kiosk.languages;
        verify(offered.length >= 7);
        for (const l of offered) {
            KioskFixture.finishSpeaking();
            compare(KioskFixture.speechLanguage, l.code, "the voice of " + l.code);
            compare(KioskFixture.spoken[KioskFixture.spoken.length - 1], l.name);
        }
        compare(KioskFixture.spoken.length, before + 1 + offered.length);
        KioskFixture.finishSpeaking();
        compare(KioskFixture.speechLanguage, "da", "the UI language's voice again");
        compare(KioskFixture.spoken.length, before + 1 + offered.length);
    }

    function test_unavailableSpeechSaysSo() {
        start("en", false);
        KioskFixture.setSpeechAvailable(false);
        const b = item("listenButton");
        compare(b.text, "No speech");
        compare(b.Accessible.name, "Speech is not available");
        touch("choice_book");
        touch("errand_pas");
        touch("day_1");
        touch("time_0");
        typePhone("2030");
        onScreen("homeButton");
        onScreen("digit_3");
        compare(item("listenButton").text, "No speech");
        verify(!b.enabled);
        const before = KioskFixture.spoken.length;
        KioskFixture.speech.readScreen();
        compare(KioskFixture.spoken.length, before, "nothing is handed to a broken engine");
        KioskFixture.setSpeechAvailable(true);
        compare(item("listenButton").text, "Listen");
    }
}
