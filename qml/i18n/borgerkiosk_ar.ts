<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_GB">
<context>
    <name>AdminEnrolPanel</name>
    <message>
        <source>Characters typed: %1 of %2</source>
        <translation>الأحرف المُدخلة: %1 من %2</translation>
    </message>
    <message>
        <source>Back to the actions</source>
        <translation>العودة إلى الإجراءات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Type a code again</source>
        <translation>إدخال رمز مرة أخرى</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <translation>التسجيل بهذا الرمز</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>الاختبارات</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>الخادم المركزي</translation>
    </message>
    <message>
        <source>Stander</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock and go back to the citizen screen</source>
        <translation>قفل والعودة إلى شاشة المواطنين</translation>
    </message>
    <message>
        <source>The stander</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Print the test page</source>
        <translation>طباعة صفحة الاختبار</translation>
    </message>
    <message>
        <source>Test line on the display</source>
        <translation>سطر اختبار على الشاشة</translation>
    </message>
    <message>
        <source>Stop the scan test</source>
        <translation>إيقاف اختبار المسح</translation>
    </message>
    <message>
        <source>Scan something now</source>
        <translation>امسح شيئًا الآن</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Restart the program</source>
        <translation>إعادة تشغيل البرنامج</translation>
    </message>
    <message>
        <source>Back to the citizen screen</source>
        <translation>العودة إلى شاشة المواطنين</translation>
    </message>
    <message>
        <source>Re-enrol with a new code</source>
        <translation>إعادة التسجيل برمز جديد</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code from the central</source>
        <translation>إعادة التسجيل برمز جديد لمرة واحدة من الخادم المركزي</translation>
    </message>
