<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>AdminEnrolPanel</name>
    <message>
        <source>Characters typed: %1 of %2</source>
        <translation>Eingegebene Zeichen: %1 von %2</translation>
    </message>
    <message>
        <source>Back to the actions</source>
        <translation>Zurück zu den Aktionen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Type a code again</source>
        <translation>Code erneut eingeben</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <translation>Mit diesem Code registrieren</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Zentrale</translation>
    </message>
    <message>
        <source>Stander</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock and go back to the citizen screen</source>
        <translation>Sperren und zurück zum Bürgerbildschirm</translation>
    </message>
    <message>
        <source>The stander</source>
        <translation>Das Terminal</translation>
    </message>
    <message>
        <source>Print the test page</source>
        <translation>Testseite drucken</translation>
    </message>
    <message>
        <source>Test line on the display</source>
        <translation>Testzeile auf der Anzeige</translation>
    </message>
    <message>
        <source>Stop the scan test</source>
        <translation>Scantest beenden</translation>
    </message>
    <message>
        <source>Scan something now</source>
        <translation>Jetzt etwas scannen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Restart the program</source>
        <translation>Programm neu starten</translation>
    </message>
    <message>
        <source>Back to the citizen screen</source>
        <translation>Zurück zum Bürgerbildschirm</translation>
    </message>
    <message>
        <source>Re-enrol with a new code</source>
        <translation>Mit neuem Code neu registrieren</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code from the central</source>
        <translation>Mit einem neuen Einmalcode der Zentrale neu registrieren</translation>
    </message>
