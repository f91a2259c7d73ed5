// CentralStore: staff accounts and sessions, the counter's actions on a called ticket, lobby
// display links and the site's notice, and the event log (issue 13).

#include "central/centralstore.h"

#include "central/passwordhash.h"
#include "central/tokens.h"
#include "central/wirejson.h"
#include "domain/clock.h"
#include "domain/ticketnumber.h"
#include "platform/sqlrows.h"

#include <QRegularExpression>

namespace bk::central {

namespace {

Refusal nothingCalled(const QString &counter)
{
    return refused(
        409, "no-called-ticket",
        QStringLiteral("counter %1 has no called ticket: call the next one first").arg(counter));
}

bool validUsername(const QString &u)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    return re.match(u).hasMatch();
}

// A stored hash of a password nobody has: an unknown user's login costs as much time as a
// real one, so the answer's timing does not tell which usernames exist.
const QString &decoyHash()
{
    static const QString h = hashPassword(QStringLiteral("decoy-password-never-valid"));
    return h;
}

// String literals only: Database::prepare() caches statements by the SQL text's address.
#define BK_ACCOUNT_COLUMNS "username, site, role, disabled, failures, locked_until_ms, created_ms"

StaffAccount readAccount(const sql::Statement &s)
{
    StaffAccount a;
    a.username = s.text(0);
    a.site = s.text(1);
    a.role = s.text(2);
    a.disabled = s.int32(3) != 0;
    a.failures = s.int32(4);
    if (!s.isNull(5))
        a.lockedUntil = sql::fromMs(s.int64(5));
    a.created = sql::fromMs(s.int64(6));
    return a;
}

} // namespace

Status CentralStore::recordEvent(const SiteId &site, const char *kind, const QString &queue,
                                 const QString &service, const QString &ticket,
                                 const QString &counter, const QDateTime &atUtc,
                                 const EventLinks &links)
{
    sql::Statement s = m_db.prepare(
        "INSERT INTO events(at_ms, site, kind, queue, service, ticket, counter, visit, slot_ms, "
        "channel, checkin_class) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)");
    s.bind(1, sql::toMs(atUtc))
        .bind(2, site)
        .bind(3, kind)
        .bindOptional(4, queue)
        .bindOptional(5, service)
        .bindOptional(6, ticket)
        .bindOptional(7, counter)
        .bindOptional(8, links.visit)
        .bindOptional(9, links.slot)
        .bindOptional(10, links.channel)
        .bindOptional(11, links.checkInClass);
    if (Status e = s.run(); !e)
        return e;
    // A late event (an offline kiosk's check-in of yesterday) changes a day the statistics'
    // roll-up may hold.
    return forgetStatisticsDays(site, links.visit, sql::toMs(atUtc),
                                links.slot.isValid() ? std::optional(sql::toMs(links.slot))
                                                     : std::nullopt);
}

Outcome<StaffAccount> CentralStore::addStaff(const QString &username, const SiteId &site,
                                             const QString &role, const QString &password,
                                             const QDateTime &nowUtc)
{
    if (!validUsername(username))
        return badRequest(QStringLiteral("bad-field"),
                          QStringLiteral("username: 1 to 64 of a-z, 0-9, '.', '_', '-'"));
    if (!kStaffRoles.contains(role))
        return badRequest(QStringLiteral("bad-field"),
                          QStringLiteral("role: one of %1").arg(kStaffRoles.join(u", ")));
    if (const QString why = validatePassword(password); !why.isEmpty())
        return badRequest(QStringLiteral("bad-field"), QStringLiteral("password: ") + why);
    if (!hasSite(site))
        return refused(404, "not-found", QStringLiteral("site '%1' does not exist").arg(site));
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return serverError(QStringLiteral("OpenSSL could not hash the password"));
    sql::Statement s = m_db.prepare("INSERT OR IGNORE INTO staff_accounts(username, site, role, "
                                    "password, created_ms) VALUES (?1,?2,?3,?4,?5)");
    s.bind(1, username).bind(2, site).bind(3, role).bind(4, hash).bind(5, sql::toMs(nowUtc));
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    if (m_db.changes() == 0)
        return refused(409, "staff-exists",
                       QStringLiteral("username %1 is taken: change it with passwd, role or "
                                      "disable")
                           .arg(username));
    StaffAccount a;
    a.username = username;
    a.site = site;
    a.role = role;
    a.created = nowUtc;
    return a;
}

