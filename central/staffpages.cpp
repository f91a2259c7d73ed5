#include "central/staffpages.h"

#include "central/staffpageparts.h"

#include "domain/clock.h"

#include <QJsonObject>

namespace bk::central::pages {

namespace parts {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString hhmm(const QDateTime &utc)
{
    return utc.toTimeZone(siteTimeZone()).toString(QStringLiteral("HH:mm"));
}

QString roleName(Lang l, const QString &role)
{
    if (role == QLatin1String("counter"))
        return tr(l, "skrankemedarbejder", "counter staff");
    if (role == QLatin1String("service_calls"))
        return tr(l, "skranke og serviceopkald", "counter and service calls");
    if (role == QLatin1String("manager"))
        return tr(l, "leder", "manager");
    return tr(l, "tekniker", "technician");
}

QString serviceName(Lang l, const QList<Service> &services, const QString &id)
{
    for (const Service &s : services)
        if (s.id == id) {
            const QString name =
                s.names.value(l == Lang::Da ? QStringLiteral("da") : QStringLiteral("en"));
            return name.isEmpty() ? s.names.value(QStringLiteral("da")) : name;
        }
    return id;
}

QString csrfField(const StaffSession &s)
{
    return QStringLiteral("<input type=\"hidden\" name=\"csrf\" value=\"%1\">").arg(esc(s.csrf));
}

// One action button in its own form: a POST with the CSRF token.
QString actionForm(const StaffSession &s, const QString &action, const QString &label,
                   const QString &cls, const QString &extra)
{
    return QStringLiteral("<form method=\"post\" action=\"/staff/counter/%1\">%2%3"
                          "<button type=\"submit\" class=\"%4\" id=\"%1\">%5</button></form>")
        .arg(action, csrfField(s), extra, cls, esc(label));
}

QByteArray page(Lang l, const QString &title, const QString &body, const QString &bodyAttrs)
{
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>%2</title><link rel=\"stylesheet\" href=\"/static/staff.css\">"
                       "</head><body%3>\n%4\n</body></html>\n")
            .arg(l == Lang::Da ? QStringLiteral("da") : QStringLiteral("en"), esc(title), bodyAttrs,
                 body);
    return html.toUtf8();
}

QString languageLink(Lang l)
{
    return l == Lang::Da
               ? QStringLiteral("<a class=\"lang\" href=\"/staff/language?to=en\" lang=\"en\">"
                                "English</a>")
               : QStringLiteral("<a class=\"lang\" href=\"/staff/language?to=da\" lang=\"da\">"
                                "Dansk</a>");
}

QString header(Lang l, const StaffSession &s, const QString &where)
{
    // Each role's pages: the counter and "preparing the day" for counter work, the displays
    // the phone access log and the statistics for a manager.
    const bool manager = s.role == QLatin1String("manager");
    QString nav;
    if (s.role == QLatin1String("counter") || s.role == QLatin1String("service_calls") || manager)
        nav += QStringLiteral("<a href=\"/staff/counter\">%1</a><a href=\"/staff/prepare\" "
                              "id=\"nav-prepare\">%2</a><a href=\"/staff/book\" "
                              "id=\"nav-book\">%3</a>")
                   .arg(tr(l, "Skranke", "Counter"), tr(l, "Forbered dagen", "Prepare the day"),
                        tr(l, "Book tid", "Book a time"));
    if (manager)
        nav += QStringLiteral("<a href=\"/staff/displays\">%1</a><a href=\"/staff/access-log\" "
                              "id=\"nav-access-log\">%2</a><a href=\"/staff/statistics\" "
                              "id=\"nav-statistics\">%3</a>")
                   .arg(tr(l, "Skærme", "Displays"), tr(l, "Telefonlog", "Phone log"),
                        tr(l, "Statistik", "Statistics"));
    return QStringLiteral(
               "<header><span class=\"who\">%1 · %2 (%3)</span><nav>%4%5"
               "<form method=\"post\" action=\"/staff/logout\">%6<button type=\"submit\" "
               "class=\"small\" id=\"logout\">%7</button></form></nav></header>")
        .arg(esc(where), esc(s.username), esc(roleName(l, s.role)), nav, languageLink(l),
             csrfField(s), tr(l, "Log ud", "Log out"));
}

} // namespace parts

using namespace parts;