</context>
<context>
    <name>AdminPinPage</name>
    <message>
        <source>Technician access</source>
        <translation>Techniker-Zugang</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Eingegebene Ziffern: %1</translation>
    </message>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Löschen</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>AdminText</name>
    <message>
        <source>booking code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <source>booking code with a wrong character</source>
        <translation>Buchungscode mit einem falschen Zeichen</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>unknown (not a code)</source>
        <translation>unbekannt (kein Code)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>gone, trying again</source>
        <translation>getrennt, neuer Versuch läuft</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>Gesperrt bis %1 nach zu vielen falschen PINs.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this stander. Set one as root with: borgerkiosk --set-admin-pin</source>
        <translation>Auf diesem Terminal ist keine Admin-PIN gesetzt. Setzen Sie eine als root mit: borgerkiosk --set-admin-pin</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Type the admin PIN.</source>
        <translation>Geben Sie die Admin-PIN ein.</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 try left before the pad locks.</source>
        <translation>Falsche PIN. Noch 1 Versuch, dann wird das Tastenfeld gesperrt.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before the pad locks.</source>
        <translation>Falsche PIN. Noch %1 Versuche, dann wird das Tastenfeld gesperrt.</translation>
    </message>
    <message>
        <source>The PIN file cannot be read or written: see the journal (bk.admin).</source>
        <translation>Die PIN-Datei kann nicht gelesen oder geschrieben werden: siehe Journal (bk.admin).</translation>
    </message>
    <message>
        <source>No central is configured: nothing to sync.</source>
        <translation>Keine Zentrale eingerichtet: nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>Sync started at %1.</source>
        <translation>Synchronisierung gestartet um %1.</translation>
    </message>
    <message>
        <source>Restarting: the stander is back in a few seconds.</source>
        <translation>Neustart: Das Terminal ist in wenigen Sekunden wieder da.</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (vor %2 s)</translation>
    </message>
    <message>
        <source>%1 (%2 min ago)</source>
        <translation>%1 (vor %2 min)</translation>
    </message>
    <message>
        <source>%1 (%2 h ago)</source>
        <translation>%1 (vor %2 h)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Put in paper, close the cover, then print the test page (Tests).</source>
        <translation>Papier einlegen, Deckel schließen, dann die Testseite drucken (Tests).</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and cable, and the CUPS queue (lpstat -p).</source>
        <translation>Strom und Kabel des Druckers sowie die CUPS-Warteschlange prüfen (lpstat -p).</translation>
    </message>
    <message>
        <source>Set devices.printer in the configuration file.</source>
        <translation>devices.printer in der Konfigurationsdatei setzen.</translation>
    </message>
    <message>
        <source>Look at the printer&apos;s paper roll.</source>
        <translation>Papierrolle des Druckers prüfen.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>Druckerwarteschlange</translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation>Druckerprofil</translation>
    </message>
    <message>
        <source>Wrong letters or a ruler that wraps on the test page: fix [printer] in the configuration file.</source>
        <translation>Falsche Buchstaben oder ein umbrechendes Lineal auf der Testseite: [printer] in der Konfigurationsdatei korrigieren.</translation>
    </message>
    <message>
        <source>Last print</source>
        <translation>Letzter Druck</translation>
    </message>
    <message>
        <source>none since the start</source>
        <translation>keiner seit dem Start</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>sent (the printer cannot confirm paper)</source>
        <translation>gesendet (der Drucker kann Papier nicht bestätigen)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Fix the printer&apos;s fault above, then print the test page.</source>
        <translation>Den Druckerfehler oben beheben, dann die Testseite drucken.</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Nummernanzeige</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (Port %2)</translation>
    </message>
    <message>
        <source>Set devices.display in the configuration file.</source>
        <translation>devices.display in der Konfigurationsdatei setzen.</translation>
    </message>
    <message>
        <source>Check the display&apos;s cable and power; it reconnects by itself.</source>
        <translation>Kabel und Strom der Anzeige prüfen; sie verbindet sich von selbst neu.</translation>
    </message>
    <message>
        <source>Barcode reader</source>
        <translation>Barcodeleser</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set devices.scanner in the configuration file.</source>
        <translation>devices.scanner in der Konfigurationsdatei setzen.</translation>
    </message>
    <message>
        <source>Check the reader&apos;s cable; it reconnects by itself.</source>
        <translation>Kabel des Lesers prüfen; er verbindet sich von selbst neu.</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht gelaufen</translation>
    </message>
    <message>
        <source>printing …</source>
        <translation>wird gedruckt …</translation>
    </message>
    <message>
        <source>Compare the page with the README&apos;s checklist.</source>
        <translation>Die Seite mit der Checkliste in der README vergleichen.</translation>
    </message>
    <message>
        <source>sent: the printer cannot confirm paper, look at it</source>
        <translation>gesendet: Der Drucker kann Papier nicht bestätigen, bitte nachsehen</translation>
    </message>
    <message>
        <source>See the printer on the Devices page.</source>
        <translation>Siehe Drucker auf der Seite Geräte.</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>Testseite</translation>
    </message>
    <message>
        <source>Display test line</source>
        <translation>Testzeile auf der Anzeige</translation>
    </message>
    <message>
        <source>a line &quot;TEST&quot; sent at %1: is it on the display?</source>
        <translation>Zeile „TEST“ gesendet um %1: Steht sie auf der Anzeige?</translation>
    </message>
    <message>
        <source>Nothing on the display: check its cable and display.port.</source>
        <translation>Nichts auf der Anzeige: Kabel und display.port prüfen.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>waiting: scan something now (nobody is checked in)</source>
        <translation>wartet: Jetzt etwas scannen (niemand wird eingecheckt)</translation>
    </message>
    <message>
        <source>%1: a valid code</source>
        <translation>%1: ein gültiger Code</translation>
    </message>
    <message>
        <source>%1: not a valid booking code</source>
        <translation>%1: kein gültiger Buchungscode</translation>
    </message>
    <message>
        <source>Scan test</source>
        <translation>Scantest</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Zentrale</translation>
    </message>
    <message>
        <source>not configured: this stander works on its own</source>
        <translation>nicht eingerichtet: Dieses Terminal arbeitet allein</translation>
    </message>
    <message>
        <source>Set central.url, central.ca_file and central.token_file to connect it.</source>
        <translation>central.url, central.ca_file und central.token_file setzen, um es zu verbinden.</translation>
    </message>
    <message>
        <source>reachable, online</source>
        <translation>erreichbar, online</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>See TLS and token below.</source>
        <translation>Siehe TLS und Token unten.</translation>
    </message>
    <message>
        <source>Check the network and central.url; then Sync now.</source>
        <translation>Netzwerk und central.url prüfen; dann Jetzt synchronisieren.</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>wartet auf die erste Synchronisierung</translation>
    </message>
    <message>
        <source>Sync now (Actions).</source>
        <translation>Jetzt synchronisieren (Aktionen).</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the central&apos;s certificate is not accepted</source>
        <translation>das Zertifikat der Zentrale wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>certificate accepted</source>
        <translation>Zertifikat akzeptiert</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Check central.ca_file and the stander&apos;s clock.</source>
        <translation>central.ca_file und die Uhr des Terminals prüfen.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>refused by the central</source>
        <translation>von der Zentrale abgelehnt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code (Actions).</source>
        <translation>Mit einem neuen Einmalcode neu registrieren (Aktionen).</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Letzte erfolgreiche Synchronisierung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>älteste %1</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>%1 waiting, %2</source>
        <translation>%1 wartend, %2</translation>
    </message>
    <message>
        <source>Bring the central back; nothing is lost.</source>
        <translation>Verbindung zur Zentrale wiederherstellen; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>none: a snapshot comes next</source>
        <translation>keiner: Als Nächstes kommt ein vollständiger Abzug</translation>
    </message>
    <message>
        <source>Clock offset to the central</source>
        <translation>Uhrabweichung zur Zentrale</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Check the stander&apos;s time sync (NTP).</source>
        <translation>Zeitsynchronisierung des Terminals prüfen (NTP).</translation>
    </message>
    <message>
        <source>Call-outs (WebSocket)</source>
        <translation>Aufrufe (WebSocket)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Call-outs arrive with the next sync meanwhile.</source>
        <translation>Aufrufe kommen solange mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <source>Free space on the disk (journal, old files).</source>
        <translation>Speicherplatz auf der Festplatte freigeben (Journal, alte Dateien).</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Cache-Größe</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Läuft seit</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Last starts</source>
        <translation>Letzte Starts</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>It restarts often: read the journal (journalctl -u borgerkiosk).</source>
        <translation>Es startet oft neu: Journal lesen (journalctl -u borgerkiosk).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>no central is configured (central.url is empty)</source>
        <translation>keine Zentrale eingerichtet (central.url ist leer)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code</source>
        <translation>Mit einem neuen Einmalcode neu registrieren</translation>
    </message>
    <message>
        <source>Asking the central …</source>
        <translation>Zentrale wird abgefragt …</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>The code was refused</source>
        <translation>Der Code wurde abgelehnt</translation>
    </message>
    <message>
        <source>The central cannot be reached</source>
        <translation>Die Zentrale ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The central&apos;s certificate is not accepted</source>
        <translation>Das Zertifikat der Zentrale wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>Cannot enrol</source>
        <translation>Registrierung nicht möglich</translation>
    </message>
    <message>
        <source>The new token could not be stored</source>
        <translation>Das neue Token konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Type the %1 characters of a one-time code from the central (borgerkiosk-central --make-enrol-code SITE). The stander keeps its present token until the central accepts the new code.</source>
        <translation>Die %1 Zeichen eines Einmalcodes der Zentrale eingeben (borgerkiosk-central --make-enrol-code SITE). Das Terminal behält sein bisheriges Token, bis die Zentrale den neuen Code akzeptiert.</translation>
    </message>
    <message>
        <source>Waiting for the central&apos;s answer (at most %1 s).</source>
        <translation>Warten auf die Antwort der Zentrale (höchstens %1 s).</translation>
    </message>
    <message>
        <source>The stander is enrolled at site %1 with a new token. The program restarts now to use it.</source>
        <translation>Das Terminal ist mit einem neuen Token am Standort %1 registriert. Das Programm startet jetzt neu, um es zu verwenden.</translation>
    </message>
    <message>
        <source>The central says the code is unknown, mistyped or already used (%1). Check the code and type it again, or ask the administrator for a new one. Nothing was changed: the present token is kept.</source>
        <translation>Laut Zentrale ist der Code unbekannt, falsch eingegeben oder schon benutzt (%1). Code prüfen und erneut eingeben oder den Administrator um einen neuen bitten. Nichts wurde geändert: Das bisherige Token bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1. Check the network cable and central.url, then try again with the same code. Nothing was changed.</source>
        <translation>%1. Netzwerkkabel und central.url prüfen, dann mit demselben Code erneut versuchen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1. Check central.ca_file and the stander&apos;s clock (the Central page), then try again with the same code. Nothing was changed.</source>
        <translation>%1. central.ca_file und die Uhr des Terminals prüfen (Seite Zentrale), dann mit demselben Code erneut versuchen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The central did not answer (%1). Check the network, then try again. If the central then says the code is used, ask for a new one. The present token is kept.</source>
        <translation>Die Zentrale hat nicht geantwortet (%1). Netzwerk prüfen, dann erneut versuchen. Meldet die Zentrale dann, dass der Code benutzt ist, um einen neuen bitten. Das bisherige Token bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not attempted: %1. Fix the [central] keys in the configuration file.</source>
        <translation>Nicht versucht: %1. Die Schlüssel unter [central] in der Konfigurationsdatei korrigieren.</translation>
    </message>
    <message>
        <source>The central accepted the code, but the token could not be written (%1). The code is now used: fix the token file&apos;s folder (it must belong to the kiosk user), then enrol with a new code.</source>
        <translation>Die Zentrale hat den Code akzeptiert, aber das Token konnte nicht geschrieben werden (%1). Der Code ist jetzt verbraucht: Den Ordner der Token-Datei korrigieren (er muss dem Benutzer kiosk gehören), dann mit einem neuen Code registrieren.</translation>
    </message>
