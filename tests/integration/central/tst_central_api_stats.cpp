// TestCentralApi, the statistics (issue 14): a booking made at the stander, checked in late and
// called, seen as one visit in the manager's JSON and CSV with the same suppressed cells; the
// counter role, a kiosk's token and no login refused (the dashboard page too); retention removes
// phone numbers, names and staff's notes and leaves the events and the figures as they were;
// a staff booking counts as channel staff.

#include "tst_central_api.h"

#include "central/wirejson.h"
#include "domain/clock.h"
#include "domain/ticketnumber.h"

#include <sqlite3.h>

using namespace bk;
using namespace bk::testing;

namespace {

constexpr auto kPassword = "korrekt-hest-batteri";

QDateTime local(const QDate &d, int h, int m)
{
    return QDateTime(d, QTime(h, m), siteTimeZone()).toUTC();
}

// A staff account of `role` at site "test", logged in: the cookie to send.
QString staffCookie(CentralFixture &f, const QString &user, const QString &role)
{
    QString token;
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.addStaff(user, u"test"_qs, role, QString::fromLatin1(kPassword), f.clock.now()));
        auto login = s.login(user, QString::fromLatin1(kPassword), f.clock.now());
        QVERIFY(login && login->kind == central::LoginResult::Kind::Ok);
        token = login->sessionToken;
    });
    return u"__Host-bk_staff="_qs + token;
}

// Karen Hansen (+4520304050) books pas at `start` at the stander of kiosk `kiosk`.
HttpReply bookPasAtStander(TestClient &c, const QString &kiosk, const QDateTime &start,
                           const QString &opId)
{
    return c.request("POST", u"/v1/sites/test/bookings"_qs,
                     body({{u"serviceId"_qs, u"pas"_qs},
                           {u"start"_qs, wire(start)},
                           {u"phone"_qs, u"+4520304050"_qs},
                           {u"name"_qs, u"Karen Hansen"_qs},
                           {u"opId"_qs, opId}}),
                     kiosk);
}

// A kiosk's outbox operation: booking `code` (pas) checked in at `at` with ticket B001 of `day`.
QJsonObject checkinOp(const QString &opId, const QString &code, const QDate &day,
                      const QDateTime &at)
{
    return {{u"opId"_qs, opId},
            {u"kind"_qs, u"checkin"_qs},
            {u"payload"_qs,
             QJsonObject{{u"code"_qs, code},
                         {u"site"_qs, u"test"_qs},
                         {u"service"_qs, u"pas"_qs},
                         {u"checkedInAt"_qs, wire(at)},
                         {u"ticket"_qs, QJsonObject{{u"site"_qs, u"test"_qs},
                                                    {u"day"_qs, day.toString(Qt::ISODate)},
                                                    {u"queue"_qs, u"B"_qs},
                                                    {u"number"_qs, 1},
                                                    {u"label"_qs, ticketLabel(u'B', 1)}}}}}};
}

// The CSV's lines without the byte-order mark, split into fields.
QList<QStringList> csvRows(const QByteArray &csv)
{
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(csv.mid(3)).split(u"\r\n"_qs))
        if (!line.isEmpty())
            rows.append(line.split(u';'));
    return rows;
}

// Whether a CSV field shows the same as the JSON value: the same "< N", empty for null, the
// same number with a decimal comma.
bool sameCell(const QJsonValue &json, const QString &csv)
{
    if (json.isString())
        return json.toString() == csv;
    if (json.isNull())
        return csv.isEmpty();
    bool ok = false;
    const double v = QString(csv).replace(u',', u'.').toDouble(&ok);
    return ok && qAbs(v - json.toDouble()) < 1e-9;
}

} // namespace

