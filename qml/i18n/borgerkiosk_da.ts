<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AdminEnrolPanel</name>
    <message>
        <source>Characters typed: %1 of %2</source>
        <translation>Tegn skrevet: %1 af %2</translation>
    </message>
    <message>
        <source>Back to the actions</source>
        <translation>Tilbage til handlingerne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Type a code again</source>
        <translation>Skriv en kode igen</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Tilmeld</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <translation>Tilmeld med denne kode</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Devices</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Stander</source>
        <translation>Standeren</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Lock and go back to the citizen screen</source>
        <translation>Lås og gå tilbage til borgerskærmen</translation>
    </message>
    <message>
        <source>The stander</source>
        <translation>Standeren</translation>
    </message>
    <message>
        <source>Print the test page</source>
        <translation>Udskriv testside</translation>
    </message>
    <message>
        <source>Test line on the display</source>
        <translation>Testlinje på skærmen</translation>
    </message>
    <message>
        <source>Stop the scan test</source>
        <translation>Stop scanningstesten</translation>
    </message>
    <message>
        <source>Scan something now</source>
        <translation>Scan noget nu</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Restart the program</source>
        <translation>Genstart programmet</translation>
    </message>
    <message>
        <source>Back to the citizen screen</source>
        <translation>Tilbage til borgerskærmen</translation>
    </message>
    <message>
        <source>Re-enrol with a new code</source>
        <translation>Tilmeld igen med ny kode</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code from the central</source>
        <translation>Tilmeld igen med en ny engangskode fra centralen</translation>
    </message>
