<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en_GB">
<context>
    <name>AdminEnrolPanel</name>
    <message>
        <source>Characters typed: %1 of %2</source>
        <translation>Girilen karakterler: %1 / %2</translation>
    </message>
    <message>
        <source>Back to the actions</source>
        <translation>İşlemlere dön</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Type a code again</source>
        <translation>Kodu yeniden gir</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Kaydol</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <translation>Bu kodla kaydol</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Testler</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Merkez</translation>
    </message>
    <message>
        <source>Stander</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>İşlemler</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kilitle</translation>
    </message>
    <message>
        <source>Lock and go back to the citizen screen</source>
        <translation>Kilitle ve vatandaş ekranına dön</translation>
    </message>
    <message>
        <source>The stander</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Print the test page</source>
        <translation>Test sayfasını yazdır</translation>
    </message>
    <message>
        <source>Test line on the display</source>
        <translation>Ekranda test satırı</translation>
    </message>
    <message>
        <source>Stop the scan test</source>
        <translation>Tarama testini durdur</translation>
    </message>
    <message>
        <source>Scan something now</source>
        <translation>Şimdi bir şey tarayın</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
    <message>
        <source>Restart the program</source>
        <translation>Programı yeniden başlat</translation>
    </message>
    <message>
        <source>Back to the citizen screen</source>
        <translation>Vatandaş ekranına dön</translation>
    </message>
    <message>
        <source>Re-enrol with a new code</source>
        <translation>Yeni kodla yeniden kaydol</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code from the central</source>
        <translation>Merkezden alınan yeni bir tek kullanımlık kodla yeniden kaydol</translation>
    </message>