QByteArray login(Lang l, const QString &msg, const QString &loginToken)
{
    const QString body =
        QStringLiteral(
            "<main class=\"narrow\"><h1>%1</h1>%2"
            "<form method=\"post\" action=\"/staff/login\" class=\"login\">"
            "<input type=\"hidden\" name=\"login_csrf\" value=\"%7\">"
            "<label for=\"username\">%3</label>"
            "<input id=\"username\" name=\"username\" autocomplete=\"username\" required "
            "autofocus maxlength=\"64\">"
            "<label for=\"password\">%4</label>"
            "<input id=\"password\" name=\"password\" type=\"password\" "
            "autocomplete=\"current-password\" required maxlength=\"128\">"
            "<button type=\"submit\" class=\"primary\" id=\"login\">%5</button></form>"
            "<p>%6</p></main>")
            .arg(tr(l, "Borgerservice – log ind", "Citizen service – log in"),
                 msg.isEmpty()
                     ? QString()
                     : QStringLiteral("<p class=\"message\" role=\"alert\">%1</p>").arg(esc(msg)),
                 tr(l, "Brugernavn", "Username"), tr(l, "Adgangskode", "Password"),
                 tr(l, "Log ind", "Log in"), languageLink(l), esc(loginToken));
    return page(l, tr(l, "Log ind", "Log in"), body);
}

QByteArray chooseCounter(Lang l, const StaffSession &s, const QStringList &counters)
{
    QString buttons;
    for (const QString &c : counters)
        buttons += QStringLiteral("<form method=\"post\" action=\"/staff/counter/choose\">%1"
                                  "<input type=\"hidden\" name=\"counter\" value=\"%2\">"
                                  "<button type=\"submit\" class=\"primary counter\" "
                                  "id=\"counter-%2\">%3 %2</button></form>")
                       .arg(csrfField(s), esc(c), tr(l, "Skranke", "Counter"));
    const QString body =
        header(l, s, tr(l, "Vælg skranke", "Choose counter")) +
        QStringLiteral("<main><h1>%1</h1><div class=\"counters\">%2</div></main>")
            .arg(tr(l, "Hvilken skranke sidder du ved?", "Which counter are you at?"), buttons);
    return page(l, tr(l, "Vælg skranke", "Choose counter"), body);
}

QByteArray counter(Lang l, const StaffSession &s, const std::optional<CounterTicket> &ticket,
                   const QList<Service> &services, int waiting, const QString &msg)
{
    const QString where = tr(l, "Skranke", "Counter") + u' ' + s.counter;
    QString main;
    if (!msg.isEmpty())
        main += QStringLiteral("<p class=\"message\" role=\"status\">%1</p>").arg(esc(msg));
    if (ticket) {
        const QString booked = ticket->bookingStart.isValid()
                                   ? hhmm(ticket->bookingStart)
                                   : tr(l, "ingen – chancekø", "none – chance queue");
        QString options;
        for (const Service &svc : services)
            if (svc.id != ticket->service)
                options += QStringLiteral("<option value=\"%1\">%2</option>")
                               .arg(esc(svc.id), esc(serviceName(l, services, svc.id)));
        main +=
            QStringLiteral("<section class=\"current\" aria-live=\"polite\"><h1>%1</h1>"
                           "<p class=\"ticket\" id=\"ticket\">%2</p><dl>"
                           "<dt>%3</dt><dd id=\"errand\">%4</dd>"
                           "<dt>%5</dt><dd id=\"booked\">%6</dd>"
                           "<dt>%7</dt><dd id=\"called\">%8</dd>%9</dl></section>")
                .arg(tr(l, "Kaldt til din skranke", "Called to your counter"), esc(ticket->label),
                     tr(l, "Ærinde", "Errand"),
                     esc(ticket->service.isEmpty() ? tr(l, "ikke oplyst", "not given")
                                                   : serviceName(l, services, ticket->service)),
                     tr(l, "Bestilt tid", "Booked time"), esc(booked),
                     tr(l, "Kaldt kl.", "Called at"), hhmm(ticket->calledAt),
                     ticket->notes.isEmpty() ? QString()
                                             : QStringLiteral("<dt>%1</dt><dd id=\"notes\">%2</dd>")
                                                   .arg(tr(l, "Note", "Note"), esc(ticket->notes)));
        main +=
            QStringLiteral("<div class=\"actions\">%1%2%3</div>")
                .arg(actionForm(s, QStringLiteral("served"), tr(l, "Betjent", "Served"),
                                QStringLiteral("primary")),
                     actionForm(s, QStringLiteral("recall"), tr(l, "Kald igen", "Call again"),
                                QStringLiteral("secondary")),
                     actionForm(s, QStringLiteral("no-show"),
                                tr(l, "Mødte ikke op", "Did not come"), QStringLiteral("warning")));
        if (!options.isEmpty())
            main += QStringLiteral("<form method=\"post\" action=\"/staff/counter/transfer\" "
                                   "class=\"transfer\">%1<label for=\"service\">%2</label>"
                                   "<select id=\"service\" name=\"service\">%3</select>"
                                   "<button type=\"submit\" class=\"secondary\" id=\"transfer\">"
                                   "%4</button></form>")
                        .arg(csrfField(s),
                             tr(l, "Overfør til et andet ærinde", "Transfer to another errand"),
                             options, tr(l, "Overfør", "Transfer"));
    } else {
        main +=
            QStringLiteral("<section class=\"current\"><h1>%1</h1>"
                           "<p class=\"idle\">%2</p></section><div class=\"actions\">%3</div>")
                .arg(where,
                     tr(l, "Ingen borger er kaldt til din skranke.",
                        "No citizen is called to your counter."),
                     actionForm(s, QStringLiteral("call-next"), tr(l, "Kald næste", "Call next"),
                                QStringLiteral("primary huge")));
    }
    main += QStringLiteral("<p class=\"waiting\" id=\"waiting\">%1: %2</p>")
                .arg(tr(l, "Venter nu", "Waiting now"))
                .arg(waiting);
    main += QStringLiteral("<p><a href=\"/staff/counter?change=1\">%1</a></p>")
                .arg(tr(l, "Skift skranke", "Change counter"));
    return page(l, where,
                header(l, s, where) + QStringLiteral("<main>") + main + QStringLiteral("</main>"));
}