</context>
<context>
    <name>AdminPinPage</name>
    <message>
        <source>Technician access</source>
        <translation>دخول الفني</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>الأرقام المدخلة: %1</translation>
    </message>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ مسح</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>مسح آخر رقم</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>AdminText</name>
    <message>
        <source>booking code</source>
        <translation>رمز الحجز</translation>
    </message>
    <message>
        <source>booking code with a wrong character</source>
        <translation>رمز حجز فيه حرف خاطئ</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>unknown (not a code)</source>
        <translation>غير معروف (ليس رمزًا)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>غير مُعدّ</translation>
    </message>
    <message>
        <source>working</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>gone, trying again</source>
        <translation>مفصول، جارٍ إعادة المحاولة</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>عطل</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>Locked until %1 after too many wrong PINs.</source>
        <translation>مقفل حتى %1 بعد إدخال رمز PIN خاطئ مرات كثيرة.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this stander. Set one as root with: borgerkiosk --set-admin-pin</source>
        <translation>لم يُعيَّن رمز PIN للمسؤول على هذا الجهاز. عيّنه بصلاحيات root بالأمر: borgerkiosk --set-admin-pin</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>جارٍ التحقق …</translation>
    </message>
    <message>
        <source>Type the admin PIN.</source>
        <translation>أدخل رمز PIN للمسؤول.</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 try left before the pad locks.</source>
        <translation>رمز PIN خاطئ. بقيت محاولة واحدة قبل قفل لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before the pad locks.</source>
        <translation>رمز PIN خاطئ. المحاولات المتبقية قبل قفل لوحة المفاتيح: %1.</translation>
    </message>
    <message>
        <source>The PIN file cannot be read or written: see the journal (bk.admin).</source>
        <translation>لا يمكن قراءة ملف PIN أو الكتابة فيه: راجع السجل (bk.admin).</translation>
    </message>
    <message>
        <source>No central is configured: nothing to sync.</source>
        <translation>لم يُعدّ خادم مركزي: لا شيء للمزامنة.</translation>
    </message>
    <message>
        <source>Sync started at %1.</source>
        <translation>بدأت المزامنة الساعة %1.</translation>
    </message>
    <message>
        <source>Restarting: the stander is back in a few seconds.</source>
        <translation>جارٍ إعادة التشغيل: سيعود الجهاز خلال ثوانٍ.</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (قبل %2 ث)</translation>
    </message>
    <message>
        <source>%1 (%2 min ago)</source>
        <translation>%1 (قبل %2 د)</translation>
    </message>
    <message>
        <source>%1 (%2 h ago)</source>
        <translation>%1 (قبل %2 س)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>عطل</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Put in paper, close the cover, then print the test page (Tests).</source>
        <translation>ضع الورق وأغلق الغطاء، ثم اطبع صفحة الاختبار (الاختبارات).</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and cable, and the CUPS queue (lpstat -p).</source>
        <translation>افحص كهرباء الطابعة وكابلها، وقائمة انتظار CUPS (lpstat -p).</translation>
    </message>
    <message>
        <source>Set devices.printer in the configuration file.</source>
        <translation>عيّن devices.printer في ملف الإعدادات.</translation>
    </message>
    <message>
        <source>Look at the printer&apos;s paper roll.</source>
        <translation>افحص لفافة الورق في الطابعة.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>قائمة انتظار الطابعة</translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation>ملف تعريف الطابعة</translation>
    </message>
    <message>
        <source>Wrong letters or a ruler that wraps on the test page: fix [printer] in the configuration file.</source>
        <translation>حروف خاطئة أو مسطرة ملتفّة في صفحة الاختبار: صحّح [printer] في ملف الإعدادات.</translation>
    </message>
    <message>
        <source>Last print</source>
        <translation>آخر طباعة</translation>
    </message>
    <message>
        <source>none since the start</source>
        <translation>لا شيء منذ التشغيل</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>طُبع</translation>
    </message>
    <message>
        <source>sent (the printer cannot confirm paper)</source>
        <translation>أُرسل (لا تستطيع الطابعة تأكيد الورق)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Fix the printer&apos;s fault above, then print the test page.</source>
        <translation>أصلح عطل الطابعة المذكور أعلاه، ثم اطبع صفحة الاختبار.</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>شاشة الأرقام</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (المنفذ %2)</translation>
    </message>
    <message>
        <source>Set devices.display in the configuration file.</source>
        <translation>عيّن devices.display في ملف الإعدادات.</translation>
    </message>
    <message>
        <source>Check the display&apos;s cable and power; it reconnects by itself.</source>
        <translation>افحص كابل الشاشة وكهرباءها؛ ستعيد الاتصال تلقائيًا.</translation>
    </message>
    <message>
        <source>Barcode reader</source>
        <translation>قارئ الباركود</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set devices.scanner in the configuration file.</source>
        <translation>عيّن devices.scanner في ملف الإعدادات.</translation>
    </message>
    <message>
        <source>Check the reader&apos;s cable; it reconnects by itself.</source>
        <translation>افحص كابل القارئ؛ سيعيد الاتصال تلقائيًا.</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>آخر مسح</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>لم يُشغَّل بعد</translation>
    </message>
    <message>
        <source>printing …</source>
        <translation>جارٍ الطباعة …</translation>
    </message>
    <message>
        <source>Compare the page with the README&apos;s checklist.</source>
        <translation>قارن الصفحة بقائمة التحقق في ملف README.</translation>
    </message>
    <message>
        <source>sent: the printer cannot confirm paper, look at it</source>
        <translation>أُرسل: لا تستطيع الطابعة تأكيد الورق، افحصها</translation>
    </message>
    <message>
        <source>See the printer on the Devices page.</source>
        <translation>انظر الطابعة في صفحة الأجهزة.</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>صفحة الاختبار</translation>
    </message>
    <message>
        <source>Display test line</source>
        <translation>سطر اختبار على الشاشة</translation>
    </message>
    <message>
        <source>a line &quot;TEST&quot; sent at %1: is it on the display?</source>
        <translation>أُرسل سطر &quot;TEST&quot; الساعة %1: هل يظهر على الشاشة؟</translation>
    </message>
    <message>
        <source>Nothing on the display: check its cable and display.port.</source>
        <translation>لا شيء على الشاشة: افحص الكابل و display.port.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>waiting: scan something now (nobody is checked in)</source>
        <translation>في الانتظار: امسح شيئًا الآن (لن يُسجَّل حضور أحد)</translation>
    </message>
    <message>
        <source>%1: a valid code</source>
        <translation>%1: رمز صالح</translation>
    </message>
    <message>
        <source>%1: not a valid booking code</source>
        <translation>%1: ليس رمز حجز صالحًا</translation>
    </message>
    <message>
        <source>Scan test</source>
        <translation>اختبار المسح</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>الخادم المركزي</translation>
    </message>
    <message>
        <source>not configured: this stander works on its own</source>
        <translation>غير مُعدّ: هذا الجهاز يعمل وحده</translation>
    </message>
    <message>
        <source>Set central.url, central.ca_file and central.token_file to connect it.</source>
        <translation>عيّن central.url و central.ca_file و central.token_file لربطه.</translation>
    </message>
    <message>
        <source>reachable, online</source>
        <translation>متاح، متصل</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>غير متاح: %1</translation>
    </message>
    <message>
        <source>See TLS and token below.</source>
        <translation>انظر TLS والرمز المميز أدناه.</translation>
    </message>
    <message>
        <source>Check the network and central.url; then Sync now.</source>
        <translation>افحص الشبكة و central.url، ثم «مزامنة الآن».</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>في انتظار أول مزامنة</translation>
    </message>
    <message>
        <source>Sync now (Actions).</source>
        <translation>مزامنة الآن (الإجراءات).</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the central&apos;s certificate is not accepted</source>
        <translation>شهادة الخادم المركزي غير مقبولة</translation>
    </message>
    <message>
        <source>certificate accepted</source>
        <translation>الشهادة مقبولة</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>Check central.ca_file and the stander&apos;s clock.</source>
        <translation>افحص central.ca_file وساعة الجهاز.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>الرمز المميز (Token)</translation>
    </message>
    <message>
        <source>refused by the central</source>
        <translation>رفضه الخادم المركزي</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code (Actions).</source>
        <translation>أعد التسجيل برمز جديد لمرة واحدة (الإجراءات).</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>آخر مزامنة ناجحة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>الأقدم %1</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>%1 waiting, %2</source>
        <translation>في الانتظار: %1، %2</translation>
    </message>
    <message>
        <source>Bring the central back; nothing is lost.</source>
        <translation>أعد الاتصال بالخادم المركزي؛ لن يضيع شيء.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>none: a snapshot comes next</source>
        <translation>لا يوجد: ستأتي لقطة كاملة في المرة القادمة</translation>
    </message>
    <message>
        <source>Clock offset to the central</source>
        <translation>فرق الساعة عن الخادم المركزي</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Check the stander&apos;s time sync (NTP).</source>
        <translation>افحص مزامنة الوقت في الجهاز (NTP).</translation>
    </message>
    <message>
        <source>Call-outs (WebSocket)</source>
        <translation>النداءات (WebSocket)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Call-outs arrive with the next sync meanwhile.</source>
        <translation>تصل النداءات مع المزامنة التالية في هذه الأثناء.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>المساحة الحرة على القرص</translation>
    </message>
    <message>
        <source>Free space on the disk (journal, old files).</source>
        <translation>أفرغ مساحة على القرص (السجل، الملفات القديمة).</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>حجم ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>مدة التشغيل</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>Last starts</source>
        <translation>آخر مرات التشغيل</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لا يوجد تسجيل</translation>
    </message>
    <message>
        <source>It restarts often: read the journal (journalctl -u borgerkiosk).</source>
        <translation>يعيد التشغيل كثيرًا: اقرأ السجل (journalctl -u borgerkiosk).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>no central is configured (central.url is empty)</source>
        <translation>لم يُضبط أي خادم مركزي (central.url فارغ)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>لا رد خلال %1 ث</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code</source>
        <translation>أعد التسجيل برمز جديد لمرة واحدة</translation>
    </message>
    <message>
        <source>Asking the central …</source>
        <translation>جارٍ سؤال الخادم المركزي …</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>تم التسجيل</translation>
    </message>
    <message>
        <source>The code was refused</source>
        <translation>رُفض الرمز</translation>
    </message>
    <message>
        <source>The central cannot be reached</source>
        <translation>يتعذر الوصول إلى الخادم المركزي</translation>
    </message>
    <message>
        <source>The central&apos;s certificate is not accepted</source>
        <translation>شهادة الخادم المركزي غير مقبولة</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>لم يصل رد في الوقت المحدد</translation>
    </message>
    <message>
        <source>Cannot enrol</source>
        <translation>يتعذر التسجيل</translation>
    </message>
    <message>
        <source>The new token could not be stored</source>
        <translation>تعذّر حفظ الرمز المميز الجديد</translation>
    </message>
    <message>
        <source>Type the %1 characters of a one-time code from the central (borgerkiosk-central --make-enrol-code SITE). The stander keeps its present token until the central accepts the new code.</source>
        <translation>أدخل أحرف رمز لمرة واحدة من الخادم المركزي، وعددها %1 (borgerkiosk-central --make-enrol-code SITE). يحتفظ الجهاز برمزه المميز الحالي إلى أن يقبل الخادم المركزي الرمز الجديد.</translation>
    </message>
    <message>
        <source>Waiting for the central&apos;s answer (at most %1 s).</source>
        <translation>في انتظار رد الخادم المركزي (%1 ث على الأكثر).</translation>
    </message>
    <message>
        <source>The stander is enrolled at site %1 with a new token. The program restarts now to use it.</source>
        <translation>سُجّل الجهاز في الموقع %1 برمز مميز جديد. يُعاد تشغيل البرنامج الآن لاستخدامه.</translation>
    </message>
    <message>
        <source>The central says the code is unknown, mistyped or already used (%1). Check the code and type it again, or ask the administrator for a new one. Nothing was changed: the present token is kept.</source>
        <translation>يفيد الخادم المركزي بأن الرمز غير معروف أو مكتوب خطأً أو مستخدم من قبل (%1). افحص الرمز وأدخله مرة أخرى، أو اطلب رمزًا جديدًا من المسؤول. لم يتغير شيء: الرمز المميز الحالي باقٍ.</translation>
    </message>
    <message>
        <source>%1. Check the network cable and central.url, then try again with the same code. Nothing was changed.</source>
        <translation>%1. افحص كابل الشبكة و central.url، ثم حاول مرة أخرى بالرمز نفسه. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1. Check central.ca_file and the stander&apos;s clock (the Central page), then try again with the same code. Nothing was changed.</source>
        <translation>%1. افحص central.ca_file وساعة الجهاز (صفحة «الخادم المركزي»)، ثم حاول مرة أخرى بالرمز نفسه. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The central did not answer (%1). Check the network, then try again. If the central then says the code is used, ask for a new one. The present token is kept.</source>
        <translation>لم يرد الخادم المركزي (%1). افحص الشبكة، ثم حاول مرة أخرى. إذا أفاد الخادم المركزي بعد ذلك بأن الرمز مستخدم، فاطلب رمزًا جديدًا. الرمز المميز الحالي باقٍ.</translation>
    </message>
    <message>
        <source>Not attempted: %1. Fix the [central] keys in the configuration file.</source>
        <translation>لم تتم المحاولة: %1. صحّح مفاتيح [central] في ملف الإعدادات.</translation>
    </message>
    <message>
        <source>The central accepted the code, but the token could not be written (%1). The code is now used: fix the token file&apos;s folder (it must belong to the kiosk user), then enrol with a new code.</source>
        <translation>قبل الخادم المركزي الرمز، لكن تعذّرت كتابة الرمز المميز (%1). أصبح الرمز مستخدمًا الآن: أصلح مجلد ملف الرمز المميز (يجب أن يكون ملكًا للمستخدم kiosk)، ثم سجّل برمز جديد.</translation>
    </message>
