// The staff's booking page (/staff/book): a booking made for a citizen on the phone, with an
// optional phone number and a short note for the counter.

#include "central/staffpages.h"

#include "central/staffpageparts.h"
#include "central/wirejson.h"
#include "domain/clock.h"

#include <QJsonObject>
#include <QLocale>

namespace bk::central::pages {

using namespace parts;

namespace {

// A UTC time as the site's local "tirsdag 2. december 10:15".
QString slotText(const QLocale &locale, const QDateTime &utc)
{
    return locale.toString(utc.toTimeZone(siteTimeZone()), QStringLiteral("dddd d. MMMM HH:mm"));
}

} // namespace

QByteArray book(Lang l, const StaffSession &s, const QList<Service> &services, const BookForm &f)
{
    const QLocale locale(l == Lang::Da ? QLocale::Danish : QLocale::English, QLocale::Denmark);
    const QString title = tr(l, "Book en tid", "Book a time");
    QString main = QStringLiteral("<main><h1>%1</h1>").arg(title);
    if (!f.message.isEmpty())
        main += QStringLiteral("<p class=\"message\" role=\"status\">%1</p>").arg(esc(f.message));
    if (f.made) {
        main += QStringLiteral("<section class=\"current\" id=\"booked\" aria-live=\"polite\">"
                               "<h2>%1</h2><p class=\"ticket\" id=\"booking-code\">%2</p><dl>"
                               "<dt>%3</dt><dd id=\"booked-errand\">%4</dd>"
                               "<dt>%5</dt><dd id=\"booked-time\">%6</dd></dl><p>%7</p></section>")
                    .arg(tr(l, "Booket – læs koden op for borgeren", "Booked – read the code out"),
                         esc(f.made->code), tr(l, "Ærinde", "Errand"),
                         esc(serviceName(l, services, f.made->serviceId)), tr(l, "Tid", "Time"),
                         esc(slotText(locale, f.made->start)),
                         tr(l,
                            "Borgeren tjekker ind på standeren med koden. Bookingen står under "
                            "\"Forbered dagen\" dagen før og på dagen.",
                            "The citizen checks in at the stander with the code. The booking is "
                            "listed under \"Prepare the day\" the day before and on the day."));
    }

    // Step 1: the errand and the first day to list free times from (a GET: nothing changes).
    QString errands;
    for (const Service &svc : services)
        if (svc.bookable)
            errands +=
                QStringLiteral("<option value=\"%1\"%2>%3</option>")
                    .arg(esc(svc.id), svc.id == f.service ? QStringLiteral(" selected") : QString(),
                         esc(serviceName(l, services, svc.id)));
    main += QStringLiteral("<form method=\"get\" action=\"/staff/book\" class=\"book-pick\">"
                           "<label for=\"service\">%1</label>"
                           "<select id=\"service\" name=\"service\" required>%2</select>"
                           "<label for=\"from\">%3</label>"
                           "<input id=\"from\" name=\"from\" type=\"date\" value=\"%4\">"
                           "<button type=\"submit\" class=\"secondary\" id=\"show-times\">%5"
                           "</button></form>")
                .arg(tr(l, "Ærinde", "Errand"), errands,
                     tr(l, "Ledige tider fra dagen", "Free times from the day"),
                     f.fromDay.toString(Qt::ISODate), tr(l, "Vis ledige tider", "Show free times"));

    // Step 2: a free time of that errand, the phone number and the note.
    if (!f.service.isEmpty()) {
        QString options;
        for (const QJsonValue &v : f.freeTimes) {
            const QString start = v[QLatin1String("start")].toString();
            const int free = v[QLatin1String("free")].toInt();
            options +=
                QStringLiteral("<option value=\"%1\"%2>%3 (%4)</option>")
                    .arg(esc(start), start == f.start ? QStringLiteral(" selected") : QString(),
                         esc(slotText(locale, dateTimeFromWire(start).value_or(QDateTime()))),
                         free == 1 ? tr(l, "1 ledig", "1 free")
                                   : tr(l, "%1 ledige", "%1 free").arg(free));
        }
        if (options.isEmpty()) {
            main += QStringLiteral("<p id=\"no-times\">%1</p>")
                        .arg(tr(l, "Ingen ledige tider fra den dag. Vælg en senere dag.",
                                "No free times from that day on. Choose a later day."));
        } else {
            main += QStringLiteral(
                        "<form method=\"post\" action=\"/staff/book\" class=\"book\">%1"
                        "<input type=\"hidden\" name=\"service\" value=\"%2\">"
                        "<label for=\"start\">%3</label><select id=\"start\" name=\"start\" "
                        "required>%4</select>"
                        "<label for=\"phone\">%5</label><input id=\"phone\" name=\"phone\" "
                        "type=\"tel\" autocomplete=\"off\" maxlength=\"20\" value=\"%6\">"
                        "<label for=\"notes\">%7</label><textarea id=\"notes\" name=\"notes\" "
                        "maxlength=\"%8\" rows=\"3\">%9</textarea>"
                        "<button type=\"submit\" class=\"primary\" id=\"book\">%10</button></form>")
                        .arg(csrfField(s) +
                                 QStringLiteral(
                                     "<input type=\"hidden\" name=\"form_key\" value=\"%1\">")
                                     .arg(esc(f.formKey)),
                             esc(f.service), tr(l, "Tid", "Time"), options,
                             tr(l, "Telefonnummer (valgfrit: 8 cifre, eller +landekode)",
                                "Phone number (optional: 8 digits, or +country code)"),
                             esc(f.phone),
                             tr(l, "Note til skranken (valgfri, højst 200 tegn)",
                                "Note for the counter (optional, at most 200 characters)"),
                             QString::number(CentralStore::kMaxNotes), esc(f.notes),
                             tr(l, "Book", "Book"));
        }
    }
    main += QStringLiteral("</main>");
    return page(l, title, header(l, s, title) + main);
}

} // namespace bk::central::pages
