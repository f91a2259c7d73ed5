<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminEnrolPanel</name>
    <message>
        <source>Characters typed: %1 of %2</source>
        <translation>Characters typed: %1 of %2</translation>
    </message>
    <message>
        <source>Back to the actions</source>
        <translation>Back to the actions</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type a code again</source>
        <translation>Type a code again</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <translation>Enrol with this code</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Stander</source>
        <translation>Stander</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock and go back to the citizen screen</source>
        <translation>Lock and go back to the citizen screen</translation>
    </message>
    <message>
        <source>The stander</source>
        <translation>The stander</translation>
    </message>
    <message>
        <source>Print the test page</source>
        <translation>Print the test page</translation>
    </message>
    <message>
        <source>Test line on the display</source>
        <translation>Test line on the display</translation>
    </message>
    <message>
        <source>Stop the scan test</source>
        <translation>Stop the scan test</translation>
    </message>
    <message>
        <source>Scan something now</source>
        <translation>Scan something now</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Restart the program</source>
        <translation>Restart the program</translation>
    </message>
    <message>
        <source>Back to the citizen screen</source>
        <translation>Back to the citizen screen</translation>
    </message>
    <message>
        <source>Re-enrol with a new code</source>
        <translation>Re-enrol with a new code</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code from the central</source>
        <translation>Re-enrol with a new one-time code from the central</translation>
    </message>
