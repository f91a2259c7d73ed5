<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en_GB">
<context>
    <name>AdminEnrolPanel</name>
    <message>
        <source>Characters typed: %1 of %2</source>
        <translation>Введено символів: %1 з %2</translation>
    </message>
    <message>
        <source>Back to the actions</source>
        <translation>Назад до дій</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Type a code again</source>
        <translation>Ввести код ще раз</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Зареєструвати</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <translation>Зареєструвати з цим кодом</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Devices</source>
        <translation>Пристрої</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Тести</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Центральний сервер</translation>
    </message>
    <message>
        <source>Stander</source>
        <translation>Кіоск</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Дії</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <source>Lock and go back to the citizen screen</source>
        <translation>Заблокувати й повернутися до екрана для відвідувачів</translation>
    </message>
    <message>
        <source>The stander</source>
        <translation>Кіоск</translation>
    </message>
    <message>
        <source>Print the test page</source>
        <translation>Надрукувати тестову сторінку</translation>
    </message>
    <message>
        <source>Test line on the display</source>
        <translation>Тестовий рядок на табло</translation>
    </message>
    <message>
        <source>Stop the scan test</source>
        <translation>Зупинити тест сканера</translation>
    </message>
    <message>
        <source>Scan something now</source>
        <translation>Відскануйте щось зараз</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Restart the program</source>
        <translation>Перезапустити програму</translation>
    </message>
    <message>
        <source>Back to the citizen screen</source>
        <translation>Назад до екрана для відвідувачів</translation>
    </message>
    <message>
        <source>Re-enrol with a new code</source>
        <translation>Зареєструвати повторно з новим кодом</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code from the central</source>
        <translation>Зареєструвати повторно з новим одноразовим кодом від центрального сервера</translation>
    </message>