</context>
<context>
    <name>AdminPinPage</name>
    <message>
        <source>Technician access</source>
        <translation>Teknisyen girişi</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Girilen rakamlar: %1</translation>
    </message>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Sil</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Son rakamı sil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>AdminText</name>
    <message>
        <source>booking code</source>
        <translation>randevu kodu</translation>
    </message>
    <message>
        <source>booking code with a wrong character</source>
        <translation>yanlış karakter içeren randevu kodu</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefon numarası</translation>
    </message>
    <message>
        <source>unknown (not a code)</source>
        <translation>bilinmiyor (kod değil)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>ayarlanmamış</translation>
    </message>
    <message>
        <source>working</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <source>gone, trying again</source>
        <translation>bağlantı yok, yeniden deneniyor</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>arıza</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
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
        <translation>Çok fazla yanlış PIN nedeniyle %1 saatine kadar kilitli.</translation>
    </message>
    <message>
        <source>No admin PIN is set on this stander. Set one as root with: borgerkiosk --set-admin-pin</source>
        <translation>Bu kioskta yönetici PIN&apos;i ayarlanmamış. root olarak şu komutla ayarlayın: borgerkiosk --set-admin-pin</translation>
    </message>
    <message>
        <source>Checking …</source>
        <translation>Kontrol ediliyor …</translation>
    </message>
    <message>
        <source>Type the admin PIN.</source>
        <translation>Yönetici PIN&apos;ini girin.</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 try left before the pad locks.</source>
        <translation>Yanlış PIN. Tuş takımı kilitlenmeden önce 1 deneme hakkı kaldı.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before the pad locks.</source>
        <translation>Yanlış PIN. Tuş takımı kilitlenmeden önce %1 deneme hakkı kaldı.</translation>
    </message>
    <message>
        <source>The PIN file cannot be read or written: see the journal (bk.admin).</source>
        <translation>PIN dosyası okunamıyor veya yazılamıyor: günlüğe bakın (bk.admin).</translation>
    </message>
    <message>
        <source>No central is configured: nothing to sync.</source>
        <translation>Merkez ayarlanmamış: eşitlenecek bir şey yok.</translation>
    </message>
    <message>
        <source>Sync started at %1.</source>
        <translation>Eşitleme başladı: %1.</translation>
    </message>
    <message>
        <source>Restarting: the stander is back in a few seconds.</source>
        <translation>Yeniden başlatılıyor: kiosk birkaç saniye içinde geri gelir.</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (%2 sn önce)</translation>
    </message>
    <message>
        <source>%1 (%2 min ago)</source>
        <translation>%1 (%2 dk önce)</translation>
    </message>
    <message>
        <source>%1 (%2 h ago)</source>
        <translation>%1 (%2 sa önce)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Arıza</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <source>Put in paper, close the cover, then print the test page (Tests).</source>
        <translation>Kâğıt takın, kapağı kapatın, sonra test sayfasını yazdırın (Testler).</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and cable, and the CUPS queue (lpstat -p).</source>
        <translation>Yazıcının güç ve kablosunu ve CUPS kuyruğunu kontrol edin (lpstat -p).</translation>
    </message>
    <message>
        <source>Set devices.printer in the configuration file.</source>
        <translation>Yapılandırma dosyasında devices.printer değerini ayarlayın.</translation>
    </message>
    <message>
        <source>Look at the printer&apos;s paper roll.</source>
        <translation>Yazıcının kâğıt rulosuna bakın.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Yazıcı</translation>
    </message>
    <message>
        <source>Printer queue</source>
        <translation>Yazıcı kuyruğu</translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation>Yazıcı profili</translation>
    </message>
    <message>
        <source>Wrong letters or a ruler that wraps on the test page: fix [printer] in the configuration file.</source>
        <translation>Test sayfasında yanlış harfler veya satır kaydıran cetvel var: yapılandırma dosyasında [printer] bölümünü düzeltin.</translation>
    </message>
    <message>
        <source>Last print</source>
        <translation>Son yazdırma</translation>
    </message>
    <message>
        <source>none since the start</source>
        <translation>başlangıçtan beri yok</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>yazdırıldı</translation>
    </message>
    <message>
        <source>sent (the printer cannot confirm paper)</source>
        <translation>gönderildi (yazıcı kâğıdı doğrulayamıyor)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>başarısız: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Fix the printer&apos;s fault above, then print the test page.</source>
        <translation>Yukarıdaki yazıcı arızasını giderin, sonra test sayfasını yazdırın.</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Numara ekranı</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>Set devices.display in the configuration file.</source>
        <translation>Yapılandırma dosyasında devices.display değerini ayarlayın.</translation>
    </message>
    <message>
        <source>Check the display&apos;s cable and power; it reconnects by itself.</source>
        <translation>Ekranın kablosunu ve gücünü kontrol edin; kendiliğinden yeniden bağlanır.</translation>
    </message>
    <message>
        <source>Barcode reader</source>
        <translation>Barkod okuyucu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set devices.scanner in the configuration file.</source>
        <translation>Yapılandırma dosyasında devices.scanner değerini ayarlayın.</translation>
    </message>
    <message>
        <source>Check the reader&apos;s cable; it reconnects by itself.</source>
        <translation>Okuyucunun kablosunu kontrol edin; kendiliğinden yeniden bağlanır.</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Son tarama</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>henüz çalıştırılmadı</translation>
    </message>
    <message>
        <source>printing …</source>
        <translation>yazdırılıyor …</translation>
    </message>
    <message>
        <source>Compare the page with the README&apos;s checklist.</source>
        <translation>Sayfayı README&apos;deki kontrol listesiyle karşılaştırın.</translation>
    </message>
    <message>
        <source>sent: the printer cannot confirm paper, look at it</source>
        <translation>gönderildi: yazıcı kâğıdı doğrulayamıyor, yazıcıya bakın</translation>
    </message>
    <message>
        <source>See the printer on the Devices page.</source>
        <translation>Yazıcı için Cihazlar sayfasına bakın.</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>Test sayfası</translation>
    </message>
    <message>
        <source>Display test line</source>
        <translation>Ekran test satırı</translation>
    </message>
    <message>
        <source>a line &quot;TEST&quot; sent at %1: is it on the display?</source>
        <translation>&quot;TEST&quot; satırı gönderildi (%1): ekranda görünüyor mu?</translation>
    </message>
    <message>
        <source>Nothing on the display: check its cable and display.port.</source>
        <translation>Ekranda bir şey yok: kablosunu ve display.port değerini kontrol edin.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>waiting: scan something now (nobody is checked in)</source>
        <translation>bekliyor: şimdi bir şey tarayın (kimsenin gelişi kaydedilmez)</translation>
    </message>
    <message>
        <source>%1: a valid code</source>
        <translation>%1: geçerli bir kod</translation>
    </message>
    <message>
        <source>%1: not a valid booking code</source>
        <translation>%1: geçerli bir randevu kodu değil</translation>
    </message>
    <message>
        <source>Scan test</source>
        <translation>Tarama testi</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Merkez</translation>
    </message>
    <message>
        <source>not configured: this stander works on its own</source>
        <translation>ayarlanmamış: bu kiosk tek başına çalışıyor</translation>
    </message>
    <message>
        <source>Set central.url, central.ca_file and central.token_file to connect it.</source>
        <translation>Bağlamak için central.url, central.ca_file ve central.token_file değerlerini ayarlayın.</translation>
    </message>
    <message>
        <source>reachable, online</source>
        <translation>erişilebilir, çevrimiçi</translation>
    </message>
    <message>
        <source>not reachable: %1</source>
        <translation>erişilemiyor: %1</translation>
    </message>
    <message>
        <source>See TLS and token below.</source>
        <translation>Aşağıdaki TLS ve token satırlarına bakın.</translation>
    </message>
    <message>
        <source>Check the network and central.url; then Sync now.</source>
        <translation>Ağı ve central.url değerini kontrol edin; sonra Şimdi eşitle.</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>ilk eşitleme bekleniyor</translation>
    </message>
    <message>
        <source>Sync now (Actions).</source>
        <translation>Şimdi eşitle (İşlemler).</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the central&apos;s certificate is not accepted</source>
        <translation>merkezin sertifikası kabul edilmiyor</translation>
    </message>
    <message>
        <source>certificate accepted</source>
        <translation>sertifika kabul edildi</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>henüz bilinmiyor</translation>
    </message>
    <message>
        <source>Check central.ca_file and the stander&apos;s clock.</source>
        <translation>central.ca_file değerini ve kioskun saatini kontrol edin.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>refused by the central</source>
        <translation>merkez tarafından reddedildi</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>kabul edildi</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code (Actions).</source>
        <translation>Yeni bir tek kullanımlık kodla yeniden kaydolun (İşlemler).</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Son başarılı eşitleme</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hiç</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>en eskisi %1</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Giden kutusu</translation>
    </message>
    <message>
        <source>%1 waiting, %2</source>
        <translation>%1 bekliyor, %2</translation>
    </message>
    <message>
        <source>Bring the central back; nothing is lost.</source>
        <translation>Merkez bağlantısını geri getirin; hiçbir şey kaybolmaz.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>İmleç</translation>
    </message>
    <message>
        <source>none: a snapshot comes next</source>
        <translation>yok: sıradaki adımda tam anlık görüntü alınacak</translation>
    </message>
    <message>
        <source>Clock offset to the central</source>
        <translation>Merkeze göre saat farkı</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>Check the stander&apos;s time sync (NTP).</source>
        <translation>Kioskun saat eşitlemesini kontrol edin (NTP).</translation>
    </message>
    <message>
        <source>Call-outs (WebSocket)</source>
        <translation>Çağrılar (WebSocket)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>bağlı</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>bağlı değil</translation>
    </message>
    <message>
        <source>Call-outs arrive with the next sync meanwhile.</source>
        <translation>Bu arada çağrılar bir sonraki eşitlemeyle gelir.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Yapılandırma dosyası</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Yapılandırma</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Boş disk alanı</translation>
    </message>
    <message>
        <source>Free space on the disk (journal, old files).</source>
        <translation>Diskte yer açın (günlük, eski dosyalar).</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Önbellek boyutu</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Çalışma süresi</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <source>Last starts</source>
        <translation>Son başlatmalar</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>kayıt yok</translation>
    </message>
    <message>
        <source>It restarts often: read the journal (journalctl -u borgerkiosk).</source>
        <translation>Sık sık yeniden başlıyor: günlüğü okuyun (journalctl -u borgerkiosk).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>no central is configured (central.url is empty)</source>
        <translation>yapılandırılmış merkez yok (central.url boş)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 sn içinde yanıt yok</translation>
    </message>
    <message>
        <source>Re-enrol with a new one-time code</source>
        <translation>Yeni bir tek kullanımlık kodla yeniden kaydolun</translation>
    </message>
    <message>
        <source>Asking the central …</source>
        <translation>Merkeze soruluyor …</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Kayıt tamamlandı</translation>
    </message>
    <message>
        <source>The code was refused</source>
        <translation>Kod reddedildi</translation>
    </message>
    <message>
        <source>The central cannot be reached</source>
        <translation>Merkeze ulaşılamıyor</translation>
    </message>
    <message>
        <source>The central&apos;s certificate is not accepted</source>
        <translation>Merkezin sertifikası kabul edilmiyor</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Zamanında yanıt gelmedi</translation>
    </message>
    <message>
        <source>Cannot enrol</source>
        <translation>Kayıt yapılamıyor</translation>
    </message>
    <message>
        <source>The new token could not be stored</source>
        <translation>Yeni token kaydedilemedi</translation>
    </message>
    <message>
        <source>Type the %1 characters of a one-time code from the central (borgerkiosk-central --make-enrol-code SITE). The stander keeps its present token until the central accepts the new code.</source>
        <translation>Merkezden alınan tek kullanımlık kodun %1 karakterini girin (borgerkiosk-central --make-enrol-code SITE). Kiosk, merkez yeni kodu kabul edene kadar mevcut token&apos;ını korur.</translation>
    </message>
    <message>
        <source>Waiting for the central&apos;s answer (at most %1 s).</source>
        <translation>Merkezin yanıtı bekleniyor (en fazla %1 sn).</translation>
    </message>
    <message>
        <source>The stander is enrolled at site %1 with a new token. The program restarts now to use it.</source>
        <translation>Kiosk, %1 konumuna yeni bir token ile kaydedildi. Program bunu kullanmak için şimdi yeniden başlıyor.</translation>
    </message>
    <message>
        <source>The central says the code is unknown, mistyped or already used (%1). Check the code and type it again, or ask the administrator for a new one. Nothing was changed: the present token is kept.</source>
        <translation>Merkez, kodun bilinmediğini, yanlış girildiğini veya daha önce kullanıldığını bildiriyor (%1). Kodu kontrol edip yeniden girin veya yöneticiden yeni bir kod isteyin. Hiçbir şey değiştirilmedi: mevcut token korunuyor.</translation>
    </message>
    <message>
        <source>%1. Check the network cable and central.url, then try again with the same code. Nothing was changed.</source>
        <translation>%1. Ağ kablosunu ve central.url değerini kontrol edin, sonra aynı kodla tekrar deneyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>%1. Check central.ca_file and the stander&apos;s clock (the Central page), then try again with the same code. Nothing was changed.</source>
        <translation>%1. central.ca_file değerini ve kioskun saatini (Merkez sayfası) kontrol edin, sonra aynı kodla tekrar deneyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The central did not answer (%1). Check the network, then try again. If the central then says the code is used, ask for a new one. The present token is kept.</source>
        <translation>Merkez yanıt vermedi (%1). Ağı kontrol edin, sonra tekrar deneyin. Merkez o zaman kodun kullanılmış olduğunu bildirirse yeni bir kod isteyin. Mevcut token korunuyor.</translation>
    </message>
    <message>
        <source>Not attempted: %1. Fix the [central] keys in the configuration file.</source>
        <translation>Denenmedi: %1. Yapılandırma dosyasındaki [central] anahtarlarını düzeltin.</translation>
    </message>
    <message>
        <source>The central accepted the code, but the token could not be written (%1). The code is now used: fix the token file&apos;s folder (it must belong to the kiosk user), then enrol with a new code.</source>
        <translation>Merkez kodu kabul etti, ancak token yazılamadı (%1). Kod artık kullanıldı: token dosyasının klasörünü düzeltin (kiosk kullanıcısına ait olmalıdır), sonra yeni bir kodla kaydolun.</translation>
    </message>