QByteArray displays(Lang l, const StaffSession &s, const QJsonArray &links, const QString &notice,
                    const QString &newLink)
{
    QString rows;
    for (const QJsonValue &v : links) {
        const QJsonObject o = v.toObject();
        rows += QStringLiteral("<li>%1 (%2, %3)</li>")
                    .arg(esc(o.value(QLatin1String("name")).toString()),
                         esc(o.value(QLatin1String("createdBy")).toString()),
                         esc(o.value(QLatin1String("createdAt")).toString().left(10)));
    }
    QString made;
    if (!newLink.isEmpty())
        made = QStringLiteral("<p class=\"message\" role=\"status\">%1 "
                              "<a id=\"new-link\" href=\"%2\">%2</a></p>")
                   .arg(tr(l,
                           "Ny skærm-adresse (vises kun nu – åbn den på skærmen og gem den "
                           "som bogmærke):",
                           "New display address (shown only now – open it on the screen and "
                           "bookmark it):"),
                        esc(newLink));
    const QString body =
        header(l, s, tr(l, "Skærme i venteområdet", "Lobby displays")) +
        QStringLiteral(
            "<main><h1>%1</h1>%2<ul id=\"links\">%3</ul>"
            "<form method=\"post\" action=\"/staff/displays\">%4<label for=\"name\">%5</label>"
            "<input id=\"name\" name=\"name\" required maxlength=\"64\">"
            "<button type=\"submit\" class=\"primary\" id=\"make-link\">%6</button></form>"
            "<h2>%7</h2><form method=\"post\" action=\"/staff/notice\">%4"
            "<label for=\"notice\">%8</label><textarea id=\"notice\" name=\"notice\" "
            "maxlength=\"500\" rows=\"3\">%9</textarea>"
            "<button type=\"submit\" class=\"secondary\" id=\"save-notice\">%10</button>"
            "</form></main>")
            .arg(tr(l, "Skærme i venteområdet", "Lobby displays"), made, rows, csrfField(s),
                 tr(l, "Navn på ny skærm", "Name of a new display"),
                 tr(l, "Lav skærm-adresse", "Make display address"),
                 tr(l, "Meddelelse på skærmene", "Notice on the displays"),
                 tr(l, "Tekst (tom: ingen meddelelse)", "Text (empty: no notice)"), esc(notice),
                 tr(l, "Gem meddelelse", "Save notice"));
    return page(l, tr(l, "Skærme", "Displays"), body);
}

