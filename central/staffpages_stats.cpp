// The manager's statistics page (issue 14 item 2): the filters, a heat map, three charts and
// the numbers under each, its script and its styles. The figures come from
// /staff/statistics.json (staffweb_stats.cpp); the charts are drawn with Debian's Chart.js.

#include "central/staffpageparts.h"

#include <QUrlQuery>

namespace bk::central::pages {

using namespace parts;

namespace {

struct ColumnText
{
    const char *column;
    const char *da;
    const char *en;
};

// The headings of the columns the page shows (STATISTICS.md defines each).
constexpr ColumnText kColumnTexts[] = {
    {"date", "Dato", "Date"},
    {"errand", "Ærinde", "Errand"},
    {"bookings", "Bookinger", "Bookings"},
    {"checkIns", "Tjekket ind", "Checked in"},
    {"chanceTickets", "Chancebilletter", "Chance tickets"},
    {"waitMedianMinutes", "Ventetid, median (min)", "Wait, median (min)"},
    {"waitP90Minutes", "Ventetid, 90 % (min)", "Wait, 90th percentile (min)"},
    {"waitOverTargetPercent", "Ventetid over målet (%)", "Wait over target (%)"},
    {"noShows", "Udeblevet", "No-shows"},
    {"noShowPercent", "Udeblevet (%)", "No-shows (%)"},
    {"absentWhenCalled", "Ikke til stede ved kald", "Absent when called"},
    {"served", "Betjent", "Served"},
    {"serviceMedianMinutes", "Betjeningstid, median (min)", "Service time, median (min)"},
    {"serviceP90Minutes", "Betjeningstid, 90 % (min)", "Service time, 90th percentile (min)"},
    {"tooLatePercent", "For sent (%)", "Too late (%)"},
    {"refusedTooLate", "Afvist, for sent", "Refused, too late"},
    {"settledByPhone", "Klaret pr. telefon", "Settled by phone"},
    {"movedToSelfService", "Flyttet til selvbetjening", "Moved to self-service"},
    {"selfServiceShown", "Selvbetjening vist", "Self-service shown"},
    {"selfServiceQrPrinted", "Adresse printet", "Address printed"},
    {"selfServiceBookedAnyway", "Booket alligevel", "Booked anyway"},
};

QString columnText(Lang l, const char *column)
{
    for (const ColumnText &c : kColumnTexts)
        if (qstrcmp(c.column, column) == 0)
            return tr(l, c.da, c.en);
    return QString::fromLatin1(column);
}

// A table of numbers whose head names its columns (data-column); stats.js fills the body.
QString numbersTable(Lang l, const char *id, std::initializer_list<const char *> columns)
{
    QString head;
    for (const char *c : columns)
        head += QStringLiteral("<th scope=\"col\" data-column=\"%1\">%2</th>")
                    .arg(QString::fromLatin1(c), esc(columnText(l, c)));
    return QStringLiteral("<div class=\"scroll\"><table class=\"numbers\" id=\"%1\"><thead><tr>"
                          "%2</tr></thead><tbody></tbody></table></div>")
        .arg(QString::fromLatin1(id), head);
}

// One chart's section: heading, what it shows, the canvas, the numbers, the CSV link.
QString chartSection(Lang l, const QString &title, const QString &text, const char *canvas,
                     const QString &table, const QString &csvLink)
{
    return QStringLiteral("<section class=\"card\"><h2>%1</h2><p class=\"explain\">%2</p>"
                          "<div class=\"chart\"><canvas id=\"%3\" role=\"img\" "
                          "aria-label=\"%1\"></canvas></div>%4%5"
                          "<p class=\"none\">%6</p></section>")
        .arg(esc(title), esc(text), QString::fromLatin1(canvas), table, csvLink,
             tr(l, "Ingen besøg i perioden.", "No visits in the period."));
}

} // namespace

QByteArray statistics(Lang l, const StaffSession &s, const QString &siteName,
                      const QList<Service> &services, const StatisticsFilter &f)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), f.from);
    query.addQueryItem(QStringLiteral("to"), f.to);
    if (!f.errand.isEmpty())
        query.addQueryItem(QStringLiteral("errand"), f.errand);
    if (!f.waitTarget.isEmpty())
        query.addQueryItem(QStringLiteral("waitTarget"), f.waitTarget);
    const QString q = query.toString(QUrl::FullyEncoded);
    const auto csv = [&](const char *table, const char *id) {
        return QStringLiteral("<p class=\"csv\"><a id=\"%1\" href=\"/staff/statistics/%2.csv?%3\" "
                              "download>%4</a></p>")
            .arg(QString::fromLatin1(id), QString::fromLatin1(table), esc(q),
                 tr(l, "Hent tabellen som CSV (til regneark)",
                    "Download the table as CSV (for a spreadsheet)"));
    };
    QString options =
        QStringLiteral("<option value=\"\">%1</option>").arg(tr(l, "Alle ærinder", "All errands"));
    for (const Service &svc : services)
        options +=
            QStringLiteral("<option value=\"%1\"%2>%3</option>")
                .arg(esc(svc.id), svc.id == f.errand ? QStringLiteral(" selected") : QString(),
                     esc(serviceName(l, services, svc.id)));
    QString totals;
    for (const char *c : {"bookings", "checkIns", "chanceTickets", "noShows", "waitMedianMinutes",
                          "serviceMedianMinutes"})
        totals += QStringLiteral("<div><dt>%1</dt><dd data-column=\"%2\">–</dd></div>")
                      .arg(esc(columnText(l, c)), QString::fromLatin1(c));
    const QString title = tr(l, "Statistik for bemanding", "Statistics for staffing");
    QString main =
        QStringLiteral("<main class=\"wide stats\"><h1>%1</h1>"
                       "<form id=\"filters\" method=\"get\" action=\"/staff/statistics\" "
                       "class=\"filters\">"
                       "<div><span class=\"label\">%2</span><p class=\"site\" id=\"site\">%3"
                       "</p></div>"
                       "<div><label for=\"errand\">%4</label><select id=\"errand\" "
                       "name=\"errand\">%5</select></div>"
                       "<div><label for=\"from\">%6</label><input type=\"date\" id=\"from\" "
                       "name=\"from\" value=\"%7\" required></div>"
                       "<div><label for=\"to\">%8</label><input type=\"date\" id=\"to\" "
                       "name=\"to\" value=\"%9\" required></div>")
            .arg(esc(title), tr(l, "Sted", "Site"), esc(siteName), tr(l, "Ærinde", "Errand"),
                 options, tr(l, "Fra (besøgsdag)", "From (visit day)"), esc(f.from),
                 tr(l, "Til og med", "To, inclusive"), esc(f.to));
    main += QStringLiteral("<div><label for=\"waitTarget\">%1</label><input type=\"number\" "
                           "id=\"waitTarget\" name=\"waitTarget\" min=\"1\" max=\"240\" "
                           "value=\"%2\" placeholder=\"15\"></div>"
                           "<button type=\"submit\" class=\"primary\" id=\"show\">%3</button>"
                           "</form>"
                           "<p class=\"message\" id=\"status\" role=\"status\" hidden></p>"
                           "<dl class=\"totals\" id=\"totals\">%4</dl>")
                .arg(tr(l, "Mål for ventetid (min)", "Wait target (min)"), esc(f.waitTarget),
                     tr(l, "Vis", "Show"), totals);
    // Weekday x hour as a table of shaded cells rather than a bubble chart: a manager reads
    // the busy hours from the shade at a glance and the exact number in the same cell, "< 5"
    // included, in the layout of a rota.
    main +=
        QStringLiteral("<section class=\"card\"><h2>%1</h2><p class=\"explain\">%2</p>"
                       "<label for=\"heat-figure\">%3</label><select id=\"heat-figure\">"
                       "<option value=\"checkIns\">%4</option><option value=\"chanceTickets\">%5"
                       "</option><option value=\"bookings\">%6</option>"
                       "<option value=\"waitMedianMinutes\">%7</option></select>"
                       "<div class=\"scroll\"><table class=\"heat\" id=\"heatmap\"><thead><tr></tr>"
                       "</thead><tbody></tbody></table></div>%8<p class=\"none\">%9</p></section>")
            .arg(tr(l, "Efterspørgsel: ugedag × time", "Demand: weekday × hour"),
                 tr(l,
                    "Borgere pr. time på ugedagen i hele perioden, efter hvornår de kom "
                    "(en booking, der aldrig kom, efter sin bookede tid). Mørkere felt: "
                    "flere.",
                    "Citizens per hour of the weekday over the whole period, by when they "
                    "came (a booking that never came by its booked time). Darker cell: "
                    "more."),
                 tr(l, "Vis", "Show"), esc(columnText(l, "checkIns")),
                 esc(columnText(l, "chanceTickets")), esc(columnText(l, "bookings")),
                 esc(columnText(l, "waitMedianMinutes")), csv("hours", "csv-hours"),
                 tr(l, "Ingen besøg i perioden.", "No visits in the period."));
    main += chartSection(
        l, tr(l, "Ventetid pr. dag", "Waits per day"),
        tr(l,
           "Fra tjek-ind eller chancebillet til kald, i minutter: medianen og den tid, 90 % "
           "ventede højst.",
           "From check-in or chance ticket to the call, in minutes: the median and the time "
           "90 % waited at most."),
        "chart-waits",
        numbersTable(l, "table-days",
                     {"date", "checkIns", "chanceTickets", "waitMedianMinutes", "waitP90Minutes",
                      "waitOverTargetPercent"}),
        csv("days", "csv-days"));
    main += chartSection(
        l, tr(l, "Udeblevne pr. ærinde", "No-shows per errand"),
        tr(l,
           "Bookede borgere, der ikke kom og ikke afbestilte, i procent af bookingerne for "
           "dage, der er forbi. Et ærinde, hvis andel er skjult i tabellen, har ingen søjle.",
           "Booked citizens who neither came nor cancelled, in percent of the bookings of days "
           "that are over. An errand whose share is hidden in the table has no bar."),
        "chart-no-shows",
        numbersTable(l, "table-no-shows",
                     {"errand", "bookings", "noShows", "noShowPercent", "absentWhenCalled"}),
        csv("errands", "csv-no-shows"));
    main += chartSection(
        l, tr(l, "Betjeningstid pr. ærinde", "Service time per errand"),
        tr(l, "Fra kald til betjent, i minutter: medianen og den tid, 90 % højst tog.",
           "From the call to served, in minutes: the median and the time 90 % took at most."),
        "chart-service",
        numbersTable(l, "table-service",
                     {"errand", "served", "serviceMedianMinutes", "serviceP90Minutes"}),
        csv("errands", "csv-service"));
    // What only the standers know, and the bookings settled before the visit: numbers only,
    // no chart (a manager compares few errands here, and reads the exact count).
    main += QStringLiteral("<section class=\"card\"><h2>%1</h2><p class=\"explain\">%2</p>%3%4"
                           "<p class=\"none\">%5</p></section>")
                .arg(esc(tr(l, "Standeren: selvbetjening og for sent",
                            "The stander: self-service and too late")),
                     esc(tr(l,
                            "Hvor mange standeren viste vejen til selvbetjening (borger.dk), "
                            "hvor mange der printede adressen, og hvor mange der bookede "
                            "alligevel; bookede borgere, standeren afviste som for sent på "
                            "den; bookinger klaret før besøget.",
                            "How many the stander showed the way to self-service (borger.dk), "
                            "how many printed the address and how many booked anyway; booked "
                            "citizens the stander refused as too late; bookings settled "
                            "before the visit.")),
                     numbersTable(l, "table-stander",
                                  {"errand", "selfServiceShown", "selfServiceQrPrinted",
                                   "selfServiceBookedAnyway", "refusedTooLate", "tooLatePercent",
                                   "settledByPhone", "movedToSelfService"}),
                     csv("errands", "csv-stander"),
                     tr(l, "Ingen besøg i perioden.", "No visits in the period."));
    main += QStringLiteral("<p class=\"explain\">%1</p></main>"
                           "<script src=\"/static/chart.js\"></script>"
                           "<script src=\"/static/stats.js\"></script>")
                .arg(esc(
                    tr(l,
                       "Et felt med færre end %1 borgere vises som \"< %1\". Tallene regnes kun ud "
                       "fra anonyme hændelser.",
                       "A cell of fewer than %1 citizens is shown as \"< %1\". The figures are "
                       "computed from anonymous events only.")
                        .arg(f.threshold)));
    return page(l, title, header(l, s, title) + main, QStringLiteral(" class=\"stats\""));
}

