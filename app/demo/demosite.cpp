#include "demo/demosite.h"

#include "domain/bookingcode.h"
#include "domain/clock.h"

#include <array>
#include <initializer_list>

namespace bk::demo {

namespace {

// Seven data symbols per demo code; the check symbol is computed so the codes stay valid
// if the check rule ever changes. Order matches Scenario.
constexpr std::array<const char *, 8> kDemoData = {"K7M3QX9", "H2R8WD4", "P5N6TJ3", "X9C4ZA7",
                                                   "M3G8SB2", "R6Y2FK5", "W4D7NE8", "C8T5HQ6"};

/// An errand's name and what to bring in one UI language (UTF-8).
struct Texts
{
    const char *language;
    const char *name;
    std::initializer_list<const char *> bring;
};

// The demo's errands speak every UI language the kiosk ships (da and en by hand; the others
// machine-translated like their catalogues, qml/i18n, and due the same native review), so
// that an Arabic or Ukrainian citizen sees the demo's errands and receipts in their language.
Service service(const char *id, int minutes, int counters, char16_t queue,
                std::initializer_list<Texts> texts, QString selfService = {})
{
    Service s;
    s.id = QString::fromLatin1(id);
    for (const Texts &t : texts) {
        const QString language = QString::fromLatin1(t.language);
        s.names.insert(language, QString::fromUtf8(t.name));
        QStringList bring;
        for (const char *b : t.bring)
            bring.append(QString::fromUtf8(b));
        s.bring.insert(language, bring);
    }
    s.selfServiceUrl = std::move(selfService);
    s.durationMinutes = minutes;
    s.counters = counters;
    s.queueLetter = QChar(queue);
    return s;
}

} // namespace

DemoSite site()
{
    DemoSite d;
    d.id = QStringLiteral("demo");
    d.name = QStringLiteral("Borgerservice Demo");

    d.services = {
        service(
            "pas", 15, 3, u'A',
            {{"da",
              "Pas",
              {"Dit gamle pas, hvis du har et", "Betalingskort", "Vi tager billedet her"}},
             {"en",
              "Passport",
              {"Your old passport, if you have one", "A payment card", "We take the photo here"}},
             {"de",
              "Reisepass",
              {"Ihr alter Pass, falls vorhanden", "Eine Zahlungskarte",
               "Wir machen das Foto hier"}},
             {"tr",
              "Pasaport",
              {"Varsa eski pasaportunuz", "Banka kartı", "Fotoğrafı burada çekiyoruz"}},
             {"pl",
              "Paszport",
              {"Stary paszport, jeśli go masz", "Karta płatnicza", "Zdjęcie robimy na miejscu"}},
             {"uk",
              "Паспорт",
              {"Старий паспорт, якщо він у вас є", "Платіжна картка", "Фото робимо тут"}},
             {"ar", "جواز السفر", {"جواز سفرك القديم إن وُجد", "بطاقة دفع", "نلتقط الصورة هنا"}}}),
        service(
            "koerekort", 15, 2, u'A',
            {{"da",
              "Kørekort",
              {"Dit nuværende kørekort", "Betalingskort", "Vi tager billedet her"}},
             {"en",
              "Driving licence",
              {"Your current driving licence", "A payment card", "We take the photo here"}},
             {"de",
              "Führerschein",
              {"Ihr jetziger Führerschein", "Eine Zahlungskarte", "Wir machen das Foto hier"}},
             {"tr", "Ehliyet", {"Mevcut ehliyetiniz", "Banka kartı", "Fotoğrafı burada çekiyoruz"}},
             {"pl",
              "Prawo jazdy",
              {"Obecne prawo jazdy", "Karta płatnicza", "Zdjęcie robimy na miejscu"}},
             {"uk",
              "Посвідчення водія",
              {"Ваше чинне посвідчення водія", "Платіжна картка", "Фото робимо тут"}},
             {"ar", "رخصة القيادة", {"رخصة قيادتك الحالية", "بطاقة دفع", "نلتقط الصورة هنا"}}}),
        service("sundhedskort", 10, 2, u'B',
                {{"da", "Sundhedskort", {"Billedlegitimation"}},
                 {"en", "Health insurance card", {"Photo ID"}},
                 {"de", "Gesundheitskarte", {"Lichtbildausweis"}},
                 {"tr", "Sağlık kartı", {"Fotoğraflı kimlik"}},
                 {"pl", "Karta zdrowia", {"Dokument tożsamości ze zdjęciem"}},
                 {"uk", "Медична картка", {"Документ із фото"}},
                 {"ar", "البطاقة الصحية", {"هوية تحمل صورة"}}},
                QStringLiteral("https://www.borger.dk/sundhed-og-syg/sundhedskort")),
        service("mitid", 20, 2, u'B',
                {{"da", "MitID", {"Pas eller kørekort", "Din mobiltelefon"}},
                 {"en", "MitID", {"Passport or driving licence", "Your mobile phone"}},
                 {"de", "MitID", {"Reisepass oder Führerschein", "Ihr Mobiltelefon"}},
                 {"tr", "MitID", {"Pasaport veya ehliyet", "Cep telefonunuz"}},
                 {"pl", "MitID", {"Paszport lub prawo jazdy", "Telefon komórkowy"}},
                 {"uk", "MitID", {"Паспорт або посвідчення водія", "Ваш мобільний телефон"}},
                 {"ar", "MitID", {"جواز السفر أو رخصة القيادة", "هاتفك المحمول"}}},
                QStringLiteral("https://www.mitid.dk/")),
        service("flytning", 10, 2, u'B',
                {{"da", "Flytning", {"Din nye adresse"}},
                 {"en", "Moving house", {"Your new address"}},
                 {"de", "Umzug", {"Ihre neue Adresse"}},
                 {"tr", "Taşınma", {"Yeni adresiniz"}},
                 {"pl", "Przeprowadzka", {"Nowy adres"}},
                 {"uk", "Переїзд", {"Ваша нова адреса"}},
                 {"ar", "تغيير العنوان", {"عنوانك الجديد"}}},
                QStringLiteral("https://www.borger.dk/bolig-og-flytning/flytning")),
        service("pension", 20, 2, u'C',
                {{"da", "Pension", {"Billedlegitimation"}},
                 {"en", "Pension", {"Photo ID"}},
                 {"de", "Rente", {"Lichtbildausweis"}},
                 {"tr", "Emeklilik", {"Fotoğraflı kimlik"}},
                 {"pl", "Emerytura", {"Dokument tożsamości ze zdjęciem"}},
                 {"uk", "Пенсія", {"Документ із фото"}},
                 {"ar", "المعاش التقاعدي", {"هوية تحمل صورة"}}},
                QStringLiteral("https://www.borger.dk/pension-og-efterloen")),
        service("byggesag", 30, 1, u'D',
                {{"da", "Byggesag", {"Dit sagsnummer og dine tegninger"}},
                 {"en", "Building case", {"Your case number and drawings"}},
                 {"de", "Bauantrag", {"Ihr Aktenzeichen und Ihre Zeichnungen"}},
                 {"tr", "İnşaat dosyası", {"Dosya numaranız ve çizimleriniz"}},
                 {"pl", "Sprawa budowlana", {"Numer sprawy i rysunki"}},
                 {"uk", "Будівельна справа", {"Номер справи та креслення"}},
                 {"ar", "ملف البناء", {"رقم ملفك ورسوماتك"}}}),
        service("vielse", 30, 1, u'E',
                {{"da", "Vielse", {"Prøvelsesattest", "Billedlegitimation"}},
                 {"en", "Civil wedding", {"Certificate of marriage eligibility", "Photo ID"}},
                 {"de", "Standesamtliche Trauung", {"Ehefähigkeitszeugnis", "Lichtbildausweis"}},
                 {"tr", "Resmi nikah", {"Evlenme ehliyet belgesi", "Fotoğraflı kimlik"}},
                 {"pl",
                  "Ślub cywilny",
                  {"Zaświadczenie o zdolności do zawarcia małżeństwa",
                   "Dokument tożsamości ze zdjęciem"}},
                 {"uk", "Реєстрація шлюбу", {"Довідка про право на шлюб", "Документ із фото"}},
                 {"ar", "الزواج المدني", {"شهادة الأهلية للزواج", "هوية تحمل صورة"}}}),
    };
    // A building case meeting is prepared by a case worker: check-in opens later and a late
    // arrival is sent to staff rather than to the chance queue.
    d.services[6].window.opensMinutesBefore = 15;
    d.services[6].window.tooLate = TooLateAction::SeeStaff;
    d.services[7].window.tooLate = TooLateAction::SeeStaff;
    // A health card takes ten minutes, so staff can still fit a citizen in up to half an
    // hour late (it also gives the demo's "a little late" code a usable window).
    d.services[2].window.lateAcceptedMinutesAfter = 30;

    // Monday to Friday, with the late Thursday that most Danish municipalities keep.
    const TimeRange normal{QTime(10, 0), QTime(15, 0)};
    d.hours.weekly = {normal,
                      normal,
                      normal,
                      TimeRange{QTime(10, 0), QTime(17, 30)},
                      TimeRange{QTime(10, 0), QTime(13, 0)},
                      std::nullopt,
                      std::nullopt};
    return d;
}

QList<QString> bookingCodes()
{
    QList<QString> codes;
    for (const char *data : kDemoData) {
        const std::string d(data);
        codes.append(QString::fromStdString(d + bookingcode::checkSymbol(d)));
    }
    return codes;
}

QList<DemoBooking> bookings(const QDateTime &nowUtc)
{
    const QList<QString> codes = bookingCodes();
    // Round to the next whole five minutes so the times on screen look like real slots.
    const qint64 fiveMin = 5 * 60;
    const QDateTime base =
        QDateTime::fromSecsSinceEpoch((nowUtc.toSecsSinceEpoch() / fiveMin + 1) * fiveMin, Qt::UTC);
    struct Spec
    {
        Scenario scenario;
        const char *service;
        qint64 offsetMinutes;
    };
    // Offsets chosen so each scenario holds for at least ~15 minutes after start-up
    // with the default windows (30 min early, 5 on time, 15 late).
    const std::array<Spec, 8> specs = {{
        {Scenario::OnTime, "pas", 10},
        {Scenario::Early, "koerekort", 120},
        {Scenario::LateAccepted, "sundhedskort", -11},
        {Scenario::TooLate, "mitid", -60},
        {Scenario::Tomorrow, "pension", 24 * 60},
        {Scenario::Cancelled, "flytning", 20},
        {Scenario::OtherSite, "pas", 15},
        {Scenario::AlreadyCheckedIn, "sundhedskort", 5},
    }};
    QList<DemoBooking> out;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const Spec &s = specs[i];
        Booking b;
        b.code = codes[qsizetype(i)];
        b.siteId = s.scenario == Scenario::OtherSite ? QStringLiteral("demo-nord")
                                                     : QStringLiteral("demo");
        b.serviceId = QString::fromLatin1(s.service);
        b.start = base.addSecs(s.offsetMinutes * 60);
        if (s.scenario == Scenario::Cancelled)
            b.status = BookingStatus::Cancelled;
        if (s.scenario == Scenario::AlreadyCheckedIn) {
            b.status = BookingStatus::CheckedIn;
            b.checkedInAt = nowUtc.addSecs(-120);
        }
        out.append({s.scenario, b});
    }
    return out;
}

QString describe(Scenario s)
{
    switch (s) {
    case Scenario::OnTime:
        return QStringLiteral("on time: checks in and gets a ticket");
    case Scenario::Early:
        return QStringLiteral("too early: told when to come back");
    case Scenario::LateAccepted:
        return QStringLiteral("a little late: still accepted");
    case Scenario::TooLate:
        return QStringLiteral("too late: offered a chance-queue ticket");
    case Scenario::Tomorrow:
        return QStringLiteral("wrong day: the booking is tomorrow");
    case Scenario::Cancelled:
        return QStringLiteral("cancelled booking");
    case Scenario::OtherSite:
        return QStringLiteral("booked at another site");
    case Scenario::AlreadyCheckedIn:
        return QStringLiteral(
            "already checked in elsewhere: no number to reprint, told where to go");
    }
    return {};
}

} // namespace bk::demo
