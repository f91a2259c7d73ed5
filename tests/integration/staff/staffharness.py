"""The real borgerkiosk-central over TLS on loopback for the staff-page tests.

Makes a throw-away CA and server certificate with the openssl command (the CA is trusted only
by these tests), starts `borgerkiosk-central --demo` on a free port in a temp dir, makes an
admin token, and seeds the demo site the way kiosks do: enrolment, a booking with a phone
number and a name through the kiosk API, check-ins and chance tickets through the outbox.
Standard library only, so Debian's python3 runs it as it is.
"""

import base64
import hashlib
import http.client
import json
import os
import re
import ssl
import subprocess
import time
import urllib.parse
import uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

SITE = "demo"
# A phone number and a name that must never appear on a staff page (issue 13).
PHONE = "+4522334455"
NAME = "Karen Testesen"


def now_wire():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def copenhagen_today():
    """The business day as the central counts it (Europe/Copenhagen)."""
    out = subprocess.run(["date", "+%F"], env={**os.environ, "TZ": "Europe/Copenhagen"},
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def make_pki(folder):
    """A CA and a server certificate for 127.0.0.1/localhost; returns (ca, cert, key)."""
    ca_key, ca = os.path.join(folder, "ca.key"), os.path.join(folder, "ca.pem")
    key, csr, cert = (os.path.join(folder, n) for n in ("server.key", "server.csr", "server.pem"))
    ext = os.path.join(folder, "san.ext")
    run = lambda *a: subprocess.run(a, check=True, capture_output=True)
    run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
        "-nodes", "-keyout", ca_key, "-out", ca, "-days", "2", "-subj",
        "/CN=borgerkiosk staff-test CA")
    run("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", key, "-out", csr, "-subj", "/CN=127.0.0.1")
    with open(ext, "w") as f:
        f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                "extendedKeyUsage=serverAuth\n")
    run("openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key,
        "-CAcreateserial", "-out", cert, "-days", "2", "-extfile", ext)
    return ca, cert, key


def spki_hash(cert):
    """Base64 of the SHA-256 of a certificate's public key (Chromium's SPKI pin)."""
    der = subprocess.run(["openssl", "x509", "-in", cert, "-pubkey", "-noout"],
                         capture_output=True, check=True).stdout
    der = subprocess.run(["openssl", "pkey", "-pubin", "-outform", "DER"], input=der,
                         capture_output=True, check=True).stdout
    return base64.b64encode(hashlib.sha256(der).digest()).decode()