Outcome<StaffAccount> CentralStore::updateStaff(const QString &username,
                                                const std::optional<QString> &password,
                                                const std::optional<QString> &role,
                                                const std::optional<bool> &disabled,
                                                const QDateTime &nowUtc)
{
    Q_UNUSED(nowUtc)
    if (role && !kStaffRoles.contains(*role))
        return badRequest(QStringLiteral("bad-field"),
                          QStringLiteral("role: one of %1").arg(kStaffRoles.join(u", ")));
    QString hash;
    if (password) {
        if (const QString why = validatePassword(*password); !why.isEmpty())
            return badRequest(QStringLiteral("bad-field"), QStringLiteral("password: ") + why);
        hash = hashPassword(*password);
        if (hash.isEmpty())
            return serverError(QStringLiteral("OpenSSL could not hash the password"));
    }
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    sql::Statement find =
        m_db.prepare("SELECT " BK_ACCOUNT_COLUMNS " FROM staff_accounts WHERE username = ?1");
    find.bind(1, username);
    if (!find.next()) {
        if (Status e = find.status(); !e)
            return serverError(e.storeError());
        return refused(404, "not-found", QStringLiteral("no staff account %1").arg(username));
    }
    StaffAccount a = readAccount(find);
    if (password) {
        sql::Statement up = m_db.prepare("UPDATE staff_accounts SET password = ?2, failures = 0, "
                                         "locked_until_ms = NULL WHERE username = ?1");
        up.bind(1, username).bind(2, hash);
        if (Status e = up.run(); !e)
            return serverError(e.storeError());
        a.failures = 0;
        a.lockedUntil = {};
    }
    if (role) {
        sql::Statement up = m_db.prepare("UPDATE staff_accounts SET role = ?2 WHERE username = ?1");
        up.bind(1, username).bind(2, *role);
        if (Status e = up.run(); !e)
            return serverError(e.storeError());
        a.role = *role;
    }
    if (disabled) {
        sql::Statement up =
            m_db.prepare("UPDATE staff_accounts SET disabled = ?2 WHERE username = ?1");
        up.bind(1, username).bind(2, *disabled ? 1 : 0);
        if (Status e = up.run(); !e)
            return serverError(e.storeError());
        a.disabled = *disabled;
    }
    // Whoever was logged in with the old password or role logs in again.
    if (password || role || (disabled && *disabled)) {
        sql::Statement end = m_db.prepare("DELETE FROM staff_sessions WHERE username = ?1");
        end.bind(1, username);
        if (Status e = end.run(); !e)
            return serverError(e.storeError());
    }
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return a;
}

Outcome<QList<StaffAccount>> CentralStore::staffAccounts(const SiteId &site)
{
    sql::Statement s = m_db.prepare("SELECT " BK_ACCOUNT_COLUMNS " FROM staff_accounts "
                                    "WHERE ?1 = '' OR site = ?1 ORDER BY username");
    s.bind(1, site);
    QList<StaffAccount> out;
    while (s.next())
        out.append(readAccount(s));
    if (Status e = s.status(); !e)
        return serverError(e.storeError());
    return out;
}

Outcome<LoginResult> CentralStore::login(const QString &username, const QString &password,
                                         const QDateTime &nowUtc)
{
    auto check = beginLogin(username, nowUtc);
    if (!check)
        return check.refusal();
    if (check->locked)
        return LoginResult{LoginResult::Kind::Locked, {}, check->lockedUntil};
    return finishLogin(username, check->storedHash, verifyPassword(password, check->storedHash),
                       nowUtc);
}

Outcome<LoginCheck> CentralStore::beginLogin(const QString &username, const QDateTime &nowUtc)
{
    sql::Statement s =
        m_db.prepare("SELECT password, locked_until_ms FROM staff_accounts WHERE username = ?1");
    s.bind(1, username);
    if (!s.next()) {
        if (Status e = s.status(); !e)
            return serverError(e.storeError());
        return LoginCheck{false, {}, decoyHash()};
    }
    const QDateTime lockedUntil = s.isNull(1) ? QDateTime() : sql::fromMs(s.int64(1));
    if (lockedUntil.isValid() && nowUtc < lockedUntil &&
        nowUtc.secsTo(lockedUntil) <= kStaffLockSeconds)
        return LoginCheck{true, lockedUntil, {}};
    return LoginCheck{false, {}, s.text(0)};
}