</context>
<context>
    <name>AdminPinPage</name>
    <message>
        <source>Technician access</source>
        <translation>Teknikeradgang</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Cifre tastet: %1</translation>
    </message>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Slet</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Slet det sidste ciffer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>AdminText</name>
    <message>
        <source>booking code</source>
        <translation>bookingkode</translation>
    </message>
    <message>
        <source>booking code with a wrong character</source>
        <translation>bookingkode med et forkert tegn</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>unknown (not a code)</source>
        <translation>ukendt (ikke en kode)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>ikke sat op</translation>
    </message>
    <message>
        <source>working</source>
        <translation>virker</translation>
    </message>
    <message>
        <source>gone, trying again</source>
        <translation>væk, prøver igen</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>fejl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
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
        <translation>Låst til %1 efter for mange forkerte PIN-koder.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this stander. Set one as root with: borgerkiosk --set-admin-pin</source>
        <translation>Der er ikke sat nogen admin-PIN på denne stander. Sæt den som root med: borgerkiosk --set-admin-pin</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Tjekker …</translation>
    </message>
    <message>
        <source>Type the admin PIN.</source>
        <translation>Tast admin-PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 try left before the pad locks.</source>
        <translation>Forkert PIN. 1 forsøg tilbage, før tastaturet låses.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before the pad locks.</source>
        <translation>Forkert PIN. %1 forsøg tilbage, før tastaturet låses.</translation>
    </message>
    <message>
        <source>The PIN file cannot be read or written: see the journal (bk.admin).</source>
        <translation>PIN-filen kan ikke læses eller skrives: se journalen (bk.admin).</translation>
    </message>
    <message>
        <source>No central is configured: nothing to sync.</source>
        <translation>Der er ingen central sat op: intet at synkronisere.</translation>
    </message>
    <message>
        <source>Sync started at %1.</source>
        <translation>Synkronisering startet kl. %1.</translation>
    </message>
    <message>
        <source>Restarting: the stander is back in a few seconds.</source>
        <translation>Genstarter: standeren er tilbage om få sekunder.</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (for %2 s siden)</translation>
    </message>
    <message>
        <source>%1 (%2 min ago)</source>
        <translation>%1 (for %2 min siden)</translation>
    </message>
    <message>
        <source>%1 (%2 h ago)</source>
        <translation>%1 (for %2 t siden)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Put in paper, close the cover, then print the test page (Tests).</source>
        <translation>Læg papir i, luk låget, og udskriv så testsiden (Test).</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and cable, and the CUPS queue (lpstat -p).</source>
        <translation>Tjek printerens strøm og kabel og CUPS-køen (lpstat -p).</translation>
    </message>
    <message>
        <source>Set devices.printer in the configuration file.</source>
        <translation>Sæt devices.printer i konfigurationsfilen.</translation>
    </message>
    <message>
        <source>Look at the printer&apos;s paper roll.</source>
        <translation>Se efter printerens papirrulle.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>Printerkø</translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation>Printerprofil</translation>
    </message>
    <message>
        <source>Wrong letters or a ruler that wraps on the test page: fix [printer] in the configuration file.</source>
        <translation>Forkerte bogstaver eller en lineal, der ombrydes, på testsiden: ret [printer] i konfigurationsfilen.</translation>
    </message>
    <message>
        <source>Last print</source>
        <translation>Seneste udskrift</translation>
    </message>
    <message>
        <source>none since the start</source>
        <translation>ingen siden start</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>udskrevet</translation>
    </message>
    <message>
        <source>sent (the printer cannot confirm paper)</source>
        <translation>sendt (printeren kan ikke bekræfte papir)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>mislykkedes: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Fix the printer&apos;s fault above, then print the test page.</source>
        <translation>Ret printerens fejl ovenfor, og udskriv så testsiden.</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Nummerskærm</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>Set devices.display in the configuration file.</source>
        <translation>Sæt devices.display i konfigurationsfilen.</translation>
    </message>
    <message>
        <source>Check the display&apos;s cable and power; it reconnects by itself.</source>
        <translation>Tjek skærmens kabel og strøm; den forbinder igen af sig selv.</translation>
    </message>
    <message>
        <source>Barcode reader</source>
        <translation>Stregkodelæser</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set devices.scanner in the configuration file.</source>
        <translation>Sæt devices.scanner i konfigurationsfilen.</translation>
    </message>
    <message>
        <source>Check the reader&apos;s cable; it reconnects by itself.</source>
        <translation>Tjek læserens kabel; den forbinder igen af sig selv.</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Seneste scanning</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>ikke kørt endnu</translation>
    </message>
    <message>
        <source>printing …</source>
        <translation>udskriver …</translation>
    </message>
    <message>
        <source>Compare the page with the README&apos;s checklist.</source>
        <translation>Sammenlign siden med tjeklisten i README.</translation>
    </message>
    <message>
        <source>sent: the printer cannot confirm paper, look at it</source>
        <translation>sendt: printeren kan ikke bekræfte papir, se efter</translation>
    </message>
    <message>
        <source>See the printer on the Devices page.</source>
        <translation>Se printeren på siden Enheder.</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>Testside</translation>
    </message>
    <message>
        <source>Display test line</source>
        <translation>Testlinje på skærmen</translation>
    </message>
    <message>
        <source>a line &quot;TEST&quot; sent at %1: is it on the display?</source>
        <translation>en linje &quot;TEST&quot; sendt kl. %1: står den på skærmen?</translation>
    </message>
    <message>
        <source>Nothing on the display: check its cable and display.port.</source>
        <translation>Intet på skærmen: tjek kablet og display.port.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>slået fra</translation>
    </message>
    <message>
        <source>waiting: scan something now (nobody is checked in)</source>
        <translation>venter: scan noget nu (ingen bliver tjekket ind)</translation>
    </message>
    <message>
        <source>%1: a valid code</source>
        <translation>%1: en gyldig kode</translation>
    </message>
    <message>
        <source>%1: not a valid booking code</source>
        <translation>%1: ikke en gyldig bookingkode</translation>
    </message>
    <message>
        <source>Scan test</source>
        <translation>Scanningstest</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>not configured: this stander works on its own</source>
        <translation>ikke sat op: standeren arbejder alene</translation>
    </message>
    <message>
        <source>Set central.url, central.ca_file and central.token_file to connect it.</source>
        <translation>Sæt central.url, central.ca_file og central.token_file for at forbinde den.</translation>
    </message>
    <message>
        <source>reachable, online</source>
        <translation>kan nås, online</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>kan ikke nås: %1</translation>
    </message>
    <message>
        <source>See TLS and token below.</source>
        <translation>Se TLS og token nedenfor.</translation>
    </message>
    <message>
        <source>Check the network and central.url; then Sync now.</source>
        <translation>Tjek netværket og central.url; tryk så Synkronisér nu.</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>venter på første synkronisering</translation>
    </message>
    <message>
        <source>Sync now (Actions).</source>
        <translation>Synkronisér nu (Handlinger).</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the central&apos;s certificate is not accepted</source>
        <translation>centralens certifikat godkendes ikke</translation>
    </message>
    <message>
        <source>certificate accepted</source>
        <translation>certifikat godkendt</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ikke kendt endnu</translation>
    </message>
    <message>
        <source>Check central.ca_file and the stander&apos;s clock.</source>
        <translation>Tjek central.ca_file og standerens ur.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>refused by the central</source>
        <translation>afvist af centralen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code (Actions).</source>
        <translation>Tilmeld igen med en ny engangskode (Handlinger).</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Seneste vellykkede synkronisering</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>ældste %1</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Udbakke</translation>
    </message>
    <message>
        <source>%1 waiting, %2</source>
        <translation>%1 venter, %2</translation>
    </message>
    <message>
        <source>Bring the central back; nothing is lost.</source>
        <translation>Få forbindelsen til centralen tilbage; intet går tabt.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>none: a snapshot comes next</source>
        <translation>ingen: et fuldt øjebliksbillede hentes næste gang</translation>
    </message>
    <message>
        <source>Clock offset to the central</source>
        <translation>Urforskel til centralen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Check the stander&apos;s time sync (NTP).</source>
        <translation>Tjek standerens tidssynkronisering (NTP).</translation>
    </message>
    <message>
        <source>Call-outs (WebSocket)</source>
        <translation>Kald (WebSocket)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>forbundet</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>ikke forbundet</translation>
    </message>
    <message>
        <source>Call-outs arrive with the next sync meanwhile.</source>
        <translation>Kald kommer med næste synkronisering imens.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Konfigurationsfil</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Ledig diskplads</translation>
    </message>
    <message>
        <source>Free space on the disk (journal, old files).</source>
        <translation>Frigør plads på disken (journal, gamle filer).</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Cachens størrelse</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Kørt i</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>Last starts</source>
        <translation>Seneste starter</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ingen registreret</translation>
    </message>
    <message>
        <source>It restarts often: read the journal (journalctl -u borgerkiosk).</source>
        <translation>Den genstarter ofte: læs journalen (journalctl -u borgerkiosk).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>no central is configured (central.url is empty)</source>
        <translation>der er ingen central sat op (central.url er tom)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>intet svar inden for %1 s</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code</source>
        <translation>Tilmeld igen med en ny engangskode</translation>
    </message>
    <message>
        <source>Asking the central …</source>
        <translation>Spørger centralen …</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Tilmeldt</translation>
    </message>
    <message>
        <source>The code was refused</source>
        <translation>Koden blev afvist</translation>
    </message>
    <message>
        <source>The central cannot be reached</source>
        <translation>Centralen kan ikke nås</translation>
    </message>
    <message>
        <source>The central&apos;s certificate is not accepted</source>
        <translation>Centralens certifikat godkendes ikke</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Intet svar i tide</translation>
    </message>
    <message>
        <source>Cannot enrol</source>
        <translation>Kan ikke tilmelde</translation>
    </message>
    <message>
        <source>The new token could not be stored</source>
        <translation>Det nye token kunne ikke gemmes</translation>
    </message>
    <message>
        <source>Type the %1 characters of a one-time code from the central (borgerkiosk-central --make-enrol-code SITE). The stander keeps its present token until the central accepts the new code.</source>
        <translation>Skriv de %1 tegn i en engangskode fra centralen (borgerkiosk-central --make-enrol-code SITE). Standeren beholder sit nuværende token, indtil centralen godkender den nye kode.</translation>
    </message>
    <message>
        <source>Waiting for the central&apos;s answer (at most %1 s).</source>
        <translation>Venter på centralens svar (højst %1 s).</translation>
    </message>
    <message>
        <source>The stander is enrolled at site %1 with a new token. The program restarts now to use it.</source>
        <translation>Standeren er tilmeldt stedet %1 med et nyt token. Programmet genstarter nu for at bruge det.</translation>
    </message>
    <message>
        <source>The central says the code is unknown, mistyped or already used (%1). Check the code and type it again, or ask the administrator for a new one. Nothing was changed: the present token is kept.</source>
        <translation>Centralen siger, at koden er ukendt, skrevet forkert eller allerede brugt (%1). Tjek koden og skriv den igen, eller bed administratoren om en ny. Intet er ændret: det nuværende token beholdes.</translation>
    </message>
    <message>
        <source>%1. Check the network cable and central.url, then try again with the same code. Nothing was changed.</source>
        <translation>%1. Tjek netværkskablet og central.url, og prøv så igen med samme kode. Intet er ændret.</translation>
    </message>
    <message>
        <source>%1. Check central.ca_file and the stander&apos;s clock (the Central page), then try again with the same code. Nothing was changed.</source>
        <translation>%1. Tjek central.ca_file og standerens ur (siden Central), og prøv så igen med samme kode. Intet er ændret.</translation>
    </message>
    <message>
        <source>The central did not answer (%1). Check the network, then try again. If the central then says the code is used, ask for a new one. The present token is kept.</source>
        <translation>Centralen svarede ikke (%1). Tjek netværket, og prøv så igen. Siger centralen derefter, at koden er brugt, så bed om en ny. Det nuværende token beholdes.</translation>
    </message>
    <message>
        <source>Not attempted: %1. Fix the [central] keys in the configuration file.</source>
        <translation>Ikke forsøgt: %1. Ret nøglerne under [central] i konfigurationsfilen.</translation>
    </message>
    <message>
        <source>The central accepted the code, but the token could not be written (%1). The code is now used: fix the token file&apos;s folder (it must belong to the kiosk user), then enrol with a new code.</source>
        <translation>Centralen godkendte koden, men tokenet kunne ikke skrives (%1). Koden er nu brugt: ret token-filens mappe (den skal tilhøre kiosk-brugeren), og tilmeld så med en ny kode.</translation>
    </message>