void TestCentralApi::statisticsForManagers()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QDate day = businessDay(f.clock.now()); // Monday 2 March 2026, 09:00
    const QString kiosk = f.enrol(u"k1"_qs);
    auto c = f.client();

    // A citizen books pas at 10:00 at the stander, checks in at 10:10 (late but accepted),
    // and is called at 10:25.
    HttpReply r = bookPasAtStander(*c, kiosk, local(day, 10, 0), u"stats-b1"_qs);
    QCOMPARE(r.status, 201);
    const QString code = r.json()[u"code"].toString();
    f.clock.set(local(day, 10, 10));
    const QJsonObject checkin = checkinOp(u"stats-c1"_qs, code, day, local(day, 10, 10));
    r = c->request("POST", u"/v1/outbox"_qs, body({{u"ops"_qs, QJsonArray{checkin}}}), kiosk);
    QCOMPARE(r.status, 200);
    f.clock.set(local(day, 10, 25));
    QCOMPARE(c->request("POST", u"/v1/sites/test/counters/1/call-next"_qs, {}, kiosk).status, 200);

    // The events link into one visit, with the slot, the channel and the check-in's class.
    f.withStore([&](central::CentralStore &s) {
        auto events = s.statisticsEvents(u"test"_qs, local(day, 0, 0), local(day.addDays(1), 0, 0));
        QVERIFY(events);
        QCOMPARE(events->size(), 3);
        const QString visit = events->at(0).visit;
        QCOMPARE(visit.size(), 16);
        QVERIFY(!visit.contains(code, Qt::CaseInsensitive));
        for (const central::stats::Event &e : *events)
            QCOMPARE(e.visit, visit);
        QCOMPARE(events->at(0).kind, u"booked"_qs);
        QCOMPARE(events->at(0).channel, u"stander"_qs);
        QCOMPARE(events->at(0).slotMs, local(day, 10, 0).toMSecsSinceEpoch());
        QCOMPARE(events->at(1).kind, u"checked_in"_qs);
        QCOMPARE(events->at(1).checkInClass, u"late"_qs);
        QCOMPARE(events->at(2).kind, u"called"_qs);
        central::stats::Parameters p;
        p.from = p.to = day;
        p.threshold = 1;
        p.now = f.clock.now();
        const central::stats::Report report = central::stats::compute(*events, p);
        QCOMPARE(report.total.bookingsStander, 1);
        QCOMPARE(report.total.late, 1);
        QCOMPARE(report.total.waits, QList<qint64>{15 * 60 * 1000});
        QCOMPARE(report.total.leadTimes, QList<qint64>{3600 * 1000});
    });

    // The manager sees it; one citizen is under the default threshold of 5.
    const QString period = u"?from=%1&to=%1"_qs.arg(day.toString(Qt::ISODate));
    const QString manager = staffCookie(f, u"mette"_qs, u"manager"_qs);
    c->setCookie(manager);
    r = c->request("GET", u"/staff/statistics.json"_qs + period);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"siteId"].toString(), u"test"_qs);
    QCOMPARE(r.json()[u"threshold"].toInt(), 5);
    const QJsonObject total = r.json()[u"total"].toObject();
    QCOMPARE(total[u"bookings"].toString(), u"< 5"_qs);
    QCOMPARE(total[u"checkIns"].toString(), u"< 5"_qs);
    QCOMPARE(total[u"waitMedianMinutes"].toString(), u"< 5"_qs);
    QCOMPARE(total[u"noShows"], QJsonValue(0));
    QVERIFY(total[u"serviceMedianMinutes"].isNull());
    const QJsonArray errands = r.json()[u"errands"].toArray();
    QCOMPARE(errands.size(), 1);
    QCOMPARE(errands[0][u"errand"].toString(), u"pas"_qs);
    const QJsonArray hours = r.json()[u"hours"].toArray();
    QCOMPARE(hours.size(), 1);
    QCOMPARE(hours[0][u"weekday"].toInt(), 1);
    QCOMPARE(hours[0][u"hour"].toInt(), 10); // local time, not 09 UTC
    // No personal detail anywhere in the answer.
    QVERIFY(!r.body.contains("Karen"));
    QVERIFY(!r.body.contains("20304050"));
    QVERIFY(!r.body.contains(code.toUtf8()));

    // The CSV shows the same cells, suppressed the same way.
    HttpReply csv = c->request("GET", u"/staff/statistics/errands.csv"_qs + period);
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.contentType.startsWith("text/csv"));
    QVERIFY(csv.contentDisposition.startsWith("attachment"));
    QVERIFY(csv.body.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = csvRows(csv.body);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].first(), u"errand"_qs);
    QCOMPARE(rows[1].first(), u"pas"_qs);
    const QJsonArray columns = r.json()[u"columns"].toArray();
    QCOMPARE(rows[0].size(), columns.size() + 1);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString name = columns[i].toString();
        QVERIFY2(sameCell(errands[0][name], rows[1][i + 1]),
                 qPrintable(name + u": CSV "_qs + rows[1][i + 1]));
    }
    QCOMPARE(c->request("GET", u"/staff/statistics/hours.csv"_qs + period).status, 200);
    QCOMPARE(c->request("GET", u"/staff/statistics/days.csv"_qs + period).status, 200);

    // The dashboard page: the filters filled from the query, the CSV links with the same
    // period, its script and Chart.js from this server (CSP 'self').
    HttpReply page = c->page("GET", u"/staff/statistics"_qs + period, manager);
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith("text/html"));
    QVERIFY(page.body.contains("<script src=\"/static/chart.js\"></script>"));
    QVERIFY(page.body.contains("<script src=\"/static/stats.js\"></script>"));
    const QByteArray query = "from=" + day.toString(Qt::ISODate).toLatin1() +
                             "&amp;to=" + day.toString(Qt::ISODate).toLatin1();
    for (const char *table : {"errands", "days", "hours"})
        QVERIFY(page.body.contains("/staff/statistics/" + QByteArray(table) + ".csv?" + query));
    QVERIFY(page.body.contains("id=\"nav-statistics\""));
    QVERIFY(!page.body.contains("<script>"));
    // Query values are only shown back, escaped.
    page = c->page("GET", u"/staff/statistics?errand=%3Cb%3E&waitTarget=x"_qs, manager);
    QCOMPARE(page.status, 200);
    QVERIFY(!page.body.contains("<b>"));
    QVERIFY(page.body.contains("errand=%3Cb%3E"));
    HttpReply script = c->page("GET", u"/static/stats.js"_qs, {});
    QCOMPARE(script.status, 200);
    QVERIFY(script.body.contains("/staff/statistics.json?"));
    script = c->page("GET", u"/static/chart.js"_qs, {});
    QCOMPARE(script.status, 200);
    QVERIFY(script.body.contains("Chart.js v3"));

    // Bad input: named, not crashed on.
    r = c->request("GET", u"/staff/statistics.json?from=2026-13-01"_qs);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()[u"error"].toString(), u"bad-field"_qs);
    QVERIFY(r.json()[u"detail"].toString().startsWith(u"from"));
    QCOMPARE(c->request("GET", u"/staff/statistics.json?from=2026-03-05&to=2026-03-01"_qs).status,
             400);
    QCOMPARE(c->request("GET", u"/staff/statistics.json?errand=nope"_qs).status, 400);
    QCOMPARE(c->request("GET", u"/staff/statistics.json?waitTarget=0"_qs).status, 400);
    QCOMPARE(c->request("GET", u"/staff/statistics/days.csv?to=yesterday"_qs).status, 400);
    QCOMPARE(c->request("GET", u"/staff/statistics/phones.csv"_qs).status, 404);

    // A kiosk's token is refused, with or without a manager's cookie beside it.
    r = c->request("GET", u"/staff/statistics.json"_qs, {}, kiosk);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json()[u"error"].toString(), u"session-required"_qs);
    QCOMPARE(c->request("GET", u"/staff/statistics/errands.csv"_qs, {}, kiosk).status, 403);
    QCOMPARE(c->request("GET", u"/staff/statistics"_qs, {}, kiosk).status, 403);
    c->setCookie({});
    QCOMPARE(c->request("GET", u"/staff/statistics"_qs, {}, kiosk).status, 403);
    QCOMPARE(c->page("GET", u"/staff/statistics"_qs, {}).status, 303);
    QCOMPARE(c->request("GET", u"/staff/statistics.json"_qs, {}, kiosk).status, 403);
    // No login.
    QCOMPARE(c->request("GET", u"/staff/statistics.json"_qs).status, 401);
    QCOMPARE(c->request("GET", u"/staff/statistics/errands.csv"_qs).status, 401);
    // The counter role is refused.
    c->setCookie(staffCookie(f, u"kurt"_qs, u"counter"_qs));
    r = c->request("GET", u"/staff/statistics.json"_qs);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json()[u"error"].toString(), u"forbidden"_qs);
    QCOMPARE(c->request("GET", u"/staff/statistics/errands.csv"_qs).status, 403);
    QCOMPARE(
        c->page("GET", u"/staff/statistics"_qs, staffCookie(f, u"kim"_qs, u"counter"_qs)).status,
        403);
    VERIFY_SPEC(f);
}