</context>
<context>
    <name>BookingDonePage</name>
    <message>
        <source>Your time is booked</source>
        <translation>تم حجز موعدك</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1، %2 الساعة %3</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>رمز حجزك</translation>
    </message>
    <message>
        <source>When you come, scan the receipt or type the code here to check in.</source>
        <translation>عند حضورك، امسح الإيصال أو أدخل الرمز هنا لتسجيل حضورك.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>يُرجى إحضار:</translation>
    </message>
    <message>
        <source>Please write down your code: %1.</source>
        <translation>يُرجى كتابة رمزك: %1.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>اطبع مرة أخرى</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انتهيت</translation>
    </message>
</context>
<context>
    <name>ChanceTicketPage</name>
    <message>
        <source>We cannot give you a ticket right now</source>
        <translation>لا يمكننا إعطاؤك رقم انتظار الآن</translation>
    </message>
    <message>
        <source>Here is your ticket</source>
        <translation>هذا رقم انتظارك</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>Errand: %1</source>
        <translation>الغرض من الزيارة: %1</translation>
    </message>
    <message>
        <source>Please speak to a member of staff.</source>
        <translation>يُرجى التحدث إلى أحد الموظفين.</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>نتوقع أن ننادي عليك نحو الساعة %1 عندما يتوفر موعد شاغر. لا يمكننا أن نعدك بذلك.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>لا يمكننا أن نعدك بموعد اليوم. سيُنادى عليك إذا توفر موعد شاغر.</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>يُرجى الجلوس في منطقة الانتظار. عندما يحين دورك، يظهر رقمك على الشاشة مع الشباك الذي تتوجه إليه.</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>يُرجى تذكّر رقمك: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انتهيت</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>Hold the code from your letter or phone under the scanner. Or type the code here:</source>
        <translation>ضع الرمز الموجود في رسالتك أو هاتفك تحت الماسح. أو أدخل الرمز هنا:</translation>
    </message>
    <message>
        <source>Typed so far: %1</source>
        <translation>ما أُدخل حتى الآن: %1</translation>
    </message>
    <message>
        <source>The code has %1 characters. %2 left.</source>
        <translation>عدد أحرف الرمز: %1. المتبقي: %2.</translation>
    </message>
    <message>
        <source>Read the code back</source>
        <translation>اقرأ الرمز بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>CheckInResultPage</name>
    <message>
        <source>You are checked in</source>
        <translation>تم تسجيل حضورك</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>لقد حضرت مبكرًا</translation>
    </message>
    <message>
        <source>It is too late to check in</source>
        <translation>فات وقت تسجيل الحضور</translation>
    </message>
    <message>
        <source>Your time is on another day</source>
        <translation>موعدك في يوم آخر</translation>
    </message>
    <message>
        <source>Your time is at another citizen service centre</source>
        <translation>موعدك في مركز آخر لخدمة المواطنين</translation>
    </message>
    <message>
        <source>This booking has been cancelled</source>
        <translation>أُلغي هذا الموعد</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation>تم تسجيل حضورك من قبل</translation>
    </message>
    <message>
        <source>We cannot find this code</source>
        <translation>لا نجد هذا الرمز</translation>
    </message>
    <message>
        <source>Check-in is not possible right now</source>
        <translation>تسجيل الحضور غير ممكن الآن</translation>
    </message>
    <message>
        <source>The code is too short</source>
        <translation>الرمز قصير جدًا</translation>
    </message>
    <message>
        <source>The code could not be read</source>
        <translation>تعذرت قراءة الرمز</translation>
    </message>
    <message>
        <source>The code is not right</source>
        <translation>الرمز غير صحيح</translation>
    </message>
    <message>
        <source>This is not a booking code</source>
        <translation>هذا ليس رمز حجز</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>يُرجى الجلوس في منطقة الانتظار. عندما يحين دورك، يظهر رقمك على الشاشة مع الشباك الذي تتوجه إليه.</translation>
    </message>
    <message>
        <source>You are a little late, but we can still see you today. Please take a seat in the waiting area. Your number is shown on the screen when it is your turn.</source>
        <translation>لقد تأخرت قليلًا، لكن يمكننا استقبالك اليوم. يُرجى الجلوس في منطقة الانتظار. يظهر رقمك على الشاشة عندما يحين دورك.</translation>
    </message>
    <message>
        <source>Your time is at %1. You can check in from %2. Please come back to the screen then, or take a seat and wait.</source>
        <translation>موعدك الساعة %1. يمكنك تسجيل حضورك ابتداءً من الساعة %2. يُرجى العودة إلى الشاشة حينها، أو الجلوس والانتظار.</translation>
    </message>
    <message>
        <source>Your time was at %1. Please speak to a member of staff about a new time.</source>
        <translation>كان موعدك الساعة %1. يُرجى التحدث إلى أحد الموظفين بشأن موعد جديد.</translation>
    </message>
    <message>
        <source>Your time was at %1. You can take a ticket and wait for a free time today, or book a new time.</source>
        <translation>كان موعدك الساعة %1. يمكنك أخذ رقم انتظار وانتظار موعد شاغر اليوم، أو حجز موعد جديد.</translation>
    </message>
    <message>
        <source>Your time is %1 at %2. Please come back that day.</source>
        <translation>موعدك %1 الساعة %2. يُرجى الحضور في ذلك اليوم.</translation>
    </message>
    <message>
        <source>Your booking is for a different place. Your letter or text message says where to go. Your time is %1 at %2.</source>
        <translation>موعدك في مكان آخر. رسالتك البريدية أو النصية تذكر المكان الذي تذهب إليه. موعدك %1 الساعة %2.</translation>
    </message>
    <message>
        <source>You can book a new time, or take a ticket and wait for a free time today.</source>
        <translation>يمكنك حجز موعد جديد، أو أخذ رقم انتظار وانتظار موعد شاغر اليوم.</translation>
    </message>
    <message>
        <source>You do not need to do anything more. Please take a seat. Your number is shown on the screen when it is your turn.</source>
        <translation>لا تحتاج إلى فعل أي شيء آخر. يُرجى الجلوس. يظهر رقمك على الشاشة عندما يحين دورك.</translation>
    </message>
    <message>
        <source>The code %1 is not one of our bookings. Check the code in your letter or text message and try again, or ask a member of staff.</source>
        <translation>الرمز %1 لا يطابق أيًّا من مواعيدنا. افحص الرمز في رسالتك البريدية أو النصية وحاول مرة أخرى، أو اسأل أحد الموظفين.</translation>
    </message>
    <message>
        <source>Please speak to a member of staff. They can check you in.</source>
        <translation>يُرجى التحدث إلى أحد الموظفين. يمكنه تسجيل حضورك.</translation>
    </message>
    <message>
        <source>A code has 8 characters. Please type the whole code.</source>
        <translation>يتكون الرمز من 8 أحرف. يُرجى إدخال الرمز كاملًا.</translation>
    </message>
    <message>
        <source>Please try again, or type the code on the keypad.</source>
        <translation>يُرجى المحاولة مرة أخرى، أو إدخال الرمز بلوحة المفاتيح.</translation>
    </message>
    <message>
        <source>One of the characters is not right. Check the code in your letter or text message and type it again.</source>
        <translation>أحد الأحرف غير صحيح. افحص الرمز في رسالتك البريدية أو النصية وأدخله مرة أخرى.</translation>
    </message>
    <message>
        <source>Please scan the code from your booking letter or text message, or type it on the keypad.</source>
        <translation>يُرجى مسح الرمز من رسالة الحجز البريدية أو النصية، أو إدخاله بلوحة المفاتيح.</translation>
    </message>
    <message>
        <source>Your time is %1. Expect to be called at about that time.</source>
        <translation>موعدك الساعة %1. توقّع أن يُنادى عليك في هذا الوقت تقريبًا.</translation>
    </message>
    <message>
        <source>Expect to be called soon.</source>
        <translation>توقّع أن يُنادى عليك قريبًا.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>يُرجى تذكّر رقمك: %1.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>خذ رقم انتظار لليوم</translation>
    </message>
    <message>
        <source>Book a new time</source>
        <translation>احجز موعدًا جديدًا</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Print my ticket again</source>
        <translation>اطبع رقمي مرة أخرى</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <source>Come back at</source>
        <translation>عُد الساعة</translation>
    </message>
    <message>
        <source>Your time was</source>
        <translation>كان موعدك</translation>
    </message>
    <message>
        <source>Your time is</source>
        <translation>موعدك</translation>
    </message>
    <message>
        <source>You checked in earlier. Please take a seat in the waiting area: your number is on the ticket you got then, and it is shown on the screen when it is your turn. If you do not have that ticket, please ask at the counter.</source>
        <translation>لقد سجّلت حضورك من قبل. يُرجى الجلوس في منطقة الانتظار: رقمك مكتوب على التذكرة التي حصلت عليها حينها، ويظهر على الشاشة عندما يحين دورك. إذا لم تكن معك تلك التذكرة، يُرجى السؤال عند الشباك.</translation>
    </message>
    <message>
        <source>Your errand was settled by phone</source>
        <translation>تمت تسوية معاملتك عبر الهاتف</translation>
    </message>
    <message>
        <source>Your errand can be done online</source>
        <translation>يمكنك إنجاز معاملتك عبر الإنترنت</translation>
    </message>
    <message>
        <source>A member of staff settled your errand with you by phone, so you do not need to come to the counter. If you still need help, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>قام أحد الموظفين بتسوية معاملتك معك عبر الهاتف، لذلك لا تحتاج إلى الذهاب إلى الشباك. إذا كنت لا تزال بحاجة إلى مساعدة، فيرجى سؤال أحد الموظفين، أو خذ رقمًا وانتظر موعدًا متاحًا اليوم.</translation>
    </message>
    <message>
        <source>A member of staff agreed with you that you can do this errand yourself online, so you do not need to come to the counter. If you need help with it, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>اتفق معك أحد الموظفين على أنه يمكنك إنجاز هذه المعاملة بنفسك عبر الإنترنت، لذلك لا تحتاج إلى الذهاب إلى الشباك. إذا كنت بحاجة إلى مساعدة في ذلك، فيرجى سؤال أحد الموظفين، أو خذ رقمًا وانتظر موعدًا متاحًا اليوم.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ مسح</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>مسح آخر حرف</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>حجز موعد: %1</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>اختر يومًا</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>مغلق: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>لا مواعيد شاغرة</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translation>المواعيد الشاغرة: %1</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo: simulated devices</source>
        <translation>عرض تجريبي: أجهزة محاكاة</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>شاشة الأرقام</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>آخر إيصال</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>اطبع صفحة اختبار</translation>
    </message>
    <message>
        <source>No receipt printed yet</source>
        <translation>لم يُطبع أي إيصال بعد</translation>
    </message>
    <message>
        <source>Scan a demo code</source>
        <translation>امسح رمزًا تجريبيًا</translation>
    </message>
    <message>
        <source>Anything to scan</source>
        <translation>أي شيء للمسح</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>DisplayToggles</name>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>ErrandPage</name>
    <message>
        <source>What have you come for?</source>
        <translation>ما الغرض من زيارتك؟</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Previous errands</source>
        <translation>المعاملات السابقة</translation>
    </message>
    <message>
        <source>More errands</source>
        <translation>مزيد من المعاملات</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