</context>
<context>
    <name>BookingDonePage</name>
    <message>
        <source>Your time is booked</source>
        <translation>Din tid er booket</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 kl. %3</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Din bookingkode</translation>
    </message>
    <message>
        <source>When you come, scan the receipt or type the code here to check in.</source>
        <translation>Når du kommer, så scan bonen eller tast koden her for at tjekke ind.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Husk at tage med:</translation>
    </message>
    <message>
        <source>Please write down your code: %1.</source>
        <translation>Skriv din kode ned: %1.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Udskriv igen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
</context>
<context>
    <name>ChanceTicketPage</name>
    <message>
        <source>We cannot give you a ticket right now</source>
        <translation>Vi kan ikke give dig et nummer lige nu</translation>
    </message>
    <message>
        <source>Here is your ticket</source>
        <translation>Her er dit nummer</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Dit nummer</translation>
    </message>
    <message>
        <source>Errand: %1</source>
        <translation>Ærinde: %1</translation>
    </message>
    <message>
        <source>Please speak to a member of staff.</source>
        <translation>Tal med en medarbejder.</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Vi regner med at kalde dig ind omkring kl. %1, når der bliver en tid ledig. Vi kan ikke love det.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Vi kan ikke love dig en tid i dag. Du bliver kaldt ind, hvis der bliver en tid ledig.</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Sæt dig i venteområdet. Når det er din tur, kommer dit nummer op på skærmen sammen med den skranke, du skal gå hen til.</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Husk dit nummer: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>Tjek ind</translation>
    </message>
    <message>
        <source>Hold the code from your letter or phone under the scanner. Or type the code here:</source>
        <translation>Hold koden fra dit brev eller din telefon under scanneren. Eller tast koden her:</translation>
    </message>
    <message>
        <source>Typed so far: %1</source>
        <translation>Tastet indtil nu: %1</translation>
    </message>
    <message>
        <source>The code has %1 characters. %2 left.</source>
        <translation>Koden har %1 tegn. Der mangler %2.</translation>
    </message>
    <message>
        <source>Read the code back</source>
        <translation>Læs koden op</translation>
    </message>