QByteArray statisticsStylesheet()
{
    return R"css(body.stats main{max-width:1300px}
.stats .filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));
gap:0 var(--space);align-items:end;background:#fff;padding:0 var(--space) var(--space);
border-radius:var(--radius);margin-bottom:var(--space)}
.stats .filters .label{display:block;font-weight:bold;margin:var(--space) 0 6px}
.stats .filters .site{margin:0;min-height:var(--target);display:flex;align-items:center}
.stats .filters button{margin-top:var(--space)}
.stats .totals{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:8px;
font-size:1rem;margin:0 0 var(--space)}
.stats .totals div{background:#fff;border-radius:var(--radius);padding:8px 12px}
.stats .totals dd{font-size:1.6rem;font-weight:bold}
.stats .card{background:#fff;border-radius:var(--radius);padding:var(--space);
margin-bottom:calc(2*var(--space))}
.stats h2{margin:0 0 8px}
.stats .explain{font-size:.9rem;color:#334155;margin:0 0 var(--space)}
.stats .card label{display:inline-block;margin:0 8px 8px 0}
.stats .card select{width:auto;min-height:44px;padding:4px 8px}
.stats .chart{position:relative;height:320px;margin-bottom:var(--space)}
.stats .scroll{overflow-x:auto}
.stats table{border-collapse:collapse;font-size:.85rem;margin-bottom:8px}
.stats table.numbers{width:100%}
.stats table th,.stats table td{padding:6px 10px;border-bottom:1px solid #cbd5e1;
text-align:right;white-space:nowrap}
.stats table th:first-child,.stats table.numbers thead th{text-align:left}
.stats table.numbers thead th{white-space:normal;vertical-align:bottom}
.stats table.heat td{min-width:2.6em;text-align:center;border:1px solid #fff}
.stats table.heat td.dark{color:#fff}
.stats table.heat td.suppressed,.stats table td.suppressed{color:#475569;font-style:italic}
.stats table.heat td.suppressed{background:repeating-linear-gradient(45deg,#f1f5f9 0 4px,
#e2e8f0 4px 8px)}
.stats .csv{font-size:.9rem;margin:0}
.stats .none{display:none;font-style:italic}
.stats .card.empty .none{display:block}
.stats .card.empty .chart,.stats .card.empty table{display:none}
body.stats[data-state=error] .card,body.stats[data-state=error] .totals{display:none}
)css";
}

QByteArray statisticsScript()
{
    return R"js('use strict';
// The manager's statistics page (/staff/statistics): fetches /staff/statistics.json with the
// filters' values and fills the heat map, the charts (Chart.js, /static/chart.js) and the
// tables of numbers under them. Values are shown as the CSV has them: "< 5" for a suppressed
// cell, one decimal with a decimal comma (Danish) for durations and shares, nothing for
// "nothing to compute from".
(function () {
  var da = document.documentElement.lang !== 'en';
  var form = document.getElementById('filters');
  var status = document.getElementById('status');
  var errandNames = {};
  Array.prototype.forEach.call(document.querySelectorAll('#errand option'), function (o) {
    if (o.value) errandNames[o.value] = o.textContent;
  });
  var weekdays = da ? ['Man', 'Tir', 'Ons', 'Tor', 'Fre', 'Lør', 'Søn']
                    : ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  var charts = {};
  var report = null;

  function derived(column) { return /(Minutes|Percent|Days)$/.test(column); }
  function shown(value, column) {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (!derived(column)) return String(value);
    var text = value.toFixed(1);
    return da ? text.replace('.', ',') : text;
  }
  function numberOrGap(value) { return typeof value === 'number' ? value : null; }
  function say(text) {
    status.textContent = text;
    status.hidden = !text;
  }
  // What the JSON's refusal names, said in the page's language.
  function refusal(detail) {
    var field = detail.split(':')[0];
    if (field === 'from' || field === 'to' || field === 'from, to')
      return da ? 'perioden skal være datoer, "fra" senest "til", højst 366 dage.'
                : 'the period must be dates, "from" on or before "to", at most 366 days.';
    if (field === 'errand')
      return da ? 'ærindet findes ikke på stedet.' : 'the errand does not exist at the site.';
    if (field === 'waitTarget')
      return da ? 'målet for ventetid skal være hele minutter fra 1 til 240.'
                : 'the wait target must be whole minutes from 1 to 240.';
    return detail;
  }
  function keyText(key, value) {
    return key === 'errand' ? (errandNames[value] || value) : value;
  }

  // A table whose head names its columns (th data-column): one body row per row of `rows`.
  function fillTable(table, rows) {
    var heads = table.querySelectorAll('thead th');
    var body = table.querySelector('tbody');
    body.textContent = '';
    rows.forEach(function (row) {
      var tr = document.createElement('tr');
      Array.prototype.forEach.call(heads, function (th, i) {
        var column = th.dataset.column;
        var cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) {
          cell.scope = 'row';
          tr.dataset.key = row[column];
          cell.textContent = keyText(column, row[column]);
        } else {
          cell.textContent = shown(row[column], column);
          cell.dataset.column = column;
          if (typeof row[column] === 'string') cell.className = 'suppressed';
        }
        tr.appendChild(cell);
      });
      body.appendChild(tr);
    });
    table.closest('section').classList.toggle('empty', rows.length === 0);
  }

  function columnLabel(table, column) {
    return table.querySelector('th[data-column="' + column + '"]').textContent;
  }

  function drawChart(id, type, table, labels, rows, columns, colours) {
    if (charts[id]) charts[id].destroy();
    var datasets = columns.map(function (column, i) {
      return {
        label: columnLabel(table, column),
        data: rows.map(function (r) { return numberOrGap(r[column]); }),
        backgroundColor: colours[i],
        borderColor: colours[i],
        borderWidth: 2,
        borderDash: type === 'line' && i > 0 ? [6, 4] : [],
        pointRadius: type === 'line' ? 3 : 0,
        maxBarThickness: 90,
        spanGaps: false
      };
    });
    charts[id] = new Chart(document.getElementById(id), {
      type: type,
      data: {labels: labels, datasets: datasets},
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: {legend: {position: 'bottom', labels: {font: {size: 14}}}},
        scales: {y: {beginAtZero: true, ticks: {font: {size: 14}}},
                 x: {ticks: {font: {size: 13}}}}
      }
    });
  }

  // Weekday x hour as a table of shaded cells: darker is more. A suppressed cell keeps its
  // "< 5" and a light hatch; an hour nobody came is empty.
  function drawHeatMap() {
    var figure = document.getElementById('heat-figure').value;
    var table = document.getElementById('heatmap');
    var byKey = {};
    var hours = [];
    var days = [1, 2, 3, 4, 5];
    report.hours.forEach(function (row) {
      byKey[row.weekday + '-' + row.hour] = row;
      if (hours.indexOf(row.hour) < 0) hours.push(row.hour);
      if (days.indexOf(row.weekday) < 0) days.push(row.weekday);
    });
    hours.sort(function (a, b) { return a - b; });
    days.sort(function (a, b) { return a - b; });
    if (hours.length) {
      var all = [];
      for (var h = hours[0]; h <= hours[hours.length - 1]; ++h) all.push(h);
      hours = all;
    }
    var max = 0;
    report.hours.forEach(function (row) {
      if (typeof row[figure] === 'number') max = Math.max(max, row[figure]);
    });
    var head = table.querySelector('thead tr');
    head.textContent = '';
    var corner = document.createElement('th');
    corner.textContent = da ? 'Ugedag' : 'Weekday';
    head.appendChild(corner);
    hours.forEach(function (h) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = (h < 10 ? '0' : '') + h;
      head.appendChild(th);
    });
    var body = table.querySelector('tbody');
    body.textContent = '';
    days.forEach(function (d) {
      var tr = document.createElement('tr');
      var th = document.createElement('th');
      th.scope = 'row';
      th.textContent = weekdays[d - 1];
      tr.appendChild(th);
      hours.forEach(function (h) {
        var td = document.createElement('td');
        var row = byKey[d + '-' + h];
        var value = row ? row[figure] : null;
        td.textContent = shown(value, figure);
        if (typeof value === 'number' && max > 0) {
          var share = value / max;
          td.style.backgroundColor = 'rgba(11, 83, 148, ' + (0.08 + 0.92 * share).toFixed(3) + ')';
          if (share > 0.55) td.className = 'dark';
        } else if (typeof value === 'string') {
          td.className = 'suppressed';
        }
        td.dataset.key = d + '-' + h;
        td.title = weekdays[d - 1] + ' ' + (h < 10 ? '0' : '') + h + ':00';
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.closest('section').classList.toggle('empty', report.hours.length === 0);
  }

  function draw() {
    Array.prototype.forEach.call(document.querySelectorAll('#totals dd'), function (dd) {
      dd.textContent = shown(report.total[dd.dataset.column], dd.dataset.column) || '–';
    });
    drawHeatMap();
    var days = document.getElementById('table-days');
    fillTable(days, report.days);
    drawChart('chart-waits', 'line', days, report.days.map(function (r) { return r.date; }),
              report.days, ['waitMedianMinutes', 'waitP90Minutes'], ['#0b5394', '#b45309']);
    var errandLabels = report.errands.map(function (r) { return keyText('errand', r.errand); });
    var noShows = document.getElementById('table-no-shows');
    fillTable(noShows, report.errands);
    drawChart('chart-no-shows', 'bar', noShows, errandLabels, report.errands,
              ['noShowPercent'], ['#9c2a00']);
    var service = document.getElementById('table-service');
    fillTable(service, report.errands);
    drawChart('chart-service', 'bar', service, errandLabels, report.errands,
              ['serviceMedianMinutes', 'serviceP90Minutes'], ['#0b5394', '#94a3b8']);
    fillTable(document.getElementById('table-stander'), report.errands);
    document.body.dataset.state = 'ready';
  }

  function load() {
    var query = new URLSearchParams();
    ['from', 'to', 'errand', 'waitTarget'].forEach(function (name) {
      var value = form.elements[name].value;
      if (value) query.set(name, value);
    });
    document.body.dataset.state = 'loading';
    say(da ? 'Henter tallene …' : 'Fetching the figures …');
    fetch('/staff/statistics.json?' + query.toString(), {credentials: 'same-origin'})
      .then(function (r) {
        return r.json().then(function (body) { return {status: r.status, body: body}; });
      })
      .then(function (answer) {
        if (answer.status === 401) {
          say(da ? 'Du er ikke længere logget ind. Log ind igen.'
                 : 'You are no longer logged in. Log in again.');
          document.body.dataset.state = 'error';
          return;
        }
        if (answer.status !== 200) {
          say((da ? 'Filtrene kan ikke bruges: ' : 'The filters cannot be used: ') +
              refusal(String(answer.body.detail || answer.status)));
          document.body.dataset.state = 'error';
          return;
        }
        report = answer.body;
        say('');
        draw();
      })
      .catch(function () {
        say(da ? 'Centralen svarer ikke. Prøv igen om lidt.'
               : 'The central does not answer. Try again soon.');
        document.body.dataset.state = 'error';
      });
  }

  document.getElementById('heat-figure').addEventListener('change', function () {
    if (report) drawHeatMap();
  });
  load();
})();
)js";
}

} // namespace bk::central::pages
