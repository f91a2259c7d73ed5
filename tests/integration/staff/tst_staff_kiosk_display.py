"""A call from the counter page reaches a real stander's ticket display: the borgerkiosk
program (offscreen) enrolled at the real central over TLS, its serial line display (CD5220) on
a socat pseudo-terminal; the bytes the display receives carry the called number and counter.

    tst_staff_kiosk_display.py CENTRAL_BIN CTL_BIN KIOSK_BIN
"""

import os
import re
import select
import subprocess
import sys
import tempfile
import time
import unittest

import staffharness as h

PASSWORD = "korrekt-hest-batteri"


class KioskDisplay(unittest.TestCase):
    def test_counter_call_reaches_the_display(self):
        with tempfile.TemporaryDirectory(prefix="bk-staff-display-") as tmp:
            c = h.Central(tmp, CENTRAL_BIN, CTL_BIN)
            c.start()
            procs = []
            try:
                tickets = c.seed()
                c.add_staff("anna", "counter", PASSWORD)
                display, peer = os.path.join(tmp, "display"), os.path.join(tmp, "peer")
                socat = subprocess.Popen(
                    ["socat", f"pty,raw,echo=0,link={display}", f"pty,raw,echo=0,link={peer}"],
                    stderr=subprocess.DEVNULL)
                procs.append(socat)
                self.assertTrue(h.wait_for(lambda: os.path.exists(display)
                                           and os.path.exists(peer)))
                conf = os.path.join(tmp, "kiosk.conf")
                with open(conf, "w") as f:
                    f.write(f"""[site]
id = demo
name = Borgerservice Demo
[ui]
fullscreen = no
[store]
path = {tmp}/cache.sqlite
[devices]
printer = simulated
display = serial
scanner = simulated
receipt_dir = {tmp}/receipts
[display]
port = {display}
[admin]
pin_file = {tmp}/admin-pin
[central]
url = {c.base}
ca_file = {c.ca}
token_file = {tmp}/token
enrolment_code = DEMO-KIOSK-0002
""")
                log = open(os.path.join(tmp, "kiosk.log"), "w")
                kiosk = subprocess.Popen([KIOSK_BIN, "--config", conf], stdout=log, stderr=log,
                                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                              "TZ": "Europe/Copenhagen", "LANG": "da_DK.UTF-8"})
                procs.append(kiosk)
                kiosk_log = os.path.join(tmp, "kiosk.log")
                def read(path):
                    with open(path, encoding="utf-8", errors="replace") as f:
                        return f.read()
                self.assertTrue(h.wait_for(lambda: os.path.exists(f"{tmp}/token"), 60),
                                read(kiosk_log))
                # The central logs each live client; the kiosk's is the first on this site.
                self.assertTrue(h.wait_for(lambda: 'live client connected for site "demo"'
                                           in read(os.path.join(tmp, "central.log")), 60),
                                read(kiosk_log))

                fd = os.open(peer, os.O_RDONLY | os.O_NONBLOCK)
                got = b""
                try:
                    r = c.login("anna", PASSWORD)
                    cookie = r.header("Set-Cookie")[0].split(";")[0]
                    page = c.request("GET", "/staff/counter", cookie=cookie).text()
                    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
                    c.request("POST", "/staff/counter/choose", f"counter=7&csrf={csrf}",
                              cookie=cookie)
                    c.request("POST", "/staff/counter/call-next", f"csrf={csrf}", cookie=cookie)
                    called = re.search(r'id="ticket">([A-Z]\d{3})<', c.request(
                        "GET", "/staff/counter", cookie=cookie).text()).group(1)
                    self.assertEqual(called, tickets["order"][0])
                    end = time.monotonic() + 15
                    while time.monotonic() < end and called.encode() not in got:
                        ready, _, _ = select.select([fd], [], [], 0.5)
                        if ready:
                            got += os.read(fd, 4096)
                finally:
                    os.close(fd)
                # The CD5220 line the kiosk writes for a call-out: "B001 -> 7".
                self.assertIn(f"{called} -> 7".encode(), got, got)
            finally:
                for p in reversed(procs):
                    p.terminate()
                    p.wait(10)
                if procs[1:]:
                    log.close()
                c.stop()


if __name__ == "__main__":
    CENTRAL_BIN, CTL_BIN, KIOSK_BIN = sys.argv[1], sys.argv[2], sys.argv[3]
    unittest.main(argv=sys.argv[:1], verbosity=2)