</context>
<context>
    <name>CheckInResultPage</name>
    <message>
        <source>You are checked in</source>
        <translation>Du er tjekket ind</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Du er kommet for tidligt</translation>
    </message>
    <message>
        <source>It is too late to check in</source>
        <translation>Det er for sent at tjekke ind</translation>
    </message>
    <message>
        <source>Your time is on another day</source>
        <translation>Din tid er en anden dag</translation>
    </message>
    <message>
        <source>Your time is at another citizen service centre</source>
        <translation>Din tid er i et andet borgerservice</translation>
    </message>
    <message>
        <source>This booking has been cancelled</source>
        <translation>Denne tid er aflyst</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation>Du er allerede tjekket ind</translation>
    </message>
    <message>
        <source>We cannot find this code</source>
        <translation>Vi kan ikke finde koden</translation>
    </message>
    <message>
        <source>Check-in is not possible right now</source>
        <translation>Du kan ikke tjekke ind lige nu</translation>
    </message>
    <message>
        <source>The code is too short</source>
        <translation>Koden er for kort</translation>
    </message>
    <message>
        <source>The code could not be read</source>
        <translation>Koden kunne ikke læses</translation>
    </message>
    <message>
        <source>The code is not right</source>
        <translation>Koden er ikke rigtig</translation>
    </message>
    <message>
        <source>This is not a booking code</source>
        <translation>Det er ikke en bookingkode</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Sæt dig i venteområdet. Når det er din tur, kommer dit nummer op på skærmen sammen med den skranke, du skal gå hen til.</translation>
    </message>
    <message>
        <source>You are a little late, but we can still see you today. Please take a seat in the waiting area. Your number is shown on the screen when it is your turn.</source>
        <translation>Du er lidt forsinket, men vi kan stadig tage imod dig i dag. Sæt dig i venteområdet. Dit nummer kommer op på skærmen, når det er din tur.</translation>
    </message>
    <message>
        <source>Your time is at %1. You can check in from %2. Please come back to the screen then, or take a seat and wait.</source>
        <translation>Din tid er kl. %1. Du kan tjekke ind fra kl. %2. Kom tilbage til skærmen til den tid, eller sæt dig og vent.</translation>
    </message>
    <message>
        <source>Your time was at %1. Please speak to a member of staff about a new time.</source>
        <translation>Din tid var kl. %1. Tal med en medarbejder om en ny tid.</translation>
    </message>
    <message>
        <source>Your time was at %1. You can take a ticket and wait for a free time today, or book a new time.</source>
        <translation>Din tid var kl. %1. Du kan tage et nummer og vente på en ledig tid i dag, eller booke en ny tid.</translation>
    </message>
    <message>
        <source>Your time is %1 at %2. Please come back that day.</source>
        <translation>Din tid er %1 kl. %2. Kom igen den dag.</translation>
    </message>
    <message>
        <source>Your booking is for a different place. Your letter or text message says where to go. Your time is %1 at %2.</source>
        <translation>Din tid er et andet sted. Der står i dit brev eller din sms, hvor du skal hen. Din tid er %1 kl. %2.</translation>
    </message>
    <message>
        <source>You can book a new time, or take a ticket and wait for a free time today.</source>
        <translation>Du kan booke en ny tid, eller tage et nummer og vente på en ledig tid i dag.</translation>
    </message>
    <message>
        <source>You do not need to do anything more. Please take a seat. Your number is shown on the screen when it is your turn.</source>
        <translation>Du skal ikke gøre mere. Sæt dig og vent. Dit nummer kommer op på skærmen, når det er din tur.</translation>
    </message>
    <message>
        <source>The code %1 is not one of our bookings. Check the code in your letter or text message and try again, or ask a member of staff.</source>
        <translation>Koden %1 passer ikke med nogen af vores tider. Se koden efter i dit brev eller din sms og prøv igen, eller spørg en medarbejder.</translation>
    </message>
    <message>
        <source>Please speak to a member of staff. They can check you in.</source>
        <translation>Tal med en medarbejder. De kan tjekke dig ind.</translation>
    </message>
    <message>
        <source>A code has 8 characters. Please type the whole code.</source>
        <translation>En kode har 8 tegn. Tast hele koden.</translation>
    </message>
    <message>
        <source>Please try again, or type the code on the keypad.</source>
        <translation>Prøv igen, eller tast koden på tastaturet.</translation>
    </message>
    <message>
        <source>One of the characters is not right. Check the code in your letter or text message and type it again.</source>
        <translation>Et af tegnene er forkert. Se koden efter i dit brev eller din sms og tast den igen.</translation>
    </message>
    <message>
        <source>Please scan the code from your booking letter or text message, or type it on the keypad.</source>
        <translation>Scan koden fra dit brev eller din sms om tiden, eller tast den på tastaturet.</translation>
    </message>
    <message>
        <source>Your time is %1. Expect to be called at about that time.</source>
        <translation>Din tid er kl. %1. Du bliver kaldt ind omkring det tidspunkt.</translation>
    </message>
    <message>
        <source>Expect to be called soon.</source>
        <translation>Du bliver kaldt ind om lidt.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Dit nummer</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Husk dit nummer: %1.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Tag et nummer til i dag</translation>
    </message>
    <message>
        <source>Book a new time</source>
        <translation>Book en ny tid</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Print my ticket again</source>
        <translation>Udskriv mit nummer igen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Come back at</source>
        <translation>Kom tilbage kl.</translation>
    </message>
    <message>
        <source>Your time was</source>
        <translation>Din tid var kl.</translation>
    </message>
    <message>
        <source>Your time is</source>
        <translation>Din tid er</translation>
    </message>
    <message>
        <source>You checked in earlier. Please take a seat in the waiting area: your number is on the ticket you got then, and it is shown on the screen when it is your turn. If you do not have that ticket, please ask at the counter.</source>
        <translation>Det gjorde du tidligere. Sæt dig i venteområdet: dit nummer står på den billet, du fik dengang, og det vises på skærmen, når det er din tur. Har du ikke billetten, så spørg ved skranken.</translation>
    </message>
    <message>
        <source>Your errand was settled by phone</source>
        <translation>Dit ærinde er klaret over telefonen</translation>
    </message>
    <message>
        <source>Your errand can be done online</source>
        <translation>Dit ærinde kan klares på nettet</translation>
    </message>
    <message>
        <source>A member of staff settled your errand with you by phone, so you do not need to come to the counter. If you still need help, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>En medarbejder har klaret dit ærinde med dig over telefonen, så du behøver ikke komme til skranken. Hvis du stadig har brug for hjælp, så spørg en medarbejder, eller tag et nummer og vent på en ledig tid i dag.</translation>
    </message>
    <message>
        <source>A member of staff agreed with you that you can do this errand yourself online, so you do not need to come to the counter. If you need help with it, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>En medarbejder har aftalt med dig, at du selv kan klare ærindet på nettet, så du behøver ikke komme til skranken. Hvis du har brug for hjælp til det, så spørg en medarbejder, eller tag et nummer og vent på en ledig tid i dag.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Slet</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Slet det sidste tegn</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Vælg en dag</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Lukket: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>Ingen ledige tider</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translation>Ledige tider: %1</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo: simulated devices</source>
        <translation>Demo: simulerede enheder</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Nummerskærm</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Sidste bon</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Udskriv testside</translation>
    </message>
    <message>
        <source>No receipt printed yet</source>
        <translation>Ingen bon udskrevet endnu</translation>
    </message>
    <message>
        <source>Scan a demo code</source>
        <translation>Scan en demokode</translation>
    </message>
    <message>
        <source>Anything to scan</source>
        <translation>Noget at scanne</translation>
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
        <translation>Større tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Høj kontrast</translation>
    </message>