</context>
<context>
    <name>AdminPinPage</name>
    <message>
        <source>Technician access</source>
        <translation>Доступ для техніка</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Введено цифр: %1</translation>
    </message>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Стерти</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Стерти останню цифру</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>AdminText</name>
    <message>
        <source>booking code</source>
        <translation>код запису</translation>
    </message>
    <message>
        <source>booking code with a wrong character</source>
        <translation>код запису з неправильним символом</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефону</translation>
    </message>
    <message>
        <source>unknown (not a code)</source>
        <translation>невідомо (не код)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>не налаштовано</translation>
    </message>
    <message>
        <source>working</source>
        <translation>працює</translation>
    </message>
    <message>
        <source>gone, trying again</source>
        <translation>від’єднано, повторна спроба</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>збій</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 кБ</translation>
    </message>
    <message>
        <source>Locked until %1 after too many wrong PINs.</source>
        <translation>Заблоковано до %1 через забагато неправильних PIN.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this stander. Set one as root with: borgerkiosk --set-admin-pin</source>
        <translation>На цьому кіоску не встановлено PIN адміністратора. Встановіть його як root командою: borgerkiosk --set-admin-pin</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Перевірка …</translation>
    </message>
    <message>
        <source>Type the admin PIN.</source>
        <translation>Введіть PIN адміністратора.</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 try left before the pad locks.</source>
        <translation>Неправильний PIN. Залишилась 1 спроба, потім клавіатуру буде заблоковано.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before the pad locks.</source>
        <translation>Неправильний PIN. Залишилось спроб до блокування клавіатури: %1.</translation>
    </message>
    <message>
        <source>The PIN file cannot be read or written: see the journal (bk.admin).</source>
        <translation>Файл PIN неможливо прочитати або записати: див. журнал (bk.admin).</translation>
    </message>
    <message>
        <source>No central is configured: nothing to sync.</source>
        <translation>Центральний сервер не налаштовано: нічого синхронізувати.</translation>
    </message>
    <message>
        <source>Sync started at %1.</source>
        <translation>Синхронізацію розпочато о %1.</translation>
    </message>
    <message>
        <source>Restarting: the stander is back in a few seconds.</source>
        <translation>Перезапуск: кіоск повернеться за кілька секунд.</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (%2 с тому)</translation>
    </message>
    <message>
        <source>%1 (%2 min ago)</source>
        <translation>%1 (%2 хв тому)</translation>
    </message>
    <message>
        <source>%1 (%2 h ago)</source>
        <translation>%1 (%2 год тому)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Збій</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <source>Put in paper, close the cover, then print the test page (Tests).</source>
        <translation>Вставте папір, закрийте кришку, потім надрукуйте тестову сторінку (Тести).</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and cable, and the CUPS queue (lpstat -p).</source>
        <translation>Перевірте живлення й кабель принтера та чергу CUPS (lpstat -p).</translation>
    </message>
    <message>
        <source>Set devices.printer in the configuration file.</source>
        <translation>Задайте devices.printer у файлі конфігурації.</translation>
    </message>
    <message>
        <source>Look at the printer&apos;s paper roll.</source>
        <translation>Перевірте рулон паперу в принтері.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>Черга принтера</translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation>Профіль принтера</translation>
    </message>
    <message>
        <source>Wrong letters or a ruler that wraps on the test page: fix [printer] in the configuration file.</source>
        <translation>Неправильні літери або лінійка переноситься на тестовій сторінці: виправте [printer] у файлі конфігурації.</translation>
    </message>
    <message>
        <source>Last print</source>
        <translation>Останній друк</translation>
    </message>
    <message>
        <source>none since the start</source>
        <translation>жодного від запуску</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>надруковано</translation>
    </message>
    <message>
        <source>sent (the printer cannot confirm paper)</source>
        <translation>надіслано (принтер не може підтвердити папір)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>помилка: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Fix the printer&apos;s fault above, then print the test page.</source>
        <translation>Усуньте збій принтера, указаний вище, потім надрукуйте тестову сторінку.</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Табло номерів</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (порт %2)</translation>
    </message>
    <message>
        <source>Set devices.display in the configuration file.</source>
        <translation>Задайте devices.display у файлі конфігурації.</translation>
    </message>
    <message>
        <source>Check the display&apos;s cable and power; it reconnects by itself.</source>
        <translation>Перевірте кабель і живлення табло; воно підключиться знову само.</translation>
    </message>
    <message>
        <source>Barcode reader</source>
        <translation>Сканер штрихкодів</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set devices.scanner in the configuration file.</source>
        <translation>Задайте devices.scanner у файлі конфігурації.</translation>
    </message>
    <message>
        <source>Check the reader&apos;s cable; it reconnects by itself.</source>
        <translation>Перевірте кабель сканера; він підключиться знову сам.</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Останнє сканування</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>ще не запускався</translation>
    </message>
    <message>
        <source>printing …</source>
        <translation>друк …</translation>
    </message>
    <message>
        <source>Compare the page with the README&apos;s checklist.</source>
        <translation>Порівняйте сторінку з контрольним списком у README.</translation>
    </message>
    <message>
        <source>sent: the printer cannot confirm paper, look at it</source>
        <translation>надіслано: принтер не може підтвердити папір, перевірте його</translation>
    </message>
    <message>
        <source>See the printer on the Devices page.</source>
        <translation>Див. принтер на сторінці «Пристрої».</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>Тестова сторінка</translation>
    </message>
    <message>
        <source>Display test line</source>
        <translation>Тестовий рядок на табло</translation>
    </message>
    <message>
        <source>a line &quot;TEST&quot; sent at %1: is it on the display?</source>
        <translation>рядок «TEST» надіслано о %1: чи він на табло?</translation>
    </message>
    <message>
        <source>Nothing on the display: check its cable and display.port.</source>
        <translation>На табло нічого немає: перевірте кабель і display.port.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>waiting: scan something now (nobody is checked in)</source>
        <translation>очікування: відскануйте щось зараз (прибуття нікого не реєструється)</translation>
    </message>
    <message>
        <source>%1: a valid code</source>
        <translation>%1: дійсний код</translation>
    </message>
    <message>
        <source>%1: not a valid booking code</source>
        <translation>%1: недійсний код запису</translation>
    </message>
    <message>
        <source>Scan test</source>
        <translation>Тест сканера</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Центральний сервер</translation>
    </message>
    <message>
        <source>not configured: this stander works on its own</source>
        <translation>не налаштовано: цей кіоск працює самостійно</translation>
    </message>
    <message>
        <source>Set central.url, central.ca_file and central.token_file to connect it.</source>
        <translation>Задайте central.url, central.ca_file і central.token_file, щоб під’єднати його.</translation>
    </message>
    <message>
        <source>reachable, online</source>
        <translation>доступний, онлайн</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>недоступний: %1</translation>
    </message>
    <message>
        <source>See TLS and token below.</source>
        <translation>Див. TLS і токен нижче.</translation>
    </message>
    <message>
        <source>Check the network and central.url; then Sync now.</source>
        <translation>Перевірте мережу й central.url; потім «Синхронізувати зараз».</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>очікування першої синхронізації</translation>
    </message>
    <message>
        <source>Sync now (Actions).</source>
        <translation>Синхронізувати зараз (Дії).</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the central&apos;s certificate is not accepted</source>
        <translation>сертифікат центрального сервера не прийнято</translation>
    </message>
    <message>
        <source>certificate accepted</source>
        <translation>сертифікат прийнято</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ще невідомо</translation>
    </message>
    <message>
        <source>Check central.ca_file and the stander&apos;s clock.</source>
        <translation>Перевірте central.ca_file і годинник кіоску.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>refused by the central</source>
        <translation>відхилено центральним сервером</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code (Actions).</source>
        <translation>Зареєструйте повторно з новим одноразовим кодом (Дії).</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Остання успішна синхронізація</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>порожньо</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>найстаріше: %1</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <source>%1 waiting, %2</source>
        <translation>очікують: %1, %2</translation>
    </message>
    <message>
        <source>Bring the central back; nothing is lost.</source>
        <translation>Відновіть зв’язок із центральним сервером; нічого не втрачено.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Курсор</translation>
    </message>
    <message>
        <source>none: a snapshot comes next</source>
        <translation>немає: далі буде повний знімок</translation>
    </message>
    <message>
        <source>Clock offset to the central</source>
        <translation>Розбіжність годинника з центральним сервером</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Check the stander&apos;s time sync (NTP).</source>
        <translation>Перевірте синхронізацію часу кіоску (NTP).</translation>
    </message>
    <message>
        <source>Call-outs (WebSocket)</source>
        <translation>Виклики (WebSocket)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>підключено</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>не підключено</translation>
    </message>
    <message>
        <source>Call-outs arrive with the next sync meanwhile.</source>
        <translation>Тим часом виклики надходять із наступною синхронізацією.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Файл конфігурації</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфігурація</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Вільне місце на диску</translation>
    </message>
    <message>
        <source>Free space on the disk (journal, old files).</source>
        <translation>Звільніть місце на диску (журнал, старі файли).</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Розмір кешу</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Працює вже</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>Last starts</source>
        <translation>Останні запуски</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не зафіксовано</translation>
    </message>
    <message>
        <source>It restarts often: read the journal (journalctl -u borgerkiosk).</source>
        <translation>Часто перезапускається: перегляньте журнал (journalctl -u borgerkiosk).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>no central is configured (central.url is empty)</source>
        <translation>центральний сервер не налаштовано (central.url порожній)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>немає відповіді протягом %1 с</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code</source>
        <translation>Зареєструйте повторно з новим одноразовим кодом</translation>
    </message>
    <message>
        <source>Asking the central …</source>
        <translation>Запит до центрального сервера …</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>The code was refused</source>
        <translation>Код відхилено</translation>
    </message>
    <message>
        <source>The central cannot be reached</source>
        <translation>Центральний сервер недоступний</translation>
    </message>
    <message>
        <source>The central&apos;s certificate is not accepted</source>
        <translation>Сертифікат центрального сервера не прийнято</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Відповідь не надійшла вчасно</translation>
    </message>
    <message>
        <source>Cannot enrol</source>
        <translation>Неможливо зареєструвати</translation>
    </message>
    <message>
        <source>The new token could not be stored</source>
        <translation>Не вдалося зберегти новий токен</translation>
    </message>
    <message>
        <source>Type the %1 characters of a one-time code from the central (borgerkiosk-central --make-enrol-code SITE). The stander keeps its present token until the central accepts the new code.</source>
        <translation>Введіть %1 символів одноразового коду від центрального сервера (borgerkiosk-central --make-enrol-code SITE). Кіоск зберігає поточний токен, доки центральний сервер не прийме новий код.</translation>
    </message>
    <message>
        <source>Waiting for the central&apos;s answer (at most %1 s).</source>
        <translation>Очікування відповіді центрального сервера (не більше %1 с).</translation>
    </message>
    <message>
        <source>The stander is enrolled at site %1 with a new token. The program restarts now to use it.</source>
        <translation>Кіоск зареєстровано на майданчику %1 з новим токеном. Програма зараз перезапускається, щоб використати його.</translation>
    </message>
    <message>
        <source>The central says the code is unknown, mistyped or already used (%1). Check the code and type it again, or ask the administrator for a new one. Nothing was changed: the present token is kept.</source>
        <translation>Центральний сервер повідомляє, що код невідомий, введений з помилкою або вже використаний (%1). Перевірте код і введіть його ще раз або попросіть адміністратора про новий. Нічого не змінено: поточний токен збережено.</translation>
    </message>
    <message>
        <source>%1. Check the network cable and central.url, then try again with the same code. Nothing was changed.</source>
        <translation>%1. Перевірте мережевий кабель і central.url, потім спробуйте ще раз з тим самим кодом. Нічого не змінено.</translation>
    </message>
    <message>
        <source>%1. Check central.ca_file and the stander&apos;s clock (the Central page), then try again with the same code. Nothing was changed.</source>
        <translation>%1. Перевірте central.ca_file і годинник кіоску (сторінка «Центральний сервер»), потім спробуйте ще раз з тим самим кодом. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The central did not answer (%1). Check the network, then try again. If the central then says the code is used, ask for a new one. The present token is kept.</source>
        <translation>Центральний сервер не відповів (%1). Перевірте мережу, потім спробуйте ще раз. Якщо центральний сервер повідомить, що код уже використано, попросіть новий. Поточний токен збережено.</translation>
    </message>
    <message>
        <source>Not attempted: %1. Fix the [central] keys in the configuration file.</source>
        <translation>Спроби не було: %1. Виправте ключі [central] у файлі конфігурації.</translation>
    </message>
    <message>
        <source>The central accepted the code, but the token could not be written (%1). The code is now used: fix the token file&apos;s folder (it must belong to the kiosk user), then enrol with a new code.</source>
        <translation>Центральний сервер прийняв код, але токен не вдалося записати (%1). Код уже використано: виправте теку файлу токена (вона має належати користувачу kiosk), потім зареєструйте кіоск з новим кодом.</translation>
    </message>