</context>
<context>
    <name>HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>رأس السنة الميلادية</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>خميس العهد</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>الجمعة العظيمة</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>عيد الفصح</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>اثنين الفصح</translation>
    </message>
    <message>
        <source>General Prayer Day</source>
        <translation>يوم الصلاة الكبير</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>عيد الصعود</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>عيد العنصرة</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>اثنين العنصرة</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>عيد الميلاد</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>ثاني أيام عيد الميلاد</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>يوم الدستور</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>ليلة عيد الميلاد</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>ليلة رأس السنة</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The time is %1</source>
        <translation>الساعة الآن %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
    <message>
        <source>Touch what you have come for.</source>
        <translation>المس الغرض من زيارتك.</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>لدي موعد</translation>
    </message>
    <message>
        <source>Check in: scan or type the code from your letter or text message</source>
        <translation>تسجيل الحضور: امسح أو أدخل الرمز من رسالتك البريدية أو النصية</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>احجز موعدًا</translation>
    </message>
    <message>
        <source>Choose your errand, a day and a time</source>
        <translation>اختر الغرض من زيارتك ويومًا ووقتًا</translation>
    </message>
    <message>
        <source>I have no booking</source>
        <translation>ليس لدي موعد</translation>
    </message>
    <message>
        <source>Take a ticket and wait for a free time today</source>
        <translation>خذ رقم انتظار وانتظر موعدًا شاغرًا اليوم</translation>
    </message>
    <message>
        <source>The printer is not working right now. Your number will be shown on the screen.</source>
        <translation>الطابعة لا تعمل الآن. سيظهر رقمك على الشاشة.</translation>
    </message>
    <message>
        <source>You can check in and take a ticket as usual. Booking a new time is not possible here right now.</source>
        <translation>يمكنك تسجيل حضورك وأخذ رقم انتظار كالمعتاد. حجز موعد جديد غير ممكن هنا الآن.</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation>بدون صوت</translation>
    </message>
    <message>
        <source>Speech is not available</source>
        <translation>القراءة الصوتية غير متاحة الآن</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation>استمع: قراءة هذه الشاشة بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Citizen service kiosk</source>
        <translation>خدمة المواطنين – الخدمة الذاتية</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>احجز موعدًا</translation>
    </message>
    <message>
        <source>Booking your time …</source>
        <translation>جارٍ حجز موعدك …</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>يُرجى الانتظار لحظة.</translation>
    </message>
    <message>
        <source>We cannot book a time here right now</source>
        <translation>لا يمكننا حجز موعد هنا الآن</translation>
    </message>
    <message>
        <source>Nothing has been booked. You can take a ticket and wait for a free time today, or book from home at borger.dk.</source>
        <translation>لم يُحجز أي شيء. يمكنك أخذ رقم انتظار وانتظار موعد شاغر اليوم، أو الحجز من المنزل عبر borger.dk.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>خذ رقم انتظار لليوم</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>خذ رقم انتظار</translation>
    </message>
