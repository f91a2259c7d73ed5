"""Booking a citizen on the phone (/staff/book) in a real headless Chromium against the real
central over TLS on loopback: a counter clerk picks an errand and a free time, types a phone
number and a note, and reads out the booking code; the citizen checks in at a kiosk with it
(the kiosk API's outbox, as a stander sends it); the clerk calls the ticket from the counter
page and sees the note, escaped. Screenshots "book-*.png" go to OUTPUT_DIR.

    tst_staff_book_browser.py CENTRAL_BIN CTL_BIN OUTPUT_DIR
"""

import os
import sqlite3
import sys
import unittest
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import staffharness as h

PASSWORD = "korrekt-hest-batteri"
NOTE = "Mistet pas <b>i udlandet</b> – har kopi med"


class StaffBookBrowser(h.BrowserCase, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.start_browser_case("bk-staff-book-", CENTRAL_BIN, CTL_BIN, "1280,900")
        r = cls.c.request("POST", "/v1/enrol", {"code": "DEMO-KIOSK-0001",
                                                "kioskId": "book-test-kiosk"})
        assert r.status == 200, r.text()
        cls.kiosk = r.json()["token"]
        cls.c.add_staff("anna", "counter", PASSWORD)

    def test_book_by_phone_then_call_with_the_note(self):
        d = self.driver
        cursor = self.c.request("GET", f"/v1/sites/{h.SITE}/snapshot",
                                bearer=self.kiosk).json()["cursor"]
        d.get(self.c.base + "/staff/login")
        self.el("#username").send_keys("anna")
        self.el("#password").send_keys(PASSWORD)
        self.el("#login").click()
        self.wait(lambda: "/staff/counter" in d.current_url)
        self.el("#counter-1").click()
        self.wait(lambda: self.el("#call-next"))

        # The booking page from the menu: errand, then its free times.
        self.el("#nav-book").click()
        self.wait(lambda: "/staff/book" in d.current_url)
        errand = Select(self.el("#service"))
        errand.select_by_index(0)
        errand_name = errand.first_selected_option.text
        self.el("#show-times").click()
        self.wait(lambda: self.el("#start"))
        slot = Select(self.el("#start")).options[0]
        start, slot_text = slot.get_attribute("value"), slot.text
        self.assertRegex(slot_text, r"\d\d:\d\d \(\d+ ledige?\)$")
        # A wrong phone number: refused, with what was typed kept.
        self.el("#phone").send_keys("1234")
        self.el("#notes").send_keys(NOTE)
        self.el("#book").click()
        self.wait(lambda: "Telefonnummeret skal være 8 cifre" in d.page_source)
        self.assertEqual(self.el("#notes").get_attribute("value"), NOTE)
        self.el("#phone").clear()
        self.el("#phone").send_keys("20 30 40 50")
        self.shot("book-01-form")
        self.el("#book").click()
        self.wait(lambda: "booked=" in d.current_url)
        code = self.el("#booking-code").text
        self.assertRegex(code, r"^[A-Z0-9]{8}$")
        self.assertEqual(self.el("#booked-errand").text, errand_name)
        self.assertIn(slot_text.split(" (")[0], self.el("#booked-time").text)
        self.shot("book-02-booked")

        # Stored with the phone number as +45..., the note, and a "booked" event of channel
        # staff that carries neither.
        con = sqlite3.connect(f"{self.tmp.name}/central.db")
        phone, notes, service = con.execute(
            "SELECT phone, notes, service FROM bookings WHERE code = ?", (code,)).fetchone()
        channels = [r[0] for r in con.execute(
            "SELECT channel FROM events WHERE kind = 'booked' AND service = ? AND channel "
            "= 'staff'", (service,))]
        events = con.execute("SELECT * FROM events").fetchall()
        con.close()
        self.assertEqual((phone, notes), ("+4520304050", NOTE))
        self.assertEqual(channels, ["staff"])
        for row in events:
            self.assertNotIn("20304050", repr(row))
            self.assertNotIn("udlandet", repr(row))

        # Kiosks get the booking through the changes, without the phone number or the note.
        changes = self.c.request("GET", f"/v1/sites/{h.SITE}/changes?cursor={cursor}",
                                 bearer=self.kiosk)
        self.assertEqual(changes.status, 200)
        mine = [ch for ch in changes.json()["changes"] if ch["key"] == code]
        self.assertEqual(len(mine), 1, changes.text())
        self.assertNotIn("20304050", changes.text())
        self.assertNotIn("udlandet", changes.text())

        # The citizen checks in at a stander with the code (early is allowed) ...
        snap = self.c.request("GET", f"/v1/sites/{h.SITE}/snapshot", bearer=self.kiosk).json()
        letter = next(s["queueLetter"] for s in snap["services"] if s["id"] == service)
        label = f"{letter}001"
        op = {"opId": str(uuid.uuid4()), "kind": "checkin",
              "payload": {"code": code, "site": h.SITE, "service": service,
                          "checkedInAt": h.now_wire(),
                          "ticket": {"site": h.SITE, "day": h.copenhagen_today(),
                                     "queue": letter, "number": 1, "label": label}}}
        r = self.c.request("POST", "/v1/outbox", {"ops": [op]}, bearer=self.kiosk)
        self.assertEqual(r.status, 200, r.text())
        self.assertEqual(r.json()["results"][0]["answer"]["status"], "applied", r.text())

        # ... and the counter calls it: the note is shown, as text (the <b> is not markup).
        d.get(self.c.base + "/staff/counter")
        self.el("#call-next").click()
        self.wait(lambda: self.el("#ticket").text == label)
        self.assertEqual(self.el("#notes").text, NOTE)
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "#notes b"), [])
        self.shot("book-03-counter-note")
        # Served: the note goes with the ticket.
        self.el("#served").click()
        self.wait(lambda: self.el("#call-next"))
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "#notes"), [])
        with open(f"{self.tmp.name}/central.log") as f:
            log = f.read()
        self.assertIn("a staff booking was made for errand", log)
        self.assertNotIn("20304050", log)
        self.assertNotIn("udlandet", log)


if __name__ == "__main__":
    CENTRAL_BIN, CTL_BIN, OUTPUT_DIR = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(OUTPUT_DIR, exist_ok=True)
    StaffBookBrowser.OUTPUT_DIR = OUTPUT_DIR
    unittest.main(argv=sys.argv[:1], verbosity=2)
