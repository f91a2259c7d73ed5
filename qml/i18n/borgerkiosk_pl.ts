<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_GB">
<context>
    <name>AdminEnrolPanel</name>
    <message>
        <source>Characters typed: %1 of %2</source>
        <translation>Wpisane znaki: %1 z %2</translation>
    </message>
    <message>
        <source>Back to the actions</source>
        <translation>Wróć do działań</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Type a code again</source>
        <translation>Wpisz kod ponownie</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Zarejestruj</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <translation>Zarejestruj tym kodem</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Testy</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Centrala</translation>
    </message>
    <message>
        <source>Stander</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Lock and go back to the citizen screen</source>
        <translation>Zablokuj i wróć do ekranu dla klientów</translation>
    </message>
    <message>
        <source>The stander</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Print the test page</source>
        <translation>Wydrukuj stronę testową</translation>
    </message>
    <message>
        <source>Test line on the display</source>
        <translation>Linia testowa na wyświetlaczu</translation>
    </message>
    <message>
        <source>Stop the scan test</source>
        <translation>Zatrzymaj test skanera</translation>
    </message>
    <message>
        <source>Scan something now</source>
        <translation>Zeskanuj teraz dowolny kod</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Restart the program</source>
        <translation>Uruchom program ponownie</translation>
    </message>
    <message>
        <source>Back to the citizen screen</source>
        <translation>Wróć do ekranu dla klientów</translation>
    </message>
    <message>
        <source>Re-enrol with a new code</source>
        <translation>Zarejestruj ponownie nowym kodem</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code from the central</source>
        <translation>Zarejestruj ponownie nowym kodem jednorazowym z centrali</translation>
    </message>