</context>
<context>
    <name>NonVisual</name>
    <message>
        <source>Touch the screen to hear what is under your finger. Tap twice anywhere to choose it.</source>
        <translation>المس الشاشة لتسمع ما تحت إصبعك. انقر مرتين في أي مكان لاختياره.</translation>
    </message>
    <message>
        <source>On the keypad, the arrow keys move from item to item, Enter chooses, Escape goes back, and F1 or the question mark reads the screen and this help.</source>
        <translation>في لوحة المفاتيح، تنتقل مفاتيح الأسهم من عنصر إلى آخر، ويختار Enter، ويعود Escape، ويقرأ F1 أو علامة الاستفهام الشاشة وهذه المساعدة.</translation>
    </message>
    <message>
        <source>Press and hold Listen to end the non-visual mode.</source>
        <translation>اضغط مطولًا على زر استمع لإنهاء الوضع غير المرئي.</translation>
    </message>
    <message>
        <source>Non-visual mode on.</source>
        <translation>الوضع غير المرئي مُفعَّل.</translation>
    </message>
    <message>
        <source>Non-visual mode off.</source>
        <translation>الوضع غير المرئي متوقف.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مُفعَّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>button</source>
        <translation>زر</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Move with the arrow keys or touch the screen.</source>
        <translation>لم يُختر شيء بعد. تنقّل بمفاتيح الأسهم أو المس الشاشة.</translation>
    </message>
    <message>
        <source>There is no way back from here.</source>
        <translation>لا يوجد طريق للعودة من هنا.</translation>
    </message>
    <message>
        <source>Non-visual mode · hold Listen to end</source>
        <translation>الوضع غير المرئي · اضغط مطولًا على استمع للإنهاء</translation>
    </message>
    <message>
        <source>Non-visual mode</source>
        <translation>الوضع غير المرئي</translation>
    </message>
