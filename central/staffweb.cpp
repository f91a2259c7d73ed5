#include "central/staffweb.h"

#include "central/passwordhash.h"
#include "central/staffpages.h"
#include "central/wirejson.h"

#include "central/tokens.h"
#include "domain/ticketnumber.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <openssl/crypto.h>

namespace bk::central {

Q_LOGGING_CATEGORY(lcStaff, "bk.central.staff")

using pages::Lang;
using pages::tr;

namespace {

// "__Host-" makes the browser insist on Secure, Path=/ and no Domain (RFC 6265bis 4.1.3.2).
constexpr char kSessionCookie[] = "__Host-bk_staff";
constexpr char kLangCookie[] = "bk_lang";
// The login form's double-submit token (against login CSRF: another site making a browser log
// in to an account of its choosing): a random value in this cookie and in the form's hidden
// field "login_csrf"; a login POST whose two differ is refused. SameSite=Strict keeps the
// cookie off cross-site POSTs altogether.
constexpr char kLoginCookie[] = "__Host-bk_login";

// What every page answer carries: no caching of pages with a session's data, no framing, no
// Referer (the lobby's token is in its address), scripts and styles only from this server.
QList<std::pair<QByteArray, QByteArray>> pageHeaders()
{
    return {{"Cache-Control", "no-store"},
            {"X-Frame-Options", "DENY"},
            {"X-Content-Type-Options", "nosniff"},
            {"Referrer-Policy", "no-referrer"},
            {"Content-Security-Policy",
             "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
             "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"}};
}

ApiResponse html(int status, const QByteArray &body)
{
    ApiResponse r{status, body, std::nullopt, {}};
    r.contentType = "text/html; charset=utf-8";
    r.headers = pageHeaders();
    return r;
}

ApiResponse redirect(const QString &location)
{
    ApiResponse r{303, {}, std::nullopt, {}};
    r.headers = pageHeaders();
    r.headers.append({"Location", location.toUtf8()});
    return r;
}

QString cookieValue(const std::string &header, const char *name)
{
    const QString all = QString::fromStdString(header);
    const QString prefix = QString::fromLatin1(name) + u'=';
    for (const QString &part : all.split(u';')) {
        const QString p = part.trimmed();
        if (p.startsWith(prefix))
            return p.mid(prefix.size());
    }
    return {};
}

// An application/x-www-form-urlencoded body (HTML's form encoding: '+' is a space).
QUrlQuery formFields(const std::string &body)
{
    QString text = QString::fromUtf8(QByteArray::fromStdString(body));
    text.replace(u'+', QStringLiteral("%20"));
    return QUrlQuery(text);
}

QString field(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return !x.isEmpty() && x.size() == y.size() &&
           CRYPTO_memcmp(x.constData(), y.constData(), std::size_t(x.size())) == 0;
}

// A phone number as staff type it: 8 digits (Danish, stored as +45 and the digits), or "+" or
// "00" with the country code, E.164's 8 to 15 digits in all; spaces, dashes, dots and brackets
// are dropped. Empty stays empty (no number); nullopt for anything else.
std::optional<QString> normalisePhone(const QString &typed)
{
    QString digits = typed;
    digits.remove(QRegularExpression(QStringLiteral("[\\s().-]")));
    if (digits.isEmpty())
        return QString();
    if (digits.startsWith(QLatin1String("00")))
        digits = u'+' + digits.mid(2);
    static const QRegularExpression danish(QStringLiteral("^[0-9]{8}$"));
    static const QRegularExpression international(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    if (danish.match(digits).hasMatch())
        return QStringLiteral("+45") + digits;
    if (!international.match(digits).hasMatch())
        return std::nullopt;
    // Denmark's numbers have 8 digits after +45.
    if (digits.startsWith(QLatin1String("+45")) && digits.size() != 3 + 8)
        return std::nullopt;
    return digits;
}

// A note as plain text on one line: control characters (line breaks too) become spaces,
// runs of white space one.
QString plainNote(const QString &typed)
{
    QString out = typed;
    for (QChar &ch : out)
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format)
            ch = u' ';
    return out.simplified();
}

bool counterRole(const QString &role)
{
    return role == QLatin1String("counter") || role == QLatin1String("service_calls") ||
           role == QLatin1String("manager");
}

} // namespace

struct StaffWeb::Context
{
    const ApiRequest &request;
    QStringList path;
    QString query;
    Lang lang = Lang::Da;
    QString sessionToken;
    QUrlQuery form;
};

bool StaffWeb::owns(const QStringList &path)
{
    return !path.isEmpty() &&
           (path[0] == QLatin1String("staff") || path[0] == QLatin1String("lobby") ||
            path[0] == QLatin1String("static") || path[0] == QLatin1String("q"));
}

bool StaffWeb::braked(const std::string &address, const QDateTime &now)
{
    const QString key = QString::fromStdString(address);
    // Checks still running count as failures until they end: a burst of guesses sent at once
    // is braked like the same guesses one after the other.
    qsizetype failed = m_checking.value(key);
    auto it = m_failures.find(key);
    if (it != m_failures.end()) {
        const QDateTime since = now.addSecs(-kAddressWindowSeconds);
        it->removeIf([&](const QDateTime &t) { return t < since; });
        if (it->isEmpty())
            m_failures.erase(it);
        else
            failed += it->size();
    }
    return failed >= kMaxFailuresPerAddress;
}

void StaffWeb::countFailure(const std::string &address, const QDateTime &now)
{
    m_failures[QString::fromStdString(address)].append(now);
}

ApiResponse StaffWeb::handle(const ApiRequest &request, const QStringList &path,
                             const QString &query)
{
    Context c{request, path, query, Lang::Da, {}, {}};
    c.lang = cookieValue(request.cookie, kLangCookie) == QLatin1String("en") ? Lang::En : Lang::Da;
    const Lang l = c.lang;
    const std::string &m = request.method;
    const auto notFound = [&] {
        return html(404, pages::message(l, tr(l, "Siden findes ikke", "No such page"),
                                        tr(l, "Adressen er forkert eller udløbet.",
                                           "The address is wrong or has expired."),
                                        QStringLiteral("/staff/login"),
                                        tr(l, "Til log ind", "To log in")));
    };
    const auto wrongMethod = [&] {
        ApiResponse r =
            html(405, pages::message(l, tr(l, "Ikke tilladt", "Not allowed"),
                                     tr(l, "Den handling findes ikke her.",
                                        "That action does not exist here."),
                                     QStringLiteral("/staff/counter"), tr(l, "Tilbage", "Back")));
        return r;
    };

    // Static files and the lobby: no staff session involved.
    if (path[0] == QLatin1String("static")) {
        if (m != "GET")
            return wrongMethod();
        ApiResponse r{200, {}, std::nullopt, {}};
        r.headers = {{"Cache-Control", "no-cache"}, {"X-Content-Type-Options", "nosniff"}};
        if (path == QStringList{QStringLiteral("static"), QStringLiteral("staff.css")}) {
            r.body = pages::stylesheet();
            r.contentType = "text/css; charset=utf-8";
            return r;
        }
        if (path == QStringList{QStringLiteral("static"), QStringLiteral("lobby.js")}) {
            r.body = pages::lobbyScript();
            r.contentType = "text/javascript; charset=utf-8";
            return r;
        }
        if (path == QStringList{QStringLiteral("static"), QStringLiteral("queue.js")}) {
            r.body = pages::queueScript();
            r.contentType = "text/javascript; charset=utf-8";
            return r;
        }
        if (path == QStringList{QStringLiteral("static"), QStringLiteral("stats.js")}) {
            r.body = pages::statisticsScript();
            r.contentType = "text/javascript; charset=utf-8";
            return r;
        }
        if (path == QStringList{QStringLiteral("static"), QStringLiteral("chart.js")}) {
            // Read from the package on each request (about 200 kB, for managers only): an
            // upgrade of libjs-chart.js takes effect without a restart.
            QFile file(QString::fromLatin1(kChartJsFile));
            if (!file.open(QIODevice::ReadOnly)) {
                qCWarning(lcStaff).noquote() << "cannot read" << kChartJsFile
                                             << "(package libjs-chart.js):" << file.errorString();
                return notFound();
            }
            r.body = file.readAll();
            r.contentType = "text/javascript; charset=utf-8";
            return r;
        }
        return notFound();
    }
    if (path[0] == QLatin1String("lobby")) {
        if (path.size() != 2)
            return notFound();
        if (m != "GET")
            return wrongMethod();
        const Result<SiteId> site = m_store.displaySite(path[1]);
        if (!site)
            return site.isNotFound() ? notFound()
                                     : html(500, pages::message(l, QStringLiteral("500"),
                                                                site.storeError().message, {}, {}));
        auto view = m_store.lobby(*site, kLobbyCalls, m_clock.now());
        if (!view)
            return html(view.refusal().status,
                        pages::message(l, QStringLiteral("Error"), view.refusal().detail, {}, {}));
        return html(200,
                    pages::lobby(l, path[1], view->value(QLatin1String("siteName")).toString()));
    }

    // The public queue page of one ticket (issue 13 item 5): the printed token is the key, no
    // login. An unknown and an expired link get the same page (404 and 410).
    if (path[0] == QLatin1String("q")) {
        if (m != "GET")
            return wrongMethod();
        auto place = path.size() == 2 ? m_store.queuePlace(path[1], m_clock.now())
                                      : Outcome<QJsonObject>(Refusal{404, {}, {}, {}});
        if (!place) {
            const int status = place.refusal().status;
            if (status >= 500)
                qCWarning(lcStaff) << "queue page: the store failed:" << place.refusal().detail;
            // The store's detail (it may name a file) stays in the log: a citizen's phone gets
            // a plain sentence.
            return html(status,
                        status >= 500
                            ? pages::message(Lang::Da, QStringLiteral("Fejl / Error"),
                                             QStringLiteral("Siden kan ikke vises lige nu. Prøv "
                                                            "igen om lidt. / The page cannot be "
                                                            "shown right now. Try again soon."),
                                             {}, {})
                        : status == 410 ? pages::queueGone()
                                        : pages::queueUnknown());
        }
        return html(200, pages::queue(path[1], place->value(QLatin1String("ticket")).toString(),
                                      place->value(QLatin1String("siteName")).toString()));
    }

    // Staff pages. A bearer token (a kiosk's or an admin's) is no way in here; the
    // statistics' data answers say so in JSON, like the API.
    if (!request.authorization.empty() && isStatisticsPath(path))
        return statisticsRefusal(403, "session-required",
                                 QStringLiteral("the statistics need a manager's staff login, "
                                                "not a token"));
    if (!request.authorization.empty())
        return html(403, pages::message(l, tr(l, "Ikke tilladt", "Not allowed"),
                                        tr(l, "Personalesider bruger log ind, ikke tokens.",
                                           "Staff pages use a login, not tokens."),
                                        QStringLiteral("/staff/login"),
                                        tr(l, "Til log ind", "To log in")));
    const QString sub = path.size() >= 2 ? path[1] : QString();
    if (path.size() == 2 && sub == QLatin1String("language")) {
        const QString to = QUrlQuery(query).queryItemValue(QStringLiteral("to"));
        ApiResponse r = redirect(QStringLiteral("/staff/counter"));
        r.headers.append({"Set-Cookie", QByteArray(kLangCookie) + '=' +
                                            (to == QLatin1String("en") ? "en" : "da") +
                                            "; Secure; SameSite=Strict; Path=/; Max-Age=31536000"});
        return r;
    }
    if (path.size() == 2 && sub == QLatin1String("login")) {
        if (m == "GET")
            return loginPage(c, 200, {});
        if (m == "POST")
            return loginPost(c);
        return wrongMethod();
    }

    c.sessionToken = cookieValue(request.cookie, kSessionCookie);
    const Result<StaffSession> session = m_store.staffSession(c.sessionToken, m_clock.now());
    if (!session) {
        if (!session.isNotFound())
            return html(500, pages::message(
                                 l, QStringLiteral("500"),
                                 tr(l, "Databasen svarer ikke.", "The database does not answer."),
                                 QStringLiteral("/staff/login"), QStringLiteral("↻")));
        if (isStatisticsPath(path))
            return statisticsRefusal(401, "unauthorized",
                                     QStringLiteral("not logged in, or the session has ended"));
        if (m == "GET")
            return redirect(QStringLiteral("/staff/login"));
        return html(401, pages::message(l, tr(l, "Log ind igen", "Log in again"),
                                        tr(l,
                                           "Du er ikke logget ind (eller har været væk for "
                                           "længe).",
                                           "You are not logged in (or were away too long)."),
                                        QStringLiteral("/staff/login"),
                                        tr(l, "Til log ind", "To log in")));
    }
    const StaffSession &s = *session;

    // Every change carries the session's CSRF token: a form on another site cannot make one.
    if (m == "POST") {
        c.form = formFields(request.body);
        const QString sent = request.csrfHeader.empty()
                                 ? field(c.form, "csrf")
                                 : QString::fromStdString(request.csrfHeader);
        if (!sameSecret(sent, s.csrf)) {
            qCInfo(lcStaff).noquote()
                << "refused a change without a valid CSRF token:" << path.join(u'/');
            return html(403,
                        pages::message(l, tr(l, "Afvist", "Refused"),
                                       tr(l, "Formularen var forældet. Prøv igen fra siden.",
                                          "The form was out of date. Try again from the "
                                          "page."),
                                       QStringLiteral("/staff/counter"), tr(l, "Tilbage", "Back")));
        }
    } else if (m != "GET") {
        return wrongMethod();
    }

    if (path.size() == 1)
        return redirect(counterRole(s.role) ? QStringLiteral("/staff/counter")
                                            : QStringLiteral("/staff/home"));
    if (path.size() == 2 && sub == QLatin1String("logout")) {
        if (m != "POST")
            return wrongMethod();
        if (auto r = m_store.endSession(c.sessionToken); !r)
            return html(500, pages::message(l, QStringLiteral("500"), r.refusal().detail, {}, {}));
        ApiResponse r = redirect(QStringLiteral("/staff/login"));
        r.headers.append({"Set-Cookie", QByteArray(kSessionCookie) +
                                            "=; Secure; HttpOnly; SameSite=Strict; Path=/; "
                                            "Max-Age=0"});
        return r;
    }
    if (path.size() == 2 && sub == QLatin1String("home"))
        return html(200, pages::message(l, tr(l, "Velkommen", "Welcome"),
                                        tr(l,
                                           "Din rolle har ingen personaleside endnu. Flådens "
                                           "tilstand læses med borgerkiosk-ctl fleet.",
                                           "Your role has no staff page yet. Fleet health is read "
                                           "with borgerkiosk-ctl fleet."),
                                        QStringLiteral("/staff/login"),
                                        tr(l, "Til log ind", "To log in")));
    const auto forbidden = [&] {
        return html(403, pages::message(l, tr(l, "Ikke tilladt", "Not allowed"),
                                        tr(l, "Din rolle giver ikke adgang til denne side.",
                                           "Your role does not give access to this page."),
                                        QStringLiteral("/staff/"), tr(l, "Tilbage", "Back")));
    };
    if (sub == QLatin1String("counter")) {
        if (!counterRole(s.role))
            return forbidden();
        if (path.size() == 3 && m == "POST")
            return counterPost(c, s, path[2]);
        if (path.size() != 2 || m != "GET")
            return notFound();
        const QDateTime now = m_clock.now();
        const QUrlQuery q(query);
        if (s.counter.isEmpty() || q.hasQueryItem(QStringLiteral("change"))) {
            auto counters = m_store.counters(s.site);
            if (!counters)
                return html(500, pages::message(l, QStringLiteral("500"), counters.refusal().detail,
                                                {}, {}));
            return html(200, pages::chooseCounter(l, s, *counters));
        }
        auto ticket = m_store.currentTicket(s.site, s.counter, now);
        auto services = m_store.services(s.site);
        auto waiting = m_store.waitingCount(s.site, now);
        if (!ticket || !services || !waiting)
            return html(500, pages::message(
                                 l, QStringLiteral("500"),
                                 tr(l, "Databasen svarer ikke.", "The database does not answer."),
                                 QStringLiteral("/staff/counter"), QStringLiteral("↻")));
        const QString said = q.queryItemValue(QStringLiteral("m"));
        QString message;
        if (said == QLatin1String("nobody"))
            message = tr(l, "Ingen venter lige nu.", "Nobody is waiting right now.");
        else if (said == QLatin1String("busy"))
            message = tr(l, "Afslut først den kaldte borger.", "Finish the called citizen first.");
        else if (said == QLatin1String("transferred"))
            message = tr(l, "Overført – borgeren venter igen med samme nummer.",
                         "Transferred – the citizen waits again with the same number.");
        else if (said == QLatin1String("none"))
            message = tr(l, "Ingen borger er kaldt til din skranke.",
                         "No citizen is called to your counter.");
        return html(200, pages::counter(l, s, *ticket, *services, *waiting, message));
    }
    if (path.size() == 2 && sub == QLatin1String("statistics")) {
        if (s.role != QLatin1String("manager"))
            return forbidden();
        if (m != "GET")
            return wrongMethod();
        return statisticsPage(c, s);
    }
    if (isStatisticsPath(path)) {
        if (m != "GET")
            return wrongMethod();
        return statistics(path, query, s);
    }
    if (sub == QLatin1String("displays") && path.size() == 2) {
        if (s.role != QLatin1String("manager"))
            return forbidden();
        if (m == "POST")
            return displaysPost(c, s);
        auto links = m_store.displayLinks(s.site);
        auto view = m_store.lobby(s.site, 0, m_clock.now());
        if (!links || !view)
            return html(500, pages::message(
                                 l, QStringLiteral("500"),
                                 tr(l, "Databasen svarer ikke.", "The database does not answer."),
                                 {}, {}));
        return html(200, pages::displays(l, s, *links,
                                         view->value(QLatin1String("notice")).toString(), {}));
    }
    if (sub == QLatin1String("notice") && path.size() == 2) {
        if (s.role != QLatin1String("manager"))
            return forbidden();
        if (m != "POST")
            return wrongMethod();
        return noticePost(c, s);
    }
    if (sub == QLatin1String("prepare")) {
        // Counter staff see the list; service_calls and managers mark bookings; only
        // service_calls is shown phone numbers (issue 13 item 3).
        if (!counterRole(s.role))
            return forbidden();
        if (path.size() == 2) {
            if (m != "GET")
                return wrongMethod();
            const QString said = QUrlQuery(query).queryItemValue(QStringLiteral("m"));
            return preparePage(c, s, {}, {},
                               said == QLatin1String("marked")
                                   ? tr(l,
                                        "Bookingen er markeret: den kræver ikke længere et "
                                        "besøg ved skranken.",
                                        "The booking is marked: it no longer needs a visit at "
                                        "the counter.")
                                   : QString());
        }
        if (path.size() != 3)
            return notFound();
        if (m != "POST")
            return wrongMethod();
        const bool serviceCalls = s.role == QLatin1String("service_calls");
        if (path[2] == QLatin1String("phone") && !serviceCalls)
            return forbidden();
        if (path[2] == QLatin1String("mark") && !serviceCalls && s.role != QLatin1String("manager"))
            return forbidden();
        return preparePost(c, s, path[2]);
    }
    if (sub == QLatin1String("book") && path.size() == 2) {
        // A booking for a citizen on the phone: every counter role.
        if (!counterRole(s.role))
            return forbidden();
        if (m == "POST")
            return bookPost(c, s);
        const QUrlQuery q(query);
        const auto value = [&](const char *name) {
            return q.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).left(64);
        };
        pages::BookForm form;
        form.service = value("service");
        form.fromDay = QDate::fromString(value("from"), Qt::ISODate);
        if (const QString code = value("booked"); !code.isEmpty()) {
            auto made = m_store.siteBooking(s.site, code);
            if (made)
                form.made = *made;
            else if (!made.isNotFound())
                return html(
                    500,
                    pages::message(l, QStringLiteral("500"),
                                   tr(l, "Databasen svarer ikke.", "The database does not answer."),
                                   QStringLiteral("/staff/book"), QStringLiteral("↻")));
        }
        return bookPage(c, s, std::move(form), 200);
    }
    if (path.size() == 2 && sub == QLatin1String("access-log")) {
        if (s.role != QLatin1String("manager"))
            return forbidden();
        if (m != "GET")
            return wrongMethod();
        auto rows = m_store.phoneAccessLog(s.site, kAccessLogRows);
        if (!rows)
            return html(rows.refusal().status,
                        pages::message(l, tr(l, "Det lykkedes ikke", "That did not work"),
                                       rows.refusal().detail, QStringLiteral("/staff/"),
                                       tr(l, "Tilbage", "Back")));
        return html(200, pages::accessLog(l, s, *rows));
    }
    return notFound();
}