</context>
<context>
    <name>ErrandPage</name>
    <message>
        <source>What have you come for?</source>
        <translation>Hvad er du kommet for?</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Previous errands</source>
        <translation>Forrige ærinder</translation>
    </message>
    <message>
        <source>More errands</source>
        <translation>Flere ærinder</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start forfra</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Vælg dit sprog</translation>
    </message>
</context>
<context>
    <name>HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nytårsdag</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Skærtorsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Langfredag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Påskedag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>2. påskedag</translation>
    </message>
    <message>
        <source>General Prayer Day</source>
        <translation>Store bededag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelfartsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Pinsedag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>2. pinsedag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Juledag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>2. juledag</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Grundlovsdag</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Juleaftensdag</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Nytårsaftensdag</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The time is %1</source>
        <translation>Klokken er %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Touch what you have come for.</source>
        <translation>Tryk på det, du er kommet for.</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>Jeg har en tid</translation>
    </message>
    <message>
        <source>Check in: scan or type the code from your letter or text message</source>
        <translation>Tjek ind: scan eller tast koden fra dit brev eller din sms</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Book en tid</translation>
    </message>
    <message>
        <source>Choose your errand, a day and a time</source>
        <translation>Vælg dit ærinde, en dag og et tidspunkt</translation>
    </message>
    <message>
        <source>I have no booking</source>
        <translation>Jeg har ingen tid</translation>
    </message>
    <message>
        <source>Take a ticket and wait for a free time today</source>
        <translation>Tag et nummer og vent på en ledig tid i dag</translation>
    </message>
    <message>
        <source>The printer is not working right now. Your number will be shown on the screen.</source>
        <translation>Printeren virker ikke lige nu. Dit nummer bliver vist på skærmen.</translation>
    </message>
    <message>
        <source>You can check in and take a ticket as usual. Booking a new time is not possible here right now.</source>
        <translation>Du kan tjekke ind og tage et nummer som sædvanligt. Det er ikke muligt at booke en ny tid her lige nu.</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>Hør</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation>Ingen oplæsning</translation>
    </message>
    <message>
        <source>Speech is not available</source>
        <translation>Oplæsning virker ikke lige nu</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation>Hør: læs skærmen op</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Citizen service kiosk</source>
        <translation>Borgerservice – selvbetjening</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Book en tid</translation>
    </message>
    <message>
        <source>Booking your time …</source>
        <translation>Vi booker din tid …</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Vent et øjeblik.</translation>
    </message>
    <message>
        <source>We cannot book a time here right now</source>
        <translation>Vi kan ikke booke en tid her lige nu</translation>
    </message>
    <message>
        <source>Nothing has been booked. You can take a ticket and wait for a free time today, or book from home at borger.dk.</source>
        <translation>Der er ikke booket noget. Du kan tage et nummer og vente på en ledig tid i dag, eller booke hjemmefra på borger.dk.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Tag et nummer til i dag</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Tag et nummer</translation>
    </message>