</context>
<context>
    <name>AdminPinPage</name>
    <message>
        <source>Technician access</source>
        <translation>Dostęp dla technika</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Wpisane cyfry: %1</translation>
    </message>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Usuń</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Usuń ostatnią cyfrę</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>AdminText</name>
    <message>
        <source>booking code</source>
        <translation>kod rezerwacji</translation>
    </message>
    <message>
        <source>booking code with a wrong character</source>
        <translation>kod rezerwacji z błędnym znakiem</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numer telefonu</translation>
    </message>
    <message>
        <source>unknown (not a code)</source>
        <translation>nieznany (to nie kod)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nieskonfigurowane</translation>
    </message>
    <message>
        <source>working</source>
        <translation>działa</translation>
    </message>
    <message>
        <source>gone, trying again</source>
        <translation>brak połączenia, ponowna próba</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
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
        <translation>Zablokowano do %1 po zbyt wielu błędnych PIN-ach.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this stander. Set one as root with: borgerkiosk --set-admin-pin</source>
        <translation>Na tym kiosku nie ustawiono PIN-u administratora. Ustaw go jako root poleceniem: borgerkiosk --set-admin-pin</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Sprawdzanie …</translation>
    </message>
    <message>
        <source>Type the admin PIN.</source>
        <translation>Wpisz PIN administratora.</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 try left before the pad locks.</source>
        <translation>Błędny PIN. Pozostała 1 próba, potem klawiatura zostanie zablokowana.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before the pad locks.</source>
        <translation>Błędny PIN. Pozostałe próby przed zablokowaniem klawiatury: %1.</translation>
    </message>
    <message>
        <source>The PIN file cannot be read or written: see the journal (bk.admin).</source>
        <translation>Nie można odczytać ani zapisać pliku PIN: zobacz dziennik (bk.admin).</translation>
    </message>
    <message>
        <source>No central is configured: nothing to sync.</source>
        <translation>Nie skonfigurowano centrali: nie ma czego synchronizować.</translation>
    </message>
    <message>
        <source>Sync started at %1.</source>
        <translation>Synchronizację rozpoczęto o %1.</translation>
    </message>
    <message>
        <source>Restarting: the stander is back in a few seconds.</source>
        <translation>Ponowne uruchamianie: kiosk wróci za kilka sekund.</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (%2 s temu)</translation>
    </message>
    <message>
        <source>%1 (%2 min ago)</source>
        <translation>%1 (%2 min temu)</translation>
    </message>
    <message>
        <source>%1 (%2 h ago)</source>
        <translation>%1 (%2 godz. temu)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>Put in paper, close the cover, then print the test page (Tests).</source>
        <translation>Włóż papier, zamknij pokrywę, potem wydrukuj stronę testową (Testy).</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and cable, and the CUPS queue (lpstat -p).</source>
        <translation>Sprawdź zasilanie i kabel drukarki oraz kolejkę CUPS (lpstat -p).</translation>
    </message>
    <message>
        <source>Set devices.printer in the configuration file.</source>
        <translation>Ustaw devices.printer w pliku konfiguracyjnym.</translation>
    </message>
    <message>
        <source>Look at the printer&apos;s paper roll.</source>
        <translation>Sprawdź rolkę papieru w drukarce.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>Kolejka drukarki</translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation>Profil drukarki</translation>
    </message>
    <message>
        <source>Wrong letters or a ruler that wraps on the test page: fix [printer] in the configuration file.</source>
        <translation>Błędne litery lub zawijająca się linijka na stronie testowej: popraw [printer] w pliku konfiguracyjnym.</translation>
    </message>
    <message>
        <source>Last print</source>
        <translation>Ostatni wydruk</translation>
    </message>
    <message>
        <source>none since the start</source>
        <translation>brak od uruchomienia</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>wydrukowano</translation>
    </message>
    <message>
        <source>sent (the printer cannot confirm paper)</source>
        <translation>wysłano (drukarka nie potwierdza papieru)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>błąd: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Fix the printer&apos;s fault above, then print the test page.</source>
        <translation>Usuń powyższy błąd drukarki, potem wydrukuj stronę testową.</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Wyświetlacz numerów</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>Set devices.display in the configuration file.</source>
        <translation>Ustaw devices.display w pliku konfiguracyjnym.</translation>
    </message>
    <message>
        <source>Check the display&apos;s cable and power; it reconnects by itself.</source>
        <translation>Sprawdź kabel i zasilanie wyświetlacza; połączy się ponownie sam.</translation>
    </message>
    <message>
        <source>Barcode reader</source>
        <translation>Czytnik kodów kreskowych</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set devices.scanner in the configuration file.</source>
        <translation>Ustaw devices.scanner w pliku konfiguracyjnym.</translation>
    </message>
    <message>
        <source>Check the reader&apos;s cable; it reconnects by itself.</source>
        <translation>Sprawdź kabel czytnika; połączy się ponownie sam.</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Ostatni skan</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>jeszcze nie uruchomiono</translation>
    </message>
    <message>
        <source>printing …</source>
        <translation>drukowanie …</translation>
    </message>
    <message>
        <source>Compare the page with the README&apos;s checklist.</source>
        <translation>Porównaj stronę z listą kontrolną w README.</translation>
    </message>
    <message>
        <source>sent: the printer cannot confirm paper, look at it</source>
        <translation>wysłano: drukarka nie potwierdza papieru, sprawdź ją</translation>
    </message>
    <message>
        <source>See the printer on the Devices page.</source>
        <translation>Zobacz drukarkę na stronie Urządzenia.</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>Strona testowa</translation>
    </message>
    <message>
        <source>Display test line</source>
        <translation>Linia testowa na wyświetlaczu</translation>
    </message>
    <message>
        <source>a line &quot;TEST&quot; sent at %1: is it on the display?</source>
        <translation>linię „TEST” wysłano o %1: czy widać ją na wyświetlaczu?</translation>
    </message>
    <message>
        <source>Nothing on the display: check its cable and display.port.</source>
        <translation>Nic na wyświetlaczu: sprawdź kabel i display.port.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączony</translation>
    </message>
    <message>
        <source>waiting: scan something now (nobody is checked in)</source>
        <translation>czeka: zeskanuj teraz dowolny kod (nikt nie zostanie zgłoszony)</translation>
    </message>
    <message>
        <source>%1: a valid code</source>
        <translation>%1: prawidłowy kod</translation>
    </message>
    <message>
        <source>%1: not a valid booking code</source>
        <translation>%1: nieprawidłowy kod rezerwacji</translation>
    </message>
    <message>
        <source>Scan test</source>
        <translation>Test skanera</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Centrala</translation>
    </message>
    <message>
        <source>not configured: this stander works on its own</source>
        <translation>nieskonfigurowane: ten kiosk działa samodzielnie</translation>
    </message>
    <message>
        <source>Set central.url, central.ca_file and central.token_file to connect it.</source>
        <translation>Ustaw central.url, central.ca_file i central.token_file, aby go połączyć.</translation>
    </message>
    <message>
        <source>reachable, online</source>
        <translation>osiągalna, online</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>nieosiągalna: %1</translation>
    </message>
    <message>
        <source>See TLS and token below.</source>
        <translation>Zobacz TLS i token poniżej.</translation>
    </message>
    <message>
        <source>Check the network and central.url; then Sync now.</source>
        <translation>Sprawdź sieć i central.url; potem Synchronizuj teraz.</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>czeka na pierwszą synchronizację</translation>
    </message>
    <message>
        <source>Sync now (Actions).</source>
        <translation>Synchronizuj teraz (Działania).</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the central&apos;s certificate is not accepted</source>
        <translation>certyfikat centrali nie jest akceptowany</translation>
    </message>
    <message>
        <source>certificate accepted</source>
        <translation>certyfikat zaakceptowany</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>jeszcze nieznane</translation>
    </message>
    <message>
        <source>Check central.ca_file and the stander&apos;s clock.</source>
        <translation>Sprawdź central.ca_file i zegar kiosku.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>refused by the central</source>
        <translation>odrzucony przez centralę</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>zaakceptowany</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code (Actions).</source>
        <translation>Zarejestruj ponownie nowym kodem jednorazowym (Działania).</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Ostatnia udana synchronizacja</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>pusta</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>najstarszy %1</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>%1 waiting, %2</source>
        <translation>oczekujące: %1, %2</translation>
    </message>
    <message>
        <source>Bring the central back; nothing is lost.</source>
        <translation>Przywróć połączenie z centralą; nic nie zginie.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Kursor</translation>
    </message>
    <message>
        <source>none: a snapshot comes next</source>
        <translation>brak: następnie zostanie pobrana pełna migawka</translation>
    </message>
    <message>
        <source>Clock offset to the central</source>
        <translation>Różnica zegara względem centrali</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Check the stander&apos;s time sync (NTP).</source>
        <translation>Sprawdź synchronizację czasu kiosku (NTP).</translation>
    </message>
    <message>
        <source>Call-outs (WebSocket)</source>
        <translation>Wywołania (WebSocket)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>połączono</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>brak połączenia</translation>
    </message>
    <message>
        <source>Call-outs arrive with the next sync meanwhile.</source>
        <translation>Do tego czasu wywołania przychodzą z następną synchronizacją.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Plik konfiguracyjny</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguracja</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Wolne miejsce na dysku</translation>
    </message>
    <message>
        <source>Free space on the disk (journal, old files).</source>
        <translation>Zwolnij miejsce na dysku (dziennik, stare pliki).</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Rozmiar pamięci podręcznej</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Czas działania</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <source>Last starts</source>
        <translation>Ostatnie uruchomienia</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>brak zapisów</translation>
    </message>
    <message>
        <source>It restarts often: read the journal (journalctl -u borgerkiosk).</source>
        <translation>Często uruchamia się ponownie: przeczytaj dziennik (journalctl -u borgerkiosk).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>no central is configured (central.url is empty)</source>
        <translation>nie skonfigurowano centrali (central.url jest puste)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>brak odpowiedzi w ciągu %1 s</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code</source>
        <translation>Zarejestruj ponownie nowym kodem jednorazowym</translation>
    </message>
    <message>
        <source>Asking the central …</source>
        <translation>Odpytywanie centrali …</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Zarejestrowano</translation>
    </message>
    <message>
        <source>The code was refused</source>
        <translation>Kod został odrzucony</translation>
    </message>
    <message>
        <source>The central cannot be reached</source>
        <translation>Brak połączenia z centralą</translation>
    </message>
    <message>
        <source>The central&apos;s certificate is not accepted</source>
        <translation>Certyfikat centrali nie jest akceptowany</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Brak odpowiedzi na czas</translation>
    </message>
    <message>
        <source>Cannot enrol</source>
        <translation>Nie można zarejestrować</translation>
    </message>
    <message>
        <source>The new token could not be stored</source>
        <translation>Nie udało się zapisać nowego tokenu</translation>
    </message>
    <message>
        <source>Type the %1 characters of a one-time code from the central (borgerkiosk-central --make-enrol-code SITE). The stander keeps its present token until the central accepts the new code.</source>
        <translation>Wpisz %1 znaków kodu jednorazowego z centrali (borgerkiosk-central --make-enrol-code SITE). Kiosk zachowuje obecny token, dopóki centrala nie zaakceptuje nowego kodu.</translation>
    </message>
    <message>
        <source>Waiting for the central&apos;s answer (at most %1 s).</source>
        <translation>Oczekiwanie na odpowiedź centrali (najwyżej %1 s).</translation>
    </message>
    <message>
        <source>The stander is enrolled at site %1 with a new token. The program restarts now to use it.</source>
        <translation>Kiosk jest zarejestrowany w lokalizacji %1 z nowym tokenem. Program uruchamia się teraz ponownie, aby go użyć.</translation>
    </message>
    <message>
        <source>The central says the code is unknown, mistyped or already used (%1). Check the code and type it again, or ask the administrator for a new one. Nothing was changed: the present token is kept.</source>
        <translation>Centrala podaje, że kod jest nieznany, błędnie wpisany lub już użyty (%1). Sprawdź kod i wpisz go ponownie albo poproś administratora o nowy. Nic nie zmieniono: obecny token pozostaje.</translation>
    </message>
    <message>
        <source>%1. Check the network cable and central.url, then try again with the same code. Nothing was changed.</source>
        <translation>%1. Sprawdź kabel sieciowy i central.url, a potem spróbuj ponownie z tym samym kodem. Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>%1. Check central.ca_file and the stander&apos;s clock (the Central page), then try again with the same code. Nothing was changed.</source>
        <translation>%1. Sprawdź central.ca_file i zegar kiosku (strona Centrala), a potem spróbuj ponownie z tym samym kodem. Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The central did not answer (%1). Check the network, then try again. If the central then says the code is used, ask for a new one. The present token is kept.</source>
        <translation>Centrala nie odpowiedziała (%1). Sprawdź sieć, a potem spróbuj ponownie. Jeśli centrala poda wtedy, że kod jest już użyty, poproś o nowy. Obecny token pozostaje.</translation>
    </message>
    <message>
        <source>Not attempted: %1. Fix the [central] keys in the configuration file.</source>
        <translation>Nie podjęto próby: %1. Popraw klucze w sekcji [central] w pliku konfiguracyjnym.</translation>
    </message>
    <message>
        <source>The central accepted the code, but the token could not be written (%1). The code is now used: fix the token file&apos;s folder (it must belong to the kiosk user), then enrol with a new code.</source>
        <translation>Centrala zaakceptowała kod, ale nie udało się zapisać tokenu (%1). Kod jest już zużyty: popraw folder pliku tokenu (musi należeć do użytkownika kiosk), a potem zarejestruj kiosk nowym kodem.</translation>
    </message>
