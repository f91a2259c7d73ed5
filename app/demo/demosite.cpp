#include "demo/demosite.h"

#include "domain/bookingcode.h"
#include "domain/clock.h"

#include <array>

namespace bk::demo {

namespace {

// Seven data symbols per demo code; the check symbol is computed so the codes stay valid
// if the check rule ever changes. Order matches Scenario.
constexpr std::array<const char *, 8> kDemoData = {"K7M3QX9", "H2R8WD4", "P5N6TJ3", "X9C4ZA7",
                                                   "M3G8SB2", "R6Y2FK5", "W4D7NE8", "C8T5HQ6"};

Service service(const char *id, const char *da, const char *en, int minutes, int counters,
                char16_t queue, QStringList bringDa, QStringList bringEn, QString selfService = {})
{
    Service s;
    s.id = QString::fromLatin1(id);
    s.names = {{QStringLiteral("da"), QString::fromUtf8(da)},
               {QStringLiteral("en"), QString::fromUtf8(en)}};
    s.bring = {{QStringLiteral("da"), bringDa}, {QStringLiteral("en"), bringEn}};
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
        service("pas", "Pas", "Passport", 15, 3, u'A',
                {QStringLiteral("Dit gamle pas, hvis du har et"), QStringLiteral("Betalingskort"),
                 QStringLiteral("Vi tager billedet her")},
                {QStringLiteral("Your old passport, if you have one"),
                 QStringLiteral("A payment card"), QStringLiteral("We take the photo here")}),
        service("koerekort", "Kørekort", "Driving licence", 15, 2, u'A',
                {QStringLiteral("Dit nuværende kørekort"), QStringLiteral("Betalingskort"),
                 QStringLiteral("Vi tager billedet her")},
                {QStringLiteral("Your current driving licence"), QStringLiteral("A payment card"),
                 QStringLiteral("We take the photo here")}),
        service("sundhedskort", "Sundhedskort", "Health insurance card", 10, 2, u'B',
                {QStringLiteral("Billedlegitimation")}, {QStringLiteral("Photo ID")},
                QStringLiteral("https://www.borger.dk/sundhed-og-syg/sundhedskort")),
        service(
            "mitid", "MitID", "MitID", 20, 2, u'B',
            {QStringLiteral("Pas eller kørekort"), QStringLiteral("Din mobiltelefon")},
            {QStringLiteral("Passport or driving licence"), QStringLiteral("Your mobile phone")},
            QStringLiteral("https://www.mitid.dk/")),
        service("flytning", "Flytning", "Moving house", 10, 2, u'B',
                {QStringLiteral("Din nye adresse")}, {QStringLiteral("Your new address")},
                QStringLiteral("https://www.borger.dk/bolig-og-flytning/flytning")),
        service("pension", "Pension", "Pension", 20, 2, u'C',
                {QStringLiteral("Billedlegitimation")}, {QStringLiteral("Photo ID")},
                QStringLiteral("https://www.borger.dk/pension-og-efterloen")),
        service("byggesag", "Byggesag", "Building case", 30, 1, u'D',
                {QStringLiteral("Dit sagsnummer og dine tegninger")},
                {QStringLiteral("Your case number and drawings")}),
        service(
            "vielse", "Vielse", "Civil wedding", 30, 1, u'E',
            {QStringLiteral("Prøvelsesattest"), QStringLiteral("Billedlegitimation")},
            {QStringLiteral("Certificate of marriage eligibility"), QStringLiteral("Photo ID")}),
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