</context>
<context>
    <name>NowServingPanel</name>
    <message>
        <source>Now serving</source>
        <translation>يُخدم الآن</translation>
    </message>
    <message>
        <source>Called numbers are shown here.</source>
        <translation>تظهر هنا الأرقام التي تم النداء عليها.</translation>
    </message>
</context>
<context>
    <name>PhoneKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ مسح</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>مسح آخر رقم</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>حجز موعد: %1</translation>
    </message>
    <message>
        <source>Would you like a reminder by text message?</source>
        <translation>هل تريد تذكيرًا برسالة نصية؟</translation>
    </message>
    <message>
        <source>Type your mobile number. We only use it to send you a reminder. You can also continue without it.</source>
        <translation>أدخل رقم هاتفك المحمول. نستخدمه فقط لنرسل إليك تذكيرًا. يمكنك أيضًا المتابعة بدونه.</translation>
    </message>
    <message>
        <source>A mobile number has 8 digits. Please type the whole number.</source>
        <translation>يتكون رقم الهاتف المحمول من 8 أرقام. يُرجى إدخال الرقم كاملًا.</translation>
    </message>
    <message>
        <source>A Danish mobile number does not start with 0 or 1. Please check the number.</source>
        <translation>رقم الهاتف المحمول الدنماركي لا يبدأ بـ 0 أو 1. يُرجى التحقق من الرقم.</translation>
    </message>
    <message>
        <source>Continue with this number</source>
        <translation>المتابعة بهذا الرقم</translation>
    </message>
    <message>
        <source>Continue without a reminder</source>
        <translation>المتابعة بدون تذكير</translation>
    </message>
    <message>
        <source>Read the number back</source>
        <translation>اقرأ الرقم بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>ReceiptLayouts</name>
    <message>
        <source>Printed %1 at %2</source>
        <translation>طُبع %1 الساعة %2</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>تم تسجيل حضورك</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>موعدك: الساعة %1</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>يُرجى الجلوس في منطقة الانتظار. عندما يحين دورك، يظهر رقمك على الشاشة مع الشباك الذي تتوجه إليه.</translation>
    </message>
    <message>
        <source>Ticket without a booking</source>
        <translation>رقم انتظار بدون موعد</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>نتوقع أن ننادي عليك نحو الساعة %1 عندما يتوفر موعد شاغر. لا يمكننا أن نعدك بذلك.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>لا يمكننا أن نعدك بموعد اليوم. سيُنادى عليك إذا توفر موعد شاغر.</translation>
    </message>
    <message>
        <source>Your number is shown on the screen when it is your turn.</source>
        <translation>يظهر رقمك على الشاشة عندما يحين دورك.</translation>
    </message>
    <message>
        <source>Follow your place in the queue on your phone</source>
        <translation>تابع دورك في الطابور على هاتفك</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>موعدك</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>الساعة %1</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>رمز الحجز</translation>
    </message>
    <message>
        <source>When you come, scan this code or type it at the kiosk to check in.</source>
        <translation>عند حضورك، امسح هذا الرمز أو أدخله في جهاز الخدمة الذاتية لتسجيل حضورك.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>يُرجى إحضار:</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>يمكنك القيام بذلك من المنزل</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in a browser.</source>
        <translation>امسح الرمز بكاميرا هاتفك، أو اكتب العنوان في متصفح.</translation>
    </message>