</context>
<context>
    <name>BookingDonePage</name>
    <message>
        <source>Your time is booked</source>
        <translation>Вас записано</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 о %3</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Ваш код запису</translation>
    </message>
    <message>
        <source>When you come, scan the receipt or type the code here to check in.</source>
        <translation>Коли прийдете, відскануйте роздруківку або введіть код тут, щоб відмітити прибуття.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Будь ласка, візьміть із собою:</translation>
    </message>
    <message>
        <source>Please write down your code: %1.</source>
        <translation>Будь ласка, запишіть свій код: %1.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Надрукувати ще раз</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>ChanceTicketPage</name>
    <message>
        <source>We cannot give you a ticket right now</source>
        <translation>Зараз ми не можемо видати вам талон</translation>
    </message>
    <message>
        <source>Here is your ticket</source>
        <translation>Ось ваш талон</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>Errand: %1</source>
        <translation>Питання: %1</translation>
    </message>
    <message>
        <source>Please speak to a member of staff.</source>
        <translation>Будь ласка, зверніться до працівника.</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Ми очікуємо викликати вас приблизно о %1, коли звільниться час. Ми не можемо цього гарантувати.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Ми не можемо гарантувати вам час сьогодні. Вас викличуть, якщо звільниться час.</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Будь ласка, сядьте в зоні очікування. Коли настане ваша черга, ваш номер з’явиться на екрані разом із віконцем, до якого треба підійти.</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Будь ласка, запам’ятайте свій номер: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>Відмітити прибуття</translation>
    </message>
    <message>
        <source>Hold the code from your letter or phone under the scanner. Or type the code here:</source>
        <translation>Піднесіть код із листа або телефона під сканер. Або введіть код тут:</translation>
    </message>
    <message>
        <source>Typed so far: %1</source>
        <translation>Уже введено: %1</translation>
    </message>
    <message>
        <source>The code has %1 characters. %2 left.</source>
        <translation>Кількість символів у коді: %1. Залишилось: %2.</translation>
    </message>
    <message>
        <source>Read the code back</source>
        <translation>Прочитати код уголос</translation>
    </message>