</context>
<context>
    <name>BookingDonePage</name>
    <message>
        <source>Your time is booked</source>
        <translation>Wizyta jest zarezerwowana</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2, godz. %3</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Kod rezerwacji</translation>
    </message>
    <message>
        <source>When you come, scan the receipt or type the code here to check in.</source>
        <translation>Po przyjściu zeskanuj wydruk lub wpisz tutaj kod, aby zgłosić przybycie.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Proszę zabrać ze sobą:</translation>
    </message>
    <message>
        <source>Please write down your code: %1.</source>
        <translation>Proszę zapisać swój kod: %1.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Wydrukuj ponownie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>ChanceTicketPage</name>
    <message>
        <source>We cannot give you a ticket right now</source>
        <translation>Nie możemy teraz wydać numerka</translation>
    </message>
    <message>
        <source>Here is your ticket</source>
        <translation>Oto Twój numerek</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Twój numer</translation>
    </message>
    <message>
        <source>Errand: %1</source>
        <translation>Sprawa: %1</translation>
    </message>
    <message>
        <source>Please speak to a member of staff.</source>
        <translation>Proszę porozmawiać z pracownikiem.</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Przewidujemy, że wywołamy Cię około godz. %1, gdy zwolni się termin. Nie możemy tego obiecać.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Nie możemy dziś obiecać terminu. Wywołamy Cię, jeśli zwolni się termin.</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Proszę usiąść w poczekalni. Gdy nadejdzie Twoja kolej, Twój numer pojawi się na ekranie wraz ze stanowiskiem, do którego należy podejść.</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Proszę zapamiętać swój numer: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>Zgłoś przybycie</translation>
    </message>
    <message>
        <source>Hold the code from your letter or phone under the scanner. Or type the code here:</source>
        <translation>Przyłóż kod z listu lub telefonu pod skaner. Albo wpisz kod tutaj:</translation>
    </message>
    <message>
        <source>Typed so far: %1</source>
        <translation>Wpisano: %1</translation>
    </message>
    <message>
        <source>The code has %1 characters. %2 left.</source>
        <translation>Liczba znaków w kodzie: %1. Brakuje: %2.</translation>
    </message>
    <message>
        <source>Read the code back</source>
        <translation>Odczytaj kod na głos</translation>
    </message>