</context>
<context>
    <name>NonVisual</name>
    <message>
        <source>Touch the screen to hear what is under your finger. Tap twice anywhere to choose it.</source>
        <translation>Rør ved skærmen for at høre, hvad der er under din finger. Tryk to gange hvor som helst for at vælge det.</translation>
    </message>
    <message>
        <source>On the keypad, the arrow keys move from item to item, Enter chooses, Escape goes back, and F1 or the question mark reads the screen and this help.</source>
        <translation>På tastaturet flytter piletasterne fra punkt til punkt, Enter vælger, Escape går tilbage, og F1 eller spørgsmålstegnet læser skærmen og denne hjælp op.</translation>
    </message>
    <message>
        <source>Press and hold Listen to end the non-visual mode.</source>
        <translation>Hold Hør-knappen inde for at slå den ikke-visuelle tilstand fra.</translation>
    </message>
    <message>
        <source>Non-visual mode on.</source>
        <translation>Ikke-visuel tilstand er slået til.</translation>
    </message>
    <message>
        <source>Non-visual mode off.</source>
        <translation>Ikke-visuel tilstand er slået fra.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>til</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>button</source>
        <translation>knap</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>ikke mulig lige nu</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Move with the arrow keys or touch the screen.</source>
        <translation>Intet er valgt endnu. Flyt med piletasterne, eller rør ved skærmen.</translation>
    </message>
    <message>
        <source>There is no way back from here.</source>
        <translation>Her er der ingen vej tilbage.</translation>
    </message>
    <message>
        <source>Non-visual mode · hold Listen to end</source>
        <translation>Ikke-visuel tilstand · hold Hør inde for at slutte</translation>
    </message>
    <message>
        <source>Non-visual mode</source>
        <translation>Ikke-visuel tilstand</translation>
    </message>