</context>
<context>
    <name>BookingDonePage</name>
    <message>
        <source>Your time is booked</source>
        <translation>Ihr Termin ist gebucht</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 um %3</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Ihr Buchungscode</translation>
    </message>
    <message>
        <source>When you come, scan the receipt or type the code here to check in.</source>
        <translation>Wenn Sie kommen, scannen Sie den Beleg oder geben Sie den Code hier ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Bitte mitbringen:</translation>
    </message>
    <message>
        <source>Please write down your code: %1.</source>
        <translation>Bitte schreiben Sie Ihren Code auf: %1.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ChanceTicketPage</name>
    <message>
        <source>We cannot give you a ticket right now</source>
        <translation>Wir können Ihnen gerade keine Wartenummer geben</translation>
    </message>
    <message>
        <source>Here is your ticket</source>
        <translation>Hier ist Ihre Wartenummer</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ihre Nummer</translation>
    </message>
    <message>
        <source>Errand: %1</source>
        <translation>Anliegen: %1</translation>
    </message>
    <message>
        <source>Please speak to a member of staff.</source>
        <translation>Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Wir rufen Sie voraussichtlich gegen %1 auf, wenn ein Termin frei wird. Versprechen können wir das nicht.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Wir können Ihnen heute keinen Termin versprechen. Sie werden aufgerufen, wenn ein Termin frei wird.</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Bitte nehmen Sie im Wartebereich Platz. Wenn Sie an der Reihe sind, erscheint Ihre Nummer auf dem Bildschirm mit dem Schalter, zu dem Sie gehen sollen.</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Bitte merken Sie sich Ihre Nummer: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Hold the code from your letter or phone under the scanner. Or type the code here:</source>
        <translation>Halten Sie den Code aus Ihrem Brief oder auf Ihrem Telefon unter den Scanner. Oder geben Sie den Code hier ein:</translation>
    </message>
    <message>
        <source>Typed so far: %1</source>
        <translation>Bisher eingegeben: %1</translation>
    </message>
    <message>
        <source>The code has %1 characters. %2 left.</source>
        <translation>Der Code hat %1 Zeichen. Es fehlen noch %2.</translation>
    </message>
    <message>
        <source>Read the code back</source>
        <translation>Code vorlesen</translation>
    </message>