void TestCentralApi::retentionKeepsEventsAndFigures()
{
    CentralFixture f;
    START_OR_FAIL(f, [](central::Config &c) { c.retentionDays = 30; });
    const QDateTime now = f.clock.now();
    const QDate today = businessDay(now);
    const QDate old = today.addDays(-40);
    // One booking made on the web 40 days ago for that day, one for tomorrow; both with phone
    // number and name.
    QString staffOld, staffNew;
    f.withStore([&](central::CentralStore &s) {
        Booking b;
        b.code = u"K7M3QX9S"_qs;
        b.siteId = u"test"_qs;
        b.serviceId = u"pas"_qs;
        b.start = local(old, 10, 0);
        b.phone = u"+4520304050"_qs;
        b.name = u"Karen Hansen"_qs;
        QVERIFY(s.putBooking(b, local(old.addDays(-7), 12, 0)));
        b.code = u"C8T5HQ6H"_qs;
        b.start = local(today.addDays(1), 10, 0);
        b.phone = u"+4560708090"_qs;
        b.name = u"Ole Jensen"_qs;
        QVERIFY(s.putBooking(b, now));
        // Two booked by staff on the phone with a note: one 40 days ago (booked a week
        // before), one for tomorrow.
        auto times = s.freeSlots(u"test"_qs, u"pas"_qs, old, local(old.addDays(-7), 12, 0), 1);
        QVERIFY(times && !times->isEmpty());
        const QDateTime oldSlot = *central::dateTimeFromWire((*times)[0][u"start"].toString());
        QCOMPARE(businessDay(oldSlot), old);
        auto made =
            s.staffBooking(u"test"_qs, {u"pas"_qs, oldSlot, u"+4511112222"_qs, u"Gammel note"_qs},
                           local(old.addDays(-7), 12, 0));
        QVERIFY(made);
        staffOld = made->code;
        times = s.freeSlots(u"test"_qs, u"pas"_qs, today.addDays(1), now, 1);
        QVERIFY(times && !times->isEmpty());
        made = s.staffBooking(u"test"_qs,
                              {u"pas"_qs,
                               *central::dateTimeFromWire((*times)[0][u"start"].toString()),
                               {},
                               u"Ny note"_qs},
                              now);
        QVERIFY(made);
        staffNew = made->code;
    });
    auto c = f.client();
    c->setCookie(staffCookie(f, u"mette"_qs, u"manager"_qs));
    const QString period =
        u"?from=%1&to=%2"_qs.arg(old.toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate));
    const HttpReply before = c->request("GET", u"/staff/statistics.json"_qs + period);
    QCOMPARE(before.status, 200);
    const HttpReply csvBefore = c->request("GET", u"/staff/statistics/days.csv"_qs + period);
    qsizetype eventsBefore = 0;
    f.withStore([&](central::CentralStore &s) {
        eventsBefore = s.statisticsEvents(u"test"_qs, local(old, 0, 0), now.addDays(2))->size();
        auto swept = s.sweepPersonalData(now);
        QVERIFY(swept);
        QCOMPARE(*swept, 2);
        QCOMPARE(*s.sweepPersonalData(now), 0); // nothing left to remove
        QCOMPARE(s.statisticsEvents(u"test"_qs, local(old, 0, 0), now.addDays(2))->size(),
                 eventsBefore);
    });
    QCOMPARE(eventsBefore, qsizetype(4));

    // The old booking's phone number and name are gone; tomorrow's are kept.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(f.dir.filePath(u"central.db"_qs).toUtf8().constData(), &db,
                             SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    sqlite3_stmt *q = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT code, phone, name, notes FROM bookings ORDER BY code",
                                -1, &q, nullptr),
             SQLITE_OK);
    QStringList rows;
    while (sqlite3_step(q) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < 4; ++i) {
            const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(q, i));
            row.append(t ? QString::fromUtf8(t) : u"NULL"_qs);
        }
        rows.append(row.join(u'|'));
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    QStringList expected{u"C8T5HQ6H|+4560708090|Ole Jensen|NULL"_qs, u"K7M3QX9S|NULL|NULL|NULL"_qs,
                         staffOld + u"|NULL|NULL|NULL"_qs, staffNew + u"|NULL|NULL|Ny note"_qs};
    expected.sort();
    QCOMPARE(rows, expected);

    // The figures are the same as before the sweep, in the JSON and the CSV.
    const HttpReply after = c->request("GET", u"/staff/statistics.json"_qs + period);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json(), before.json());
    QCOMPARE(c->request("GET", u"/staff/statistics/days.csv"_qs + period).body, csvBefore.body);
    QCOMPARE(before.json()[u"total"][u"bookings"].toString(), u"< 5"_qs);
    VERIFY_SPEC(f);
}