</context>
<context>
    <name>AdminPinPage</name>
    <message>
        <source>Technician access</source>
        <translation>Technician access</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Digits typed: %1</translation>
    </message>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Erase</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Erase the last digit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdminText</name>
    <message>
        <source>booking code</source>
        <translation>booking code</translation>
    </message>
    <message>
        <source>booking code with a wrong character</source>
        <translation>booking code with a wrong character</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>unknown (not a code)</source>
        <translation>unknown (not a code)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <source>gone, trying again</source>
        <translation>gone, trying again</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>fault</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Locked until %1 after too many wrong PINs.</source>
        <translation>Locked until %1 after too many wrong PINs.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this stander. Set one as root with: borgerkiosk --set-admin-pin</source>
        <translation>No admin PIN is set on this stander. Set one as root with: borgerkiosk --set-admin-pin</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <source>Type the admin PIN.</source>
        <translation>Type the admin PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 try left before the pad locks.</source>
        <translation>Wrong PIN. 1 try left before the pad locks.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before the pad locks.</source>
        <translation>Wrong PIN. %1 tries left before the pad locks.</translation>
    </message>
    <message>
        <source>The PIN file cannot be read or written: see the journal (bk.admin).</source>
        <translation>The PIN file cannot be read or written: see the journal (bk.admin).</translation>
    </message>
    <message>
        <source>No central is configured: nothing to sync.</source>
        <translation>No central is configured: nothing to sync.</translation>
    </message>
    <message>
        <source>Sync started at %1.</source>
        <translation>Sync started at %1.</translation>
    </message>
    <message>
        <source>Restarting: the stander is back in a few seconds.</source>
        <translation>Restarting: the stander is back in a few seconds.</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (%2 s ago)</translation>
    </message>
    <message>
        <source>%1 (%2 min ago)</source>
        <translation>%1 (%2 min ago)</translation>
    </message>
    <message>
        <source>%1 (%2 h ago)</source>
        <translation>%1 (%2 h ago)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Put in paper, close the cover, then print the test page (Tests).</source>
        <translation>Put in paper, close the cover, then print the test page (Tests).</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and cable, and the CUPS queue (lpstat -p).</source>
        <translation>Check the printer&apos;s power and cable, and the CUPS queue (lpstat -p).</translation>
    </message>
    <message>
        <source>Set devices.printer in the configuration file.</source>
        <translation>Set devices.printer in the configuration file.</translation>
    </message>
    <message>
        <source>Look at the printer&apos;s paper roll.</source>
        <translation>Look at the printer&apos;s paper roll.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>Printer queue</translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation>Printer profile</translation>
    </message>
    <message>
        <source>Wrong letters or a ruler that wraps on the test page: fix [printer] in the configuration file.</source>
        <translation>Wrong letters or a ruler that wraps on the test page: fix [printer] in the configuration file.</translation>
    </message>
    <message>
        <source>Last print</source>
        <translation>Last print</translation>
    </message>
    <message>
        <source>none since the start</source>
        <translation>none since the start</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>sent (the printer cannot confirm paper)</source>
        <translation>sent (the printer cannot confirm paper)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Fix the printer&apos;s fault above, then print the test page.</source>
        <translation>Fix the printer&apos;s fault above, then print the test page.</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Ticket display</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>Set devices.display in the configuration file.</source>
        <translation>Set devices.display in the configuration file.</translation>
    </message>
    <message>
        <source>Check the display&apos;s cable and power; it reconnects by itself.</source>
        <translation>Check the display&apos;s cable and power; it reconnects by itself.</translation>
    </message>
    <message>
        <source>Barcode reader</source>
        <translation>Barcode reader</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set devices.scanner in the configuration file.</source>
        <translation>Set devices.scanner in the configuration file.</translation>
    </message>
    <message>
        <source>Check the reader&apos;s cable; it reconnects by itself.</source>
        <translation>Check the reader&apos;s cable; it reconnects by itself.</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Last scan</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>not run yet</translation>
    </message>
    <message>
        <source>printing …</source>
        <translation>printing …</translation>
    </message>
    <message>
        <source>Compare the page with the README&apos;s checklist.</source>
        <translation>Compare the page with the README&apos;s checklist.</translation>
    </message>
    <message>
        <source>sent: the printer cannot confirm paper, look at it</source>
        <translation>sent: the printer cannot confirm paper, look at it</translation>
    </message>
    <message>
        <source>See the printer on the Devices page.</source>
        <translation>See the printer on the Devices page.</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>Test page</translation>
    </message>
    <message>
        <source>Display test line</source>
        <translation>Display test line</translation>
    </message>
    <message>
        <source>a line &quot;TEST&quot; sent at %1: is it on the display?</source>
        <translation>a line &quot;TEST&quot; sent at %1: is it on the display?</translation>
    </message>
    <message>
        <source>Nothing on the display: check its cable and display.port.</source>
        <translation>Nothing on the display: check its cable and display.port.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>waiting: scan something now (nobody is checked in)</source>
        <translation>waiting: scan something now (nobody is checked in)</translation>
    </message>
    <message>
        <source>%1: a valid code</source>
        <translation>%1: a valid code</translation>
    </message>
    <message>
        <source>%1: not a valid booking code</source>
        <translation>%1: not a valid booking code</translation>
    </message>
    <message>
        <source>Scan test</source>
        <translation>Scan test</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>not configured: this stander works on its own</source>
        <translation>not configured: this stander works on its own</translation>
    </message>
    <message>
        <source>Set central.url, central.ca_file and central.token_file to connect it.</source>
        <translation>Set central.url, central.ca_file and central.token_file to connect it.</translation>
    </message>
    <message>
        <source>reachable, online</source>
        <translation>reachable, online</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>not reachable: %1</translation>
    </message>
    <message>
        <source>See TLS and token below.</source>
        <translation>See TLS and token below.</translation>
    </message>
    <message>
        <source>Check the network and central.url; then Sync now.</source>
        <translation>Check the network and central.url; then Sync now.</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>waiting for the first sync</translation>
    </message>
    <message>
        <source>Sync now (Actions).</source>
        <translation>Sync now (Actions).</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the central&apos;s certificate is not accepted</source>
        <translation>the central&apos;s certificate is not accepted</translation>
    </message>
    <message>
        <source>certificate accepted</source>
        <translation>certificate accepted</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>Check central.ca_file and the stander&apos;s clock.</source>
        <translation>Check central.ca_file and the stander&apos;s clock.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>refused by the central</source>
        <translation>refused by the central</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code (Actions).</source>
        <translation>Re-enrol with a new one-time code (Actions).</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>oldest %1</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>%1 waiting, %2</source>
        <translation>%1 waiting, %2</translation>
    </message>
    <message>
        <source>Bring the central back; nothing is lost.</source>
        <translation>Bring the central back; nothing is lost.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>none: a snapshot comes next</source>
        <translation>none: a snapshot comes next</translation>
    </message>
    <message>
        <source>Clock offset to the central</source>
        <translation>Clock offset to the central</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Check the stander&apos;s time sync (NTP).</source>
        <translation>Check the stander&apos;s time sync (NTP).</translation>
    </message>
    <message>
        <source>Call-outs (WebSocket)</source>
        <translation>Call-outs (WebSocket)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>Call-outs arrive with the next sync meanwhile.</source>
        <translation>Call-outs arrive with the next sync meanwhile.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Configuration file</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Free disk space</translation>
    </message>
    <message>
        <source>Free space on the disk (journal, old files).</source>
        <translation>Free space on the disk (journal, old files).</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Cache size</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Running for</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Last starts</source>
        <translation>Last starts</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>It restarts often: read the journal (journalctl -u borgerkiosk).</source>
        <translation>It restarts often: read the journal (journalctl -u borgerkiosk).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>no central is configured (central.url is empty)</source>
        <translation>no central is configured (central.url is empty)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code</source>
        <translation>Re-enrol with a new one-time code</translation>
    </message>
    <message>
        <source>Asking the central …</source>
        <translation>Asking the central …</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>The code was refused</source>
        <translation>The code was refused</translation>
    </message>
    <message>
        <source>The central cannot be reached</source>
        <translation>The central cannot be reached</translation>
    </message>
    <message>
        <source>The central&apos;s certificate is not accepted</source>
        <translation>The central&apos;s certificate is not accepted</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>No answer in time</translation>
    </message>
    <message>
        <source>Cannot enrol</source>
        <translation>Cannot enrol</translation>
    </message>
    <message>
        <source>The new token could not be stored</source>
        <translation>The new token could not be stored</translation>
    </message>
    <message>
        <source>Type the %1 characters of a one-time code from the central (borgerkiosk-central --make-enrol-code SITE). The stander keeps its present token until the central accepts the new code.</source>
        <translation>Type the %1 characters of a one-time code from the central (borgerkiosk-central --make-enrol-code SITE). The stander keeps its present token until the central accepts the new code.</translation>
    </message>
    <message>
        <source>Waiting for the central&apos;s answer (at most %1 s).</source>
        <translation>Waiting for the central&apos;s answer (at most %1 s).</translation>
    </message>
    <message>
        <source>The stander is enrolled at site %1 with a new token. The program restarts now to use it.</source>
        <translation>The stander is enrolled at site %1 with a new token. The program restarts now to use it.</translation>
    </message>
    <message>
        <source>The central says the code is unknown, mistyped or already used (%1). Check the code and type it again, or ask the administrator for a new one. Nothing was changed: the present token is kept.</source>
        <translation>The central says the code is unknown, mistyped or already used (%1). Check the code and type it again, or ask the administrator for a new one. Nothing was changed: the present token is kept.</translation>
    </message>
    <message>
        <source>%1. Check the network cable and central.url, then try again with the same code. Nothing was changed.</source>
        <translation>%1. Check the network cable and central.url, then try again with the same code. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1. Check central.ca_file and the stander&apos;s clock (the Central page), then try again with the same code. Nothing was changed.</source>
        <translation>%1. Check central.ca_file and the stander&apos;s clock (the Central page), then try again with the same code. Nothing was changed.</translation>
    </message>
    <message>
        <source>The central did not answer (%1). Check the network, then try again. If the central then says the code is used, ask for a new one. The present token is kept.</source>
        <translation>The central did not answer (%1). Check the network, then try again. If the central then says the code is used, ask for a new one. The present token is kept.</translation>
    </message>
    <message>
        <source>Not attempted: %1. Fix the [central] keys in the configuration file.</source>
        <translation>Not attempted: %1. Fix the [central] keys in the configuration file.</translation>
    </message>
    <message>
        <source>The central accepted the code, but the token could not be written (%1). The code is now used: fix the token file&apos;s folder (it must belong to the kiosk user), then enrol with a new code.</source>
        <translation>The central accepted the code, but the token could not be written (%1). The code is now used: fix the token file&apos;s folder (it must belong to the kiosk user), then enrol with a new code.</translation>
    </message>