</context>
<context>
    <name>BookingDonePage</name>
    <message>
        <source>Your time is booked</source>
        <translation>Randevunuz alındı</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2, saat %3</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>Randevu kodunuz</translation>
    </message>
    <message>
        <source>When you come, scan the receipt or type the code here to check in.</source>
        <translation>Geldiğinizde, geldiğinizi bildirmek için fişi okutun veya kodu buraya girin.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Lütfen yanınızda getirin:</translation>
    </message>
    <message>
        <source>Please write down your code: %1.</source>
        <translation>Lütfen kodunuzu not edin: %1.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Tekrar yazdır</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
</context>
<context>
    <name>ChanceTicketPage</name>
    <message>
        <source>We cannot give you a ticket right now</source>
        <translation>Şu anda size sıra numarası veremiyoruz</translation>
    </message>
    <message>
        <source>Here is your ticket</source>
        <translation>İşte sıra numaranız</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Numaranız</translation>
    </message>
    <message>
        <source>Errand: %1</source>
        <translation>İşlem: %1</translation>
    </message>
    <message>
        <source>Please speak to a member of staff.</source>
        <translation>Lütfen bir görevliyle konuşun.</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Boş bir saat çıkarsa sizi saat %1 civarında çağırmayı bekliyoruz. Bunu garanti edemeyiz.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Bugün size bir saat garanti edemeyiz. Bir randevu boşalırsa çağrılacaksınız.</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Lütfen bekleme alanında oturun. Sıranız geldiğinde numaranız, gitmeniz gereken gişeyle birlikte ekranda gösterilir.</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Lütfen numaranızı unutmayın: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>Geldiğinizi bildirin</translation>
    </message>
    <message>
        <source>Hold the code from your letter or phone under the scanner. Or type the code here:</source>
        <translation>Mektubunuzdaki veya telefonunuzdaki kodu tarayıcının altına tutun. Ya da kodu buraya girin:</translation>
    </message>
    <message>
        <source>Typed so far: %1</source>
        <translation>Şimdiye kadar girilen: %1</translation>
    </message>
    <message>
        <source>The code has %1 characters. %2 left.</source>
        <translation>Kod %1 karakterden oluşur. Kalan: %2.</translation>
    </message>
    <message>
        <source>Read the code back</source>
        <translation>Kodu sesli oku</translation>
    </message>