ApiResponse StaffWeb::statisticsPage(const Context &c, const StaffSession &s)
{
    const Lang l = c.lang;
    auto services = m_store.services(s.site);
    auto view = m_store.lobby(s.site, 0, m_clock.now());
    if (!services || !view)
        return html(500,
                    pages::message(l, QStringLiteral("500"),
                                   tr(l, "Databasen svarer ikke.", "The database does not answer."),
                                   QStringLiteral("/staff/"), tr(l, "Tilbage", "Back")));
    // The form shows what was asked (the JSON answer checks it) or the JSON's defaults: the
    // last 28 days up to today.
    const QUrlQuery q(c.query);
    const auto value = [&](const char *name) {
        return q.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).left(64);
    };
    const QDate today = businessDay(m_clock.now());
    pages::StatisticsFilter f{value("from"), value("to"), value("errand"), value("waitTarget"),
                              m_store.config().statisticsThreshold};
    if (f.to.isEmpty())
        f.to = today.toString(Qt::ISODate);
    if (f.from.isEmpty()) {
        const QDate to = QDate::fromString(f.to, Qt::ISODate);
        f.from = (to.isValid() ? to : today).addDays(-27).toString(Qt::ISODate);
    }
    return html(200, pages::statistics(l, s, view->value(QLatin1String("siteName")).toString(),
                                       *services, f));
}