</context>
<context>
    <name>CheckInResultPage</name>
    <message>
        <source>You are checked in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Sie sind zu früh</translation>
    </message>
    <message>
        <source>It is too late to check in</source>
        <translation>Es ist zu spät zum Anmelden</translation>
    </message>
    <message>
        <source>Your time is on another day</source>
        <translation>Ihr Termin ist an einem anderen Tag</translation>
    </message>
    <message>
        <source>Your time is at another citizen service centre</source>
        <translation>Ihr Termin ist in einem anderen Bürgerservice</translation>
    </message>
    <message>
        <source>This booking has been cancelled</source>
        <translation>Dieser Termin wurde abgesagt</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation>Sie sind bereits angemeldet</translation>
    </message>
    <message>
        <source>We cannot find this code</source>
        <translation>Wir finden diesen Code nicht</translation>
    </message>
    <message>
        <source>Check-in is not possible right now</source>
        <translation>Anmelden ist gerade nicht möglich</translation>
    </message>
    <message>
        <source>The code is too short</source>
        <translation>Der Code ist zu kurz</translation>
    </message>
    <message>
        <source>The code could not be read</source>
        <translation>Der Code konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The code is not right</source>
        <translation>Der Code ist nicht richtig</translation>
    </message>
    <message>
        <source>This is not a booking code</source>
        <translation>Das ist kein Buchungscode</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Bitte nehmen Sie im Wartebereich Platz. Wenn Sie an der Reihe sind, erscheint Ihre Nummer auf dem Bildschirm mit dem Schalter, zu dem Sie gehen sollen.</translation>
    </message>
    <message>
        <source>You are a little late, but we can still see you today. Please take a seat in the waiting area. Your number is shown on the screen when it is your turn.</source>
        <translation>Sie sind etwas spät, aber wir können Sie heute noch empfangen. Bitte nehmen Sie im Wartebereich Platz. Ihre Nummer erscheint auf dem Bildschirm, wenn Sie an der Reihe sind.</translation>
    </message>
    <message>
        <source>Your time is at %1. You can check in from %2. Please come back to the screen then, or take a seat and wait.</source>
        <translation>Ihr Termin ist um %1. Sie können sich ab %2 anmelden. Kommen Sie dann bitte wieder zum Bildschirm, oder nehmen Sie Platz und warten Sie.</translation>
    </message>
    <message>
        <source>Your time was at %1. Please speak to a member of staff about a new time.</source>
        <translation>Ihr Termin war um %1. Bitte sprechen Sie mit dem Personal über einen neuen Termin.</translation>
    </message>
    <message>
        <source>Your time was at %1. You can take a ticket and wait for a free time today, or book a new time.</source>
        <translation>Ihr Termin war um %1. Sie können eine Wartenummer ziehen und heute auf einen freien Termin warten, oder einen neuen Termin buchen.</translation>
    </message>
    <message>
        <source>Your time is %1 at %2. Please come back that day.</source>
        <translation>Ihr Termin ist am %1 um %2. Bitte kommen Sie an diesem Tag wieder.</translation>
    </message>
    <message>
        <source>Your booking is for a different place. Your letter or text message says where to go. Your time is %1 at %2.</source>
        <translation>Ihr Termin ist an einem anderen Ort. In Ihrem Brief oder Ihrer SMS steht, wohin Sie gehen müssen. Ihr Termin ist am %1 um %2.</translation>
    </message>
    <message>
        <source>You can book a new time, or take a ticket and wait for a free time today.</source>
        <translation>Sie können einen neuen Termin buchen oder eine Wartenummer ziehen und heute auf einen freien Termin warten.</translation>
    </message>
    <message>
        <source>You do not need to do anything more. Please take a seat. Your number is shown on the screen when it is your turn.</source>
        <translation>Sie müssen nichts weiter tun. Bitte nehmen Sie Platz. Ihre Nummer erscheint auf dem Bildschirm, wenn Sie an der Reihe sind.</translation>
    </message>
    <message>
        <source>The code %1 is not one of our bookings. Check the code in your letter or text message and try again, or ask a member of staff.</source>
        <translation>Der Code %1 gehört zu keinem unserer Termine. Prüfen Sie den Code in Ihrem Brief oder Ihrer SMS und versuchen Sie es erneut, oder fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>Please speak to a member of staff. They can check you in.</source>
        <translation>Bitte wenden Sie sich an das Personal. Dort kann man Sie anmelden.</translation>
    </message>
    <message>
        <source>A code has 8 characters. Please type the whole code.</source>
        <translation>Ein Code hat 8 Zeichen. Bitte geben Sie den ganzen Code ein.</translation>
    </message>
    <message>
        <source>Please try again, or type the code on the keypad.</source>
        <translation>Bitte versuchen Sie es erneut, oder geben Sie den Code auf dem Tastenfeld ein.</translation>
    </message>
    <message>
        <source>One of the characters is not right. Check the code in your letter or text message and type it again.</source>
        <translation>Eines der Zeichen ist nicht richtig. Prüfen Sie den Code in Ihrem Brief oder Ihrer SMS und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Please scan the code from your booking letter or text message, or type it on the keypad.</source>
        <translation>Bitte scannen Sie den Code aus Ihrem Terminbrief oder Ihrer SMS, oder geben Sie ihn auf dem Tastenfeld ein.</translation>
    </message>
    <message>
        <source>Your time is %1. Expect to be called at about that time.</source>
        <translation>Ihr Termin ist um %1. Sie werden voraussichtlich um diese Zeit aufgerufen.</translation>
    </message>
    <message>
        <source>Expect to be called soon.</source>
        <translation>Sie werden bald aufgerufen.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ihre Nummer</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Bitte merken Sie sich Ihre Nummer: %1.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Wartenummer für heute ziehen</translation>
    </message>
    <message>
        <source>Book a new time</source>
        <translation>Neuen Termin buchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Print my ticket again</source>
        <translation>Meine Wartenummer erneut drucken</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Come back at</source>
        <translation>Kommen Sie wieder um</translation>
    </message>
    <message>
        <source>Your time was</source>
        <translation>Ihr Termin war um</translation>
    </message>
    <message>
        <source>Your time is</source>
        <translation>Ihr Termin ist</translation>
    </message>
    <message>
        <source>You checked in earlier. Please take a seat in the waiting area: your number is on the ticket you got then, and it is shown on the screen when it is your turn. If you do not have that ticket, please ask at the counter.</source>
        <translation>Sie haben sich bereits vorher angemeldet. Bitte nehmen Sie im Wartebereich Platz: Ihre Nummer steht auf dem Zettel, den Sie damals bekommen haben, und sie erscheint auf dem Bildschirm, wenn Sie an der Reihe sind. Wenn Sie diesen Zettel nicht haben, fragen Sie bitte am Schalter.</translation>
    </message>
    <message>
        <source>Your errand was settled by phone</source>
        <translation>Ihr Anliegen wurde telefonisch erledigt</translation>
    </message>
    <message>
        <source>Your errand can be done online</source>
        <translation>Ihr Anliegen können Sie online erledigen</translation>
    </message>
    <message>
        <source>A member of staff settled your errand with you by phone, so you do not need to come to the counter. If you still need help, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>Eine Mitarbeiterin oder ein Mitarbeiter hat Ihr Anliegen telefonisch mit Ihnen erledigt. Sie müssen nicht zum Schalter kommen. Wenn Sie trotzdem Hilfe brauchen, fragen Sie bitte das Personal, oder ziehen Sie eine Nummer und warten Sie auf einen freien Termin heute.</translation>
    </message>
    <message>
        <source>A member of staff agreed with you that you can do this errand yourself online, so you do not need to come to the counter. If you need help with it, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>Eine Mitarbeiterin oder ein Mitarbeiter hat mit Ihnen vereinbart, dass Sie dieses Anliegen selbst online erledigen können. Sie müssen nicht zum Schalter kommen. Wenn Sie dabei Hilfe brauchen, fragen Sie bitte das Personal, oder ziehen Sie eine Nummer und warten Sie auf einen freien Termin heute.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Löschen</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Termin buchen: %1</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Wählen Sie einen Tag</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Geschlossen: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translation>Freie Termine: %1</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo: simulated devices</source>
        <translation>Demo: simulierte Geräte</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Nummernanzeige</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Letzter Beleg</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Testseite drucken</translation>
    </message>
    <message>
        <source>No receipt printed yet</source>
        <translation>Noch kein Beleg gedruckt</translation>
    </message>
    <message>
        <source>Scan a demo code</source>
        <translation>Einen Demo-Code scannen</translation>
    </message>
    <message>
        <source>Anything to scan</source>
        <translation>Beliebiger Scan-Inhalt</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
