"""Preparing the day (issue 13 item 3) against the real central over TLS: the list of today's
and tomorrow's bookings for each role, phone numbers only through the service_calls role's
reveal (CSRF-protected, one access-log row per view), marking a booking settled by phone or
moved to self-service (CSRF-protected, seen by kiosks as a booking change, refused at a
kiosk's check-in, counted as an event), the manager's access log, tokens refused; and the
central's log output, after logins, reveals, markings and bookings, holding no phone number,
name or staff username.

    tst_staff_prepare.py CENTRAL_BIN CTL_BIN
"""

import re
import sqlite3
import sys
import tempfile
import time
import unittest
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import staffharness as h

PASSWORD = "korrekt-hest-batteri"
# Distinctive usernames, so the log check below cannot pass or fail by chance.
CALLER = "birgitte.serviceopkald"
CLERK = "jens.skrankemedarbejder"
MANAGER = "lone.lederen"
TECHNICIAN = "ole.teknikeren"
# A second citizen with a phone number and a name, booked for tomorrow.
PHONE2 = "+4587654321"
NAME2 = "Svend Prøvesen"
CPH = ZoneInfo("Europe/Copenhagen")


class PrepareTheDay(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="bk-staff-prepare-")
        cls.c = h.Central(cls.tmp.name, CENTRAL_BIN, CTL_BIN)
        cls.c.start()
        # The demo's generated history (events before today) is not this test's doing.
        cls.started_ms = int(time.time() * 1000)
        cls.c.seed()
        for user, role in ((CALLER, "service_calls"), (CLERK, "counter"),
                           (MANAGER, "manager"), (TECHNICIAN, "technician")):
            cls.c.add_staff(user, role, PASSWORD)
        cls.phone_codes, cls.cursor = cls.c.book_tomorrow(2, PHONE2, NAME2)

    @classmethod
    def tearDownClass(cls):
        cls.c.stop()
        cls.tmp.cleanup()

    def db(self, query, *args):
        con = sqlite3.connect(f"{self.tmp.name}/central.db")
        try:
            return con.execute(query, args).fetchall()
        finally:
            con.close()

    def assert_private(self, text):
        for secret in (h.PHONE, h.PHONE.lstrip("+")[2:], PHONE2.lstrip("+")[2:], h.NAME,
                       "Testesen", NAME2, "Prøvesen"):
            self.assertNotIn(secret, text.replace(" ", ""))

    def test_list_per_role_without_phone_numbers(self):
        for user in (CALLER, CLERK, MANAGER):
            cookie, _ = self.c.session(user, PASSWORD)
            r = self.c.request("GET", "/staff/prepare", cookie=cookie)
            self.assertEqual(r.status, 200, user)
            page = r.text()
            self.assert_private(page)
            self.assertIn("Forbered dagen", page)
            self.assertIn("I dag", page)
            self.assertIn("I morgen", page)
            for code in self.phone_codes:
                self.assertIn(f'id="booking-{code}"', page)
            # Time-ordered within an errand, today before tomorrow.
            self.assertLess(page.index('id="day-0"'), page.index('id="day-1"'))
            shows_phone = 'id="show-phone-' in page
            marks = 'id="settled_by_phone-' in page
            self.assertEqual(shows_phone, user == CALLER, user)
            self.assertEqual(marks, user in (CALLER, MANAGER), user)
            # The other pages of the role carry no phone number either.
            for path in ("/staff/counter", "/staff/displays", "/staff/access-log"):
                self.assert_private(self.c.request("GET", path, cookie=cookie).text())
        # A technician has no counter work: no list (and no CSRF token to post with).
        cookie, csrf = self.c.session(TECHNICIAN, PASSWORD)
        self.assertIsNone(csrf)
        self.assertEqual(self.c.request("GET", "/staff/prepare", cookie=cookie).status, 403)

    def test_phone_shown_only_to_service_calls_and_logged(self):
        code = self.phone_codes[0]
        before = len(self.db("SELECT * FROM phone_access"))
        for user in (CLERK, MANAGER):
            cookie, csrf = self.c.session(user, PASSWORD)
            r = self.c.request("POST", "/staff/prepare/phone", f"csrf={csrf}&code={code}",
                               cookie=cookie)
            self.assertEqual(r.status, 403, user)
            self.assert_private(r.text())
        cookie, csrf = self.c.session(CALLER, PASSWORD)
        # Without the CSRF token, or with a wrong one: refused, nothing shown, nothing logged.
        for body in (f"code={code}", f"code={code}&csrf={'x' * len(csrf)}"):
            r = self.c.request("POST", "/staff/prepare/phone", body, cookie=cookie)
            self.assertEqual(r.status, 403)
            self.assert_private(r.text())
        # A kiosk's or an admin's token is no way in, even with a valid cookie beside it.
        for token in (self.c.kiosk_token, self.c.admin_token):
            for path in ("/staff/prepare", "/staff/access-log"):
                self.assertEqual(self.c.request("GET", path, bearer=token).status, 403)
            r = self.c.request("POST", "/staff/prepare/phone", f"csrf={csrf}&code={code}",
                               bearer=token, cookie=cookie)
            self.assertEqual(r.status, 403)
            self.assert_private(r.text())
        self.assertEqual(len(self.db("SELECT * FROM phone_access")), before)
        # The service_calls role's reveal: the number, and exactly one access-log row.
        r = self.c.request("POST", "/staff/prepare/phone", f"csrf={csrf}&code={code}",
                           cookie=cookie)
        self.assertEqual(r.status, 200, r.text())
        self.assertIn(f'id="phone-{code}" href="tel:{PHONE2}">{PHONE2}<', r.text())
        self.assertNotIn("Prøvesen", r.text())
        self.assertEqual(r.header("Cache-Control"), ["no-store"])
        rows = self.db("SELECT username, booking_code, peer, site FROM phone_access")
        self.assertEqual(len(rows), before + 1)
        self.assertEqual(rows[-1], (CALLER, code, "127.0.0.1", h.SITE))
        r = self.c.request("POST", "/staff/prepare/phone", f"csrf={csrf}&code={code}",
                           headers={"X-CSRF-Token": csrf}, cookie=cookie)
        self.assertEqual(r.status, 200)
        self.assertEqual(len(self.db("SELECT * FROM phone_access")), before + 2)
        # The log holds who and which booking, never the number.
        for row in self.db("SELECT * FROM phone_access"):
            self.assertNotIn(PHONE2.lstrip("+")[2:], repr(row))
        # Unknown booking: a clear answer, no row.
        r = self.c.request("POST", "/staff/prepare/phone", f"csrf={csrf}&code=ZZZZZZZZ",
                           cookie=cookie)
        self.assertEqual(r.status, 404)
        self.assertIn("Den booking findes ikke her", r.text())
        self.assertEqual(len(self.db("SELECT * FROM phone_access")), before + 2)
        # The manager reads the access log; nobody else does.
        mcookie, _ = self.c.session(MANAGER, PASSWORD)
        log = self.c.request("GET", "/staff/access-log", cookie=mcookie)
        self.assertEqual(log.status, 200)
        self.assertIn(f"<td>{CALLER}</td><td>{code}</td><td>127.0.0.1</td>", log.text())
        self.assert_private(log.text())
        for user in (CALLER, CLERK):
            ucookie, _ = self.c.session(user, PASSWORD)
            self.assertEqual(self.c.request("GET", "/staff/access-log", cookie=ucookie).status,
                             403)

    def test_marking_a_booking(self):
        code = self.phone_codes[1]
        cookie, csrf = self.c.session(CALLER, PASSWORD)
        status = lambda: self.db("SELECT status FROM bookings WHERE code = ?", code)[0][0]
        # Without the CSRF token: refused, unchanged.
        r = self.c.request("POST", "/staff/prepare/mark", f"code={code}&status=settled_by_phone",
                           cookie=cookie)
        self.assertEqual(r.status, 403)
        self.assertEqual(status(), "booked")
        # Counter staff may not mark; a kiosk token may not either.
        ccookie, ccsrf = self.c.session(CLERK, PASSWORD)
        r = self.c.request("POST", "/staff/prepare/mark",
                           f"csrf={ccsrf}&code={code}&status=settled_by_phone", cookie=ccookie)
        self.assertEqual(r.status, 403)
        r = self.c.request("POST", "/staff/prepare/mark",
                           f"csrf={csrf}&code={code}&status=settled_by_phone",
                           bearer=self.c.kiosk_token, cookie=cookie)
        self.assertEqual(r.status, 403)
        self.assertEqual(status(), "booked")
        # Bad input: a clear page, no change.
        r = self.c.request("POST", "/staff/prepare/mark", f"csrf={csrf}&code={code}&status=x",
                           cookie=cookie)
        self.assertEqual(r.status, 400)
        self.assertEqual(status(), "booked")
        # Marked settled by phone: the status, an event, and a change kiosks pull.
        r = self.c.request("POST", "/staff/prepare/mark",
                           f"csrf={csrf}&code={code}&status=settled_by_phone", cookie=cookie)
        self.assertEqual(r.status, 303)
        self.assertEqual(r.header("Location"), ["/staff/prepare?m=marked"])
        self.assertEqual(status(), "settled_by_phone")
        events = self.db("SELECT kind, service, ticket, counter FROM events WHERE kind = "
                         "'settled_by_phone' AND at_ms >= ?", self.started_ms)
        self.assertEqual(len(events), 1)
        page = self.c.request("GET", "/staff/prepare?m=marked", cookie=cookie).text()
        self.assertIn("Bookingen er markeret", page)
        self.assertIn(f'id="status-{code}">Klaret pr. telefon<', page)
        self.assertNotIn(f'id="show-phone-{code}"', page)
        changes = self.c.request("GET", f"/v1/sites/{h.SITE}/changes?cursor={self.cursor}",
                                 bearer=self.c.kiosk_token)
        self.assertEqual(changes.status, 200, changes.text())
        pulled = [ch["booking"] for ch in changes.json()["changes"]
                  if ch["entity"] == "booking" and ch["key"] == code]
        self.assertEqual([b["status"] for b in pulled], ["cancelled"])
        # Again: refused with a clear answer.
        r = self.c.request("POST", "/staff/prepare/mark",
                           f"csrf={csrf}&code={code}&status=moved_to_self_service",
                           cookie=cookie)
        self.assertEqual(r.status, 409)
        self.assertIn("allerede", r.text())
        # A kiosk that checked the booking in offline is answered: no visit needed.
        day = datetime.now(CPH).date().isoformat()
        op = {"opId": str(uuid.uuid4()), "kind": "checkin",
              "payload": {"code": code, "site": h.SITE, "service": pulled[0]["serviceId"],
                          "checkedInAt": h.now_wire(),
                          "ticket": {"site": h.SITE, "day": day, "queue": "Z", "number": 901,
                                     "label": "Z901"}}}
        r = self.c.request("POST", "/v1/outbox", {"ops": [op]}, bearer=self.c.kiosk_token)
        self.assertEqual(r.status, 200, r.text())
        answer = r.json()["results"][0]["answer"]
        self.assertEqual((answer["status"], answer["error"]), ("rejected", "booking-cancelled"))
        # The manager moves another booked one to self-service.
        mcookie, mcsrf = self.c.session(MANAGER, PASSWORD)
        other = next(c for (c,) in self.db("SELECT code FROM bookings WHERE status = 'booked' "
                                           "AND code != ?", self.phone_codes[0]))
        r = self.c.request("POST", "/staff/prepare/mark",
                           f"csrf={mcsrf}&code={other}&status=moved_to_self_service",
                           cookie=mcookie)
        self.assertEqual(r.status, 303)
        self.assertEqual(self.db("SELECT status FROM bookings WHERE code = ?", other)[0][0],
                         "moved_to_self_service")
        self.assertEqual(len(self.db("SELECT * FROM events WHERE kind = "
                                     "'moved_to_self_service' AND at_ms >= ?",
                                     self.started_ms)), 1)