</context>
<context>
    <name>BookingDonePage</name>
    <message>
        <source>Your time is booked</source>
        <translation>Your time is booked</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 at %3</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Your booking code</translation>
    </message>
    <message>
        <source>When you come, scan the receipt or type the code here to check in.</source>
        <translation>When you come, scan the receipt or type the code here to check in.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Please bring:</translation>
    </message>
    <message>
        <source>Please write down your code: %1.</source>
        <translation>Please write down your code: %1.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ChanceTicketPage</name>
    <message>
        <source>We cannot give you a ticket right now</source>
        <translation>We cannot give you a ticket right now</translation>
    </message>
    <message>
        <source>Here is your ticket</source>
        <translation>Here is your ticket</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Errand: %1</source>
        <translation>Errand: %1</translation>
    </message>
    <message>
        <source>Please speak to a member of staff.</source>
        <translation>Please speak to a member of staff.</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>We expect to call you at about %1, when a time becomes free. We cannot promise it.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>We cannot promise a time today. You will be called if a time becomes free.</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Please remember your number: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Hold the code from your letter or phone under the scanner. Or type the code here:</source>
        <translation>Hold the code from your letter or phone under the scanner. Or type the code here:</translation>
    </message>
    <message>
        <source>Typed so far: %1</source>
        <translation>Typed so far: %1</translation>
    </message>
    <message>
        <source>The code has %1 characters. %2 left.</source>
        <translation>The code has %1 characters. %2 left.</translation>
    </message>
    <message>
        <source>Read the code back</source>
        <translation>Read the code back</translation>
    </message>