</context>
<context>
    <name>DisplayToggles</name>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>ErrandPage</name>
    <message>
        <source>What have you come for?</source>
        <translation>Was ist Ihr Anliegen?</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Previous errands</source>
        <translation>Vorherige Anliegen</translation>
    </message>
    <message>
        <source>More errands</source>
        <translation>Weitere Anliegen</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
</context>
<context>
    <name>HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Neujahr</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Gründonnerstag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Karfreitag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Ostersonntag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Ostermontag</translation>
    </message>
    <message>
        <source>General Prayer Day</source>
        <translation>Großer Bettag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Christi Himmelfahrt</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Pfingstsonntag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Pfingstmontag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>1. Weihnachtstag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>2. Weihnachtstag</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Verfassungstag</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Heiligabend</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Silvester</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The time is %1</source>
        <translation>Es ist %1 Uhr</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Touch what you have come for.</source>
        <translation>Tippen Sie auf Ihr Anliegen.</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>Ich habe einen Termin</translation>
    </message>
    <message>
        <source>Check in: scan or type the code from your letter or text message</source>
        <translation>Anmelden: Code aus Ihrem Brief oder Ihrer SMS scannen oder eingeben</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>Choose your errand, a day and a time</source>
        <translation>Wählen Sie Ihr Anliegen, einen Tag und eine Uhrzeit</translation>
    </message>
    <message>
        <source>I have no booking</source>
        <translation>Ich habe keinen Termin</translation>
    </message>
    <message>
        <source>Take a ticket and wait for a free time today</source>
        <translation>Wartenummer ziehen und heute auf einen freien Termin warten</translation>
    </message>
    <message>
        <source>The printer is not working right now. Your number will be shown on the screen.</source>
        <translation>Der Drucker funktioniert gerade nicht. Ihre Nummer wird auf dem Bildschirm angezeigt.</translation>
    </message>
    <message>
        <source>You can check in and take a ticket as usual. Booking a new time is not possible here right now.</source>
        <translation>Sie können sich wie gewohnt anmelden und eine Wartenummer ziehen. Einen neuen Termin buchen ist hier gerade nicht möglich.</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <source>Speech is not available</source>
        <translation>Vorlesen ist gerade nicht verfügbar</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation>Anhören: diesen Bildschirm vorlesen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Citizen service kiosk</source>
        <translation>Bürgerservice – Selbstbedienung</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>Booking your time …</source>
        <translation>Ihr Termin wird gebucht …</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Bitte warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>We cannot book a time here right now</source>
        <translation>Wir können hier gerade keinen Termin buchen</translation>
    </message>
    <message>
        <source>Nothing has been booked. You can take a ticket and wait for a free time today, or book from home at borger.dk.</source>
        <translation>Es wurde nichts gebucht. Sie können eine Wartenummer ziehen und heute auf einen freien Termin warten, oder von zu Hause auf borger.dk buchen.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Wartenummer für heute ziehen</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Wartenummer ziehen</translation>
    </message>
