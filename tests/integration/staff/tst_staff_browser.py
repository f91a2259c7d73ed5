"""The counter page and the lobby screen in a real headless Chromium (Debian's chromium and
chromium-driver, driven by python3-selenium) against the real central over TLS on loopback:
log in, choose a counter, call next / recall / served / no-show / transfer against booked and
chance tickets, see each call on the lobby screen (with its chime counted), and see the lobby
say "connection lost" honestly when the central goes away and recover when it is back;
preparing the day as the service_calls, counter and manager roles see it.
Screenshots of every page go to OUTPUT_DIR.

Certificates: Chromium is told to accept only the test server's own key
(--ignore-certificate-errors-spki-list with the SHA-256 of its public key), not any
certificate; the key is made for this run by staffharness.make_pki().

    tst_staff_browser.py CENTRAL_BIN CTL_BIN OUTPUT_DIR
"""

import os
import re
import sys
import tempfile
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

import staffharness as h

PASSWORD = "korrekt-hest-batteri"


class StaffBrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="bk-staff-browser-")
        cls.c = h.Central(cls.tmp.name, CENTRAL_BIN, CTL_BIN)
        cls.c.start()
        cls.tickets = cls.c.seed()
        cls.c.add_staff("anna", "counter", PASSWORD)
        cls.c.add_staff("mads", "manager", PASSWORD)
        cls.c.add_staff("sara", "service_calls", PASSWORD)
        cls.phone_codes, _ = cls.c.book_tomorrow(2, h.PHONE, h.NAME)
        # A lobby TV is started with an autoplay policy so that the chime needs no touch first.
        cls.driver = h.chromium(cls.tmp.name, "1280,900",
                                "--autoplay-policy=no-user-gesture-required")
        cls.driver.implicitly_wait(0)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.c.stop()
        cls.tmp.cleanup()

    def shot(self, name):
        path = os.path.join(OUTPUT_DIR, name + ".png")
        self.driver.save_screenshot(path)
        return path

    def wait(self, predicate, timeout=10):
        return WebDriverWait(self.driver, timeout).until(lambda d: predicate())

    def el(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def login(self, user):
        d = self.driver
        d.get(self.c.base + "/staff/login")
        self.el("#username").send_keys(user)
        self.el("#password").send_keys(PASSWORD)
        self.el("#login").click()
        self.wait(lambda: "/staff/counter" in d.current_url)

    def test_counter_and_lobby(self):
        d = self.driver
        # The login page as a clerk meets it: Danish.
        d.get(self.c.base + "/staff/login")
        self.assertEqual(d.find_element(By.TAG_NAME, "html").get_attribute("lang"), "da")
        self.assertIn("Log ind", d.page_source)
        self.shot("01-login")

        # The manager makes the lobby's display link and a notice.
        self.login("mads")
        d.get(self.c.base + "/staff/displays")
        self.el("#name").send_keys("TV ved indgangen")
        self.el("#make-link").click()
        link = self.wait(lambda: self.el("#new-link")).get_attribute("href")
        self.assertRegex(link, r"/lobby/[A-Za-z0-9_-]{43}$")
        self.el("#notice").clear()
        self.el("#notice").send_keys("Husk billedlegitimation til pas og kørekort.")
        self.el("#save-notice").click()
        self.wait(lambda: "/staff/displays" in d.current_url)
        self.shot("02-displays")
        self.el("#logout").click()
        self.wait(lambda: "/staff/login" in d.current_url)

        # The lobby screen in a second tab, live from the start.
        counter_tab = d.current_window_handle
        d.switch_to.new_window("tab")
        lobby_tab = d.current_window_handle
        d.get(link)
        self.wait(lambda: d.find_element(By.TAG_NAME, "body").get_attribute("data-online")
                  == "yes")
        self.assertIn("billedlegitimation", self.el("#notice").text)
        d.switch_to.window(counter_tab)

        # The counter clerk logs in and chooses counter 2.
        self.login("anna")
        self.shot("03-choose-counter")
        self.el("#counter-2").click()
        self.wait(lambda: self.el("#call-next"))
        self.assertIn("Ingen borger er kaldt", d.page_source)
        self.shot("04-counter-idle")

        # Call next, by the central's rule (booked citizens at their time first, the chance
        # queue fills the gaps, then those who came early).
        order = self.tickets["order"]
        self.el("#call-next").click()
        self.wait(lambda: self.el("#ticket"))
        self.assertEqual(self.el("#ticket").text, order[0])
        self.shot("05-counter-called")
        self.el("#recall").click()
        self.wait(lambda: self.el("#ticket").text == order[0])
        self.el("#served").click()
        self.wait(lambda: self.el("#call-next"))
        self.el("#call-next").click()
        self.wait(lambda: self.el("#ticket").text == order[1])
        self.el("#no-show").click()
        self.wait(lambda: self.el("#call-next"))
        self.el("#call-next").click()
        self.wait(lambda: self.el("#ticket").text == order[2])
        # Errand and booked time (or "chance queue"), nothing personal.
        booked_text = self.el("#booked").text
        if order[2] in self.tickets["booked"]:
            self.assertRegex(booked_text, r"^\d\d:\d\d$")
        else:
            self.assertIn("chancekø", booked_text)
        self.assertNotEqual(self.el("#errand").text, "")
        self.shot("06-counter-third")
        # Transfer to another errand: back in line with the same number and place.
        Select(self.el("#service")).select_by_index(0)
        self.el("#transfer").click()
        self.wait(lambda: "Overført" in d.page_source)
        self.shot("07-counter-transferred")
        self.el("#call-next").click()
        self.wait(lambda: self.el("#ticket"))
        self.assertEqual(self.el("#ticket").text, order[2])
        called = order[2]

        # The lobby shows every call, the latest first, with a chime each.
        d.switch_to.window(lobby_tab)
        self.wait(lambda: d.find_element(By.CSS_SELECTOR, "#calls tbody tr td").text == called)
        rows = [r.text for r in d.find_elements(By.CSS_SELECTOR, "#calls tbody tr")]
        self.assertEqual(rows[0], f"{called} 2")
        # Each number once, the latest call first (a recall moves a number up).
        self.assertEqual(rows, [f"{t} 2" for t in (order[2], order[1], order[0])])
        chimes = int(d.find_element(By.TAG_NAME, "body").get_attribute("data-chimes"))
        self.assertEqual(chimes, 5)  # the first call and its recall, the second, the third twice
        self.assertFalse(self.el("#status").is_displayed())
        self.shot("08-lobby")

        # The central goes away: the lobby says so instead of showing stale calls as live.
        self.c.stop()
        self.wait(lambda: self.el("#status").is_displayed(), timeout=15)
        self.assertIn("Forbindelsen er afbrudt", self.el("#status").text)
        self.shot("09-lobby-connection-lost")

    def logout(self):
        self.el("#logout").click()
        self.wait(lambda: "/staff/login" in self.driver.current_url)

    def test_a_prepare_the_day(self):
        """Preparing the day: the service_calls role reveals a phone number and marks a booking
        settled by phone; counter staff see the list without any number; the manager reads
        the phone log. Named to run first (unittest sorts by name): test_counter_and_lobby ends
        by stopping the central. Tomorrow's bookings: the counter test's calls skip them."""
        d = self.driver
        digits = h.PHONE.lstrip("+")[2:]
        shown, marked = self.phone_codes
        self.login("sara")
        self.el("#nav-prepare").click()
        self.wait(lambda: "/staff/prepare" in d.current_url)
        self.assertIn("Forbered dagen", d.title)
        self.assertNotIn(digits, d.page_source)
        self.assertNotIn("Testesen", d.page_source)
        self.shot("10-prepare-service-calls")

        self.el(f"#show-phone-{shown}").click()
        phone = self.wait(lambda: self.el(f"#phone-{shown}"))
        self.assertEqual(phone.text, h.PHONE)
        self.assertEqual(phone.get_attribute("href"), "tel:" + h.PHONE)
        self.assertNotIn("Testesen", d.page_source)
        d.execute_script("arguments[0].scrollIntoView({block: 'center'})", phone)
        self.shot("11-prepare-phone-shown")

        self.el(f"#settled_by_phone-{marked}").click()
        self.wait(lambda: "m=marked" in d.current_url)
        self.assertEqual(self.el(f"#status-{marked}").text, "Klaret pr. telefon")
        self.assertIn("Bookingen er markeret", d.page_source)
        # After the reveal's page the number is gone again: each view is one logged reveal.
        self.assertNotIn(digits, d.page_source)
        d.execute_script("arguments[0].scrollIntoView({block: 'center'})",
                         self.el(f"#status-{marked}"))
        self.shot("12-prepare-marked")
        self.logout()

        self.login("anna")
        d.get(self.c.base + "/staff/prepare")
        self.wait(lambda: self.el(f"#booking-{shown}"))
        self.assertNotIn(digits, d.page_source)
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "[id^=show-phone-]"), [])
        self.assertEqual(d.find_elements(By.CSS_SELECTOR, "[id^=settled_by_phone-]"), [])
        d.execute_script("arguments[0].scrollIntoView({block: 'center'})",
                         self.el(f"#booking-{shown}"))
        self.shot("13-prepare-counter")
        self.logout()

        self.login("mads")
        self.el("#nav-access-log").click()
        self.wait(lambda: "/staff/access-log" in d.current_url)
        rows = d.find_elements(By.CSS_SELECTOR, "#access-log tbody tr")
        self.assertEqual(len(rows), 1)
        self.assertIn("sara", rows[0].text)
        self.assertIn(shown, rows[0].text)
        self.assertNotIn(digits, d.page_source)
        self.shot("14-access-log")
        self.logout()


if __name__ == "__main__":
    CENTRAL_BIN, CTL_BIN, OUTPUT_DIR = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(OUTPUT_DIR, exist_ok=True)
    unittest.main(argv=sys.argv[:1], verbosity=2)