// A booking staff make for a citizen on the phone (/staff/book) counts in bookingsStaff, one
// made at the stander in bookingsStander (STATISTICS.md, "Channel").
void TestCentralApi::staffBookingsCountAsStaff()
{
    CentralFixture f;
    START_OR_FAIL(f, [](central::Config &c) { c.statisticsThreshold = 1; });
    const QDate day = businessDay(f.clock.now()); // Monday 2 March 2026, 09:00
    const QString kiosk = f.enrol(u"k1"_qs);
    auto c = f.client();
    QCOMPARE(bookPasAtStander(*c, kiosk, local(day, 10, 0), u"staff-b1"_qs).status, 201);
    f.withStore([&](central::CentralStore &s) {
        auto made = s.staffBooking(
            u"test"_qs,
            {u"pas"_qs, local(day, 10, 15), u"+4512345678"_qs, u"Har kopi af det gamle pas"_qs},
            f.clock.now());
        QVERIFY(made);
        auto events = s.statisticsEvents(u"test"_qs, local(day, 0, 0), local(day.addDays(1), 0, 0));
        QVERIFY(events);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(1).channel, u"staff"_qs);
    });
    c->setCookie(staffCookie(f, u"mette"_qs, u"manager"_qs));
    const HttpReply r = c->request(
        "GET", u"/staff/statistics.json?from=%1&to=%1"_qs.arg(day.toString(Qt::ISODate)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"total"][u"bookings"].toInt(), 2);
    QCOMPARE(r.json()[u"total"][u"bookingsStander"].toInt(), 1);
    QCOMPARE(r.json()[u"total"][u"bookingsWeb"].toInt(), 0);
    QCOMPARE(r.json()[u"total"][u"bookingsStaff"].toInt(), 1);
    VERIFY_SPEC(f);
}

