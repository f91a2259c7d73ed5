// The pages of preparing the day (issue 13 item 3): the bookings of today and tomorrow per
// errand, and the manager's phone access log.

#include "central/staffpages.h"

#include "central/staffpageparts.h"
#include "central/wirejson.h"
#include "domain/clock.h"

#include <QLocale>

namespace bk::central::pages {

using namespace parts;

namespace {

QString statusName(Lang l, BookingStatus s)
{
    switch (s) {
    case BookingStatus::Booked:
        return tr(l, "Booket", "Booked");
    case BookingStatus::CheckedIn:
        return tr(l, "Tjekket ind", "Checked in");
    case BookingStatus::Cancelled:
        return tr(l, "Aflyst", "Cancelled");
    case BookingStatus::SettledByPhone:
        return tr(l, "Klaret pr. telefon", "Settled by phone");
    case BookingStatus::MovedToSelfService:
        return tr(l, "Flyttet til selvbetjening", "Moved to self-service");
    }
    return {};
}

// The row's class: the wire's word, and "settled" for both ways of needing no visit.
QString statusClass(BookingStatus s)
{
    return s == BookingStatus::SettledByPhone || s == BookingStatus::MovedToSelfService
               ? QStringLiteral("settled")
               : statusToWire(s);
}

// A POST to /staff/prepare/<action> for one booking, with the CSRF token.
QString bookingForm(const StaffSession &s, const QString &action, const QString &code,
                    const QString &extra, const QString &id, const QString &label,
                    const QString &cls)
{
    return QStringLiteral("<form method=\"post\" action=\"/staff/prepare/%1\">%2"
                          "<input type=\"hidden\" name=\"code\" value=\"%3\">%4"
                          "<button type=\"submit\" class=\"%5\" id=\"%6\">%7</button></form>")
        .arg(action, csrfField(s), esc(code), extra, cls, esc(id), esc(label));
}

QString bookingRow(Lang l, const StaffSession &s, const PrepareBooking &b, const QString &shownCode,
                   const QString &shownPhone)
{
    const bool serviceCalls = s.role == QLatin1String("service_calls");
    const bool marks = serviceCalls || s.role == QLatin1String("manager");
    QString actions;
    if (b.status == BookingStatus::Booked) {
        if (serviceCalls && b.hasPhone) {
            if (b.code == shownCode)
                actions += QStringLiteral("<p class=\"phone\">%1 <a id=\"phone-%2\" "
                                          "href=\"tel:%3\">%3</a></p>")
                               .arg(tr(l, "Telefon:", "Phone:"), esc(b.code), esc(shownPhone));
            else
                actions += bookingForm(
                    s, QStringLiteral("phone"), b.code, {}, QStringLiteral("show-phone-") + b.code,
                    tr(l, "Vis telefonnummer", "Show phone number"), QStringLiteral("row"));
        }
        if (marks) {
            const auto mark = [&](const char *status, const char *da, const char *en) {
                return bookingForm(s, QStringLiteral("mark"), b.code,
                                   QStringLiteral("<input type=\"hidden\" name=\"status\" "
                                                  "value=\"%1\">")
                                       .arg(QLatin1String(status)),
                                   QStringLiteral("%1-%2").arg(QLatin1String(status), b.code),
                                   tr(l, da, en), QStringLiteral("row"));
            };
            actions += mark("settled_by_phone", "Klaret pr. telefon", "Settled by phone");
            actions +=
                mark("moved_to_self_service", "Flyttet til selvbetjening", "Moved to self-service");
        }
    }
    return QStringLiteral("<tr id=\"booking-%1\"><td>%2</td><td class=\"code\">%1</td>"
                          "<td class=\"state %3\" id=\"status-%1\">%4</td>"
                          "<td><div class=\"row-actions\">%5</div></td></tr>")
        .arg(esc(b.code), hhmm(b.start), statusClass(b.status), esc(statusName(l, b.status)),
             actions);
}

} // namespace

QByteArray prepare(Lang l, const StaffSession &s, const QList<Service> &services,
                   const QList<std::pair<QDate, QList<PrepareBooking>>> &days,
                   const QString &shownCode, const QString &shownPhone, const QString &msg)
{
    const QLocale locale(l == Lang::Da ? QLocale::Danish : QLocale::English, QLocale::Denmark);
    QString main = QStringLiteral("<main class=\"wide\"><h1>%1</h1>")
                       .arg(tr(l, "Forbered dagen", "Prepare the day"));
    if (!msg.isEmpty())
        main += QStringLiteral("<p class=\"message\" role=\"status\">%1</p>").arg(esc(msg));
    int dayIndex = 0;
    for (const auto &[day, bookings] : days) {
        const QString when =
            dayIndex == 0 ? tr(l, "I dag", "Today") : tr(l, "I morgen", "Tomorrow");
        main += QStringLiteral("<section class=\"day\" id=\"day-%1\"><h2>%2, %3</h2>")
                    .arg(dayIndex)
                    .arg(when, esc(locale.toString(day, QStringLiteral("dddd d. MMMM"))));
        ++dayIndex;
        if (bookings.isEmpty()) {
            main += QStringLiteral("<p>%1</p></section>")
                        .arg(tr(l, "Ingen bookinger.", "No bookings."));
            continue;
        }
        // Per errand in the site's order; an errand the site no longer offers comes last.
        QStringList order;
        for (const Service &svc : services)
            order.append(svc.id);
        for (const PrepareBooking &b : bookings)
            if (!order.contains(b.service))
                order.append(b.service);
        for (const QString &id : order) {
            QString rows;
            for (const PrepareBooking &b : bookings)
                if (b.service == id)
                    rows += bookingRow(l, s, b, shownCode, shownPhone);
            if (rows.isEmpty())
                continue;
            main += QStringLiteral("<h3>%1</h3><table class=\"bookings\"><thead><tr>"
                                   "<th scope=\"col\">%2</th><th scope=\"col\">%3</th>"
                                   "<th scope=\"col\">%4</th><th scope=\"col\">%5</th></tr>"
                                   "</thead><tbody>%6</tbody></table>")
                        .arg(esc(serviceName(l, services, id)), tr(l, "Tid", "Time"),
                             tr(l, "Bookingkode", "Booking code"), tr(l, "Status", "Status"),
                             tr(l, "Handling", "Action"), rows);
        }
        main += QStringLiteral("</section>");
    }
    main += QStringLiteral("</main>");
    const QString title = tr(l, "Forbered dagen", "Prepare the day");
    return page(l, title, header(l, s, title) + main);
}

QByteArray accessLog(Lang l, const StaffSession &s, const QList<PhoneAccess> &rows)
{
    QString body;
    for (const PhoneAccess &a : rows)
        body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(a.at.toTimeZone(siteTimeZone())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                         esc(a.username), esc(a.bookingCode), esc(a.peer));
    const QString title = tr(l, "Telefonlog", "Phone log");
    const QString main =
        QStringLiteral("<main class=\"wide\"><h1>%1</h1><p>%2</p>"
                       "<table class=\"bookings log\" id=\"access-log\"><thead><tr>"
                       "<th scope=\"col\">%3</th><th scope=\"col\">%4</th>"
                       "<th scope=\"col\">%5</th><th scope=\"col\">%6</th></tr></thead>"
                       "<tbody>%7</tbody></table></main>")
            .arg(title,
                 tr(l,
                    "Hver gang en medarbejder har fået vist en borgers telefonnummer (nyeste "
                    "først). Selve nummeret gemmes ikke her.",
                    "Each time a member of staff was shown a citizen's phone number (newest "
                    "first). The number itself is not kept here."),
                 tr(l, "Tidspunkt", "Time"), tr(l, "Medarbejder", "Staff"),
                 tr(l, "Bookingkode", "Booking code"), tr(l, "Fra adresse", "From address"), body);
    return page(l, title, header(l, s, title) + main);
}

} // namespace bk::central::pages
