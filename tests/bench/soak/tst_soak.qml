import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing
import "../../qml"

// A day's soak (issue 15, item 6): BK_SOAK_CITIZENS (default 10,000) simulated citizens, one
// after the other, through the real flows and the real QML in one process, on one graph built
// by the program's composition root (KioskFixture: the demo site, simulated scanner, printer
// and display). Five citizens in turn:
//   0  scans a booking code on home (the simulated reader, the app's scanner path) → checked in
//   1  books a time: errand, the first day with free times, its first time, no phone, confirm
//   2  takes a chance ticket
//   3  starts a booking, switches language on the step's sheet, walks away: the inactivity
//      guard warns and resets to home
//   4  switches language on home, then takes a chance ticket in that language
// Every 100 citizens the clock moves to the next weekday at 10:30 (numbers and free times start
// again). Each citizen's pages are checked; at the end every receipt must have been printed.
// Prints RSS after the first 500 citizens and after all (both after a JS garbage collection),
// the difference, and citizens per second. No time or memory is asserted.
KioskTestCase {
    id: test
    name: "Soak"

    readonly property var languages: ["en", "de", "tr", "pl", "uk", "ar"]

    function checkIn(n) {
        // The booking reaches the cache as a sync round would put it there.
        const codes = KioskFixture.addBookings(1, 10);
        compare(codes.length, 1, "booking added to the cache");
        scan(codes[0]);
        expectPage("checkin-result");
        compare(KioskFixture.checkIn.step, CheckInFlow.OnTime);
        touch("done");
    }

    function book() {
        touch("choice_book");
        touch("errand_pas");
        expectPage("booking-day");
        let day = null;
        for (let i = 0; i < 10 && !day; ++i) {
            const it = findVisible(test.window.contentItem.parent, "day_" + i);
            if (it && it.enabled)
                day = "day_" + i;
        }
        verify(day !== null, "a day with free times");
        touch(day);
        expectPage("booking-time");
        touch("time_0");
        touch("skipPhone");
        expectPage("booking-summary");
        touch("confirmBooking");
        expectPage("booking-done");
        touch("done");
    }

    function chance() {
        touch("choice_chance");
        touch("errand_pas");
        expectPage("chance-ticket");
        touch("done");
    }

    function walkAway(n) {
        touch("choice_book");
        touch("errand_pas");
        expectPage("booking-day");
        touch("languageButton");
        touch("lang_" + languages[n % languages.length]);
        KioskFixture.advanceSeconds(31);
        verify(KioskFixture.guard.warning, "the inactivity guard warns");
        KioskFixture.advanceSeconds(20);
        expectPage("home");
        compare(KioskFixture.citizenState(), "");
    }

    function chanceInAnotherLanguage(n) {
        const language = languages[(n / 5 | 0) % languages.length];
        touch("lang_" + language);
        compare(KioskFixture.kiosk.language, language);
        chance();
    }

    function residentAfterCollection() {
        gc();
        wait(0);
        return KioskFixture.residentMiB();
    }

    function test_day() {
        const citizens = KioskFixture.environmentNumber("BK_SOAK_CITIZENS", 10000);
        const warmup = Math.min(500, citizens);
        start("da", false);
        let receipts = 0;
        let rssWarm = -1;
        let t0 = Date.now();
        let tWarm = t0;
        for (let n = 0; n < citizens; ++n) {
            if (n > 0 && n % 100 === 0)
                KioskFixture.nextOpeningDay();
            switch (n % 5) {
            case 0: checkIn(n); ++receipts; break;
            case 1: book(); ++receipts; break;
            case 2: chance(); ++receipts; break;
            case 3: walkAway(n); break;
            case 4: chanceInAnotherLanguage(n); ++receipts; break;
            }
            expectPage("home");
            if (n + 1 === warmup) {
                tryCompare(KioskFixture, "receiptCount", receipts, 10000);
                rssWarm = residentAfterCollection();
                tWarm = Date.now();
                KioskFixture.report("soak: RSS after the first " + warmup + " citizens: "
                                    + rssWarm.toFixed(2) + " MiB ("
                                    + (warmup * 1000 / (tWarm - t0)).toFixed(1)
                                    + " citizens/s so far)");
            }
        }
        tryCompare(KioskFixture, "receiptCount", receipts, 10000);
        const rssEnd = residentAfterCollection();
        const t1 = Date.now();
        KioskFixture.report("soak: RSS after all " + citizens + " citizens: " + rssEnd.toFixed(2)
                            + " MiB; growth after the first " + warmup + ": "
                            + (rssEnd - rssWarm).toFixed(2) + " MiB (goal < 2 MiB)");
        KioskFixture.report("soak: " + citizens + " citizens in " + ((t1 - t0) / 1000).toFixed(1)
                            + " s: " + (citizens * 1000 / (t1 - t0)).toFixed(1)
                            + " citizens/s; " + receipts + " receipts printed");
    }
}