</context>
<context>
    <name>NonVisual</name>
    <message>
        <source>Touch the screen to hear what is under your finger. Tap twice anywhere to choose it.</source>
        <translation>Berühren Sie den Bildschirm, um zu hören, was unter Ihrem Finger ist. Tippen Sie irgendwo zweimal, um es zu wählen.</translation>
    </message>
    <message>
        <source>On the keypad, the arrow keys move from item to item, Enter chooses, Escape goes back, and F1 or the question mark reads the screen and this help.</source>
        <translation>Auf der Tastatur bewegen die Pfeiltasten von Element zu Element, Enter wählt, Escape geht zurück, und F1 oder das Fragezeichen liest den Bildschirm und diese Hilfe vor.</translation>
    </message>
    <message>
        <source>Press and hold Listen to end the non-visual mode.</source>
        <translation>Halten Sie „Anhören“ gedrückt, um den nicht-visuellen Modus zu beenden.</translation>
    </message>
    <message>
        <source>Non-visual mode on.</source>
        <translation>Nicht-visueller Modus ein.</translation>
    </message>
    <message>
        <source>Non-visual mode off.</source>
        <translation>Nicht-visueller Modus aus.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Move with the arrow keys or touch the screen.</source>
        <translation>Noch nichts gewählt. Bewegen Sie sich mit den Pfeiltasten oder berühren Sie den Bildschirm.</translation>
    </message>
    <message>
        <source>There is no way back from here.</source>
        <translation>Von hier gibt es keinen Weg zurück.</translation>
    </message>
    <message>
        <source>Non-visual mode · hold Listen to end</source>
        <translation>Nicht-visueller Modus · „Anhören“ halten zum Beenden</translation>
    </message>
    <message>
        <source>Non-visual mode</source>
        <translation>Nicht-visueller Modus</translation>
    </message>