</context>
<context>
    <name>CheckInResultPage</name>
    <message>
        <source>You are checked in</source>
        <translation>Przybycie zostało zgłoszone</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Jest za wcześnie</translation>
    </message>
    <message>
        <source>It is too late to check in</source>
        <translation>Jest za późno na zgłoszenie przybycia</translation>
    </message>
    <message>
        <source>Your time is on another day</source>
        <translation>Wizyta jest w inny dzień</translation>
    </message>
    <message>
        <source>Your time is at another citizen service centre</source>
        <translation>Wizyta jest w innym biurze obsługi mieszkańców</translation>
    </message>
    <message>
        <source>This booking has been cancelled</source>
        <translation>Ta wizyta została odwołana</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation>Przybycie zostało już zgłoszone</translation>
    </message>
    <message>
        <source>We cannot find this code</source>
        <translation>Nie możemy znaleźć tego kodu</translation>
    </message>
    <message>
        <source>Check-in is not possible right now</source>
        <translation>Zgłoszenie przybycia jest teraz niemożliwe</translation>
    </message>
    <message>
        <source>The code is too short</source>
        <translation>Kod jest za krótki</translation>
    </message>
    <message>
        <source>The code could not be read</source>
        <translation>Nie udało się odczytać kodu</translation>
    </message>
    <message>
        <source>The code is not right</source>
        <translation>Kod jest nieprawidłowy</translation>
    </message>
    <message>
        <source>This is not a booking code</source>
        <translation>To nie jest kod rezerwacji</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Proszę usiąść w poczekalni. Gdy nadejdzie Twoja kolej, Twój numer pojawi się na ekranie wraz ze stanowiskiem, do którego należy podejść.</translation>
    </message>
    <message>
        <source>You are a little late, but we can still see you today. Please take a seat in the waiting area. Your number is shown on the screen when it is your turn.</source>
        <translation>Jest trochę po czasie, ale możemy jeszcze dziś przyjąć. Proszę usiąść w poczekalni. Twój numer pojawi się na ekranie, gdy nadejdzie Twoja kolej.</translation>
    </message>
    <message>
        <source>Your time is at %1. You can check in from %2. Please come back to the screen then, or take a seat and wait.</source>
        <translation>Wizyta jest o godz. %1. Przybycie można zgłosić od godz. %2. Proszę wtedy wrócić do ekranu albo usiąść i poczekać.</translation>
    </message>
    <message>
        <source>Your time was at %1. Please speak to a member of staff about a new time.</source>
        <translation>Wizyta była o godz. %1. Proszę porozmawiać z pracownikiem o nowym terminie.</translation>
    </message>
    <message>
        <source>Your time was at %1. You can take a ticket and wait for a free time today, or book a new time.</source>
        <translation>Wizyta była o godz. %1. Możesz wziąć numerek i poczekać dziś na wolny termin albo umówić nową wizytę.</translation>
    </message>
    <message>
        <source>Your time is %1 at %2. Please come back that day.</source>
        <translation>Wizyta jest: %1, godz. %2. Proszę przyjść w tym dniu.</translation>
    </message>
    <message>
        <source>Your booking is for a different place. Your letter or text message says where to go. Your time is %1 at %2.</source>
        <translation>Wizyta jest w innym miejscu. W liście lub SMS-ie jest napisane, dokąd iść. Wizyta jest: %1, godz. %2.</translation>
    </message>
    <message>
        <source>You can book a new time, or take a ticket and wait for a free time today.</source>
        <translation>Możesz umówić nową wizytę albo wziąć numerek i poczekać dziś na wolny termin.</translation>
    </message>
    <message>
        <source>You do not need to do anything more. Please take a seat. Your number is shown on the screen when it is your turn.</source>
        <translation>Nie trzeba nic więcej robić. Proszę usiąść. Twój numer pojawi się na ekranie, gdy nadejdzie Twoja kolej.</translation>
    </message>
    <message>
        <source>The code %1 is not one of our bookings. Check the code in your letter or text message and try again, or ask a member of staff.</source>
        <translation>Kod %1 nie pasuje do żadnej naszej wizyty. Sprawdź kod w liście lub SMS-ie i spróbuj ponownie albo zapytaj pracownika.</translation>
    </message>
    <message>
        <source>Please speak to a member of staff. They can check you in.</source>
        <translation>Proszę porozmawiać z pracownikiem. Pracownik może zgłosić przybycie.</translation>
    </message>
    <message>
        <source>A code has 8 characters. Please type the whole code.</source>
        <translation>Kod ma 8 znaków. Proszę wpisać cały kod.</translation>
    </message>
    <message>
        <source>Please try again, or type the code on the keypad.</source>
        <translation>Proszę spróbować ponownie albo wpisać kod na klawiaturze.</translation>
    </message>
    <message>
        <source>One of the characters is not right. Check the code in your letter or text message and type it again.</source>
        <translation>Jeden ze znaków jest nieprawidłowy. Sprawdź kod w liście lub SMS-ie i wpisz go ponownie.</translation>
    </message>
    <message>
        <source>Please scan the code from your booking letter or text message, or type it on the keypad.</source>
        <translation>Proszę zeskanować kod z listu lub SMS-a z rezerwacją albo wpisać go na klawiaturze.</translation>
    </message>
    <message>
        <source>Your time is %1. Expect to be called at about that time.</source>
        <translation>Wizyta jest o godz. %1. Wywołanie nastąpi mniej więcej o tej porze.</translation>
    </message>
    <message>
        <source>Expect to be called soon.</source>
        <translation>Wywołanie nastąpi wkrótce.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Twój numer</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Proszę zapamiętać swój numer: %1.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Weź numerek na dziś</translation>
    </message>
    <message>
        <source>Book a new time</source>
        <translation>Umów nową wizytę</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Print my ticket again</source>
        <translation>Wydrukuj mój numerek ponownie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Come back at</source>
        <translation>Proszę wrócić o</translation>
    </message>
    <message>
        <source>Your time was</source>
        <translation>Wizyta była o</translation>
    </message>
    <message>
        <source>Your time is</source>
        <translation>Wizyta jest</translation>
    </message>
    <message>
        <source>You checked in earlier. Please take a seat in the waiting area: your number is on the ticket you got then, and it is shown on the screen when it is your turn. If you do not have that ticket, please ask at the counter.</source>
        <translation>Przybycie zostało zgłoszone już wcześniej. Proszę usiąść w poczekalni: Twój numer jest na wydruku otrzymanym wtedy i pojawi się na ekranie, gdy nadejdzie Twoja kolej. Jeśli nie masz tego wydruku, zapytaj przy okienku.</translation>
    </message>
    <message>
        <source>Your errand was settled by phone</source>
        <translation>Twoja sprawa została załatwiona telefonicznie</translation>
    </message>
    <message>
        <source>Your errand can be done online</source>
        <translation>Twoją sprawę można załatwić przez internet</translation>
    </message>
    <message>
        <source>A member of staff settled your errand with you by phone, so you do not need to come to the counter. If you still need help, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>Pracownik załatwił z Tobą Twoją sprawę przez telefon, więc nie musisz podchodzić do okienka. Jeśli nadal potrzebujesz pomocy, zapytaj pracownika albo weź numerek i poczekaj na wolny termin dzisiaj.</translation>
    </message>
    <message>
        <source>A member of staff agreed with you that you can do this errand yourself online, so you do not need to come to the counter. If you need help with it, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>Pracownik uzgodnił z Tobą, że możesz sam załatwić tę sprawę przez internet, więc nie musisz podchodzić do okienka. Jeśli potrzebujesz w tym pomocy, zapytaj pracownika albo weź numerek i poczekaj na wolny termin dzisiaj.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Usuń</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Usuń ostatni znak</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Umów wizytę: %1</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Wybierz dzień</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Zamknięte: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>Brak wolnych terminów</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translation>Wolne terminy: %1</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo: simulated devices</source>
        <translation>Demo: symulowane urządzenia</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Wyświetlacz numerów</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Ostatni wydruk</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Wydrukuj stronę testową</translation>
    </message>
    <message>
        <source>No receipt printed yet</source>
        <translation>Jeszcze nic nie wydrukowano</translation>
    </message>
    <message>
        <source>Scan a demo code</source>
        <translation>Zeskanuj kod demo</translation>
    </message>
    <message>
        <source>Anything to scan</source>
        <translation>Dowolny tekst do zeskanowania</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Skanuj</translation>
    </message>