</context>
<context>
    <name>CheckInResultPage</name>
    <message>
        <source>You are checked in</source>
        <translation>You are checked in</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>You are early</translation>
    </message>
    <message>
        <source>It is too late to check in</source>
        <translation>It is too late to check in</translation>
    </message>
    <message>
        <source>Your time is on another day</source>
        <translation>Your time is on another day</translation>
    </message>
    <message>
        <source>Your time is at another citizen service centre</source>
        <translation>Your time is at another citizen service centre</translation>
    </message>
    <message>
        <source>This booking has been cancelled</source>
        <translation>This booking has been cancelled</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation>You are already checked in</translation>
    </message>
    <message>
        <source>We cannot find this code</source>
        <translation>We cannot find this code</translation>
    </message>
    <message>
        <source>Check-in is not possible right now</source>
        <translation>Check-in is not possible right now</translation>
    </message>
    <message>
        <source>The code is too short</source>
        <translation>The code is too short</translation>
    </message>
    <message>
        <source>The code could not be read</source>
        <translation>The code could not be read</translation>
    </message>
    <message>
        <source>The code is not right</source>
        <translation>The code is not right</translation>
    </message>
    <message>
        <source>This is not a booking code</source>
        <translation>This is not a booking code</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</translation>
    </message>
    <message>
        <source>You are a little late, but we can still see you today. Please take a seat in the waiting area. Your number is shown on the screen when it is your turn.</source>
        <translation>You are a little late, but we can still see you today. Please take a seat in the waiting area. Your number is shown on the screen when it is your turn.</translation>
    </message>
    <message>
        <source>Your time is at %1. You can check in from %2. Please come back to the screen then, or take a seat and wait.</source>
        <translation>Your time is at %1. You can check in from %2. Please come back to the screen then, or take a seat and wait.</translation>
    </message>
    <message>
        <source>Your time was at %1. Please speak to a member of staff about a new time.</source>
        <translation>Your time was at %1. Please speak to a member of staff about a new time.</translation>
    </message>
    <message>
        <source>Your time was at %1. You can take a ticket and wait for a free time today, or book a new time.</source>
        <translation>Your time was at %1. You can take a ticket and wait for a free time today, or book a new time.</translation>
    </message>
    <message>
        <source>Your time is %1 at %2. Please come back that day.</source>
        <translation>Your time is %1 at %2. Please come back that day.</translation>
    </message>
    <message>
        <source>Your booking is for a different place. Your letter or text message says where to go. Your time is %1 at %2.</source>
        <translation>Your booking is for a different place. Your letter or text message says where to go. Your time is %1 at %2.</translation>
    </message>
    <message>
        <source>You can book a new time, or take a ticket and wait for a free time today.</source>
        <translation>You can book a new time, or take a ticket and wait for a free time today.</translation>
    </message>
    <message>
        <source>You do not need to do anything more. Please take a seat. Your number is shown on the screen when it is your turn.</source>
        <translation>You do not need to do anything more. Please take a seat. Your number is shown on the screen when it is your turn.</translation>
    </message>
    <message>
        <source>The code %1 is not one of our bookings. Check the code in your letter or text message and try again, or ask a member of staff.</source>
        <translation>The code %1 is not one of our bookings. Check the code in your letter or text message and try again, or ask a member of staff.</translation>
    </message>
    <message>
        <source>Please speak to a member of staff. They can check you in.</source>
        <translation>Please speak to a member of staff. They can check you in.</translation>
    </message>
    <message>
        <source>A code has 8 characters. Please type the whole code.</source>
        <translation>A code has 8 characters. Please type the whole code.</translation>
    </message>
    <message>
        <source>Please try again, or type the code on the keypad.</source>
        <translation>Please try again, or type the code on the keypad.</translation>
    </message>
    <message>
        <source>One of the characters is not right. Check the code in your letter or text message and type it again.</source>
        <translation>One of the characters is not right. Check the code in your letter or text message and type it again.</translation>
    </message>
    <message>
        <source>Please scan the code from your booking letter or text message, or type it on the keypad.</source>
        <translation>Please scan the code from your booking letter or text message, or type it on the keypad.</translation>
    </message>
    <message>
        <source>Your time is %1. Expect to be called at about that time.</source>
        <translation>Your time is %1. Expect to be called at about that time.</translation>
    </message>
    <message>
        <source>Expect to be called soon.</source>
        <translation>Expect to be called soon.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Please remember your number: %1.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Take a ticket for today</translation>
    </message>
    <message>
        <source>Book a new time</source>
        <translation>Book a new time</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Print my ticket again</source>
        <translation>Print my ticket again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Come back at</source>
        <translation>Come back at</translation>
    </message>
    <message>
        <source>Your time was</source>
        <translation>Your time was</translation>
    </message>
    <message>
        <source>Your time is</source>
        <translation>Your time is</translation>
    </message>
    <message>
        <source>You checked in earlier. Please take a seat in the waiting area: your number is on the ticket you got then, and it is shown on the screen when it is your turn. If you do not have that ticket, please ask at the counter.</source>
        <translation>You checked in earlier. Please take a seat in the waiting area: your number is on the ticket you got then, and it is shown on the screen when it is your turn. If you do not have that ticket, please ask at the counter.</translation>
    </message>
    <message>
        <source>Your errand was settled by phone</source>
        <translation>Your errand was settled by phone</translation>
    </message>
    <message>
        <source>Your errand can be done online</source>
        <translation>Your errand can be done online</translation>
    </message>
    <message>
        <source>A member of staff settled your errand with you by phone, so you do not need to come to the counter. If you still need help, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>A member of staff settled your errand with you by phone, so you do not need to come to the counter. If you still need help, please ask a member of staff, or take a ticket and wait for a free time today.</translation>
    </message>
    <message>
        <source>A member of staff agreed with you that you can do this errand yourself online, so you do not need to come to the counter. If you need help with it, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>A member of staff agreed with you that you can do this errand yourself online, so you do not need to come to the counter. If you need help with it, please ask a member of staff, or take a ticket and wait for a free time today.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Erase</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Erase the last character</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book a time: %1</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Choose a day</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>Fully booked</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translation>Free times: %1</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo: simulated devices</source>
        <translation>Demo: simulated devices</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Ticket display</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <source>No receipt printed yet</source>
        <translation>No receipt printed yet</translation>
    </message>
    <message>
        <source>Scan a demo code</source>
        <translation>Scan a demo code</translation>
    </message>
    <message>
        <source>Anything to scan</source>
        <translation>Anything to scan</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