</context>
<context>
    <name>NowServingPanel</name>
    <message>
        <source>Now serving</source>
        <translation>Jetzt an der Reihe</translation>
    </message>
    <message>
        <source>Called numbers are shown here.</source>
        <translation>Aufgerufene Nummern werden hier angezeigt.</translation>
    </message>
</context>
<context>
    <name>PhoneKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Löschen</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Termin buchen: %1</translation>
    </message>
    <message>
        <source>Would you like a reminder by text message?</source>
        <translation>Möchten Sie eine Erinnerung per SMS?</translation>
    </message>
    <message>
        <source>Type your mobile number. We only use it to send you a reminder. You can also continue without it.</source>
        <translation>Geben Sie Ihre Handynummer ein. Wir nutzen sie nur für die Erinnerung. Sie können auch ohne Nummer weitermachen.</translation>
    </message>
    <message>
        <source>A mobile number has 8 digits. Please type the whole number.</source>
        <translation>Eine Handynummer hat 8 Ziffern. Bitte geben Sie die ganze Nummer ein.</translation>
    </message>
    <message>
        <source>A Danish mobile number does not start with 0 or 1. Please check the number.</source>
        <translation>Eine dänische Handynummer beginnt nicht mit 0 oder 1. Bitte prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>Continue with this number</source>
        <translation>Weiter mit dieser Nummer</translation>
    </message>
    <message>
        <source>Continue without a reminder</source>
        <translation>Weiter ohne Erinnerung</translation>
    </message>
    <message>
        <source>Read the number back</source>
        <translation>Nummer vorlesen</translation>
    </message>