</context>
<context>
    <name>DisplayToggles</name>
    <message>
        <source>Larger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
</context>
<context>
    <name>ErrandPage</name>
    <message>
        <source>What have you come for?</source>
        <translation>W jakiej sprawie?</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Previous errands</source>
        <translation>Poprzednie sprawy</translation>
    </message>
    <message>
        <source>More errands</source>
        <translation>Więcej spraw</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Wybierz język</translation>
    </message>
</context>
<context>
    <name>HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nowy Rok</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Wielki Czwartek</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Wielki Piątek</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Niedziela Wielkanocna</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Poniedziałek Wielkanocny</translation>
    </message>
    <message>
        <source>General Prayer Day</source>
        <translation>Wielki Dzień Modlitwy</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Wniebowstąpienie Pańskie</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Zielone Świątki</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Poniedziałek Zielonoświątkowy</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Boże Narodzenie</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Drugi dzień Bożego Narodzenia</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Dzień Konstytucji</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Wigilia</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Sylwester</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The time is %1</source>
        <translation>Godzina: %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <source>Touch what you have come for.</source>
        <translation>Wybierz, w jakiej sprawie przychodzisz.</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>Mam umówioną wizytę</translation>
    </message>
    <message>
        <source>Check in: scan or type the code from your letter or text message</source>
        <translation>Zgłoś przybycie: zeskanuj lub wpisz kod z listu lub SMS-a</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Umów wizytę</translation>
    </message>
    <message>
        <source>Choose your errand, a day and a time</source>
        <translation>Wybierz sprawę, dzień i godzinę</translation>
    </message>
    <message>
        <source>I have no booking</source>
        <translation>Nie mam umówionej wizyty</translation>
    </message>
    <message>
        <source>Take a ticket and wait for a free time today</source>
        <translation>Weź numerek i poczekaj dziś na wolny termin</translation>
    </message>
    <message>
        <source>The printer is not working right now. Your number will be shown on the screen.</source>
        <translation>Drukarka teraz nie działa. Twój numer zostanie pokazany na ekranie.</translation>
    </message>
    <message>
        <source>You can check in and take a ticket as usual. Booking a new time is not possible here right now.</source>
        <translation>Można jak zwykle zgłosić przybycie i wziąć numerek. Umówienie nowej wizyty nie jest tu teraz możliwe.</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>Posłuchaj</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation>Bez głosu</translation>
    </message>
    <message>
        <source>Speech is not available</source>
        <translation>Czytanie na głos jest teraz niedostępne</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation>Posłuchaj: ten ekran zostanie odczytany na głos</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Citizen service kiosk</source>
        <translation>Biuro obsługi mieszkańców – samoobsługa</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Umów wizytę</translation>
    </message>
    <message>
        <source>Booking your time …</source>
        <translation>Rezerwujemy wizytę …</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Proszę chwilę poczekać.</translation>
    </message>
    <message>
        <source>We cannot book a time here right now</source>
        <translation>Nie możemy tu teraz umówić wizyty</translation>
    </message>
    <message>
        <source>Nothing has been booked. You can take a ticket and wait for a free time today, or book from home at borger.dk.</source>
        <translation>Nic nie zostało zarezerwowane. Możesz wziąć numerek i poczekać dziś na wolny termin albo umówić wizytę z domu na borger.dk.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Weź numerek na dziś</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Weź numerek</translation>
    </message>