</context>
<context>
    <name>NowServingPanel</name>
    <message>
        <source>Now serving</source>
        <translation>Nu betjenes</translation>
    </message>
    <message>
        <source>Called numbers are shown here.</source>
        <translation>Kaldte numre vises her.</translation>
    </message>
</context>
<context>
    <name>PhoneKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Slet</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Slet det sidste tal</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>Would you like a reminder by text message?</source>
        <translation>Vil du have en påmindelse på sms?</translation>
    </message>
    <message>
        <source>Type your mobile number. We only use it to send you a reminder. You can also continue without it.</source>
        <translation>Tast dit mobilnummer. Vi bruger det kun til at sende dig en påmindelse. Du kan også fortsætte uden.</translation>
    </message>
    <message>
        <source>A mobile number has 8 digits. Please type the whole number.</source>
        <translation>Et mobilnummer har 8 cifre. Tast hele nummeret.</translation>
    </message>
    <message>
        <source>A Danish mobile number does not start with 0 or 1. Please check the number.</source>
        <translation>Et dansk mobilnummer begynder ikke med 0 eller 1. Se nummeret efter.</translation>
    </message>
    <message>
        <source>Continue with this number</source>
        <translation>Fortsæt med dette nummer</translation>
    </message>
    <message>
        <source>Continue without a reminder</source>
        <translation>Fortsæt uden påmindelse</translation>
    </message>
    <message>
        <source>Read the number back</source>
        <translation>Læs nummeret op</translation>
    </message>