QByteArray message(Lang l, const QString &title, const QString &text, const QString &href,
                   const QString &linkText)
{
    return page(l, title,
                QStringLiteral("<main class=\"narrow\"><h1>%1</h1><p class=\"message\" "
                               "role=\"alert\">%2</p><p><a href=\"%3\">%4</a></p></main>")
                    .arg(esc(title), esc(text), esc(href), esc(linkText)));
}

QByteArray lobby(Lang l, const QString &token, const QString &siteName)
{
    const QString attrs =
        QStringLiteral(" class=\"lobby\" data-token=\"%1\" data-lost=\"%2\" data-sound=\"%3\"")
            .arg(esc(token),
                 esc(tr(l, "Forbindelsen er afbrudt – prøver igen …",
                        "Connection lost – trying again …")),
                 esc(tr(l, "Tryk på skærmen for at slå lyden til",
                        "Touch the screen to turn the sound on")));
    const QString body =
        QStringLiteral("<main><h1 id=\"site\">%1</h1>"
                       "<p id=\"status\" class=\"status\" role=\"status\" hidden></p>"
                       "<table id=\"calls\" aria-live=\"polite\"><thead><tr><th>%2</th>"
                       "<th>%3</th></tr></thead><tbody></tbody></table>"
                       "<p id=\"notice\" class=\"notice\" hidden></p>"
                       "<p id=\"sound\" class=\"sound\" hidden></p></main>"
                       "<script src=\"/static/lobby.js\"></script>")
            .arg(esc(siteName), tr(l, "Nummer", "Number"), tr(l, "Skranke", "Counter"));
    return page(l, siteName, body, attrs);
}

QByteArray queue(const QString &token, const QString &ticket, const QString &siteName)
{
    // Danish first, each line followed by its English (lang="en" so a screen reader switches
    // voice); the script fills the state from /v1/queue/{token}.
    const QString body =
        QStringLiteral(
            "<main class=\"narrow\"><p class=\"site\">%1</p>"
            "<h1>Dit nummer <span class=\"en\" lang=\"en\">Your number</span></h1>"
            "<p class=\"ticket\" id=\"ticket\">%2</p>"
            "<section id=\"state\" class=\"state\" role=\"status\" aria-live=\"polite\">"
            "<p id=\"main\" class=\"main\">Henter … <span class=\"en\" lang=\"en\">Loading …"
            "</span></p><p id=\"wait\" class=\"wait\"></p></section>"
            "<p id=\"net\" class=\"status\" role=\"alert\" hidden>Ingen forbindelse – prøver "
            "igen … <span lang=\"en\">No connection – trying again …</span></p>"
            "<p class=\"foot\">Siden opdaterer sig selv og viser kun dit nummer. "
            "<span lang=\"en\">This page updates itself and shows only your number.</span>"
            "<span id=\"updated\" class=\"en\"></span></p></main>"
            "<script src=\"/static/queue.js\"></script>")
            .arg(esc(siteName), esc(ticket));
    return page(Lang::Da, QStringLiteral("Dit nummer %1").arg(ticket), body,
                QStringLiteral(" class=\"queue\" data-token=\"%1\" data-state=\"loading\"")
                    .arg(esc(token)));
}

QByteArray queueGone()
{
    return page(Lang::Da, QStringLiteral("Billetten er ikke gyldig"),
                QStringLiteral(
                    "<main class=\"narrow\"><h1>Billetten er ikke længere gyldig "
                    "<span class=\"en\" lang=\"en\">This ticket is no longer valid"
                    "</span></h1><p class=\"message\" role=\"alert\">Linket gælder "
                    "kun den dag, billetten blev trukket. Træk en ny billet ved "
                    "standeren. <span class=\"en\" lang=\"en\">The link is valid only on the day "
                    "the ticket was taken. Take a new ticket at the kiosk.</span>"
                    "</p></main>"),
                QStringLiteral(" class=\"queue\" data-state=\"gone\""));
}