</context>
<context>
    <name>CheckInResultPage</name>
    <message>
        <source>You are checked in</source>
        <translation>Gelişiniz kaydedildi</translation>
    </message>
    <message>
        <source>You are early</source>
        <translation>Erken geldiniz</translation>
    </message>
    <message>
        <source>It is too late to check in</source>
        <translation>Geldiğinizi bildirmek için çok geç</translation>
    </message>
    <message>
        <source>Your time is on another day</source>
        <translation>Randevunuz başka bir gün</translation>
    </message>
    <message>
        <source>Your time is at another citizen service centre</source>
        <translation>Randevunuz başka bir vatandaş hizmet merkezinde</translation>
    </message>
    <message>
        <source>This booking has been cancelled</source>
        <translation>Bu randevu iptal edildi</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation>Gelişiniz zaten kaydedildi</translation>
    </message>
    <message>
        <source>We cannot find this code</source>
        <translation>Bu kodu bulamıyoruz</translation>
    </message>
    <message>
        <source>Check-in is not possible right now</source>
        <translation>Şu anda geldiğinizi bildiremezsiniz</translation>
    </message>
    <message>
        <source>The code is too short</source>
        <translation>Kod çok kısa</translation>
    </message>
    <message>
        <source>The code could not be read</source>
        <translation>Kod okunamadı</translation>
    </message>
    <message>
        <source>The code is not right</source>
        <translation>Kod doğru değil</translation>
    </message>
    <message>
        <source>This is not a booking code</source>
        <translation>Bu bir randevu kodu değil</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Lütfen bekleme alanında oturun. Sıranız geldiğinde numaranız, gitmeniz gereken gişeyle birlikte ekranda gösterilir.</translation>
    </message>
    <message>
        <source>You are a little late, but we can still see you today. Please take a seat in the waiting area. Your number is shown on the screen when it is your turn.</source>
        <translation>Biraz geç kaldınız, ama sizi bugün yine de görebiliriz. Lütfen bekleme alanında oturun. Sıranız geldiğinde numaranız ekranda gösterilir.</translation>
    </message>
    <message>
        <source>Your time is at %1. You can check in from %2. Please come back to the screen then, or take a seat and wait.</source>
        <translation>Randevunuz saat %1. Saat %2 itibarıyla geldiğinizi bildirebilirsiniz. Lütfen o saatte ekrana geri gelin veya oturup bekleyin.</translation>
    </message>
    <message>
        <source>Your time was at %1. Please speak to a member of staff about a new time.</source>
        <translation>Randevunuz saat %1 idi. Yeni bir randevu için lütfen bir görevliyle konuşun.</translation>
    </message>
    <message>
        <source>Your time was at %1. You can take a ticket and wait for a free time today, or book a new time.</source>
        <translation>Randevunuz saat %1 idi. Sıra numarası alıp bugün boş bir saat bekleyebilir veya yeni bir randevu alabilirsiniz.</translation>
    </message>
    <message>
        <source>Your time is %1 at %2. Please come back that day.</source>
        <translation>Randevunuz: %1, saat %2. Lütfen o gün tekrar gelin.</translation>
    </message>
    <message>
        <source>Your booking is for a different place. Your letter or text message says where to go. Your time is %1 at %2.</source>
        <translation>Randevunuz başka bir yerde. Nereye gideceğiniz mektubunuzda veya SMS&apos;inizde yazıyor. Randevunuz: %1, saat %2.</translation>
    </message>
    <message>
        <source>You can book a new time, or take a ticket and wait for a free time today.</source>
        <translation>Yeni bir randevu alabilir veya sıra numarası alıp bugün boş bir saat bekleyebilirsiniz.</translation>
    </message>
    <message>
        <source>You do not need to do anything more. Please take a seat. Your number is shown on the screen when it is your turn.</source>
        <translation>Başka bir şey yapmanız gerekmiyor. Lütfen oturun. Sıranız geldiğinde numaranız ekranda gösterilir.</translation>
    </message>
    <message>
        <source>The code %1 is not one of our bookings. Check the code in your letter or text message and try again, or ask a member of staff.</source>
        <translation>%1 kodu randevularımızdan birine ait değil. Mektubunuzdaki veya SMS&apos;inizdeki kodu kontrol edip tekrar deneyin ya da bir görevliye sorun.</translation>
    </message>
    <message>
        <source>Please speak to a member of staff. They can check you in.</source>
        <translation>Lütfen bir görevliyle konuşun. Görevli gelişinizi kaydedebilir.</translation>
    </message>
    <message>
        <source>A code has 8 characters. Please type the whole code.</source>
        <translation>Bir kod 8 karakterden oluşur. Lütfen kodun tamamını girin.</translation>
    </message>
    <message>
        <source>Please try again, or type the code on the keypad.</source>
        <translation>Lütfen tekrar deneyin veya kodu tuş takımıyla girin.</translation>
    </message>
    <message>
        <source>One of the characters is not right. Check the code in your letter or text message and type it again.</source>
        <translation>Karakterlerden biri doğru değil. Mektubunuzdaki veya SMS&apos;inizdeki kodu kontrol edip tekrar girin.</translation>
    </message>
    <message>
        <source>Please scan the code from your booking letter or text message, or type it on the keypad.</source>
        <translation>Lütfen randevu mektubunuzdaki veya SMS&apos;inizdeki kodu okutun ya da tuş takımıyla girin.</translation>
    </message>
    <message>
        <source>Your time is %1. Expect to be called at about that time.</source>
        <translation>Randevunuz saat %1. Yaklaşık bu saatte çağrılmanız beklenir.</translation>
    </message>
    <message>
        <source>Expect to be called soon.</source>
        <translation>Yakında çağrılacaksınız.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Numaranız</translation>
    </message>
    <message>
        <source>Please remember your number: %1.</source>
        <translation>Lütfen numaranızı unutmayın: %1.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Bugün için sıra numarası alın</translation>
    </message>
    <message>
        <source>Book a new time</source>
        <translation>Yeni randevu alın</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tekrar deneyin</translation>
    </message>
    <message>
        <source>Print my ticket again</source>
        <translation>Sıra numaramı tekrar yazdır</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Come back at</source>
        <translation>Şu saatte tekrar gelin</translation>
    </message>
    <message>
        <source>Your time was</source>
        <translation>Randevu saatiniz</translation>
    </message>
    <message>
        <source>Your time is</source>
        <translation>Randevunuz</translation>
    </message>
    <message>
        <source>You checked in earlier. Please take a seat in the waiting area: your number is on the ticket you got then, and it is shown on the screen when it is your turn. If you do not have that ticket, please ask at the counter.</source>
        <translation>Gelişinizi daha önce bildirdiniz. Lütfen bekleme alanında oturun: numaranız o zaman aldığınız fişte yazıyor ve sıranız geldiğinde ekranda gösterilir. O fiş sizde yoksa lütfen gişeye sorun.</translation>
    </message>
    <message>
        <source>Your errand was settled by phone</source>
        <translation>İşleminiz telefonla halledildi</translation>
    </message>
    <message>
        <source>Your errand can be done online</source>
        <translation>İşleminizi internetten yapabilirsiniz</translation>
    </message>
    <message>
        <source>A member of staff settled your errand with you by phone, so you do not need to come to the counter. If you still need help, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>Bir görevli işleminizi sizinle telefonda halletti, bu yüzden gişeye gelmenize gerek yok. Yine de yardıma ihtiyacınız varsa lütfen bir görevliye sorun ya da bir numara alıp bugün boş bir saati bekleyin.</translation>
    </message>
    <message>
        <source>A member of staff agreed with you that you can do this errand yourself online, so you do not need to come to the counter. If you need help with it, please ask a member of staff, or take a ticket and wait for a free time today.</source>
        <translation>Bir görevli bu işlemi internetten kendiniz yapabileceğiniz konusunda sizinle anlaştı, bu yüzden gişeye gelmenize gerek yok. Bunun için yardıma ihtiyacınız varsa lütfen bir görevliye sorun ya da bir numara alıp bugün boş bir saati bekleyin.</translation>
    </message>