// The roll-up of a day that is over follows an event that arrives late: a kiosk that was
// offline sends yesterday's check-in today, and yesterday's no-show becomes a check-in.
void TestCentralApi::statisticsRollUpFollowsLateEvents()
{
    CentralFixture f;
    START_OR_FAIL(f, [](central::Config &c) { c.statisticsThreshold = 1; });
    const QDate day = businessDay(f.clock.now()); // Monday 2 March 2026, 09:00
    const QString kiosk = f.enrol(u"k1"_qs);
    auto c = f.client();
    HttpReply r = bookPasAtStander(*c, kiosk, local(day, 10, 0), u"rollup-b1"_qs);
    QCOMPARE(r.status, 201);
    const QString code = r.json()[u"code"].toString();

    // The next morning the manager looks at yesterday: one no-show; the day is rolled up.
    f.clock.set(local(day.addDays(1), 9, 0));
    const QString manager = staffCookie(f, u"mette"_qs, u"manager"_qs);
    const QString period =
        u"/staff/statistics.json?from=%1&to=%1"_qs.arg(day.toString(Qt::ISODate));
    c->setCookie(manager);
    r = c->request("GET", period);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"total"][u"noShows"].toInt(), 1);
    QCOMPARE(r.json()[u"total"][u"checkIns"].toInt(), 0);
    const auto rolledUpDays = [&] {
        qint64 n = -1;
        f.withStore([&](central::CentralStore &) {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(f.dir.filePath(u"central.db"_qs).toUtf8().constData(), &db,
                            SQLITE_OPEN_READONLY, nullptr);
            sqlite3_stmt *q = nullptr;
            sqlite3_prepare_v2(db, "SELECT count(*) FROM stats_days WHERE day = ?1", -1, &q,
                               nullptr);
            const QByteArray d = day.toString(Qt::ISODate).toLatin1();
            sqlite3_bind_text(q, 1, d.constData(), int(d.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(q) == SQLITE_ROW)
                n = sqlite3_column_int64(q, 0);
            sqlite3_finalize(q);
            sqlite3_close(db);
        });
        return n;
    };
    QCOMPARE(rolledUpDays(), 1);

    // The kiosk, offline yesterday, sends the check-in it made at 10:05.
    c->setCookie({});
    const QJsonObject checkin = checkinOp(u"rollup-c1"_qs, code, day, local(day, 10, 5));
    r = c->request("POST", u"/v1/outbox"_qs, body({{u"ops"_qs, QJsonArray{checkin}}}), kiosk);
    QCOMPARE(r.status, 200);
    QCOMPARE(rolledUpDays(), 0); // forgotten, to be made again

    c->setCookie(manager);
    r = c->request("GET", period);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"total"][u"checkIns"].toInt(), 1);
    QCOMPARE(r.json()[u"total"][u"noShows"].toInt(), 0);
    QCOMPARE(rolledUpDays(), 1);
    VERIFY_SPEC(f);
}

