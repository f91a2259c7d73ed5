"""The public queue page (issue 13 item 5) in a real headless Chromium (Debian's chromium and
chromium-driver, driven by python3-selenium) at a phone's size, against the real central over
TLS on loopback: two chance tickets arrive as a kiosk sends them (each with its own queue-page
token), the page of the second shows "1 ahead", counters call next through the API, and the
page turns to "called – go to counter N" by itself, then to "finished" when the counter marks
it served. An unknown link shows "not known (yet)", one of yesterday's tickets "no longer
valid". The answers' headers (CSP, no Referer, no caching) and nothing of another ticket on a page are checked too.
Screenshots go to OUTPUT_DIR.

    tst_queue_page_browser.py CENTRAL_BIN CTL_BIN OUTPUT_DIR
"""

import base64
import os
import secrets
import sys
import tempfile
import unittest
import uuid
from datetime import date, timedelta

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import staffharness as h

PASSWORD = "korrekt-hest-batteri"


def queue_token():
    """What the kiosk makes: 128 random bits, URL-safe base64 without padding."""
    return base64.urlsafe_b64encode(secrets.token_bytes(16)).decode().rstrip("=")


class QueuePageBrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="bk-queue-page-")
        cls.c = h.Central(cls.tmp.name, CENTRAL_BIN, CTL_BIN)
        cls.c.start()
        r = cls.c.request("POST", "/v1/enrol", {"code": "DEMO-KIOSK-0001",
                                                "kioskId": "queue-page-kiosk"})
        assert r.status == 200, r.text()
        cls.kiosk = r.json()["token"]
        cls.tokens = {"K001": queue_token(), "K002": queue_token()}
        day = h.copenhagen_today()
        ops = [{"opId": str(uuid.uuid4()), "kind": "ticket",
                "payload": {"site": h.SITE, "service": "pas", "issuedAt": h.now_wire(),
                            "queueToken": cls.tokens[label],
                            "ticket": {"site": h.SITE, "day": day, "queue": "K",
                                       "number": n, "label": label}}}
               for n, label in ((1, "K001"), (2, "K002"))]
        r = cls.c.request("POST", "/v1/outbox", {"ops": ops}, bearer=cls.kiosk)
        assert r.status == 200, r.text()
        for res in r.json()["results"]:
            assert res["answer"]["status"] == "applied", res
        cls.driver = h.chromium(cls.tmp.name, "412,915")  # a phone's size
        cls.driver.implicitly_wait(0)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.c.stop()
        cls.tmp.cleanup()

    def shot(self, name):
        self.driver.save_screenshot(os.path.join(OUTPUT_DIR, name + ".png"))

    def body(self, attr):
        return self.driver.find_element(By.TAG_NAME, "body").get_attribute(attr)

    def wait_state(self, state, timeout=15):
        WebDriverWait(self.driver, timeout).until(lambda d: self.body("data-state") == state)

    def test_1_headers_and_refusals(self):
        t = self.tokens["K002"]
        page = self.c.request("GET", "/q/" + t)
        self.assertEqual(page.status, 200)
        self.assertIn("K002", page.text())
        self.assertNotIn("K001", page.text())
        api = self.c.request("GET", "/v1/queue/" + t)
        self.assertEqual(api.status, 200)
        self.assertEqual(api.json()["ticket"], "K002")
        self.assertNotIn(b"K001", api.body)
        for r in (page, api):
            self.assertEqual(r.header("Cache-Control"), ["no-store"])
            self.assertEqual(r.header("Referrer-Policy"), ["no-referrer"])
        csp = page.header("Content-Security-Policy")[0]
        self.assertIn("script-src 'self'", csp)
        self.assertIn("frame-ancestors 'none'", csp)
        # Unknown, malformed and nested links: the same plain "not known (yet)" page (a ticket
        # taken while its kiosk was offline is unknown until the kiosk syncs).
        for path in ("/q/" + queue_token(), "/q/not-a-token", "/q/" + t + "/x", "/q/"):
            r = self.c.request("GET", path)
            self.assertEqual(r.status, 404, path)
            self.assertIn("kendes ikke (endnu)", r.text())
            self.assertNotIn("ikke længere gyldig", r.text())
            self.assertNotIn(t, r.text())
        # A ticket of yesterday (a kiosk that was offline overnight sends it late): its link has
        # expired, 410, and the page says so.
        old = queue_token()
        yesterday = (date.fromisoformat(h.copenhagen_today()) - timedelta(days=1)).isoformat()
        op = {"opId": str(uuid.uuid4()), "kind": "ticket",
              "payload": {"site": h.SITE, "service": "pas", "issuedAt": h.now_wire(),
                          "queueToken": old,
                          "ticket": {"site": h.SITE, "day": yesterday, "queue": "K",
                                     "number": 1, "label": "K001"}}}
        r = self.c.request("POST", "/v1/outbox", {"ops": [op]}, bearer=self.kiosk)
        self.assertEqual(r.json()["results"][0]["answer"]["status"], "applied")
        r = self.c.request("GET", "/q/" + old)
        self.assertEqual(r.status, 410)
        self.assertIn("ikke længere gyldig", r.text())
        r = self.c.request("GET", "/v1/queue/" + old)
        self.assertEqual((r.status, r.json()["error"]), (410, "ticket-expired"))
        self.assertEqual(self.c.request("POST", "/q/" + t, "x=1").status, 405)
        self.assertEqual(self.c.request("POST", "/v1/queue/" + t, {}).status, 405)
        self.assertEqual(self.c.request("GET", "/v1/queue/" + t + "/x").status, 404)

    def test_2_page_follows_the_calls(self):
        d = self.driver
        d.get(self.c.base + "/q/" + self.tokens["K002"])
        self.assertEqual(d.find_element(By.TAG_NAME, "html").get_attribute("lang"), "da")
        self.wait_state("waiting")
        self.assertEqual(self.body("data-ahead"), "1")
        self.assertEqual(d.find_element(By.ID, "ticket").text, "K002")
        main = d.find_element(By.ID, "main").text
        self.assertIn("1 foran dig", main)
        self.assertIn("1 ahead of you", main)
        self.assertIn("ukendt", d.find_element(By.ID, "wait").text)
        self.shot("queue-01-waiting")

        # Counter 2 calls K001: one fewer ahead, without touching the page.
        r = self.c.request("POST", f"/v1/sites/{h.SITE}/counters/2/call-next", bearer=self.kiosk)
        self.assertEqual(r.json()["ticket"], "K001")
        WebDriverWait(d, 15).until(lambda _: self.body("data-ahead") == "0")
        self.assertIn("Du er den næste", d.find_element(By.ID, "main").text)
        self.shot("queue-02-next")

        # Counter 4 calls K002: the page says so and where to go.
        r = self.c.request("POST", f"/v1/sites/{h.SITE}/counters/4/call-next", bearer=self.kiosk)
        self.assertEqual(r.json()["ticket"], "K002")
        self.wait_state("called")
        main = d.find_element(By.ID, "main").text
        self.assertIn("Dit nummer er kaldt — gå til skranke 4", main)
        self.assertIn("go to counter 4", main)
        self.shot("queue-03-called")

        # The counter marks it served (the staff page's action): the page closes.
        r = self.c.request("POST", "/v1/staff-accounts",
                           {"username": "anna", "siteId": h.SITE, "role": "counter",
                            "password": PASSWORD}, bearer=self.c.admin_token)
        self.assertEqual(r.status, 201, r.text())
        cookie, csrf = self.c.staff_session("anna", PASSWORD)
        r = self.c.request("POST", "/staff/counter/choose", f"counter=4&csrf={csrf}",
                           cookie=cookie)
        self.assertEqual(r.status, 303)
        r = self.c.request("POST", "/staff/counter/served", f"csrf={csrf}", cookie=cookie)
        self.assertEqual(r.status, 303)
        self.wait_state("finished")
        self.assertIn("afsluttet", d.find_element(By.ID, "main").text)
        self.shot("queue-04-finished")

        d.get(self.c.base + "/q/" + queue_token())
        self.assertIn("kendes ikke (endnu)", d.page_source)
        self.shot("queue-05-unknown")


if __name__ == "__main__":
    CENTRAL_BIN, CTL_BIN, OUTPUT_DIR = sys.argv[1:4]
    os.makedirs(OUTPUT_DIR, exist_ok=True)
    unittest.main(argv=sys.argv[:1], verbosity=2)