</context>
<context>
    <name>CodeKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Sil</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Son karakteri sil</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Randevu alın: %1</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Bir gün seçin</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Kapalı: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>Tamamen dolu</translation>
    </message>
    <message>
        <source>Free times: %1</source>
        <translation>Boş saatler: %1</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo: simulated devices</source>
        <translation>Demo: simüle edilmiş cihazlar</translation>
    </message>
    <message>
        <source>Ticket display</source>
        <translation>Numara ekranı</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Son fiş</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Test sayfası yazdır</translation>
    </message>
    <message>
        <source>No receipt printed yet</source>
        <translation>Henüz fiş yazdırılmadı</translation>
    </message>
    <message>
        <source>Scan a demo code</source>
        <translation>Bir demo kodu tarayın</translation>
    </message>
    <message>
        <source>Anything to scan</source>
        <translation>Taranacak herhangi bir şey</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Tara</translation>
    </message>
</context>
<context>
    <name>DisplayToggles</name>
    <message>
        <source>Larger text</source>
        <translation>Daha büyük yazı</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
</context>
<context>
    <name>ErrandPage</name>
    <message>
        <source>What have you come for?</source>
        <translation>Hangi işlem için geldiniz?</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <source>Previous errands</source>
        <translation>Önceki işlemler</translation>
    </message>
    <message>
        <source>More errands</source>
        <translation>Diğer işlemler</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Dilinizi seçin</translation>
    </message>
