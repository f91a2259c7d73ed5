import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing

// Booking end to end: errand → self-service offer → day → time → phone → summary → confirm.
KioskTestCase {
    name: "Booking"

    function test_bookThroughConfirmAndReceipt() {
        start("da", false);
        touch("choice_book");
        expectPage("booking-errand");
        touch("errand_pas");
        expectPage("booking-day");
        // Tuesday 24 November 2026 at 11:00: today is index 0, Saturday (index 4) is closed.
        verify(!item("day_4").enabled);
        touch("day_1");
        expectPage("booking-time");
        touch("time_0");
        expectPage("booking-phone");
        typePhone("1234");
        touch("acceptPhone");
        verify(item("phoneProblem").visible);
        compare(KioskFixture.booking.step, BookingFlow.Phone);
        for (let i = 0; i < 4; ++i)
            touch("digit_erase");
        typePhone("20304050");
        compare(item("phoneNumber").text, "20 30 40 50");
        touch("acceptPhone");
        expectPage("booking-summary");
        compare(item("summaryErrand").text, "Pas");
        compare(item("summaryDay").text, "onsdag den 25. november");
        compare(item("summaryTime").text, "10:00");
        compare(KioskFixture.receiptCount, 0); // nothing booked or printed before confirm
        touch("confirmBooking");
        expectPage("booking-done");
        const code = KioskFixture.booking.code;
        compare(code.length, 9);
        compare(item("ticketValue").text, code);
        verify(item("bookingQr").modules > 0);
        tryCompare(KioskFixture, "receiptCount", 1);
        verify(KioskFixture.lastReceiptText.indexOf(code) >= 0);
        verify(KioskFixture.lastReceiptText.indexOf("Husk at tage med:") >= 0);
        compare(KioskFixture.lastReceiptLanguage, "da");
        touch("done");
        expectPage("home");
        // The new code checks in (tomorrow, so: another day).
        scan(code);
        expectPage("checkin-result");
        compare(KioskFixture.checkIn.step, CheckInFlow.WrongDay);
    }

    // A holiday is named in the citizen's language, from the catalogue (HolidayText).
    function test_holidayNamedInTheCitizensLanguage() {
        start("de", false);
        KioskFixture.advanceSeconds(27 * 24 * 3600); // Monday 21 December 2026
        expectPage("home");
        touch("choice_book");
        touch("errand_pas");
        expectPage("booking-day");
        // Thursday 24 (customary closing day) and Friday 25 December (public holiday).
        verify(!item("day_3").enabled);
        compare(KioskFixture.booking.days[3].reason, "Heiligabend");
        compare(KioskFixture.booking.days[4].reason, "1. Weihnachtstag");
        verify(item("day_4").statusText.indexOf("1. Weihnachtstag") >= 0, item("day_4").statusText);
    }

    function test_selfServiceFirstThenBookAnyway() {
        start("en", false);
        touch("choice_book");
        touch("errand_sundhedskort");
        expectPage("booking-selfservice");
        verify(item("selfServiceQr").modules > 0);
        compare(item("selfServiceUrl").text, "borger.dk/sundhed-og-syg/sundhedskort");
        touch("printAddress");
        tryCompare(KioskFixture, "receiptCount", 1);
        touch("bookAnyway");
        expectPage("booking-day");
        touch("backButton");
        expectPage("booking-selfservice");
        touch("backButton");
        expectPage("booking-errand");
        touch("backButton");
        expectPage("home");
    }

    function test_backOnEveryStep() {
        start("da", false);
        touch("choice_book");
        touch("errand_byggesag");
        expectPage("booking-day");
        touch("day_1");
        touch("time_0");
        expectPage("booking-phone");
        touch("skipPhone");
        expectPage("booking-summary");
        const pages = ["booking-phone", "booking-time", "booking-day", "booking-errand", "home"];
        for (const p of pages) {
            touch("backButton");
            expectPage(p);
        }
    }

    function test_homeFromAnyStep() {
        start("da", false);
        touch("choice_book");
        touch("errand_pas");
        touch("day_1");
        touch("homeButton");
        expectPage("home");
        compare(KioskFixture.booking.step, BookingFlow.Errand);
    }

    // A large municipality's errands (22 of its 23 bookable) in large text are more than a page holds: the choice
    // has pages ("Side 1 af 3", Previous and More errands), every errand is on exactly one of
    // them and above the paging controls; Back from the next step returns to the same page, and
    // an errand on page 2 is booked.
    function test_bookAnErrandOnPageTwo() {
        start("da", false);
        compare(KioskFixture.addLargeSiteErrands(), 23);
        touch("toggle_largeText");
        touch("choice_book");
        expectPage("booking-errand");
        const flow = KioskFixture.booking;
        settleErrandPages(flow);
        tryVerify(() => flow.errandPageCount > 1, 3000, "23 errands in large text take more than one page");
        const pages = flow.errandPageCount;
        compare(flow.errandPage, 0);
        verify(!item("previousErrands").enabled, "no page before the first");
        const seen = [];
        for (let p = 0; p < pages; ++p) {
            const pageText = item("errandPageText");
            compare(pageText.text, "Side " + (p + 1) + " af " + pages);
            waitForItemPolished(pageText.parent);
            const pagerTop = pageText.mapToItem(null, 0, 0).y;
            verify(flow.pageErrands.length > 0, "errands on page " + (p + 1));
            const boxes = [];
            for (const e of flow.pageErrands) {
                const b = item("errand_" + e.id);
                waitForItemPolished(b.parent);
                const at = b.mapToItem(null, 0, 0);
                for (const o of boxes)
                    verify(at.x >= o.x + o.w - 0.5 || o.x >= at.x + b.width - 0.5 || at.y >= o.y + o.h - 0.5 || o.y >= at.y + b.height - 0.5, e.id + " does not overlap " + o.id);
                boxes.push({id: e.id, x: at.x, y: at.y, w: b.width, h: b.height});
                const bottom = b.mapToItem(null, 0, b.height).y;
                verify(bottom <= pagerTop + 0.5, e.id + " ends at " + bottom + ", above the paging controls at " + pagerTop + " on page " + (p + 1));
                verify(seen.indexOf(e.id) < 0, e.id + " is on one page only");
                seen.push(e.id);
            }
            if (p + 1 < pages)
                touch("moreErrands");
        }
        verify(flow.errands.length >= 22, "the site's bookable errands");
        compare(seen.length, flow.errands.length, "every errand is on a page");
        verify(!item("moreErrands").enabled, "no page after the last");
        while (flow.errandPage > 1)
            touch("previousErrands");
        compare(item("errandPageText").text, "Side 2 af " + pages);
        const errand = flow.pageErrands.find(e => !e.selfService);
        verify(errand !== undefined, "an errand on page 2 that is booked here");
        touch("errand_" + errand.id);
        expectPage("booking-day");
        touch("backButton");
        expectPage("booking-errand");
        settleErrandPages(flow);
        compare(flow.errandPage, 1, "Back returns to the page the errand was on");
        touch("errand_" + errand.id);
        expectPage("booking-day");
        touch("day_1");
        expectPage("booking-time");
        touch("time_0");
        expectPage("booking-phone");
        touch("skipPhone");
        expectPage("booking-summary");
        compare(item("summaryErrand").text, errand.name);
        touch("confirmBooking");
        expectPage("booking-done");
        compare(flow.serviceId, errand.id);
        tryCompare(KioskFixture, "receiptCount", 1);
        // A new visit starts on the first page.
        touch("done");
        expectPage("home");
        touch("choice_book");
        expectPage("booking-errand");
        compare(flow.errandPage, 0);
    }
}