</context>
<context>
    <name>ReceiptLayouts</name>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Gedruckt am %1 um %2</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ihre Nummer</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>Ihr Termin: %1</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Bitte nehmen Sie im Wartebereich Platz. Wenn Sie an der Reihe sind, erscheint Ihre Nummer auf dem Bildschirm mit dem Schalter, zu dem Sie gehen sollen.</translation>
    </message>
    <message>
        <source>Ticket without a booking</source>
        <translation>Wartenummer ohne Termin</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Wir rufen Sie voraussichtlich gegen %1 auf, wenn ein Termin frei wird. Versprechen können wir das nicht.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Wir können Ihnen heute keinen Termin versprechen. Sie werden aufgerufen, wenn ein Termin frei wird.</translation>
    </message>
    <message>
        <source>Your number is shown on the screen when it is your turn.</source>
        <translation>Ihre Nummer erscheint auf dem Bildschirm, wenn Sie an der Reihe sind.</translation>
    </message>
    <message>
        <source>Follow your place in the queue on your phone</source>
        <translation>Verfolgen Sie Ihren Platz in der Warteschlange auf Ihrem Handy</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Ihr Termin</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <source>When you come, scan this code or type it at the kiosk to check in.</source>
        <translation>Wenn Sie kommen, scannen Sie diesen Code oder geben Sie ihn am Terminal ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Bitte mitbringen:</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Das können Sie von zu Hause erledigen</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in a browser.</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Telefons, oder geben Sie die Adresse in einem Browser ein.</translation>
    </message>
</context>
<context>
    <name>ReceiptNote</name>
    <message>
        <source>Printing your receipt …</source>
        <translation>Ihr Beleg wird gedruckt …</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Nehmen Sie Ihren Beleg aus dem Drucker unter dem Bildschirm.</translation>
    </message>
    <message>
        <source>Your receipt was sent to the printer below the screen. If no paper comes out: %1</source>
        <translation>Ihr Beleg wurde an den Drucker unter dem Bildschirm geschickt. Wenn kein Papier herauskommt: %1</translation>
    </message>
    <message>
        <source>The printer is not working, so there is no paper. %1</source>
        <translation>Der Drucker funktioniert nicht, daher gibt es keinen Beleg. %1</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Termin buchen: %1</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Das können Sie von zu Hause erledigen</translation>
    </message>
    <message>
        <source>You can write down the address above.</source>
        <translation>Sie können die Adresse oben abschreiben.</translation>
    </message>
    <message>
        <source>Print the address</source>
        <translation>Adresse drucken</translation>
    </message>
    <message>
        <source>Book a time anyway</source>
        <translation>Trotzdem Termin buchen</translation>
    </message>
    <message>
        <source>%1 can be done on the internet from home, without coming here. Scan the square code with your phone&apos;s camera, or take the address home on paper.</source>
        <translation>%1 können Sie von zu Hause im Internet erledigen, ohne herzukommen. Scannen Sie den quadratischen Code mit der Kamera Ihres Telefons, oder nehmen Sie die Adresse auf Papier mit nach Hause.</translation>
    </message>
</context>
<context>
    <name>SlotTakenPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Termin buchen: %1</translation>
    </message>
    <message>
        <source>Sorry, that time has just been taken</source>
        <translation>Leider wurde dieser Termin gerade vergeben</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago. These times on %1 are free:</source>
        <translation>Jemand anderes hat ihn gerade gebucht. Diese Termine am %1 sind frei:</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago, and there are no other free times that day. Press Back to choose another day.</source>
        <translation>Jemand anderes hat ihn gerade gebucht, und an diesem Tag gibt es keine anderen freien Termine. Drücken Sie Zurück, um einen anderen Tag zu wählen.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>The receipt says:</source>
        <translation>Auf dem Beleg steht:</translation>
    </message>
    <message>
        <source>A reminder will be sent by text message.</source>
        <translation>Sie erhalten eine Erinnerung per SMS.</translation>
    </message>
    <message>
        <source>%1 of %2 digits typed.</source>
        <translation>%1 von %2 Ziffern eingegeben.</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Ja, ich bin noch da</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Verbleibende Sekunden: %1</translation>
    </message>
    <message>
        <source>Soon the screen starts again, and what you typed is deleted.</source>
        <translation>Gleich beginnt der Bildschirm neu, und Ihre Eingaben werden gelöscht.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Termin buchen: %1</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Ist das richtig?</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Text message to %1</source>
        <translation>SMS an %1</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>If something is wrong, press Back.</source>
        <translation>Wenn etwas falsch ist, drücken Sie Zurück.</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>Ja, diesen Termin buchen</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Termin buchen: %1</translation>
    </message>
    <message>
        <source>Choose a time on %1</source>
        <translation>Wählen Sie eine Uhrzeit am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translation>Frühere Zeiten</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Spätere Zeiten</translation>
    </message>
</context>
</TS>