</context>
<context>
    <name>DisplayToggles</name>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>ErrandPage</name>
    <message>
        <source>What have you come for?</source>
        <translation>What have you come for?</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Previous errands</source>
        <translation>Previous errands</translation>
    </message>
    <message>
        <source>More errands</source>
        <translation>More errands</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
</context>
<context>
    <name>HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Maundy Thursday</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>General Prayer Day</source>
        <translation>General Prayer Day</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Constitution Day</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Christmas Eve</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>New Year&apos;s Eve</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The time is %1</source>
        <translation>The time is %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Touch what you have come for.</source>
        <translation>Touch what you have come for.</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>I have a booking</translation>
    </message>
    <message>
        <source>Check in: scan or type the code from your letter or text message</source>
        <translation>Check in: scan or type the code from your letter or text message</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Book a time</translation>
    </message>
    <message>
        <source>Choose your errand, a day and a time</source>
        <translation>Choose your errand, a day and a time</translation>
    </message>
    <message>
        <source>I have no booking</source>
        <translation>I have no booking</translation>
    </message>
    <message>
        <source>Take a ticket and wait for a free time today</source>
        <translation>Take a ticket and wait for a free time today</translation>
    </message>
    <message>
        <source>The printer is not working right now. Your number will be shown on the screen.</source>
        <translation>The printer is not working right now. Your number will be shown on the screen.</translation>
    </message>
    <message>
        <source>You can check in and take a ticket as usual. Booking a new time is not possible here right now.</source>
        <translation>You can check in and take a ticket as usual. Booking a new time is not possible here right now.</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation>No speech</translation>
    </message>
    <message>
        <source>Speech is not available</source>
        <translation>Speech is not available</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation>Listen: read this screen aloud</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Citizen service kiosk</source>
        <translation>Citizen service kiosk</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Book a time</translation>
    </message>
    <message>
        <source>Booking your time …</source>
        <translation>Booking your time …</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Please wait a moment.</translation>
    </message>
    <message>
        <source>We cannot book a time here right now</source>
        <translation>We cannot book a time here right now</translation>
    </message>
    <message>
        <source>Nothing has been booked. You can take a ticket and wait for a free time today, or book from home at borger.dk.</source>
        <translation>Nothing has been booked. You can take a ticket and wait for a free time today, or book from home at borger.dk.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Take a ticket for today</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Take a ticket</translation>
    </message>
