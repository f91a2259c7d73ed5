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
}