ApiResponse StaffWeb::preparePage(const Context &c, const StaffSession &s, const QString &shownCode,
                                  const QString &shownPhone, const QString &message)
{
    const Lang l = c.lang;
    const QDate today = businessDay(m_clock.now());
    QList<std::pair<QDate, QList<PrepareBooking>>> days;
    auto services = m_store.services(s.site);
    std::optional<Refusal> failure;
    if (services)
        for (const QDate &day : {today, today.addDays(1)}) {
            auto list = m_store.prepareDay(s.site, day);
            if (!list) {
                failure = list.refusal();
                break;
            }
            days.append({day, *list});
        }
    else
        failure = services.refusal();
    if (failure)
        return html(failure->status,
                    pages::message(l, tr(l, "Det lykkedes ikke", "That did not work"),
                                   failure->detail, QStringLiteral("/staff/"),
                                   tr(l, "Tilbage", "Back")));
    return html(200, pages::prepare(l, s, *services, days, shownCode, shownPhone, message));
}

ApiResponse StaffWeb::preparePost(const Context &c, const StaffSession &s, const QString &action)
{
    const Lang l = c.lang;
    const QString code = field(c.form, "code").trimmed().toUpper().left(32);
    const auto failed = [&](const Refusal &r) {
        const QString text =
            r.status == 404 ? tr(l, "Den booking findes ikke her.", "No such booking here.")
            : r.error == u"no-phone" ? tr(l, "Borgeren har ikke oplyst et telefonnummer.",
                                          "The citizen gave no phone number.")
            : r.error == u"not-booked"
                ? tr(l, "Bookingen er allerede tjekket ind, aflyst eller markeret.",
                     "The booking is already checked in, cancelled or marked.")
                : r.detail;
        return html(r.status,
                    pages::message(l, tr(l, "Det lykkedes ikke", "That did not work"), text,
                                   QStringLiteral("/staff/prepare"), tr(l, "Tilbage", "Back")));
    };
    if (action == QLatin1String("phone")) {
        auto phone =
            m_store.revealPhone(s.site, code, s.username,
                                QString::fromStdString(c.request.remoteAddress), m_clock.now());
        if (!phone)
            return failed(phone.refusal());
        // Neither the number nor who asked: the access log (phone_access) holds the latter.
        qCInfo(lcStaff).noquote() << "a phone number was shown; recorded in the access log";
        return preparePage(c, s, code, *phone, {});
    }
    if (action == QLatin1String("mark")) {
        const QString to = field(c.form, "status");
        BookingStatus status = BookingStatus::Booked;
        if (to == QLatin1String("settled_by_phone"))
            status = BookingStatus::SettledByPhone;
        else if (to == QLatin1String("moved_to_self_service"))
            status = BookingStatus::MovedToSelfService;
        auto done = m_store.settleBooking(s.site, code, status, m_clock.now());
        if (!done)
            return failed(done.refusal());
        return redirect(QStringLiteral("/staff/prepare?m=marked"));
    }
    return html(404, pages::message(l, tr(l, "Siden findes ikke", "No such page"), action.left(32),
                                    QStringLiteral("/staff/prepare"), tr(l, "Tilbage", "Back")));
}

