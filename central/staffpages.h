#pragma once
// The HTML of the staff pages and the lobby screen, the stylesheet and the lobby's script:
// pure functions from values to bytes (staffweb.cpp decides who sees which). Danish first;
// English through the same two-column table, word for word (tr below). Every value from the
// store is HTML-escaped.

#include "central/centralstore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace bk::central::pages {

enum class Lang { Da, En };

/// The Danish or English text of one entry of the table.
inline QString tr(Lang lang, const char *da, const char *en)
{
    return QString::fromUtf8(lang == Lang::Da ? da : en);
}

/// The login form; `message` (already translated) above it when not empty; `loginToken` is
/// the pre-session CSRF token (the hidden field "login_csrf", the same value as the cookie
/// "__Host-bk_login": double submit, against login CSRF).
QByteArray login(Lang lang, const QString &message, const QString &loginToken);
/// Choosing a counter from the site's counters.
QByteArray chooseCounter(Lang lang, const StaffSession &s, const QStringList &counters);
/// The counter page: the called ticket (number, errand, booked time, call time, and the
/// booking's notes when staff wrote some at /staff/book) and the actions.
QByteArray counter(Lang lang, const StaffSession &s, const std::optional<CounterTicket> &ticket,
                   const QList<Service> &services, int waiting, const QString &message);
/// What the booking page (/staff/book) shows: the errand chosen (an id, or empty before one is),
/// the first local day its free times are listed from, those times (CentralStore::freeSlots:
/// [{start, free}]), what was typed (kept after a refusal), a translated message, and the
/// booking just made (its code is read out to the citizen).
struct BookForm
{
    QString service;
    QDate fromDay;
    QJsonArray freeTimes;
    QString start; ///< the chosen slot, wire form
    QString phone;
    QString notes;
    QString message;
    std::optional<Booking> made;
    /// The form's one-time key (a hidden field): a second POST of the same form (a double
    /// click, a reload that sends it again) shows the first one's booking, books nothing.
    QString formKey;
};
/// The booking page for a citizen on the phone (counter roles): choose the errand and a day
/// (a GET form), then one of its free times, an optional phone number and an optional note
/// (a POST to /staff/book with the CSRF token). Every value is escaped.
QByteArray book(Lang lang, const StaffSession &s, const QList<Service> &services,
                const BookForm &form);
/// The manager's lobby links and the site's notice; `newLink` is a just made link's path.
QByteArray displays(Lang lang, const StaffSession &s, const QJsonArray &links,
                    const QString &notice, const QString &newLink);
/// "Preparing the day": `days` are today's and tomorrow's bookings (local dates), each day's
/// grouped per errand in the order of `services`, time-ordered, nothing personal. Roles
/// service_calls and manager get the marking buttons, service_calls the "show phone number"
/// button; `shownCode`/`shownPhone` is the one number just revealed (service_calls only).
QByteArray prepare(Lang lang, const StaffSession &s, const QList<Service> &services,
                   const QList<std::pair<QDate, QList<PrepareBooking>>> &days,
                   const QString &shownCode, const QString &shownPhone, const QString &message);
/// The manager's view of the phone access log (newest first).
QByteArray accessLog(Lang lang, const StaffSession &s, const QList<PhoneAccess> &rows);
/// The statistics page's filters as the manager sent them (already defaulted: `from`/`to`
/// YYYY-MM-DD; `errand` an id or empty for all; `waitTarget` minutes or empty for 15). Shown
/// back in the form and in the CSV links; /staff/statistics.json checks them.
struct StatisticsFilter
{
    QString from;
    QString to;
    QString errand;
    QString waitTarget;
    int threshold = 5; ///< statisticsThreshold: cells under it are shown as "< threshold"
};
/// The manager's statistics dashboard (issue 14 item 2) of one site: the filters (the site
/// shown, errand, period, wait target), the totals, a weekday x hour heat map, charts of the
/// waits per day, the no-shows and the service time per errand, the numbers under each and a
/// CSV link per table. /static/stats.js fills it from /staff/statistics.json and draws the
/// charts with Chart.js (/static/chart.js).
QByteArray statistics(Lang lang, const StaffSession &s, const QString &siteName,
                      const QList<Service> &services, const StatisticsFilter &filter);
/// /static/stats.js
QByteArray statisticsScript();
/// The statistics page's part of /static/staff.css.
QByteArray statisticsStylesheet();
/// A page with a heading, a sentence and a link on.
QByteArray message(Lang lang, const QString &title, const QString &text, const QString &href,
                   const QString &linkText);
/// The lobby screen's frame; lobby.js fills it.
QByteArray lobby(Lang lang, const QString &token, const QString &siteName);
/// The public queue page (issue 13 item 5) of a ticket: its number and the site's name, in
/// Danish with English under each line; queue.js fills in the place or the call.
QByteArray queue(const QString &token, const QString &ticket, const QString &siteName);
/// The queue page for an expired link (410, a ticket of an earlier day): "no longer valid", in
/// Danish and English.
QByteArray queueGone();
/// The queue page for an unknown or malformed token (404): not known (yet) — a ticket taken
/// while its kiosk was offline is known once the kiosk syncs.
QByteArray queueUnknown();
/// /static/queue.js
QByteArray queueScript();
/// /static/staff.css
QByteArray stylesheet();
/// /static/lobby.js
QByteArray lobbyScript();

} // namespace bk::central::pages