</context>
<context>
    <name>CheckInResultPage</name>
    <message>
        <source>You are checked in</source>
        <translation>Ваше прибуття зареєстровано</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Ви прийшли зарано</translation>
    </message>
    <message>
        <source>It is too late to check in</source>
        <translation>Відмітити прибуття вже запізно</translation>
    </message>
    <message>
        <source>Your time is on another day</source>
        <translation>Ваш запис на інший день</translation>
    </message>
    <message>
        <source>Your time is at another citizen service centre</source>
        <translation>Ваш запис в іншому центрі обслуговування громадян</translation>
    </message>
    <message>
        <source>This booking has been cancelled</source>
        <translation>Цей запис скасовано</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation>Ваше прибуття вже зареєстровано</translation>
    </message>
    <message>
        <source>We cannot find this code</source>
        <translation>Ми не можемо знайти цей код</translation>
    </message>
    <message>
        <source>Check-in is not possible right now</source>
        <translation>Зараз відмітити прибуття неможливо</translation>
    </message>
    <message>
        <source>The code is too short</source>
        <translation>Код закороткий</translation>
    </message>
    <message>
        <source>The code could not be read</source>
        <translation>Код не вдалося прочитати</translation>
    </message>
    <message>
        <source>The code is not right</source>
        <translation>Код неправильний</translation>
    </message>
    <message>
        <source>This is not a booking code</source>
        <translation>Це не код запису</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Будь ласка, сядьте в зоні очікування. Коли настане ваша черга, ваш номер з’явиться на екрані разом із віконцем, до якого треба підійти.</translation>
    </message>
    <message>
        <source>You are a little late, but we can still see you today. Please take a seat in the waiting area. Your number is shown on the screen when it is your turn.</source>
        <translation>Ви трохи запізнилися, але ми ще можемо прийняти вас сьогодні. Будь ласка, сядьте в зоні очікування. Ваш номер з’явиться на екрані, коли настане ваша черга.</translation>
    </message>
    <message>
        <source>Your time is at %1. You can check in from %2. Please come back to the screen then, or take a seat and wait.</source>
        <translation>Ваш запис о %1. Відмітити прибуття можна з %2. Будь ласка, поверніться тоді до екрана або сядьте й зачекайте.</translation>
    </message>
    <message>
        <source>Your time was at %1. Please speak to a member of staff about a new time.</source>
        <translation>Ваш запис був о %1. Будь ласка, зверніться до працівника щодо нового часу.</translation>
    </message>
    <message>
        <source>Your time was at %1. You can take a ticket and wait for a free time today, or book a new time.</source>
        <translation>Ваш запис був о %1. Ви можете взяти талон і чекати сьогодні на вільний час або записатися на новий час.</translation>
    </message>
    <message>
        <source>Your time is %1 at %2. Please come back that day.</source>
        <translation>Ваш запис: %1 о %2. Будь ласка, приходьте того дня.</translation>
    </message>
    <message>
        <source>Your booking is for a different place. Your letter or text message says where to go. Your time is %1 at %2.</source>
        <translation>Ваш запис в іншому місці. У вашому листі або SMS написано, куди йти. Ваш запис: %1 о %2.</translation>
    </message>
    <message>
        <source>You can book a new time, or take a ticket and wait for a free time today.</source>
        <translation>Ви можете записатися на новий час або взяти талон і чекати сьогодні на вільний час.</translation>
    </message>
    <message>
        <source>You do not need to do anything more. Please take a seat. Your number is shown on the screen when it is your turn.</source>
        <translation>Більше нічого робити не потрібно. Будь ласка, сядьте. Ваш номер з’явиться на екрані, коли настане ваша черга.</translation>
    </message>
    <message>
        <source>The code %1 is not one of our bookings. Check the code in your letter or text message and try again, or ask a member of staff.</source>
        <translation>Код %1 не відповідає жодному нашому запису. Перевірте код у листі або SMS і спробуйте ще раз, або зверніться до працівника.</translation>
    </message>
    <message>
        <source>Please speak to a member of staff. They can check you in.</source>
        <translation>Будь ласка, зверніться до працівника. Він може відмітити ваше прибуття.</translation>
    </message>
    <message>
        <source>A code has 8 characters. Please type the whole code.</source>
        <translation>Код має 8 символів. Будь ласка, введіть увесь код.</translation>
    </message>
    <message>
        <source>Please try again, or type the code on the keypad.</source>
        <translation>Будь ласка, спробуйте ще раз або введіть код на клавіатурі.</translation>
    </message>
    <message>
        <source>One of the characters is not right. Check the code in your letter or text message and type it again.</source>
        <translation>Один із символів неправильний. Перевірте код у листі або SMS і введіть його ще раз.</translation>
    </message>
    <message>
        <source>Please scan the code from your booking letter or text message, or type it on the keypad.</source>
        <translation>Будь ласка, відскануйте код із листа або SMS про запис або введіть його на клавіатурі.</translation>
    </message>
    <message>
        <source>Your time is %1. Expect to be called at about that time.</source>
        <translation>Ваш запис о %1. Вас викличуть приблизно в цей час.</translation>
    </message>
    <message>
        <source>Expect to be called soon.</source>
        <translation>Вас скоро викличуть.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Будь ласка, запам’ятайте свій номер: %1.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Взяти талон на сьогодні</translation>
    </message>
    <message>
        <source>Book a new time</source>
        <translation>Записатися на новий час</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Print my ticket again</source>
        <translation>Надрукувати мій талон ще раз</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Come back at</source>
        <translation>Поверніться о</translation>
    </message>
    <message>
        <source>Your time was</source>
        <translation>Ваш запис був о</translation>
    </message>
    <message>
        <source>Your time is</source>
        <translation>Ваш запис</translation>
    </message>
    <message>
        <source>You checked in earlier. Please take a seat in the waiting area: your number is on the ticket you got then, and it is shown on the screen when it is your turn. If you do not have that ticket, please ask at the counter.</source>
        <translation>Ви вже відмітили прибуття раніше. Будь ласка, сядьте в зоні очікування: ваш номер є на талоні, який ви тоді отримали, і він з’явиться на екрані, коли настане ваша черга. Якщо у вас немає цього талона, запитайте біля стійки.</translation>
    </message>
    <message>
        <source>Your errand was settled by phone</source>
        <translation>Вашу справу вирішено телефоном</translation>
    </message>
    <message>
        <source>Your errand can be done online</source>
        <translation>Вашу справу можна вирішити онлайн</translation>
    </message>
    <message>
        <source>A member of staff settled your errand with you by phone, so you do not need to come to the counter. If you still need help, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>Працівник вирішив вашу справу з вами телефоном, тож вам не потрібно підходити до віконця. Якщо вам усе ж потрібна допомога, зверніться до працівника або візьміть талон і зачекайте на вільний час сьогодні.</translation>
    </message>
    <message>
        <source>A member of staff agreed with you that you can do this errand yourself online, so you do not need to come to the counter. If you need help with it, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>Працівник домовився з вами, що ви можете самі вирішити цю справу онлайн, тож вам не потрібно підходити до віконця. Якщо вам потрібна з цим допомога, зверніться до працівника або візьміть талон і зачекайте на вільний час сьогодні.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Стерти</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Стерти останній символ</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Запис на прийом: %1</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Виберіть день</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Зачинено: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Зачинено</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>Усе зайнято</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translation>Вільних місць: %1</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo: simulated devices</source>
        <translation>Демо: імітовані пристрої</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Табло номерів</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Остання роздруківка</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Надрукувати тестову сторінку</translation>
    </message>
    <message>
        <source>No receipt printed yet</source>
        <translation>Ще нічого не надруковано</translation>
    </message>
    <message>
        <source>Scan a demo code</source>
        <translation>Відсканувати демокод</translation>
    </message>
    <message>
        <source>Anything to scan</source>
        <translation>Будь-що для сканування</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Сканувати</translation>
    </message>