def chromium(workdir, window_size, *extra_args):
    """Debian's headless Chromium through chromedriver (python3-selenium), in Danish, with its
    profile in `workdir`, accepting only the key of the certificate make_pki() left there
    (--ignore-certificate-errors-spki-list), not any certificate."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
              f"--window-size={window_size}", "--lang=da", f"--user-data-dir={workdir}/profile",
              "--ignore-certificate-errors-spki-list=" +
              spki_hash(os.path.join(workdir, "server.pem")), *extra_args):
        opts.add_argument(a)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


class Reply:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers  # list of (name, value)
        self.body = body

    def header(self, name):
        return [v for k, v in self.headers if k.lower() == name.lower()]

    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)


class Central:
    def __init__(self, workdir, central_bin, ctl_bin):
        self.dir = workdir
        self.central_bin = central_bin
        self.ctl_bin = ctl_bin
        self.proc = None
        self.port = 0

    def start(self, extra_config=""):
        self.ca, cert, key = make_pki(self.dir)
        self.config = os.path.join(self.dir, "central.conf")
        with open(self.config, "w") as f:
            f.write(f"listen = 127.0.0.1:0\ndatabase = {self.dir}/central.db\n"
                    f"tlsCert = {cert}\ntlsKey = {key}\n{extra_config}")
        self.log = open(os.path.join(self.dir, "central.log"), "w")
        self.proc = subprocess.Popen([self.central_bin, "--config", self.config, "--demo"],
                                     stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.proc.stdout.readline()
        m = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
        if not m:
            raise RuntimeError(f"central did not start: {line!r}")
        self.port = int(m.group(1))
        token = subprocess.run([self.central_bin, "--config", self.config,
                                "--make-admin-token", "staff-test", "--site", SITE],
                               capture_output=True, text=True, check=True).stdout.strip()
        self.admin_token_file = os.path.join(self.dir, "admin.token")
        with open(self.admin_token_file, "w") as f:
            f.write(token + "\n")
        self.admin_token = token

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait(10)
            self.proc.stdout.close()
            self.proc = None
            self.log.close()

    @property
    def base(self):
        return f"https://127.0.0.1:{self.port}"

    def request(self, method, path, body=None, headers=None, bearer=None, cookie=None):
        ctx = ssl.create_default_context(cafile=self.ca)
        conn = http.client.HTTPSConnection("127.0.0.1", self.port, context=ctx, timeout=30)
        h = dict(headers or {})
        if bearer:
            h["Authorization"] = "Bearer " + bearer
        if cookie:
            h["Cookie"] = cookie
        if isinstance(body, dict):
            body = json.dumps(body).encode()
            h.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            body = body.encode()
            h.setdefault("Content-Type", "application/x-www-form-urlencoded")
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        reply = Reply(r.status, r.getheaders(), r.read())
        conn.close()
        return reply

    def login(self, user, password, lang=None):
        """A login as a browser makes it: GET /staff/login for the form's pre-session token
        (cookie __Host-bk_login, hidden field login_csrf), then the POST with both."""
        extra = f"bk_lang={lang}" if lang else None
        page = self.request("GET", "/staff/login", cookie=extra)
        cookie = next(v for v in page.header("Set-Cookie")
                      if v.startswith("__Host-bk_login=")).split(";")[0]
        token = re.search(r'name="login_csrf" value="([^"]+)"', page.text()).group(1)
        body = urllib.parse.urlencode({"login_csrf": token, "username": user,
                                       "password": password})
        return self.request("POST", "/staff/login", body,
                            cookie=cookie + ("; " + extra if extra else ""))

    def session(self, user, password):
        """Logs in; returns (session cookie "name=value", the session's CSRF token, or None
        for a role whose landing page has no form)."""
        r = self.login(user, password)
        assert r.status == 303, (r.status, r.text())
        cookie = next(v for v in r.header("Set-Cookie")
                      if v.startswith("__Host-bk_staff=")).split(";")[0]
        page = self.request("GET", "/staff/prepare", cookie=cookie)
        if page.status != 200:
            page = self.request("GET", "/staff/home", cookie=cookie)
        m = re.search(r'name="csrf" value="([^"]+)"', page.text())
        return cookie, m.group(1) if m else None

    def ctl(self, *args, stdin=""):
        return subprocess.run([self.ctl_bin, "--central", self.base, "--ca", self.ca,
                               "--token-file", self.admin_token_file, *args],
                              input=stdin, capture_output=True, text=True, timeout=60)

    # --- seeding as a kiosk would --------------------------------------------------------

    def seed(self):
        """Booked citizens checked in (one booked with a phone number and a name) and chance
        tickets, all for today; returns {"booked": [labels], "chance": [labels],
        "order": [labels in the order call-next must call them]}."""
        r = self.request("POST", "/v1/enrol", {"code": "DEMO-KIOSK-0001",
                                               "kioskId": "staff-test-kiosk"})
        assert r.status == 200, r.text()
        self.kiosk_token = r.json()["token"]
        snap = self.request("GET", f"/v1/sites/{SITE}/snapshot", bearer=self.kiosk_token).json()
        services = {s["id"]: s for s in snap["services"]}
        # A booking with a phone number and a name, made through the kiosk API.
        slot = next(s for s in snap["slots"] if s["free"] > 0
                    and services[s["serviceId"]].get("bookable", True))
        r = self.request("POST", f"/v1/sites/{SITE}/bookings",
                         {"serviceId": slot["serviceId"], "start": slot["start"],
                          "phone": PHONE, "name": NAME, "opId": str(uuid.uuid4())},
                         bearer=self.kiosk_token)
        assert r.status in (200, 201), r.text()
        phone_code = r.json()["code"]
        day = copenhagen_today()
        ops, booked, chance = [], [], []
        today_bookings = [b for b in snap["bookings"] if b["status"] == "booked"][:2]
        codes = [(b["code"], b["serviceId"], b["start"]) for b in today_bookings]
        codes.append((phone_code, slot["serviceId"], slot["start"]))
        starts = {}
        for i, (code, service, start) in enumerate(codes, start=1):
            letter = services[service]["queueLetter"]
            label = f"{letter}{i:03d}"
            booked.append(label)
            starts[label] = start
            ops.append({"opId": str(uuid.uuid4()), "kind": "checkin",
                        "payload": {"code": code, "site": SITE, "service": service,
                                    "checkedInAt": now_wire(),
                                    "ticket": {"site": SITE, "day": day, "queue": letter,
                                               "number": i, "label": label}}})
        for i in range(1, 3):
            label = f"K{i:03d}"
            chance.append(label)
            ops.append({"opId": str(uuid.uuid4()), "kind": "ticket",
                        "payload": {"site": SITE, "service": "pas", "issuedAt": now_wire(),
                                    "ticket": {"site": SITE, "day": day, "queue": "K",
                                               "number": i, "label": label}}})
        r = self.request("POST", "/v1/outbox", {"ops": ops}, bearer=self.kiosk_token)
        assert r.status == 200, r.text()
        for res in r.json()["results"]:
            assert res["answer"]["status"] == "applied", res
        # The central's call-next rule: booked citizens whose time has come (by booked time),
        # then the chance queue (by issue), then booked citizens who came early.
        now = now_wire()
        due = sorted((t for t in booked if starts[t] <= now), key=lambda t: starts[t])
        early = sorted((t for t in booked if starts[t] > now), key=lambda t: starts[t])
        return {"booked": booked, "chance": chance, "order": due + chance + early}

    def book_tomorrow(self, count, phone, name):
        """Books `count` of tomorrow's (Europe/Copenhagen) free slots with a phone number and a
        name through the kiosk API, after seed() (whose own phone booking it checks in);
        returns (codes, the snapshot cursor from before them)."""
        snap = self.request("GET", f"/v1/sites/{SITE}/snapshot", bearer=self.kiosk_token).json()
        cph = ZoneInfo("Europe/Copenhagen")
        tomorrow = datetime.now(cph).date() + timedelta(days=1)
        local = lambda w: datetime.strptime(w, "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=timezone.utc).astimezone(cph).date()
        slots = [s for s in snap["slots"] if s["free"] > 0 and local(s["start"]) == tomorrow]
        assert len(slots) >= count, "the demo site has too few free slots tomorrow"
        codes = []
        for slot in slots[:count]:
            r = self.request("POST", f"/v1/sites/{SITE}/bookings",
                             {"serviceId": slot["serviceId"], "start": slot["start"],
                              "phone": phone, "name": name, "opId": str(uuid.uuid4())},
                             bearer=self.kiosk_token)
            assert r.status in (200, 201), r.text()
            codes.append(r.json()["code"])
        return codes, snap["cursor"]

    def add_staff(self, username, role, password):
        r = self.ctl("staff", "add", SITE, username, role, stdin=password + "\n")
        assert r.returncode == 0, r.stderr
        return r

    def staff_session(self, username, password):
        """Logs in without a browser (with the login form's pre-session token); returns (the
        cookie header's "name=value", the session's CSRF token)."""
        return self.session(username, password)


class LiveSocket:
    """A minimal WebSocket client (RFC 6455) for the kiosks' live call-outs: the upgrade with a
    bearer token, then unmasked text frames from the server. Enough to see what a kiosk sees."""

    def __init__(self, central, path, bearer=None):
        import base64
        import socket
        ctx = ssl.create_default_context(cafile=central.ca)
        raw = socket.create_connection(("127.0.0.1", central.port), timeout=10)
        self.sock = ctx.wrap_socket(raw, server_hostname="127.0.0.1")
        key = base64.b64encode(os.urandom(16)).decode()
        auth = f"Authorization: Bearer {bearer}\r\n" if bearer else ""
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           f"Sec-WebSocket-Version: 13\r\n{auth}\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        self.status = int(head.split(b" ")[1])
        self.buf = b""

    def _read(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise EOFError("connection closed")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def next_text(self, timeout=10.0):
        """The next text message (pings are skipped; the server sends none this soon)."""
        self.sock.settimeout(timeout)
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = int.from_bytes(self._read(2), "big")
            elif n == 127:
                n = int.from_bytes(self._read(8), "big")
            payload = self._read(n)
            if b0 & 0x0F == 0x1:
                return payload.decode()

    def close(self):
        self.sock.close()


def wait_for(predicate, timeout=10.0, step=0.1):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return False


class BrowserCase:
    """A unittest.TestCase mixin for a browser test with one central and one Chromium for the
    class: setUpClass of the test calls start_browser_case(); screenshots go to OUTPUT_DIR."""

    OUTPUT_DIR = "."

    @classmethod
    def start_browser_case(cls, prefix, central_bin, ctl_bin, window_size, *chromium_args):
        import tempfile
        cls.tmp = tempfile.TemporaryDirectory(prefix=prefix)
        cls.c = Central(cls.tmp.name, central_bin, ctl_bin)
        cls.c.start()
        cls.driver = chromium(cls.tmp.name, window_size, *chromium_args)
        cls.driver.implicitly_wait(0)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.c.stop()
        cls.tmp.cleanup()

    def shot(self, name):
        path = os.path.join(self.OUTPUT_DIR, name + ".png")
        self.driver.save_screenshot(path)
        return path

    def wait(self, predicate, timeout=10):
        from selenium.webdriver.support.ui import WebDriverWait
        return WebDriverWait(self.driver, timeout).until(lambda d: predicate())

    def el(self, css):
        from selenium.webdriver.common.by import By
        return self.driver.find_element(By.CSS_SELECTOR, css)