Outcome<LoginResult> CentralStore::finishLogin(const QString &username, const QString &checkedHash,
                                               bool passwordRight, const QDateTime &nowUtc)
{
    // Read again: other attempts at the same account may have finished while this password
    // was being checked (StaffWeb checks them on a worker thread).
    LoginResult result;
    sql::Statement s = m_db.prepare("SELECT disabled, failures, locked_until_ms, password FROM "
                                    "staff_accounts WHERE username = ?1");
    s.bind(1, username);
    if (!s.next()) {
        if (Status e = s.status(); !e)
            return serverError(e.storeError());
        return result; // an unknown account is a wrong password
    }
    const bool disabled = s.int32(0) != 0;
    const int failures = s.int32(1);
    const QDateTime lockedUntil = s.isNull(2) ? QDateTime() : sql::fromMs(s.int64(2));
    // A password changed meanwhile: the check was against the old one.
    if (s.text(3) != checkedHash)
        passwordRight = false;
    // Locked meanwhile: even the right password waits, and a wrong one neither counts nor
    // moves the lock's end.
    if (lockedUntil.isValid() && nowUtc < lockedUntil &&
        nowUtc.secsTo(lockedUntil) <= kStaffLockSeconds) {
        result.kind = LoginResult::Kind::Locked;
        result.lockedUntil = lockedUntil;
        return result;
    }
    if (passwordRight && !disabled) {
        const QString token = newToken();
        sql::Transaction tx(m_db);
        if (!tx.status())
            return serverError(tx.status().storeError());
        sql::Statement reset = m_db.prepare("UPDATE staff_accounts SET failures = 0, "
                                            "locked_until_ms = NULL WHERE username = ?1");
        reset.bind(1, username);
        // Sessions past their absolute age are swept here, at the rare moment of a login.
        sql::Statement sweep = m_db.prepare("DELETE FROM staff_sessions WHERE created_ms < ?1");
        sweep.bind(1, sql::toMs(nowUtc) - qint64(kSessionMaxSeconds) * 1000);
        sql::Statement ins = m_db.prepare("INSERT INTO staff_sessions(token_hash, username, csrf, "
                                          "created_ms, seen_ms) VALUES (?1,?2,?3,?4,?4)");
        ins.bind(1, tokenHash(token)).bind(2, username).bind(3, newToken());
        ins.bind(4, sql::toMs(nowUtc));
        for (sql::Statement *st : {&reset, &sweep, &ins})
            if (Status e = st->run(); !e)
                return serverError(e.storeError());
        if (Status e = tx.commit(); !e)
            return serverError(e.storeError());
        result.kind = LoginResult::Kind::Ok;
        result.sessionToken = token;
        return result;
    }
    // A disabled account is answered as a wrong password, and counts like one.
    const int now = failures + 1;
    sql::Statement up = m_db.prepare("UPDATE staff_accounts SET failures = ?2, "
                                     "locked_until_ms = ?3 WHERE username = ?1");
    up.bind(1, username);
    if (now >= kStaffMaxFailures) {
        result.kind = LoginResult::Kind::Locked;
        result.lockedUntil = nowUtc.addSecs(kStaffLockSeconds);
        up.bind(2, 0).bind(3, sql::toMs(result.lockedUntil));
    } else {
        up.bind(2, now).bindNull(3);
    }
    if (Status e = up.run(); !e)
        return serverError(e.storeError());
    return result;
}

Result<StaffSession> CentralStore::staffSession(const QString &token, const QDateTime &nowUtc)
{
    const auto unknown = [] { return notFound(QStringLiteral("no such session")); };
    if (token.isEmpty() || token.size() > 256)
        return unknown();
    const qint64 now = sql::toMs(nowUtc);
    sql::Statement s = m_db.prepare(
        "SELECT a.username, a.site, a.role, s.csrf, s.counter FROM staff_sessions s "
        "JOIN staff_accounts a ON a.username = s.username WHERE s.token_hash = ?1 AND "
        "a.disabled = 0 AND s.seen_ms >= ?2 AND s.created_ms >= ?3 AND s.created_ms <= ?4");
    s.bind(1, tokenHash(token))
        .bind(2, now - qint64(kSessionIdleSeconds) * 1000)
        .bind(3, now - qint64(kSessionMaxSeconds) * 1000)
        .bind(4, now);
    if (!s.next()) {
        if (Status e = s.status(); !e)
            return e.storeError();
        return unknown();
    }
    StaffSession session{s.text(0), s.text(1), s.text(2), s.text(3),
                         s.isNull(4) ? QString() : s.text(4)};
    sql::Statement seen =
        m_db.prepare("UPDATE staff_sessions SET seen_ms = ?2 WHERE token_hash = ?1");
    seen.bind(1, tokenHash(token)).bind(2, now);
    if (Status e = seen.run(); !e)
        return e.storeError();
    return session;
}