</context>
<context>
    <name>DisplayToggles</name>
    <message>
        <source>Larger text</source>
        <translation>Більший текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
</context>
<context>
    <name>ErrandPage</name>
    <message>
        <source>What have you come for?</source>
        <translation>З яким питанням ви прийшли?</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Previous errands</source>
        <translation>Попередні питання</translation>
    </message>
    <message>
        <source>More errands</source>
        <translation>Більше питань</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Почати спочатку</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Виберіть мову</translation>
    </message>
</context>
<context>
    <name>HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Новий рік</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Великий четвер</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Страсна п&apos;ятниця</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Великдень</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Великодній понеділок</translation>
    </message>
    <message>
        <source>General Prayer Day</source>
        <translation>Великий день молитви</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Вознесіння Господнє</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Трійця</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Понеділок після Трійці</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Різдво</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Другий день Різдва</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституції</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Святвечір</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Переддень Нового року</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The time is %1</source>
        <translation>Зараз %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <source>Touch what you have come for.</source>
        <translation>Торкніться того, з чим ви прийшли.</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>У мене є запис</translation>
    </message>
    <message>
        <source>Check in: scan or type the code from your letter or text message</source>
        <translation>Відмітити прибуття: відскануйте або введіть код із листа чи SMS</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Записатися на прийом</translation>
    </message>
    <message>
        <source>Choose your errand, a day and a time</source>
        <translation>Виберіть питання, день і час</translation>
    </message>
    <message>
        <source>I have no booking</source>
        <translation>У мене немає запису</translation>
    </message>
    <message>
        <source>Take a ticket and wait for a free time today</source>
        <translation>Взяти талон і чекати сьогодні на вільний час</translation>
    </message>
    <message>
        <source>The printer is not working right now. Your number will be shown on the screen.</source>
        <translation>Принтер зараз не працює. Ваш номер буде показано на екрані.</translation>
    </message>
    <message>
        <source>You can check in and take a ticket as usual. Booking a new time is not possible here right now.</source>
        <translation>Ви можете, як зазвичай, відмітити прибуття й узяти талон. Записатися на новий час тут зараз неможливо.</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>Слухати</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation>Без озвучення</translation>
    </message>
    <message>
        <source>Speech is not available</source>
        <translation>Озвучення зараз недоступне</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation>Слухати: прочитати цей екран уголос</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Citizen service kiosk</source>
        <translation>Кіоск обслуговування громадян</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Записатися на прийом</translation>
    </message>
    <message>
        <source>Booking your time …</source>
        <translation>Записуємо вас …</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Будь ласка, зачекайте.</translation>
    </message>
    <message>
        <source>We cannot book a time here right now</source>
        <translation>Зараз тут неможливо записатися на прийом</translation>
    </message>
    <message>
        <source>Nothing has been booked. You can take a ticket and wait for a free time today, or book from home at borger.dk.</source>
        <translation>Запис не створено. Ви можете взяти талон і чекати сьогодні на вільний час або записатися з дому на borger.dk.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Взяти талон на сьогодні</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Взяти талон</translation>
    </message>