</context>
<context>
    <name>ReceiptNote</name>
    <message>
        <source>Printing your receipt …</source>
        <translation>جارٍ طباعة إيصالك …</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>خذ إيصالك من الطابعة الموجودة أسفل الشاشة.</translation>
    </message>
    <message>
        <source>Your receipt was sent to the printer below the screen. If no paper comes out: %1</source>
        <translation>أُرسل إيصالك إلى الطابعة الموجودة أسفل الشاشة. إذا لم يخرج الورق: %1</translation>
    </message>
    <message>
        <source>The printer is not working, so there is no paper. %1</source>
        <translation>الطابعة لا تعمل، لذلك لا يوجد إيصال. %1</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>حجز موعد: %1</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>يمكنك القيام بذلك من المنزل</translation>
    </message>
    <message>
        <source>You can write down the address above.</source>
        <translation>يمكنك كتابة العنوان المعروض أعلاه.</translation>
    </message>
    <message>
        <source>Print the address</source>
        <translation>اطبع العنوان</translation>
    </message>
    <message>
        <source>Book a time anyway</source>
        <translation>احجز موعدًا على أي حال</translation>
    </message>
    <message>
        <source>%1 can be done on the internet from home, without coming here. Scan the square code with your phone&apos;s camera, or take the address home on paper.</source>
        <translation>يمكن إنجاز %1 عبر الإنترنت من المنزل، دون الحضور إلى هنا. امسح الرمز المربع بكاميرا هاتفك، أو خذ العنوان معك إلى المنزل على ورقة.</translation>
    </message>