Outcome<Done> CentralStore::endSession(const QString &token)
{
    sql::Statement s = m_db.prepare("DELETE FROM staff_sessions WHERE token_hash = ?1");
    s.bind(1, tokenHash(token));
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    return Done{};
}

Outcome<Done> CentralStore::setSessionCounter(const QString &token, const QString &counter)
{
    sql::Statement s = m_db.prepare("UPDATE staff_sessions SET counter = ?2 WHERE token_hash = ?1");
    s.bind(1, tokenHash(token)).bind(2, counter);
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    return Done{};
}

Outcome<QList<Service>> CentralStore::services(const SiteId &site)
{
    Result<SiteDefinition> d = loadSite(site);
    if (!d)
        return refusalFor(d.storeError(), refused(404, "not-found", d.storeError().message));
    return d->services;
}

Outcome<QStringList> CentralStore::counters(const SiteId &site)
{
    auto svc = services(site);
    if (!svc)
        return svc.refusal();
    int n = 0;
    for (const Service &s : *svc)
        n += qMax(0, s.counters);
    QStringList out;
    for (int i = 1; i <= qMax(1, n); ++i)
        out.append(QString::number(i));
    return out;
}

Outcome<std::optional<CounterTicket>>
CentralStore::currentTicket(const SiteId &site, const QString &counter, const QDateTime &nowUtc)
{
    sql::Statement s =
        m_db.prepare("SELECT t.label, t.queue, t.kind, t.service, t.booking_start_ms, "
                     "t.called_ms, t.visit, b.notes FROM tickets t "
                     "LEFT JOIN bookings b ON b.code = t.booking_code AND b.site = t.site "
                     "WHERE t.site = ?1 AND t.day = ?2 AND t.counter = ?3 AND "
                     "t.state = 'called' ORDER BY t.called_ms DESC LIMIT 1");
    s.bind(1, site).bind(2, businessDay(nowUtc).toString(Qt::ISODate)).bind(3, counter);
    if (!s.next()) {
        if (Status e = s.status(); !e)
            return serverError(e.storeError());
        return std::optional<CounterTicket>();
    }
    CounterTicket t;
    t.label = s.text(0);
    t.queue = s.text(1);
    t.kind = s.text(2);
    t.service = s.isNull(3) ? QString() : s.text(3);
    if (!s.isNull(4))
        t.bookingStart = sql::fromMs(s.int64(4));
    t.calledAt = sql::fromMs(s.int64(5));
    t.visit = s.isNull(6) ? QString() : s.text(6);
    t.notes = s.isNull(7) ? QString() : s.text(7);
    return std::optional<CounterTicket>(t);
}

Outcome<int> CentralStore::waitingCount(const SiteId &site, const QDateTime &nowUtc)
{
    sql::Statement s = m_db.prepare("SELECT COUNT(*) FROM tickets WHERE site = ?1 AND day = ?2 "
                                    "AND state = 'waiting'");
    s.bind(1, site).bind(2, businessDay(nowUtc).toString(Qt::ISODate));
    if (!s.next())
        return serverError(s.status().storeError());
    return s.int32(0);
}

Outcome<QJsonObject> CentralStore::recall(const SiteId &site, const QString &counter,
                                          const QDateTime &nowUtc)
{
    auto current = currentTicket(site, counter, nowUtc);
    if (!current)
        return current.refusal();
    if (!current->has_value())
        return nothingCalled(counter);
    const CounterTicket &t = **current;
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    sql::Statement log =
        m_db.prepare("INSERT INTO callouts(site, ticket, counter, at_ms) VALUES (?1,?2,?3,?4)");
    log.bind(1, site).bind(2, t.label).bind(3, counter).bind(4, sql::toMs(nowUtc));
    if (Status e = log.run(); !e)
        return serverError(e.storeError());
    if (Status e = recordEvent(site, "recalled", t.queue, t.service, t.label, counter, nowUtc,
                               EventLinks{t.visit, {}, {}, {}});
        !e)
        return serverError(e.storeError());
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    // The same call-out as callNext's: kiosks and the lobby show it as a call.
    return QJsonObject{{QStringLiteral("siteId"), site},
                       {QStringLiteral("ticket"), t.label},
                       {QStringLiteral("counter"), counter},
                       {QStringLiteral("at"), toWire(nowUtc)},
                       {QStringLiteral("kind"), t.kind}};
}