</context>
<context>
    <name>NonVisual</name>
    <message>
        <source>Touch the screen to hear what is under your finger. Tap twice anywhere to choose it.</source>
        <translation>Торкніться екрана, щоб почути, що під пальцем. Двічі торкніться будь-де, щоб вибрати це.</translation>
    </message>
    <message>
        <source>On the keypad, the arrow keys move from item to item, Enter chooses, Escape goes back, and F1 or the question mark reads the screen and this help.</source>
        <translation>На клавіатурі стрілки переходять від елемента до елемента, Enter вибирає, Escape повертає назад, а F1 або знак питання читає екран і цю довідку.</translation>
    </message>
    <message>
        <source>Press and hold Listen to end the non-visual mode.</source>
        <translation>Натисніть і утримуйте «Слухати», щоб вимкнути невізуальний режим.</translation>
    </message>
    <message>
        <source>Non-visual mode on.</source>
        <translation>Невізуальний режим увімкнено.</translation>
    </message>
    <message>
        <source>Non-visual mode off.</source>
        <translation>Невізуальний режим вимкнено.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>увімкнено</translation>
    </message>
    <message>
        <source>off</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>button</source>
        <translation>кнопка</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>недоступно</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Move with the arrow keys or touch the screen.</source>
        <translation>Ще нічого не вибрано. Рухайтеся стрілками або торкніться екрана.</translation>
    </message>
    <message>
        <source>There is no way back from here.</source>
        <translation>Звідси немає шляху назад.</translation>
    </message>
    <message>
        <source>Non-visual mode · hold Listen to end</source>
        <translation>Невізуальний режим · утримуйте «Слухати», щоб вийти</translation>
    </message>
    <message>
        <source>Non-visual mode</source>
        <translation>Невізуальний режим</translation>
    </message>