</context>
<context>
    <name>SlotTakenPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>حجز موعد: %1</translation>
    </message>
    <message>
        <source>Sorry, that time has just been taken</source>
        <translation>عذرًا، لقد حُجز هذا الموعد للتو</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago. These times on %1 are free:</source>
        <translation>حجزه شخص آخر قبل لحظات. هذه المواعيد شاغرة يوم %1:</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago, and there are no other free times that day. Press Back to choose another day.</source>
        <translation>حجزه شخص آخر قبل لحظات، ولا توجد مواعيد شاغرة أخرى في ذلك اليوم. اضغط «رجوع» لاختيار يوم آخر.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>The receipt says:</source>
        <translation>مكتوب على الإيصال:</translation>
    </message>
    <message>
        <source>A reminder will be sent by text message.</source>
        <translation>سيصلك تذكير برسالة نصية.</translation>
    </message>
    <message>
        <source>%1 of %2 digits typed.</source>
        <translation>تم إدخال %1 من %2 أرقام.</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>نعم، ما زلت هنا</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>الثواني المتبقية: %1</translation>
    </message>
    <message>
        <source>Soon the screen starts again, and what you typed is deleted.</source>
        <translation>ستبدأ الشاشة من جديد قريبًا، وسيُحذف ما أدخلته.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>حجز موعد: %1</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>هل هذا صحيح؟</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>الغرض من الزيارة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>Text message to %1</source>
        <translation>رسالة نصية إلى %1</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>بدون تذكير</translation>
    </message>
    <message>
        <source>If something is wrong, press Back.</source>
        <translation>إذا كان هناك خطأ، اضغط «رجوع».</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>نعم، احجز هذا الموعد</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>حجز موعد: %1</translation>
    </message>
    <message>
        <source>Choose a time on %1</source>
        <translation>اختر وقتًا يوم %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translation>أوقات أبكر</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>أوقات لاحقة</translation>
    </message>
</context>
</TS>