class LogPrivacy(unittest.TestCase):
    """The central's log output (its stderr, as a service's journal gets it) after logins good
    and wrong, bookings with a phone number and a name, reveals and markings: no phone number,
    no name, no staff username."""

    def test_log_has_no_phone_name_or_username(self):
        with tempfile.TemporaryDirectory(prefix="bk-staff-log-") as tmp:
            c = h.Central(tmp, CENTRAL_BIN, CTL_BIN)
            c.start()
            try:
                c.seed()  # a booking with h.PHONE and h.NAME through the kiosk API
                c.book_tomorrow(1, h.PHONE, h.NAME)
                for user, role in ((CALLER, "service_calls"), (MANAGER, "manager")):
                    c.add_staff(user, role, PASSWORD)
                self.assertEqual(c.login(CALLER, "forkert-kodeord-1").status, 401)
                self.assertEqual(c.login("ukendt.medarbejder", PASSWORD).status, 401)
                cookie, csrf = c.session(CALLER, PASSWORD)
                page = c.request("GET", "/staff/prepare", cookie=cookie).text()
                codes = re.findall(r'id="show-phone-([0-9A-Z]+)"', page)
                self.assertTrue(codes, page)
                for code in codes:
                    r = c.request("POST", "/staff/prepare/phone", f"csrf={csrf}&code={code}",
                                  cookie=cookie)
                    self.assertEqual(r.status, 200)
                self.assertIn(h.PHONE, r.text())
                r = c.request("POST", "/staff/prepare/phone", f"code={codes[0]}", cookie=cookie)
                self.assertEqual(r.status, 403)
                mcookie, mcsrf = c.session(MANAGER, PASSWORD)
                r = c.request("POST", "/staff/prepare/mark",
                              f"csrf={mcsrf}&code={codes[0]}&status=settled_by_phone",
                              cookie=mcookie)
                self.assertEqual(r.status, 303)
                self.assertEqual(c.request("GET", "/staff/access-log", cookie=mcookie).status,
                                 200)
            finally:
                c.stop()
            with open(f"{tmp}/central.log", encoding="utf-8") as f:
                log = f.read()
            self.assertIn("a phone number was shown", log)
            self.assertIn("staff login from", log)
            for secret in (h.PHONE, h.PHONE.lstrip("+")[2:], h.NAME, "Testesen", CALLER,
                           MANAGER, "ukendt.medarbejder", PASSWORD):
                self.assertNotIn(secret, log)


if __name__ == "__main__":
    CENTRAL_BIN, CTL_BIN = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