ApiResponse StaffWeb::bookPage(const Context &c, const StaffSession &s, pages::BookForm form,
                               int status)
{
    const Lang l = c.lang;
    const QDateTime now = m_clock.now();
    const QDate today = businessDay(now);
    if (!form.fromDay.isValid() || form.fromDay < today)
        form.fromDay = today;
    auto services = m_store.services(s.site);
    if (!services)
        return html(services.refusal().status,
                    pages::message(l, tr(l, "Det lykkedes ikke", "That did not work"),
                                   services.refusal().detail, QStringLiteral("/staff/"),
                                   tr(l, "Tilbage", "Back")));
    if (!form.service.isEmpty()) {
        auto times = m_store.freeSlots(s.site, form.service, form.fromDay, now, kBookSlots);
        if (times) {
            form.freeTimes = *times;
        } else if (times.refusal().status == 404) {
            form.message = tr(l, "Vælg et ærinde, der kan bookes.", "Choose a bookable errand.");
            form.service.clear();
            status = status == 200 ? 404 : status;
        } else {
            return html(times.refusal().status,
                        pages::message(l, tr(l, "Det lykkedes ikke", "That did not work"),
                                       times.refusal().detail, QStringLiteral("/staff/book"),
                                       tr(l, "Tilbage", "Back")));
        }
    }
    if (form.formKey.isEmpty())
        form.formKey = newToken();
    return html(status, pages::book(l, s, *services, form));
}