</context>
<context>
    <name>HolidayText</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Yılbaşı</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Kutsal Perşembe</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Kutsal Cuma</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Paskalya Pazarı</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Paskalya Pazartesisi</translation>
    </message>
    <message>
        <source>General Prayer Day</source>
        <translation>Büyük Dua Günü</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>İsa&apos;nın Göğe Yükselişi</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Pentekost Pazarı</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Pentekost Pazartesisi</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noel</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Noel&apos;in ikinci günü</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Anayasa Günü</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Noel Arifesi</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Yılbaşı Gecesi</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The time is %1</source>
        <translation>Saat %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <source>Touch what you have come for.</source>
        <translation>Ne için geldiğinizi seçin.</translation>
    </message>
    <message>
        <source>I have a booking</source>
        <translation>Randevum var</translation>
    </message>
    <message>
        <source>Check in: scan or type the code from your letter or text message</source>
        <translation>Geldiğinizi bildirin: mektubunuzdaki veya SMS&apos;inizdeki kodu okutun ya da girin</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Randevu alın</translation>
    </message>
    <message>
        <source>Choose your errand, a day and a time</source>
        <translation>İşleminizi, bir gün ve bir saat seçin</translation>
    </message>
    <message>
        <source>I have no booking</source>
        <translation>Randevum yok</translation>
    </message>
    <message>
        <source>Take a ticket and wait for a free time today</source>
        <translation>Sıra numarası alın ve bugün boş bir saat bekleyin</translation>
    </message>
    <message>
        <source>The printer is not working right now. Your number will be shown on the screen.</source>
        <translation>Yazıcı şu anda çalışmıyor. Numaranız ekranda gösterilecek.</translation>
    </message>
    <message>
        <source>You can check in and take a ticket as usual. Booking a new time is not possible here right now.</source>
        <translation>Her zamanki gibi geldiğinizi bildirebilir ve sıra numarası alabilirsiniz. Şu anda burada yeni randevu alınamıyor.</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation>Ses yok</translation>
    </message>
    <message>
        <source>Speech is not available</source>
        <translation>Sesli okuma şu anda kullanılamıyor</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation>Dinle: bu ekran sesli okunur</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Citizen service kiosk</source>
        <translation>Vatandaş hizmetleri – self servis</translation>
    </message>
    <message>
        <source>Book a time</source>
        <translation>Randevu alın</translation>
    </message>
    <message>
        <source>Booking your time …</source>
        <translation>Randevunuz alınıyor …</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Lütfen biraz bekleyin.</translation>
    </message>
    <message>
        <source>We cannot book a time here right now</source>
        <translation>Şu anda burada randevu alamıyoruz</translation>
    </message>
    <message>
        <source>Nothing has been booked. You can take a ticket and wait for a free time today, or book from home at borger.dk.</source>
        <translation>Hiçbir randevu alınmadı. Sıra numarası alıp bugün boş bir saat bekleyebilir veya evden borger.dk üzerinden randevu alabilirsiniz.</translation>
    </message>
    <message>
        <source>Take a ticket for today</source>
        <translation>Bugün için sıra numarası alın</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Sıra numarası alın</translation>
    </message>