</context>
<context>
    <name>NonVisual</name>
    <message>
        <source>Touch the screen to hear what is under your finger. Tap twice anywhere to choose it.</source>
        <translation>Dotknij ekranu, aby usłyszeć, co jest pod palcem. Stuknij dwa razy w dowolnym miejscu, aby to wybrać.</translation>
    </message>
    <message>
        <source>On the keypad, the arrow keys move from item to item, Enter chooses, Escape goes back, and F1 or the question mark reads the screen and this help.</source>
        <translation>Na klawiaturze strzałki przechodzą między elementami, Enter wybiera, Escape cofa, a F1 lub znak zapytania odczytuje ekran i tę pomoc.</translation>
    </message>
    <message>
        <source>Press and hold Listen to end the non-visual mode.</source>
        <translation>Przytrzymaj przycisk Posłuchaj, aby wyłączyć tryb bez wzroku.</translation>
    </message>
    <message>
        <source>Non-visual mode on.</source>
        <translation>Tryb bez wzroku włączony.</translation>
    </message>
    <message>
        <source>Non-visual mode off.</source>
        <translation>Tryb bez wzroku wyłączony.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>włączone</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <source>button</source>
        <translation>przycisk</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niedostępne</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Move with the arrow keys or touch the screen.</source>
        <translation>Nic nie zostało jeszcze wybrane. Poruszaj się strzałkami lub dotknij ekranu.</translation>
    </message>
    <message>
        <source>There is no way back from here.</source>
        <translation>Stąd nie można się cofnąć.</translation>
    </message>
    <message>
        <source>Non-visual mode · hold Listen to end</source>
        <translation>Tryb bez wzroku · przytrzymaj Posłuchaj, aby zakończyć</translation>
    </message>
    <message>
        <source>Non-visual mode</source>
        <translation>Tryb bez wzroku</translation>
    </message>