// Issue 14: what only the stander knows arrives as outbox operations of kind "event": a check-in
// refused as too late joins its booking's visit (found by the code, which no event keeps) and
// makes it no no-show; the self-service pointer's events are visits of their own. Bad ones are
// rejected with their reason, each once. Issue 13 item 3: a settled booking reaches the kiosks
// as cancelled with why.
void TestCentralApi::standerEventsReachTheStatistics()
{
    CentralFixture f;
    START_OR_FAIL(f);
    const QDate day = businessDay(f.clock.now()); // Monday 2 March 2026, 09:00
    const QString kiosk = f.enrol(u"k1"_qs);
    auto c = f.client();
    HttpReply r = bookPasAtStander(*c, kiosk, local(day, 10, 0), u"ev-b1"_qs);
    QCOMPARE(r.status, 201);
    const QString code = r.json()[u"code"].toString();

    const auto event = [](const QString &opId, const QString &name, const QString &service,
                          const QDateTime &at, const QString &bookingCode = {}) {
        QJsonObject payload{{u"event"_qs, name}, {u"service"_qs, service}, {u"at"_qs, wire(at)}};
        if (!bookingCode.isEmpty())
            payload.insert(u"code"_qs, bookingCode);
        return QJsonObject{{u"opId"_qs, opId}, {u"kind"_qs, u"event"_qs}, {u"payload"_qs, payload}};
    };
    const QJsonArray ops{
        event(u"ev-1"_qs, u"checkin_refused_too_late"_qs, u"pas"_qs, local(day, 10, 40), code),
        event(u"ev-2"_qs, u"self_service_shown"_qs, u"pas"_qs, local(day, 9, 30)),
        event(u"ev-3"_qs, u"self_service_qr_printed"_qs, u"pas"_qs, local(day, 9, 31)),
        event(u"ev-4"_qs, u"self_service_booked_anyway"_qs, u"pas"_qs, local(day, 9, 35)),
        event(u"ev-5"_qs, u"checkin_refused_early"_qs, u"pas"_qs, local(day, 9, 0)),
        event(u"ev-6"_qs, u"self_service_shown"_qs, u"pas"_qs, local(day, 9, 0), code),
        event(u"ev-7"_qs, u"self_service_shown"_qs, u"no-such-errand"_qs, local(day, 9, 0)),
        event(u"ev-8"_qs, u"checkin_refused_too_late"_qs, u"pas"_qs, local(day, 9, 0),
              u"ZZZZZZZZ"_qs),
        event(u"ev-9"_qs, u"checkin_refused_too_late"_qs, u"pas"_qs, local(day, 9, 0))};
    f.clock.set(local(day, 10, 41));
    r = c->request("POST", u"/v1/outbox"_qs, body({{u"ops"_qs, ops}}), kiosk);
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json()[u"results"].toArray();
    QCOMPARE(results.size(), ops.size());
    const auto answer = [&](int i) { return results[i][u"answer"].toObject(); };
    for (int i = 0; i < 4; ++i)
        QCOMPARE(answer(i)[u"status"].toString(), u"applied"_qs);
    const char *expected[] = {"bad-field", "bad-field", "bad-field", "unknown-booking",
                              "missing-field"};
    for (int i = 4; i < ops.size(); ++i) {
        QCOMPARE(answer(i)[u"status"].toString(), u"rejected"_qs);
        QCOMPARE(answer(i)[u"error"].toString(), QString::fromLatin1(expected[i - 4]));
    }
    // Sent again (the kiosk did not hear the answer): replayed, nothing recorded twice.
    r = c->request("POST", u"/v1/outbox"_qs, body({{u"ops"_qs, QJsonArray{ops[0], ops[1]}}}),
                   kiosk);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json()[u"results"][0][u"replayed"].toBool());

    f.withStore([&](central::CentralStore &s) {
        auto events = s.statisticsEvents(u"test"_qs, local(day, 0, 0), local(day.addDays(1), 0, 0));
        QVERIFY(events);
        QCOMPARE(events->size(), 5); // booked, refused, and the pointer's three
        QString bookingVisit;
        QStringList pointerVisits;
        for (const central::stats::Event &e : *events) {
            QCOMPARE(e.visit.size(), 16);
            QVERIFY(!e.visit.contains(code, Qt::CaseInsensitive));
            if (e.kind == u"booked")
                bookingVisit = e.visit;
            else if (e.kind.startsWith(u"self_service_"))
                pointerVisits.append(e.visit);
        }
        const auto refused = std::find_if(events->begin(), events->end(), [](const auto &e) {
            return e.kind == u"checkin_refused_too_late";
        });
        QVERIFY(refused != events->end());
        QCOMPARE(refused->visit, bookingVisit);
        QCOMPARE(refused->slotMs, local(day, 10, 0).toMSecsSinceEpoch());
        QCOMPARE(refused->atMs, local(day, 10, 40).toMSecsSinceEpoch());
        QCOMPARE(pointerVisits.size(), 3);
        QVERIFY(!pointerVisits.contains(bookingVisit));
        QCOMPARE(QSet<QString>(pointerVisits.begin(), pointerVisits.end()).size(), 3);
    });
    // No event row holds the booking's code, in any column.
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(f.dir.filePath(u"central.db"_qs).toUtf8().constData(), &db,
                                 SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                                    "SELECT count(*) FROM events WHERE instr(coalesce(queue, '') "
                                    "|| coalesce(service, '') || coalesce(ticket, '') || "
                                    "coalesce(counter, '') || coalesce(visit, ''), ?1) > 0",
                                    -1, &st, nullptr),
                 SQLITE_OK);
        const QByteArray c8 = code.toUtf8();
        sqlite3_bind_text(st, 1, c8.constData(), int(c8.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(st, 0), 0);
        sqlite3_finalize(st);
        sqlite3_close(db);
    }

    // The figures, the next day: refused too late, so not a no-show; the pointer per errand.
    f.clock.set(local(day.addDays(1), 9, 0));
    f.withStore([&](central::CentralStore &s) {
        auto events = s.statisticsEvents(u"test"_qs, local(day, 0, 0), local(day.addDays(1), 0, 0));
        QVERIFY(events);
        central::stats::Parameters p;
        p.from = p.to = day;
        p.threshold = 1;
        p.now = f.clock.now();
        const central::stats::Cell t = central::stats::compute(*events, p).total;
        QCOMPARE(t.checkIns, 1);
        QCOMPARE(t.tooLate, 1);
        QCOMPARE(t.refusedTooLate, 1);
        QCOMPARE(t.bookingsDue, 1);
        QCOMPARE(t.noShows, 0);
        QCOMPARE(t.selfServiceShown, 1);
        QCOMPARE(t.selfServiceQrPrinted, 1);
        QCOMPARE(t.selfServiceBookedAnyway, 1);
    });
    // The manager's JSON carries the new columns (one citizen each: under the threshold).
    const QString manager = staffCookie(f, u"mette"_qs, u"manager"_qs);
    c->setCookie(manager);
    r = c->request("GET",
                   u"/staff/statistics.json?from=%1&to=%1"_qs.arg(day.toString(Qt::ISODate)));
    QCOMPARE(r.status, 200);
    const QJsonObject total = r.json()[u"total"].toObject();
    QCOMPARE(total[u"noShows"], QJsonValue(0));
    for (const char *column : {"refusedTooLate", "tooLatePercent", "selfServiceShown",
                               "selfServiceQrPrinted", "selfServiceBookedAnyway"})
        QCOMPARE(total[QLatin1String(column)].toString(), u"< 5"_qs);
    QVERIFY(!r.body.contains(code.toUtf8()));
    c->setCookie({});

    // Settled by phone (the same day, back in the morning: a snapshot holds today's bookings
    // on): the kiosks read it as cancelled, with why.
    f.clock.set(local(day, 9, 30));
    f.withStore([&](central::CentralStore &s) {
        QVERIFY(s.settleBooking(u"test"_qs, code, BookingStatus::SettledByPhone, f.clock.now()));
    });
    r = c->request("GET", u"/v1/sites/test/snapshot"_qs, {}, kiosk);
    QCOMPARE(r.status, 200);
    bool found = false;
    for (const QJsonValue &b : r.json()[u"bookings"].toArray())
        if (b[u"code"].toString() == code) {
            found = true;
            QCOMPARE(b[u"status"].toString(), u"cancelled"_qs);
            QCOMPARE(b[u"settled"].toString(), u"by-phone"_qs);
        }
    QVERIFY(found);
}
