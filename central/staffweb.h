#pragma once
// The staff's and the lobby's web pages, served by the central next to the /v1 API: plain
// server-rendered HTML (Danish first, English on request), one stylesheet, small scripts of our
// own (lobby, queue page, statistics) and one script library: Debian's Chart.js for the
// statistics' charts, served as /static/chart.js from the libjs-chart.js package.
//
// Security (issue 13 item 1): a login makes a session whose random token travels only in the
// cookie "__Host-bk_staff" (Secure; HttpOnly; SameSite=Strict; Path=/) and is stored hashed;
// every POST but the login must carry the session's CSRF token (form field "csrf" or header
// X-CSRF-Token) or is refused with 403; an Authorization header (a kiosk's or an admin's bearer
// token) is refused with 403 on every staff page, and the API under /v1 never reads the
// cookie. The login POST itself carries a pre-session token (cookie "__Host-bk_login" and the
// form field "login_csrf", double submit) or is refused with 403. Wrong passwords lock the account
// (CentralStore::login); a per-address brake answers 429 after kMaxFailuresPerAddress failed logins
// from one address within kAddressWindowSeconds. Pages never show a name or CPR number; a phone
// number only to the role service_calls, one booking at a time on "preparing the day", each view
// recorded in the phone access log (CentralStore::revealPhone).

#include "central/apitypes.h"
#include "central/centralstore.h"
#include "central/staffpages.h"
#include "domain/clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bk::central {

class StaffWeb
{
public:
    /// `store` and `clock` must outlive this object; all calls come from one thread (a
    /// login's password check is the answer's offload, server.h; it resumes on that thread).
    StaffWeb(CentralStore &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// Whether a path's first segment belongs to the pages ("staff", "lobby", "static", "q").
    static bool owns(const QStringList &path);
    /// Handles one page request (`path` split and percent-decoded, `query` raw).
    ApiResponse handle(const ApiRequest &request, const QStringList &path, const QString &query);

    static constexpr int kMaxFailuresPerAddress = 20;
    static constexpr int kAddressWindowSeconds = 10 * 60;
    /// Latest call-outs the lobby screen is given (recalls included; it lists each number once
    /// and shows the newest five).
    static constexpr int kLobbyCalls = 32;
    /// Where Debian's libjs-chart.js puts Chart.js (the UMD build, global `Chart`).
    static constexpr char kChartJsFile[] = "/usr/share/javascript/chart.js/chart.min.js";
    /// Free times the booking page lists at once (a later day shows later ones).
    static constexpr int kBookSlots = 40;
    /// Rows of the phone access log a manager's page shows.
    static constexpr int kAccessLogRows = 500;

private:
    struct Context;
    /// The login form with `status` and `message`, and its pre-session token cookie.
    ApiResponse loginPage(const Context &c, int status, const QString &message);
    /// The login POST: the cheap checks here, the password's check as the answer's offload.
    ApiResponse loginPost(const Context &c);
    /// The answer to a login that was checked: a session cookie, or the form with why not.
    ApiResponse loginAnswer(const Context &c, const Outcome<LoginResult> &r);
    ApiResponse preparePage(const Context &c, const StaffSession &s, const QString &shownCode,
                            const QString &shownPhone, const QString &message);
    ApiResponse preparePost(const Context &c, const StaffSession &s, const QString &action);
    /// /staff/book: the form with the errand's free times from `form.fromDay` (today at the
    /// earliest), answered with `status`.
    ApiResponse bookPage(const Context &c, const StaffSession &s, pages::BookForm form, int status);
    /// POST /staff/book: service, start (wire form), phone, notes; 303 to the booking's code.
    ApiResponse bookPost(const Context &c, const StaffSession &s);
    ApiResponse counterPost(const Context &c, const StaffSession &s, const QString &action);
    ApiResponse displaysPost(const Context &c, const StaffSession &s);
    ApiResponse noticePost(const Context &c, const StaffSession &s);
    /// GET /staff/statistics?from=&to=&errand=&waitTarget=: the manager's dashboard, its
    /// filters filled from the query (its script fetches the JSON below with them).
    ApiResponse statisticsPage(const Context &c, const StaffSession &s);
    /// GET /staff/statistics.json and /staff/statistics/{errands,days,hours}.csv (manager).
    static bool isStatisticsPath(const QStringList &path);
    ApiResponse statistics(const QStringList &path, const QString &query, const StaffSession &s);
    /// A statistics request refused: the API's JSON error with the data answers' headers.
    static ApiResponse statisticsRefusal(int status, const char *key, const QString &detail);
    bool braked(const std::string &address, const QDateTime &now);
    void countFailure(const std::string &address, const QDateTime &now);

    CentralStore &m_store;
    const Clock &m_clock;
    /// Failed logins per peer address (in memory: a restart forgets them; the per-account
    /// lockout is stored).
    QHash<QString, QList<QDateTime>> m_failures;
    /// Password checks running on the worker pool per peer address (the brake counts them).
    QHash<QString, int> m_checking;
    /// Booking forms already posted: form key → the booking made (the latest
    /// kRememberedForms; in memory: a double submit comes within seconds, not across a restart).
    QHash<QString, QString> m_bookedForms;
    QList<QString> m_bookedFormOrder;
    static constexpr qsizetype kRememberedForms = 1000;
};

} // namespace bk::central