</context>
<context>
    <name>NowServingPanel</name>
    <message>
        <source>Now serving</source>
        <translation>Teraz obsługiwani</translation>
    </message>
    <message>
        <source>Called numbers are shown here.</source>
        <translation>Tutaj pojawiają się wywołane numery.</translation>
    </message>
</context>
<context>
    <name>PhoneKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Usuń</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Usuń ostatnią cyfrę</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Umów wizytę: %1</translation>
    </message>
    <message>
        <source>Would you like a reminder by text message?</source>
        <translation>Czy wysłać przypomnienie SMS-em?</translation>
    </message>
    <message>
        <source>Type your mobile number. We only use it to send you a reminder. You can also continue without it.</source>
        <translation>Wpisz swój numer komórkowy. Użyjemy go tylko do wysłania przypomnienia. Można też kontynuować bez niego.</translation>
    </message>
    <message>
        <source>A mobile number has 8 digits. Please type the whole number.</source>
        <translation>Numer komórkowy ma 8 cyfr. Proszę wpisać cały numer.</translation>
    </message>
    <message>
        <source>A Danish mobile number does not start with 0 or 1. Please check the number.</source>
        <translation>Duński numer komórkowy nie zaczyna się od 0 ani 1. Proszę sprawdzić numer.</translation>
    </message>
    <message>
        <source>Continue with this number</source>
        <translation>Dalej z tym numerem</translation>
    </message>
    <message>
        <source>Continue without a reminder</source>
        <translation>Dalej bez przypomnienia</translation>
    </message>
    <message>
        <source>Read the number back</source>
        <translation>Odczytaj numer na głos</translation>
    </message>