ApiResponse StaffWeb::bookPost(const Context &c, const StaffSession &s)
{
    const Lang l = c.lang;
    pages::BookForm form;
    form.service = field(c.form, "service").left(64);
    form.start = field(c.form, "start").left(64);
    form.phone = field(c.form, "phone").left(64);
    form.notes = field(c.form, "notes").left(2 * CentralStore::kMaxNotes);
    // The same form posted again (a double click, a resend): the first one's booking.
    form.formKey = field(c.form, "form_key").left(64);
    if (const auto first = m_bookedForms.constFind(form.formKey);
        !form.formKey.isEmpty() && first != m_bookedForms.cend()) {
        qCInfo(lcStaff) << "a staff booking form was posted again: nothing booked";
        return redirect(QStringLiteral("/staff/book?booked=") + *first);
    }
    const auto refuse = [&](int status, const QString &why) {
        // What was typed stays in the form; the log gets the reason's kind, nothing typed.
        qCInfo(lcStaff).noquote() << "a staff booking was refused:" << status;
        form.message = why;
        return bookPage(c, s, std::move(form), status);
    };
    const std::optional<QDateTime> start = dateTimeFromWire(form.start);
    if (!start)
        return refuse(400, tr(l, "Vælg en af de ledige tider.", "Choose one of the free times."));
    const std::optional<QString> phone = normalisePhone(form.phone);
    if (!phone)
        return refuse(400, tr(l,
                              "Telefonnummeret skal være 8 cifre, eller + og landekode "
                              "og nummer (fx +46 70 123 45 67).",
                              "The phone number must be 8 digits, or + with the country code "
                              "and number (e.g. +46 70 123 45 67)."));
    const QString notes = plainNote(form.notes);
    if (notes.size() > CentralStore::kMaxNotes)
        return refuse(400, tr(l, "Noten må højst være 200 tegn.",
                              "The note may have at most 200 characters."));
    form.fromDay = businessDay(*start);
    auto made = m_store.staffBooking(s.site, {form.service, *start, *phone, notes}, m_clock.now());
    if (!made) {
        const Refusal &r = made.refusal();
        if (r.status >= 500)
            return html(
                r.status,
                pages::message(l, QStringLiteral("500"),
                               tr(l, "Databasen svarer ikke.", "The database does not answer."),
                               QStringLiteral("/staff/book"), QStringLiteral("↻")));
        return refuse(r.status,
                      r.status == 409 ? tr(l, "Tiden blev taget lige nu. Vælg en anden.",
                                           "That time was just taken. Choose another.")
                      : r.status == 404
                          ? tr(l, "Vælg et ærinde, der kan bookes.", "Choose a bookable errand.")
                          : tr(l, "Den tid kan ikke bookes. Vælg en af de ledige tider.",
                               "That time cannot be booked. Choose one of the free times."));
    }
    // Neither the phone number nor the note (nor who booked): the errand and the time.
    qCInfo(lcStaff).noquote() << "a staff booking was made for errand" << made->serviceId << "at"
                              << toWire(made->start);
    if (!form.formKey.isEmpty()) {
        m_bookedForms.insert(form.formKey, made->code);
        m_bookedFormOrder.append(form.formKey);
        if (m_bookedFormOrder.size() > kRememberedForms)
            m_bookedForms.remove(m_bookedFormOrder.takeFirst());
    }
    return redirect(QStringLiteral("/staff/book?booked=") + made->code);
}