</context>
<context>
    <name>NonVisual</name>
    <message>
        <source>Touch the screen to hear what is under your finger. Tap twice anywhere to choose it.</source>
        <translation>Parmağınızın altındakini duymak için ekrana dokunun. Seçmek için herhangi bir yere iki kez dokunun.</translation>
    </message>
    <message>
        <source>On the keypad, the arrow keys move from item to item, Enter chooses, Escape goes back, and F1 or the question mark reads the screen and this help.</source>
        <translation>Tuş takımında ok tuşları öğeden öğeye geçer, Enter seçer, Escape geri gider, F1 veya soru işareti ekranı ve bu yardımı okur.</translation>
    </message>
    <message>
        <source>Press and hold Listen to end the non-visual mode.</source>
        <translation>Görsel olmayan modu kapatmak için Dinle düğmesini basılı tutun.</translation>
    </message>
    <message>
        <source>Non-visual mode on.</source>
        <translation>Görsel olmayan mod açık.</translation>
    </message>
    <message>
        <source>Non-visual mode off.</source>
        <translation>Görsel olmayan mod kapalı.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>button</source>
        <translation>düğme</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>kullanılamıyor</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Move with the arrow keys or touch the screen.</source>
        <translation>Henüz bir şey seçilmedi. Ok tuşlarıyla ilerleyin veya ekrana dokunun.</translation>
    </message>
    <message>
        <source>There is no way back from here.</source>
        <translation>Buradan geri dönülemez.</translation>
    </message>
    <message>
        <source>Non-visual mode · hold Listen to end</source>
        <translation>Görsel olmayan mod · kapatmak için Dinle&apos;yi basılı tutun</translation>
    </message>
    <message>
        <source>Non-visual mode</source>
        <translation>Görsel olmayan mod</translation>
    </message>
</context>
<context>
    <name>NowServingPanel</name>
    <message>
        <source>Now serving</source>
        <translation>Şimdi hizmet verilen</translation>
    </message>
    <message>
        <source>Called numbers are shown here.</source>
        <translation>Çağrılan numaralar burada gösterilir.</translation>
    </message>
</context>
<context>
    <name>PhoneKeypad</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Sil</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Son rakamı sil</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Randevu alın: %1</translation>
    </message>
    <message>
        <source>Would you like a reminder by text message?</source>
        <translation>SMS ile hatırlatma ister misiniz?</translation>
    </message>
    <message>
        <source>Type your mobile number. We only use it to send you a reminder. You can also continue without it.</source>
        <translation>Cep telefonu numaranızı girin. Numaranızı sadece size hatırlatma göndermek için kullanırız. Numara vermeden de devam edebilirsiniz.</translation>
    </message>
    <message>
        <source>A mobile number has 8 digits. Please type the whole number.</source>
        <translation>Cep telefonu numarası 8 rakamdan oluşur. Lütfen numaranın tamamını girin.</translation>
    </message>
    <message>
        <source>A Danish mobile number does not start with 0 or 1. Please check the number.</source>
        <translation>Danimarka cep telefonu numaraları 0 veya 1 ile başlamaz. Lütfen numarayı kontrol edin.</translation>
    </message>
    <message>
        <source>Continue with this number</source>
        <translation>Bu numarayla devam et</translation>
    </message>
    <message>
        <source>Continue without a reminder</source>
        <translation>Hatırlatma olmadan devam et</translation>
    </message>
    <message>
        <source>Read the number back</source>
        <translation>Numarayı sesli oku</translation>
    </message>