</context>
<context>
    <name>NowServingPanel</name>
    <message>
        <source>Now serving</source>
        <translation>Зараз обслуговуються</translation>
    </message>
    <message>
        <source>Called numbers are shown here.</source>
        <translation>Тут показано викликані номери.</translation>
    </message>
</context>
<context>
    <name>PhoneKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Стерти</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Стерти останню цифру</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Запис на прийом: %1</translation>
    </message>
    <message>
        <source>Would you like a reminder by text message?</source>
        <translation>Бажаєте отримати нагадування в SMS?</translation>
    </message>
    <message>
        <source>Type your mobile number. We only use it to send you a reminder. You can also continue without it.</source>
        <translation>Введіть номер мобільного телефону. Ми використаємо його лише для нагадування. Можна продовжити й без нього.</translation>
    </message>
    <message>
        <source>A mobile number has 8 digits. Please type the whole number.</source>
        <translation>Номер мобільного має 8 цифр. Будь ласка, введіть увесь номер.</translation>
    </message>
    <message>
        <source>A Danish mobile number does not start with 0 or 1. Please check the number.</source>
        <translation>Данський номер мобільного не починається з 0 або 1. Будь ласка, перевірте номер.</translation>
    </message>
    <message>
        <source>Continue with this number</source>
        <translation>Продовжити з цим номером</translation>
    </message>
    <message>
        <source>Continue without a reminder</source>
        <translation>Продовжити без нагадування</translation>
    </message>
    <message>
        <source>Read the number back</source>
        <translation>Прочитати номер уголос</translation>
    </message>