</context>
<context>
    <name>NonVisual</name>
    <message>
        <source>Touch the screen to hear what is under your finger. Tap twice anywhere to choose it.</source>
        <translation>Touch the screen to hear what is under your finger. Tap twice anywhere to choose it.</translation>
    </message>
    <message>
        <source>On the keypad, the arrow keys move from item to item, Enter chooses, Escape goes back, and F1 or the question mark reads the screen and this help.</source>
        <translation>On the keypad, the arrow keys move from item to item, Enter chooses, Escape goes back, and F1 or the question mark reads the screen and this help.</translation>
    </message>
    <message>
        <source>Press and hold Listen to end the non-visual mode.</source>
        <translation>Press and hold Listen to end the non-visual mode.</translation>
    </message>
    <message>
        <source>Non-visual mode on.</source>
        <translation>Non-visual mode on.</translation>
    </message>
    <message>
        <source>Non-visual mode off.</source>
        <translation>Non-visual mode off.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>button</source>
        <translation>button</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Move with the arrow keys or touch the screen.</source>
        <translation>Nothing is chosen yet. Move with the arrow keys or touch the screen.</translation>
    </message>
    <message>
        <source>There is no way back from here.</source>
        <translation>There is no way back from here.</translation>
    </message>
    <message>
        <source>Non-visual mode · hold Listen to end</source>
        <translation>Non-visual mode · hold Listen to end</translation>
    </message>
    <message>
        <source>Non-visual mode</source>
        <translation>Non-visual mode</translation>
    </message>
</context>
<context>
    <name>NowServingPanel</name>
    <message>
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <source>Called numbers are shown here.</source>
        <translation>Called numbers are shown here.</translation>
    </message>
</context>
<context>
    <name>PhoneKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Erase</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Erase the last digit</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book a time: %1</translation>
    </message>
    <message>
        <source>Would you like a reminder by text message?</source>
        <translation>Would you like a reminder by text message?</translation>
    </message>
    <message>
        <source>Type your mobile number. We only use it to send you a reminder. You can also continue without it.</source>
        <translation>Type your mobile number. We only use it to send you a reminder. You can also continue without it.</translation>
    </message>
    <message>
        <source>A mobile number has 8 digits. Please type the whole number.</source>
        <translation>A mobile number has 8 digits. Please type the whole number.</translation>
    </message>
    <message>
        <source>A Danish mobile number does not start with 0 or 1. Please check the number.</source>
        <translation>A Danish mobile number does not start with 0 or 1. Please check the number.</translation>
    </message>
    <message>
        <source>Continue with this number</source>
        <translation>Continue with this number</translation>
    </message>
    <message>
        <source>Continue without a reminder</source>
        <translation>Continue without a reminder</translation>
    </message>
    <message>
        <source>Read the number back</source>
        <translation>Read the number back</translation>
    </message>