QByteArray queueUnknown()
{
    // Unknown and malformed links get these same bytes. A ticket taken while the kiosk was
    // offline is unknown here until the kiosk syncs: say so, not "expired".
    return page(
        Lang::Da, QStringLiteral("Billetten kendes ikke"),
        QStringLiteral("<main class=\"narrow\"><h1>Billetten kendes ikke (endnu) "
                       "<span class=\"en\" lang=\"en\">This ticket is not known (yet)"
                       "</span></h1><p class=\"message\" role=\"alert\">Har du lige trukket "
                       "den, så prøv igen om et par minutter. Linket gælder kun den dag, "
                       "billetten blev trukket. <span class=\"en\" lang=\"en\">If you took it "
                       "just now, try again in a few minutes. The link is valid only on the day "
                       "the ticket was taken.</span></p></main>"),
        QStringLiteral(" class=\"queue\" data-state=\"gone\""));
}

QByteArray stylesheet()
{
    // The Theme's idea for the web: a few sizes and colours, big targets (at least 64 px high),
    // contrast above WCAG AA. The lobby's sizes follow the viewport so a TV fills its screen.
    return R"css(:root{--bg:#f4f6f8;--fg:#14213d;--primary:#0b5394;--on-primary:#fff;
--secondary:#e2e8f0;--warning:#9c2a00;--space:16px;--radius:10px;--target:64px;
font-family:"DejaVu Sans",Arial,sans-serif;font-size:20px;color:var(--fg);background:var(--bg)}
body{margin:0}
header{display:flex;justify-content:space-between;align-items:center;gap:var(--space);
padding:var(--space);background:var(--fg);color:#fff}
header nav{display:flex;gap:var(--space);align-items:center}
header a{color:#fff}
main{padding:var(--space) calc(2*var(--space));max-width:1100px;margin:0 auto}
main.narrow{max-width:520px}
h1{font-size:2rem;margin:0 0 var(--space)}
form{margin:0}
main form>button{margin-top:12px}
.actions form>button,.counters form>button{margin-top:0}
label{display:block;font-weight:bold;margin:var(--space) 0 6px}
input,select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:12px;
border:2px solid #64748b;border-radius:var(--radius);min-height:var(--target)}
button{font:inherit;font-weight:bold;min-height:var(--target);padding:0 32px;border:0;
border-radius:var(--radius);cursor:pointer}
button:focus-visible,a:focus-visible,input:focus-visible,select:focus-visible{
outline:4px solid #f59e0b;outline-offset:2px}
.primary{background:var(--primary);color:var(--on-primary)}
.secondary{background:var(--secondary);color:var(--fg);border:2px solid #64748b}
.warning{background:var(--warning);color:#fff}
.small{min-height:44px;padding:0 16px;background:#fff;color:var(--fg)}
.huge{font-size:2.2rem;min-height:140px;width:100%}
.login button{width:100%;margin-top:calc(2*var(--space))}
.message{background:#fff7d6;border-left:8px solid #b45309;padding:var(--space);font-size:1.1rem}
.current{background:#fff;border-radius:var(--radius);padding:var(--space) calc(2*var(--space));
margin-bottom:var(--space)}
.ticket{font-size:5rem;font-weight:bold;margin:0;letter-spacing:.05em;line-height:1.1}
.idle{font-size:1.4rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:8px 24px;font-size:1.4rem}
dt{font-weight:bold}
dd{margin:0}
.actions{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));
gap:var(--space);margin-bottom:var(--space)}
.actions button{width:100%;font-size:1.5rem;min-height:110px}
.transfer{display:grid;grid-template-columns:1fr max-content;gap:8px var(--space);align-items:end}
.transfer button{margin-top:0}
.transfer label{grid-column:1/3;margin:0}
.counters{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:var(--space)}
.counters button{width:100%;font-size:1.6rem;min-height:120px}
.waiting{font-size:1.3rem}
main.wide{max-width:1300px}
table.bookings{width:100%;border-collapse:collapse;background:#fff;margin-bottom:var(--space);
table-layout:fixed}
table.bookings th,table.bookings td{text-align:left;padding:8px 12px;
border-bottom:1px solid #cbd5e1;vertical-align:middle}
table.bookings th:nth-child(1){width:5em}
table.bookings th:nth-child(2){width:9em}
table.bookings th:nth-child(3){width:13em}
table.log th:nth-child(1){width:11em}
table.bookings .code{font-family:"DejaVu Sans Mono",monospace;letter-spacing:.05em}
.row-actions{display:flex;flex-wrap:wrap;gap:8px}
.row-actions form>button.row{margin-top:0;min-height:48px;padding:0 16px;font-size:.9rem;
background:var(--secondary);color:var(--fg);border:2px solid #64748b}
.state.settled{color:#166534;font-weight:bold}
.state.cancelled{color:#475569}
.phone{margin:0;font-size:1.3rem;font-weight:bold}
body.lobby{background:#0b1d33;color:#fff;font-size:3vh;overflow:hidden;min-height:100vh}
body.lobby main{max-width:none;padding:3vh 4vw}
body.lobby h1{font-size:5vh}
body.lobby table{width:100%;border-collapse:collapse;font-size:9vh;font-weight:bold}
body.lobby th{font-size:3.5vh;text-align:left;color:#cbd5e1;border-bottom:2px solid #475569}
body.lobby td{padding:1vh 0;border-bottom:1px solid #1e3a5f}
body.lobby tbody tr:first-child{color:#fde047}
body.lobby tbody tr:nth-child(n+6){display:none}
.status{background:#b91c1c;color:#fff;font-size:4vh;padding:2vh;border-radius:var(--radius)}
.notice{font-size:4vh;background:#1e3a5f;padding:2vh;border-radius:var(--radius)}
.sound{font-size:2.5vh;color:#cbd5e1}
body.queue{background:#fff;color:#0b1d33;font-size:22px;min-height:100vh}
body.queue main{padding:var(--space)}
.queue h1{font-size:1.4rem;margin:var(--space) 0 0}
.queue .en{display:block;font-size:.8em;font-weight:normal;color:#334155}
.queue .site{margin:0;font-weight:bold}
.queue .ticket{font-size:5.5rem}
.queue .state{border:4px solid #0b1d33;border-radius:var(--radius);padding:var(--space);margin:var(--space) 0}
.queue .state .main{font-size:2rem;font-weight:bold;margin:0}
.queue .state .wait{font-size:1.4rem;margin:var(--space) 0 0}
.queue .state .wait:empty{display:none}
body.queue[data-state=called] .state{background:#fde047;border-color:#000;color:#000}
body.queue[data-state=finished] .state{background:#e2e8f0}
.queue .status{font-size:1.2rem}
.queue .foot{font-size:1rem;color:#334155}
)css" + statisticsStylesheet();
}

QByteArray lobbyScript()
{
    // The lobby screen: the latest calls from /v1/lobby/{token}/calls, then each new call from
    // the live WebSocket (the kiosks' call-outs), with a short chime (Web Audio: browsers start
    // sound only after a touch unless started with an autoplay policy, so the page says so).
    // A lost connection is shown at once and retried every 3 s; the list is fetched again on
    // each reconnect, so nothing called meanwhile is missed.
    return R"js('use strict';
(function () {
  const body = document.body;
  const token = body.dataset.token;
  const rows = document.querySelector('#calls tbody');
  const status = document.getElementById('status');
  const notice = document.getElementById('notice');
  const sound = document.getElementById('sound');
  let calls = [];
  let audio = null;
  body.dataset.chimes = '0';

  function render() {
    rows.replaceChildren();
    const shown = new Set();
    for (const c of calls) {
      if (shown.has(c.ticket)) continue; // a recall moves the number up, it is not listed twice
      shown.add(c.ticket);
      const tr = document.createElement('tr');
      const a = document.createElement('td');
      const b = document.createElement('td');
      a.textContent = c.ticket;
      b.textContent = c.counter;
      tr.append(a, b);
      rows.append(tr);
    }
  }
  function online(up) {
    status.hidden = up;
    status.textContent = up ? '' : body.dataset.lost;
    body.dataset.online = up ? 'yes' : 'no';
  }
  function chime() {
    body.dataset.chimes = String(Number(body.dataset.chimes) + 1);
    try {
      if (!audio) audio = new AudioContext();
      if (audio.state !== 'running') {
        sound.hidden = false;
        sound.textContent = body.dataset.sound;
        audio.resume();
      }
      const t = audio.currentTime;
      for (const [f, at] of [[659, 0], [523, 0.35]]) {
        const o = audio.createOscillator();
        const g = audio.createGain();
        o.frequency.value = f;
        g.gain.setValueAtTime(0.0001, t + at);
        g.gain.exponentialRampToValueAtTime(0.4, t + at + 0.03);
        g.gain.exponentialRampToValueAtTime(0.0001, t + at + 0.6);
        o.connect(g).connect(audio.destination);
        o.start(t + at);
        o.stop(t + at + 0.65);
      }
    } catch (e) { /* no sound device: the list still shows the call */ }
  }
  document.addEventListener('pointerdown', function () {
    if (!audio) audio = new AudioContext();
    audio.resume().then(function () { sound.hidden = true; });
  });
  async function load() {
    const r = await fetch('/v1/lobby/' + encodeURIComponent(token) + '/calls',
                          { cache: 'no-store' });
    if (!r.ok) throw new Error('HTTP ' + r.status);
    const j = await r.json();
    calls = j.calls;
    notice.hidden = !j.notice;
    notice.textContent = j.notice;
    render();
  }
  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const ws = new WebSocket(scheme + location.host + '/v1/lobby/' +
                             encodeURIComponent(token) + '/live');
    ws.onopen = function () {
      load().then(function () { online(true); }, function () { ws.close(); });
    };
    ws.onmessage = function (e) {
      const c = JSON.parse(e.data);
      calls = [{ ticket: c.ticket, counter: c.counter, at: c.at }].concat(calls).slice(0, 32);
      render();
      chime();
    };
    ws.onclose = function () {
      online(false);
      setTimeout(connect, 3000);
    };
  }
  online(false);
  status.hidden = true;
  connect();
})();
)js";
}

QByteArray queueScript()
{
    // The queue page: asks /v1/queue/{token} at once and every 5 s (a phone's page in a pocket
    // costs the server one small query per 5 s), shows the place or the call, and stops asking
    // when the visit is finished or the link has expired. A failed request shows "no
    // connection" and is tried again on the next round.
    return R"js('use strict';
(function () {
  const body = document.body;
  const token = body.dataset.token;
  const main = document.getElementById('main');
  const wait = document.getElementById('wait');
  const net = document.getElementById('net');
  const updated = document.getElementById('updated');
  let timer = null;

  function lines(el, da, en) {
    const e = document.createElement('span');
    e.className = 'en';
    e.lang = 'en';
    e.textContent = en;
    el.replaceChildren(document.createTextNode(da), e);
  }
  function show(j) {
    body.dataset.state = j.state;
    body.dataset.ahead = j.ahead === null ? '' : String(j.ahead);
    if (j.state === 'called') {
      lines(main, 'Dit nummer er kaldt — gå til skranke ' + j.counter,
            'Your number has been called — go to counter ' + j.counter);
      wait.replaceChildren();
    } else if (j.state === 'finished') {
      lines(main, 'Dit besøg er afsluttet. Tak fordi du kom.',
            'Your visit is finished. Thank you for coming.');
      wait.replaceChildren();
    } else {
      if (j.ahead === 0)
        lines(main, 'Du er den næste', 'You are next');
      else
        lines(main, j.ahead + (j.ahead === 1 ? ' foran dig' : ' foran dig i køen'),
              j.ahead + ' ahead of you');
      if (j.estimatedWaitMinutes === null)
        lines(wait, 'Forventet ventetid: ukendt endnu', 'Estimated wait: not known yet');
      else
        lines(wait, 'Forventet ventetid: ca. ' + j.estimatedWaitMinutes + ' min.',
              'Estimated wait: about ' + j.estimatedWaitMinutes + ' min.');
    }
    const now = new Date();
    updated.textContent = 'Opdateret ' + String(now.getHours()).padStart(2, '0') + ':' +
                          String(now.getMinutes()).padStart(2, '0') + ':' +
                          String(now.getSeconds()).padStart(2, '0');
  }
  function gone() {
    body.dataset.state = 'gone';
    lines(main, 'Billetten er ikke længere gyldig', 'This ticket is no longer valid');
    wait.replaceChildren();
  }
  async function poll() {
    try {
      const r = await fetch('/v1/queue/' + encodeURIComponent(token),
                            { cache: 'no-store', referrerPolicy: 'no-referrer' });
      if (r.status === 404 || r.status === 410) {
        net.hidden = true;
        gone();
        return;
      }
      if (!r.ok) throw new Error('HTTP ' + r.status);
      const j = await r.json();
      net.hidden = true;
      show(j);
      if (j.state === 'finished') return;
    } catch (e) {
      net.hidden = false;
    }
    timer = setTimeout(poll, 5000);
  }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && timer !== null) {
      clearTimeout(timer);
      poll();
    }
  });
  poll();
})();
)js";
}

} // namespace bk::central::pages