Outcome<Done> CentralStore::finish(const SiteId &site, const QString &counter,
                                   const QString &outcome, const QDateTime &nowUtc)
{
    if (outcome != QLatin1String("served") && outcome != QLatin1String("no_show"))
        return badRequest(QStringLiteral("bad-field"),
                          QStringLiteral("outcome: served or no_show"));
    auto current = currentTicket(site, counter, nowUtc);
    if (!current)
        return current.refusal();
    if (!current->has_value())
        return nothingCalled(counter);
    const CounterTicket &t = **current;
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    sql::Statement up = m_db.prepare("UPDATE tickets SET state = ?5, finished_ms = ?6 WHERE "
                                     "site = ?1 AND day = ?2 AND queue = ?3 AND label = ?4");
    up.bind(1, site)
        .bind(2, businessDay(nowUtc).toString(Qt::ISODate))
        .bind(3, t.queue)
        .bind(4, t.label)
        .bind(5, outcome)
        .bind(6, sql::toMs(nowUtc));
    if (Status e = up.run(); !e)
        return serverError(e.storeError());
    if (Status e =
            recordEvent(site, outcome == QLatin1String("served") ? "served" : "no_show", t.queue,
                        t.service, t.label, counter, nowUtc, EventLinks{t.visit, {}, {}, {}});
        !e)
        return serverError(e.storeError());
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return Done{};
}

Outcome<Done> CentralStore::transfer(const SiteId &site, const QString &counter,
                                     const ServiceId &service, const QDateTime &nowUtc)
{
    auto svc = services(site);
    if (!svc)
        return svc.refusal();
    if (std::none_of(svc->begin(), svc->end(), [&](const Service &s) { return s.id == service; }))
        return badRequest(
            QStringLiteral("bad-field"),
            QStringLiteral("service: %1 is not an errand of site %2").arg(service.left(64), site));
    auto current = currentTicket(site, counter, nowUtc);
    if (!current)
        return current.refusal();
    if (!current->has_value())
        return nothingCalled(counter);
    const CounterTicket &t = **current;
    sql::Transaction tx(m_db);
    if (!tx.status())
        return serverError(tx.status().storeError());
    // Back in line with its number and its place (issued time) kept: the next counter's "call
    // next" finds it by the same rule as every other ticket.
    sql::Statement up = m_db.prepare(
        "UPDATE tickets SET state = 'waiting', called_ms = NULL, counter = NULL, service = ?5 "
        "WHERE site = ?1 AND day = ?2 AND queue = ?3 AND label = ?4");
    up.bind(1, site)
        .bind(2, businessDay(nowUtc).toString(Qt::ISODate))
        .bind(3, t.queue)
        .bind(4, t.label)
        .bind(5, service);
    if (Status e = up.run(); !e)
        return serverError(e.storeError());
    if (Status e = recordEvent(site, "transferred", t.queue, service, t.label, counter, nowUtc,
                               EventLinks{t.visit, {}, {}, {}});
        !e)
        return serverError(e.storeError());
    if (Status e = tx.commit(); !e)
        return serverError(e.storeError());
    return Done{};
}

Outcome<QString> CentralStore::makeDisplayLink(const SiteId &site, const QString &name,
                                               const QString &createdBy, const QDateTime &nowUtc)
{
    if (name.trimmed().isEmpty() || name.size() > 64)
        return badRequest(QStringLiteral("bad-field"), QStringLiteral("name: 1 to 64 characters"));
    const QString token = newToken();
    sql::Statement s = m_db.prepare("INSERT INTO display_links(token_hash, site, name, created_by, "
                                    "created_ms) VALUES (?1,?2,?3,?4,?5)");
    s.bind(1, tokenHash(token))
        .bind(2, site)
        .bind(3, name.trimmed())
        .bind(4, createdBy)
        .bind(5, sql::toMs(nowUtc));
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    return token;
}