</context>
<context>
    <name>ReceiptLayouts</name>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Printed %1 at %2</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>You are checked in</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>Your time: %1</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</translation>
    </message>
    <message>
        <source>Ticket without a booking</source>
        <translation>Ticket without a booking</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>We expect to call you at about %1, when a time becomes free. We cannot promise it.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>We cannot promise a time today. You will be called if a time becomes free.</translation>
    </message>
    <message>
        <source>Your number is shown on the screen when it is your turn.</source>
        <translation>Your number is shown on the screen when it is your turn.</translation>
    </message>
    <message>
        <source>Follow your place in the queue on your phone</source>
        <translation>Follow your place in the queue on your phone</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Your booking</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>When you come, scan this code or type it at the kiosk to check in.</source>
        <translation>When you come, scan this code or type it at the kiosk to check in.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Please bring:</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>You can do this at home</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in a browser.</source>
        <translation>Scan the code with your phone&apos;s camera, or type the address in a browser.</translation>
    </message>
</context>
<context>
    <name>ReceiptNote</name>
    <message>
        <source>Printing your receipt …</source>
        <translation>Printing your receipt …</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Take your receipt from the printer below the screen.</translation>
    </message>
    <message>
        <source>Your receipt was sent to the printer below the screen. If no paper comes out: %1</source>
        <translation>Your receipt was sent to the printer below the screen. If no paper comes out: %1</translation>
    </message>
    <message>
        <source>The printer is not working, so there is no paper. %1</source>
        <translation>The printer is not working, so there is no paper. %1</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book a time: %1</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>You can do this at home</translation>
    </message>
    <message>
        <source>You can write down the address above.</source>
        <translation>You can write down the address above.</translation>
    </message>
    <message>
        <source>Print the address</source>
        <translation>Print the address</translation>
    </message>
    <message>
        <source>Book a time anyway</source>
        <translation>Book a time anyway</translation>
    </message>
    <message>
        <source>%1 can be done on the internet from home, without coming here. Scan the square code with your phone&apos;s camera, or take the address home on paper.</source>
        <translation>%1 can be done on the internet from home, without coming here. Scan the square code with your phone&apos;s camera, or take the address home on paper.</translation>
    </message>
</context>
<context>
    <name>SlotTakenPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book a time: %1</translation>
    </message>
    <message>
        <source>Sorry, that time has just been taken</source>
        <translation>Sorry, that time has just been taken</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago. These times on %1 are free:</source>
        <translation>Someone else booked it a moment ago. These times on %1 are free:</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago, and there are no other free times that day. Press Back to choose another day.</source>
        <translation>Someone else booked it a moment ago, and there are no other free times that day. Press Back to choose another day.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>The receipt says:</source>
        <translation>The receipt says:</translation>
    </message>
    <message>
        <source>A reminder will be sent by text message.</source>
        <translation>A reminder will be sent by text message.</translation>
    </message>
    <message>
        <source>%1 of %2 digits typed.</source>
        <translation>%1 of %2 digits typed.</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Yes, I am still here</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Seconds left: %1</translation>
    </message>
    <message>
        <source>Soon the screen starts again, and what you typed is deleted.</source>
        <translation>Soon the screen starts again, and what you typed is deleted.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book a time: %1</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Is this right?</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>Errand</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Text message to %1</source>
        <translation>Text message to %1</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <source>If something is wrong, press Back.</source>
        <translation>If something is wrong, press Back.</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>Yes, book this time</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book a time: %1</translation>
    </message>
    <message>
        <source>Choose a time on %1</source>
        <translation>Choose a time on %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translation>Earlier times</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Later times</translation>
    </message>
</context>
</TS>