ApiResponse StaffWeb::loginPage(const Context &c, int status, const QString &message)
{
    // The browser's token stays while it is well-formed (one per browser, not per page view, so
    // two open login tabs both work); anything else gets a fresh one.
    QString token = cookieValue(c.request.cookie, kLoginCookie);
    static const QRegularExpression wellFormed(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    if (!wellFormed.match(token).hasMatch())
        token = newToken();
    ApiResponse r = html(status, pages::login(c.lang, message, token));
    r.headers.append({"Set-Cookie", QByteArray(kLoginCookie) + '=' + token.toLatin1() +
                                        "; Secure; HttpOnly; SameSite=Strict; Path=/"});
    return r;
}

ApiResponse StaffWeb::loginPost(const Context &c)
{
    const Lang l = c.lang;
    const QDateTime now = m_clock.now();
    const QUrlQuery form = formFields(c.request.body);
    const QString username = field(form, "username").trimmed().toLower();
    const QString password = field(form, "password");
    if (!sameSecret(field(form, "login_csrf"), cookieValue(c.request.cookie, kLoginCookie))) {
        qCInfo(lcStaff).noquote() << "refused a login without a valid login CSRF token from"
                                  << QString::fromStdString(c.request.remoteAddress);
        return loginPage(c, 403,
                         tr(l, "Log ind-siden var forældet. Prøv igen.",
                            "The login page was out of date. Try again."));
    }
    if (braked(c.request.remoteAddress, now)) {
        qCWarning(lcStaff).noquote() << "login refused: too many failed logins from"
                                     << QString::fromStdString(c.request.remoteAddress);
        return loginPage(c, 429,
                         tr(l,
                            "For mange forkerte forsøg fra denne maskine. "
                            "Vent 10 minutter.",
                            "Too many failed attempts from this machine. Wait "
                            "10 minutes."));
    }
    if (username.isEmpty() || username.size() > 64 || password.isEmpty() || password.size() > 128) {
        countFailure(c.request.remoteAddress, now);
        return loginPage(
            c, 401, tr(l, "Forkert brugernavn eller adgangskode.", "Wrong username or password."));
    }
    auto check = m_store.beginLogin(username, now);
    if (!check)
        return loginAnswer(c, check.refusal());
    if (check->locked)
        return loginAnswer(c, LoginResult{LoginResult::Kind::Locked, {}, check->lockedUntil});
    // The slow check (PBKDF2, about 0.3 s) runs on the server's worker pool, not on the I/O
    // thread that every kiosk and page shares; its outcome is applied back here, to the account
    // as it is by then (CentralStore::finishLogin).
    const QString address = QString::fromStdString(c.request.remoteAddress);
    ++m_checking[address];
    ApiResponse r = html(500, {});
    r.offload = [this, request = c.request, lang = c.lang, username, password,
                 stored = check->storedHash] {
        const bool right = verifyPassword(password, stored);
        return std::function<ApiResponse()>([this, request, lang, username, stored, right] {
            const QString from = QString::fromStdString(request.remoteAddress);
            if (--m_checking[from] <= 0)
                m_checking.remove(from);
            const Context back{request, {}, {}, lang, {}, {}};
            return loginAnswer(back, m_store.finishLogin(username, stored, right, m_clock.now()));
        });
    };
    return r;
}

ApiResponse StaffWeb::loginAnswer(const Context &c, const Outcome<LoginResult> &r)
{
    const Lang l = c.lang;
    if (!r)
        return loginPage(c, 500,
                         tr(l, "Serveren kan ikke tjekke log ind lige nu.",
                            "The server cannot check logins right now."));
    if (r->kind == LoginResult::Kind::Ok) {
        // No username: staff usernames are usually people's names, and names never go into
        // logs (the events table records what staff did, by counter).
        qCInfo(lcStaff).noquote() << "staff login from"
                                  << QString::fromStdString(c.request.remoteAddress);
        ApiResponse res = redirect(QStringLiteral("/staff/"));
        res.headers.append({"Set-Cookie", QByteArray(kSessionCookie) + '=' +
                                              r->sessionToken.toLatin1() +
                                              "; Secure; HttpOnly; SameSite=Strict; Path=/"});
        return res;
    }
    countFailure(c.request.remoteAddress, m_clock.now());
    if (r->kind == LoginResult::Kind::Locked) {
        // No username, as above: a manager sees locked accounts with `borgerkiosk-ctl staff list`.
        qCWarning(lcStaff).noquote() << "a staff account is locked after failed logins from"
                                     << QString::fromStdString(c.request.remoteAddress);
        return loginPage(
            c, 423,
            tr(l,
               "Kontoen er låst efter for mange forkerte forsøg. Prøv "
               "igen kl. %1, eller bed en leder om en ny adgangskode.",
               "The account is locked after too many wrong attempts. Try "
               "again at %1, or ask a manager for a new password.")
                .arg(r->lockedUntil.toTimeZone(siteTimeZone()).toString(QStringLiteral("HH:mm"))));
    }
    // Not the typed username: people type their password into it by mistake.
    qCInfo(lcStaff).noquote() << "failed staff login from"
                              << QString::fromStdString(c.request.remoteAddress);
    return loginPage(c, 401,
                     tr(l, "Forkert brugernavn eller adgangskode.", "Wrong username or password."));
}

ApiResponse StaffWeb::counterPost(const Context &c, const StaffSession &s, const QString &action)
{
    const Lang l = c.lang;
    const QDateTime now = m_clock.now();
    const auto back = [](const char *m) {
        return redirect(QStringLiteral("/staff/counter") +
                        (m ? QStringLiteral("?m=") + QLatin1String(m) : QString()));
    };
    const auto failed = [&](const Refusal &r) {
        if (r.status == 409)
            return back("none");
        return html(r.status,
                    pages::message(l, tr(l, "Det lykkedes ikke", "That did not work"), r.detail,
                                   QStringLiteral("/staff/counter"), tr(l, "Tilbage", "Back")));
    };
    if (action == QLatin1String("choose")) {
        const QString counter = field(c.form, "counter");
        auto counters = m_store.counters(s.site);
        if (!counters)
            return failed(counters.refusal());
        if (!counters->contains(counter))
            return failed(badRequest(QStringLiteral("bad-field"),
                                     tr(l, "Den skranke findes ikke.", "No such counter.")));
        if (auto r = m_store.setSessionCounter(c.sessionToken, counter); !r)
            return failed(r.refusal());
        return back(nullptr);
    }
    if (s.counter.isEmpty())
        return redirect(QStringLiteral("/staff/counter"));
    if (action == QLatin1String("call-next")) {
        auto current = m_store.currentTicket(s.site, s.counter, now);
        if (!current)
            return failed(current.refusal());
        if (current->has_value())
            return back("busy");
        // The same rule and the same call-out as POST /v1/sites/{site}/counters/{c}/call-next.
        auto called = m_store.callNext(s.site, s.counter, now);
        if (!called)
            return failed(called.refusal());
        if (!called->has_value())
            return back("nobody");
        ApiResponse r = back(nullptr);
        r.broadcast = Broadcast{s.site, compact(**called)};
        return r;
    }
    if (action == QLatin1String("recall")) {
        auto called = m_store.recall(s.site, s.counter, now);
        if (!called)
            return failed(called.refusal());
        ApiResponse r = back(nullptr);
        r.broadcast = Broadcast{s.site, compact(*called)};
        return r;
    }
    if (action == QLatin1String("served") || action == QLatin1String("no-show")) {
        auto done = m_store.finish(s.site, s.counter,
                                   action == QLatin1String("served") ? QStringLiteral("served")
                                                                     : QStringLiteral("no_show"),
                                   now);
        return done ? back(nullptr) : failed(done.refusal());
    }
    if (action == QLatin1String("transfer")) {
        auto done = m_store.transfer(s.site, s.counter, field(c.form, "service"), now);
        return done ? back("transferred") : failed(done.refusal());
    }
    return html(404, pages::message(l, tr(l, "Siden findes ikke", "No such page"), action.left(32),
                                    QStringLiteral("/staff/counter"), tr(l, "Tilbage", "Back")));
}

ApiResponse StaffWeb::displaysPost(const Context &c, const StaffSession &s)
{
    const Lang l = c.lang;
    auto token = m_store.makeDisplayLink(s.site, field(c.form, "name"), s.username, m_clock.now());
    auto links = m_store.displayLinks(s.site);
    auto view = m_store.lobby(s.site, 0, m_clock.now());
    if (!token || !links || !view)
        return html(token ? 500 : token.refusal().status,
                    pages::message(l, tr(l, "Det lykkedes ikke", "That did not work"),
                                   token ? QStringLiteral("database") : token.refusal().detail,
                                   QStringLiteral("/staff/displays"), tr(l, "Tilbage", "Back")));
    return html(200, pages::displays(l, s, *links, view->value(QLatin1String("notice")).toString(),
                                     QStringLiteral("/lobby/") + *token));
}

ApiResponse StaffWeb::noticePost(const Context &c, const StaffSession &s)
{
    if (auto r = m_store.setNotice(s.site, field(c.form, "notice")); !r)
        return html(r.refusal().status,
                    pages::message(c.lang, tr(c.lang, "Det lykkedes ikke", "That did not work"),
                                   r.refusal().detail, QStringLiteral("/staff/displays"),
                                   tr(c.lang, "Tilbage", "Back")));
    return redirect(QStringLiteral("/staff/displays"));
}

} // namespace bk::central