Result<SiteId> CentralStore::displaySite(const QString &token)
{
    if (token.isEmpty() || token.size() > 256)
        return notFound(QStringLiteral("no such display link"));
    sql::Statement s = m_db.prepare("SELECT site FROM display_links WHERE token_hash = ?1");
    s.bind(1, tokenHash(token));
    if (s.next())
        return s.text(0);
    if (Status e = s.status(); !e)
        return e.storeError();
    return notFound(QStringLiteral("no such display link"));
}

Outcome<QJsonArray> CentralStore::displayLinks(const SiteId &site)
{
    sql::Statement s = m_db.prepare("SELECT name, created_by, created_ms FROM display_links "
                                    "WHERE site = ?1 ORDER BY created_ms");
    s.bind(1, site);
    QJsonArray out;
    while (s.next())
        out.append(QJsonObject{{QStringLiteral("name"), s.text(0)},
                               {QStringLiteral("createdBy"), s.text(1)},
                               {QStringLiteral("createdAt"), toWire(sql::fromMs(s.int64(2)))}});
    if (Status e = s.status(); !e)
        return serverError(e.storeError());
    return out;
}

Outcome<Done> CentralStore::setNotice(const SiteId &site, const QString &notice)
{
    if (notice.size() > 500)
        return badRequest(QStringLiteral("bad-field"),
                          QStringLiteral("notice: at most 500 characters"));
    sql::Statement s = m_db.prepare("UPDATE sites SET notice = ?2 WHERE id = ?1");
    s.bind(1, site).bind(2, notice.trimmed());
    if (Status e = s.run(); !e)
        return serverError(e.storeError());
    return Done{};
}

Outcome<QJsonObject> CentralStore::lobby(const SiteId &site, int limit, const QDateTime &nowUtc)
{
    sql::Statement s = m_db.prepare("SELECT name, notice FROM sites WHERE id = ?1");
    s.bind(1, site);
    if (!s.next()) {
        if (Status e = s.status(); !e)
            return serverError(e.storeError());
        return refused(404, "not-found", QStringLiteral("site '%1' does not exist").arg(site));
    }
    const QString name = s.text(0);
    const QString notice = s.text(1);
    // Today in the site's zone: the lobby starts each morning empty.
    const QDateTime dayStart = QDateTime(businessDay(nowUtc), QTime(0, 0), siteTimeZone());
    sql::Statement c = m_db.prepare("SELECT ticket, counter, at_ms FROM callouts WHERE site = ?1 "
                                    "AND at_ms >= ?2 ORDER BY at_ms DESC, id DESC LIMIT ?3");
    c.bind(1, site).bind(2, sql::toMs(dayStart.toUTC())).bind(3, limit);
    QJsonArray calls;
    while (c.next())
        calls.append(QJsonObject{{QStringLiteral("ticket"), c.text(0)},
                                 {QStringLiteral("counter"), c.text(1)},
                                 {QStringLiteral("at"), toWire(sql::fromMs(c.int64(2)))}});
    if (Status e = c.status(); !e)
        return serverError(e.storeError());
    return QJsonObject{{QStringLiteral("siteId"), site},
                       {QStringLiteral("siteName"), name},
                       {QStringLiteral("notice"), notice},
                       {QStringLiteral("calls"), calls}};
}

Outcome<QJsonArray> CentralStore::events(const SiteId &site, const QDateTime &sinceUtc)
{
    sql::Statement s = m_db.prepare("SELECT at_ms, kind, queue, service, ticket, counter FROM "
                                    "events WHERE site = ?1 AND at_ms >= ?2 ORDER BY at_ms, id");
    s.bind(1, site).bind(2, sql::toMs(sinceUtc));
    QJsonArray out;
    const auto opt = [&](int i) { return s.isNull(i) ? QJsonValue() : QJsonValue(s.text(i)); };
    while (s.next())
        out.append(QJsonObject{{QStringLiteral("at"), toWire(sql::fromMs(s.int64(0)))},
                               {QStringLiteral("kind"), s.text(1)},
                               {QStringLiteral("queue"), opt(2)},
                               {QStringLiteral("service"), opt(3)},
                               {QStringLiteral("ticket"), opt(4)},
                               {QStringLiteral("counter"), opt(5)}});
    if (Status e = s.status(); !e)
        return serverError(e.storeError());
    return out;
}

} // namespace bk::central