</context>
<context>
    <name>ReceiptLayouts</name>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Надруковано %1 о %2</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>Ваше прибуття зареєстровано</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>Ваш час: %1</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Будь ласка, сядьте в зоні очікування. Коли настане ваша черга, ваш номер з’явиться на екрані разом із віконцем, до якого треба підійти.</translation>
    </message>
    <message>
        <source>Ticket without a booking</source>
        <translation>Талон без запису</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Ми очікуємо викликати вас приблизно о %1, коли звільниться час. Ми не можемо цього гарантувати.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Ми не можемо гарантувати вам час сьогодні. Вас викличуть, якщо звільниться час.</translation>
    </message>
    <message>
        <source>Your number is shown on the screen when it is your turn.</source>
        <translation>Ваш номер з’явиться на екрані, коли настане ваша черга.</translation>
    </message>
    <message>
        <source>Follow your place in the queue on your phone</source>
        <translation>Стежте за своїм місцем у черзі на телефоні</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Ваш запис</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>о %1</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Код запису</translation>
    </message>
    <message>
        <source>When you come, scan this code or type it at the kiosk to check in.</source>
        <translation>Коли прийдете, відскануйте цей код або введіть його в кіоску, щоб відмітити прибуття.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Будь ласка, візьміть із собою:</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Це можна зробити з дому</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in a browser.</source>
        <translation>Відскануйте код камерою телефона або введіть адресу в браузері.</translation>
    </message>
</context>
<context>
    <name>ReceiptNote</name>
    <message>
        <source>Printing your receipt …</source>
        <translation>Триває друк …</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Заберіть роздруківку з принтера під екраном.</translation>
    </message>
    <message>
        <source>Your receipt was sent to the printer below the screen. If no paper comes out: %1</source>
        <translation>Вашу роздруківку надіслано на принтер під екраном. Якщо папір не виходить: %1</translation>
    </message>
    <message>
        <source>The printer is not working, so there is no paper. %1</source>
        <translation>Принтер не працює, тому роздруківки не буде. %1</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Запис на прийом: %1</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Це можна зробити з дому</translation>
    </message>
    <message>
        <source>You can write down the address above.</source>
        <translation>Ви можете переписати адресу, указану вище.</translation>
    </message>
    <message>
        <source>Print the address</source>
        <translation>Надрукувати адресу</translation>
    </message>
    <message>
        <source>Book a time anyway</source>
        <translation>Усе одно записатися</translation>
    </message>
    <message>
        <source>%1 can be done on the internet from home, without coming here. Scan the square code with your phone&apos;s camera, or take the address home on paper.</source>
        <translation>%1 – це можна зробити в інтернеті з дому, не приходячи сюди. Відскануйте квадратний код камерою телефона або візьміть адресу додому на папері.</translation>
    </message>
</context>
<context>
    <name>SlotTakenPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Запис на прийом: %1</translation>
    </message>
    <message>
        <source>Sorry, that time has just been taken</source>
        <translation>На жаль, цей час щойно зайняли</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago. These times on %1 are free:</source>
        <translation>Хтось інший щойно записався на нього. Вільний час (%1):</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago, and there are no other free times that day. Press Back to choose another day.</source>
        <translation>Хтось інший щойно записався на нього, і того дня більше немає вільного часу. Натисніть «Назад», щоб вибрати інший день.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>The receipt says:</source>
        <translation>На роздруківці написано:</translation>
    </message>
    <message>
        <source>A reminder will be sent by text message.</source>
        <translation>Вам надішлють нагадування в SMS.</translation>
    </message>
    <message>
        <source>%1 of %2 digits typed.</source>
        <translation>Введено %1 з %2 цифр.</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Так, я ще тут</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Залишилось секунд: %1</translation>
    </message>
    <message>
        <source>Soon the screen starts again, and what you typed is deleted.</source>
        <translation>Незабаром екран почне спочатку, а введене вами буде видалено.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Запис на прийом: %1</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Усе правильно?</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Text message to %1</source>
        <translation>SMS на номер %1</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без нагадування</translation>
    </message>
    <message>
        <source>If something is wrong, press Back.</source>
        <translation>Якщо щось неправильно, натисніть «Назад».</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>Так, записатися на цей час</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Запис на прийом: %1</translation>
    </message>
    <message>
        <source>Choose a time on %1</source>
        <translation>Виберіть час: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translation>Ранніші години</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Пізніші години</translation>
    </message>
</context>
</TS>