</context>
<context>
    <name>ReceiptLayouts</name>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Udskrevet %1 kl. %2</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>Du er tjekket ind</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Dit nummer</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>Din tid: kl. %1</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Sæt dig i venteområdet. Når det er din tur, kommer dit nummer op på skærmen sammen med den skranke, du skal gå hen til.</translation>
    </message>
    <message>
        <source>Ticket without a booking</source>
        <translation>Nummer uden bestilt tid</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Vi regner med at kalde dig ind omkring kl. %1, når der bliver en tid ledig. Vi kan ikke love det.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Vi kan ikke love dig en tid i dag. Du bliver kaldt ind, hvis der bliver en tid ledig.</translation>
    </message>
    <message>
        <source>Your number is shown on the screen when it is your turn.</source>
        <translation>Dit nummer kommer op på skærmen, når det er din tur.</translation>
    </message>
    <message>
        <source>Follow your place in the queue on your phone</source>
        <translation>Følg din plads i køen på din telefon</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Din tid</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>kl. %1</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Bookingkode</translation>
    </message>
    <message>
        <source>When you come, scan this code or type it at the kiosk to check in.</source>
        <translation>Når du kommer, så scan koden eller tast den på standeren for at tjekke ind.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Husk at tage med:</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Det kan du klare hjemmefra</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in a browser.</source>
        <translation>Scan koden med din telefons kamera, eller skriv adressen i en browser.</translation>
    </message>
</context>
<context>
    <name>ReceiptNote</name>
    <message>
        <source>Printing your receipt …</source>
        <translation>Din bon bliver udskrevet …</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Tag din bon i printeren under skærmen.</translation>
    </message>
    <message>
        <source>Your receipt was sent to the printer below the screen. If no paper comes out: %1</source>
        <translation>Din bon er sendt til printeren under skærmen. Hvis der ikke kommer papir ud: %1</translation>
    </message>
    <message>
        <source>The printer is not working, so there is no paper. %1</source>
        <translation>Printeren virker ikke, så du får ingen bon. %1</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Det kan du klare hjemmefra</translation>
    </message>
    <message>
        <source>You can write down the address above.</source>
        <translation>Du kan skrive adressen ovenfor ned.</translation>
    </message>
    <message>
        <source>Print the address</source>
        <translation>Udskriv adressen</translation>
    </message>
    <message>
        <source>Book a time anyway</source>
        <translation>Book en tid alligevel</translation>
    </message>
    <message>
        <source>%1 can be done on the internet from home, without coming here. Scan the square code with your phone&apos;s camera, or take the address home on paper.</source>
        <translation>%1 kan klares på internettet hjemmefra, uden at du skal komme her. Scan den firkantede kode med din telefons kamera, eller tag adressen med hjem på papir.</translation>
    </message>
</context>
<context>
    <name>SlotTakenPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>Sorry, that time has just been taken</source>
        <translation>Beklager, den tid er lige blevet taget</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago. These times on %1 are free:</source>
        <translation>En anden har lige booket den. Disse tider %1 er ledige:</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago, and there are no other free times that day. Press Back to choose another day.</source>
        <translation>En anden har lige booket den, og der er ikke flere ledige tider den dag. Tryk på Tilbage for at vælge en anden dag.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>The receipt says:</source>
        <translation>På kvitteringen står der:</translation>
    </message>
    <message>
        <source>A reminder will be sent by text message.</source>
        <translation>Du får en påmindelse på sms.</translation>
    </message>
    <message>
        <source>%1 of %2 digits typed.</source>
        <translation>%1 af %2 cifre er tastet.</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Er du her stadig?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Ja, jeg er her stadig</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Sekunder tilbage: %1</translation>
    </message>
    <message>
        <source>Soon the screen starts again, and what you typed is deleted.</source>
        <translation>Om lidt starter skærmen forfra, og det, du har tastet, bliver slettet.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Er det rigtigt?</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>Ærinde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
    <message>
        <source>Text message to %1</source>
        <translation>Sms til %1</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Ingen påmindelse</translation>
    </message>
    <message>
        <source>If something is wrong, press Back.</source>
        <translation>Hvis noget er forkert, så tryk på Tilbage.</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>Ja, book denne tid</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Book en tid: %1</translation>
    </message>
    <message>
        <source>Choose a time on %1</source>
        <translation>Vælg et tidspunkt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translation>Tidligere tider</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Senere tider</translation>
    </message>
</context>
</TS>