</context>
<context>
    <name>ReceiptLayouts</name>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Wydrukowano: %1, godz. %2</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>Przybycie zostało zgłoszone</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Twój numer</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>Godzina wizyty: %1</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Proszę usiąść w poczekalni. Gdy nadejdzie Twoja kolej, Twój numer pojawi się na ekranie wraz ze stanowiskiem, do którego należy podejść.</translation>
    </message>
    <message>
        <source>Ticket without a booking</source>
        <translation>Numerek bez rezerwacji</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Przewidujemy, że wywołamy Cię około godz. %1, gdy zwolni się termin. Nie możemy tego obiecać.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Nie możemy dziś obiecać terminu. Wywołamy Cię, jeśli zwolni się termin.</translation>
    </message>
    <message>
        <source>Your number is shown on the screen when it is your turn.</source>
        <translation>Twój numer pojawi się na ekranie, gdy nadejdzie Twoja kolej.</translation>
    </message>
    <message>
        <source>Follow your place in the queue on your phone</source>
        <translation>Śledź swoje miejsce w kolejce na telefonie</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Twoja wizyta</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>godz. %1</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Kod rezerwacji</translation>
    </message>
    <message>
        <source>When you come, scan this code or type it at the kiosk to check in.</source>
        <translation>Po przyjściu zeskanuj ten kod lub wpisz go w kiosku, aby zgłosić przybycie.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Proszę zabrać ze sobą:</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Można to załatwić z domu</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in a browser.</source>
        <translation>Zeskanuj kod aparatem telefonu albo wpisz adres w przeglądarce.</translation>
    </message>
</context>
<context>
    <name>ReceiptNote</name>
    <message>
        <source>Printing your receipt …</source>
        <translation>Trwa drukowanie …</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Weź wydruk z drukarki pod ekranem.</translation>
    </message>
    <message>
        <source>Your receipt was sent to the printer below the screen. If no paper comes out: %1</source>
        <translation>Wydruk wysłano do drukarki pod ekranem. Jeśli papier nie wyjdzie: %1</translation>
    </message>
    <message>
        <source>The printer is not working, so there is no paper. %1</source>
        <translation>Drukarka nie działa, więc nie będzie wydruku. %1</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Umów wizytę: %1</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Można to załatwić z domu</translation>
    </message>
    <message>
        <source>You can write down the address above.</source>
        <translation>Można przepisać adres podany powyżej.</translation>
    </message>
    <message>
        <source>Print the address</source>
        <translation>Wydrukuj adres</translation>
    </message>
    <message>
        <source>Book a time anyway</source>
        <translation>Mimo to umów wizytę</translation>
    </message>
    <message>
        <source>%1 can be done on the internet from home, without coming here. Scan the square code with your phone&apos;s camera, or take the address home on paper.</source>
        <translation>%1 – to można załatwić przez internet z domu, bez przychodzenia tutaj. Zeskanuj kwadratowy kod aparatem telefonu albo zabierz adres do domu na papierze.</translation>
    </message>
</context>
<context>
    <name>SlotTakenPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Umów wizytę: %1</translation>
    </message>
    <message>
        <source>Sorry, that time has just been taken</source>
        <translation>Przepraszamy, ten termin został właśnie zajęty</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago. These times on %1 are free:</source>
        <translation>Ktoś inny właśnie go zarezerwował. Wolne terminy (%1):</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago, and there are no other free times that day. Press Back to choose another day.</source>
        <translation>Ktoś inny właśnie go zarezerwował i tego dnia nie ma innych wolnych terminów. Naciśnij Wstecz, aby wybrać inny dzień.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>The receipt says:</source>
        <translation>Na wydruku jest napisane:</translation>
    </message>
    <message>
        <source>A reminder will be sent by text message.</source>
        <translation>Przypomnienie zostanie wysłane SMS-em.</translation>
    </message>
    <message>
        <source>%1 of %2 digits typed.</source>
        <translation>Wpisano %1 z %2 cyfr.</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Tak, nadal tu jestem</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Pozostało sekund: %1</translation>
    </message>
    <message>
        <source>Soon the screen starts again, and what you typed is deleted.</source>
        <translation>Za chwilę ekran zacznie od nowa, a wpisane dane zostaną usunięte.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Umów wizytę: %1</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Czy wszystko się zgadza?</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>Text message to %1</source>
        <translation>SMS na numer %1</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <source>If something is wrong, press Back.</source>
        <translation>Jeśli coś się nie zgadza, naciśnij Wstecz.</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>Tak, umów tę wizytę</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Umów wizytę: %1</translation>
    </message>
    <message>
        <source>Choose a time on %1</source>
        <translation>Wybierz godzinę: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translation>Wcześniejsze godziny</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Późniejsze godziny</translation>
    </message>
</context>
</TS>