</context>
<context>
    <name>ReceiptLayouts</name>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Yazdırıldı: %1, saat %2</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>Gelişiniz kaydedildi</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Numaranız</translation>
    </message>
    <message>
        <source>Your time: %1</source>
        <translation>Randevu saatiniz: %1</translation>
    </message>
    <message>
        <source>Please take a seat in the waiting area. When it is your turn, your number is shown on the screen with the desk to go to.</source>
        <translation>Lütfen bekleme alanında oturun. Sıranız geldiğinde numaranız, gitmeniz gereken gişeyle birlikte ekranda gösterilir.</translation>
    </message>
    <message>
        <source>Ticket without a booking</source>
        <translation>Randevusuz sıra numarası</translation>
    </message>
    <message>
        <source>We expect to call you at about %1, when a time becomes free. We cannot promise it.</source>
        <translation>Boş bir saat çıkarsa sizi saat %1 civarında çağırmayı bekliyoruz. Bunu garanti edemeyiz.</translation>
    </message>
    <message>
        <source>We cannot promise a time today. You will be called if a time becomes free.</source>
        <translation>Bugün size bir saat garanti edemeyiz. Bir randevu boşalırsa çağrılacaksınız.</translation>
    </message>
    <message>
        <source>Your number is shown on the screen when it is your turn.</source>
        <translation>Sıranız geldiğinde numaranız ekranda gösterilir.</translation>
    </message>
    <message>
        <source>Follow your place in the queue on your phone</source>
        <translation>Sıradaki yerinizi telefonunuzdan takip edin</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Randevunuz</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>saat %1</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>Randevu kodu</translation>
    </message>
    <message>
        <source>When you come, scan this code or type it at the kiosk to check in.</source>
        <translation>Geldiğinizde, geldiğinizi bildirmek için bu kodu okutun veya kioska girin.</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Lütfen yanınızda getirin:</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Bunu evden yapabilirsiniz</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in a browser.</source>
        <translation>Kodu telefonunuzun kamerasıyla okutun veya adresi bir tarayıcıya yazın.</translation>
    </message>
</context>
<context>
    <name>ReceiptNote</name>
    <message>
        <source>Printing your receipt …</source>
        <translation>Fişiniz yazdırılıyor …</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Fişinizi ekranın altındaki yazıcıdan alın.</translation>
    </message>
    <message>
        <source>Your receipt was sent to the printer below the screen. If no paper comes out: %1</source>
        <translation>Fişiniz ekranın altındaki yazıcıya gönderildi. Kâğıt çıkmazsa: %1</translation>
    </message>
    <message>
        <source>The printer is not working, so there is no paper. %1</source>
        <translation>Yazıcı çalışmıyor, bu yüzden fiş verilemiyor. %1</translation>
    </message>
</context>
<context>
    <name>SelfServicePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Randevu alın: %1</translation>
    </message>
    <message>
        <source>You can do this at home</source>
        <translation>Bunu evden yapabilirsiniz</translation>
    </message>
    <message>
        <source>You can write down the address above.</source>
        <translation>Yukarıdaki adresi not edebilirsiniz.</translation>
    </message>
    <message>
        <source>Print the address</source>
        <translation>Adresi yazdır</translation>
    </message>
    <message>
        <source>Book a time anyway</source>
        <translation>Yine de randevu alın</translation>
    </message>
    <message>
        <source>%1 can be done on the internet from home, without coming here. Scan the square code with your phone&apos;s camera, or take the address home on paper.</source>
        <translation>%1 işlemini buraya gelmeden evden internet üzerinden yapabilirsiniz. Kare kodu telefonunuzun kamerasıyla okutun veya adresi kâğıtta eve götürün.</translation>
    </message>
</context>
<context>
    <name>SlotTakenPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Randevu alın: %1</translation>
    </message>
    <message>
        <source>Sorry, that time has just been taken</source>
        <translation>Üzgünüz, bu saat az önce alındı</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago. These times on %1 are free:</source>
        <translation>Bu saati az önce başka biri aldı. %1 için şu saatler boş:</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago, and there are no other free times that day. Press Back to choose another day.</source>
        <translation>Bu saati az önce başka biri aldı ve o gün başka boş saat yok. Başka bir gün seçmek için Geri&apos;ye basın.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>The receipt says:</source>
        <translation>Fişte şunlar yazıyor:</translation>
    </message>
    <message>
        <source>A reminder will be sent by text message.</source>
        <translation>Size SMS ile bir hatırlatma gönderilecek.</translation>
    </message>
    <message>
        <source>%1 of %2 digits typed.</source>
        <translation>%2 rakamdan %1 tanesi girildi.</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Evet, hâlâ buradayım</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Kalan saniye: %1</translation>
    </message>
    <message>
        <source>Soon the screen starts again, and what you typed is deleted.</source>
        <translation>Birazdan ekran baştan başlayacak ve girdikleriniz silinecek.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Randevu alın: %1</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Bilgiler doğru mu?</translation>
    </message>
    <message>
        <source>Errand</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Hatırlatma</translation>
    </message>
    <message>
        <source>Text message to %1</source>
        <translation>%1 numarasına SMS</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Hatırlatma yok</translation>
    </message>
    <message>
        <source>If something is wrong, press Back.</source>
        <translation>Bir şey yanlışsa Geri&apos;ye basın.</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>Evet, bu randevuyu al</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <source>Book a time: %1</source>
        <translation>Randevu alın: %1</translation>
    </message>
    <message>
        <source>Choose a time on %1</source>
        <translation>Bir saat seçin: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <source>Earlier times</source>
        <translation>Önceki saatler</translation>
    </message>
    <message>
        <source>Later times</source>
        <translation>Sonraki saatler</translation>
    </message>
</context>
</TS>
