#include "sync/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace bk::sync {

namespace {

// Reads fields of one object; the first problem is kept and later reads return defaults, so
// a parser reads everything and checks ok() once.
class Reader
{
public:
    Reader(const QJsonObject &o, QString prefix) : m_o(o), m_prefix(std::move(prefix)) {}

    QString string(const char *name, bool allowEmpty = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (!v.isString() || (!allowEmpty && v.toString().isEmpty())) {
            fail(name, "is not a non-empty string");
            return {};
        }
        return v.toString();
    }
    int integer(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > 1e9) {
            fail(name, "is not a whole number");
            return 0;
        }
        return int(d);
    }
    bool boolean(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (!v.isBool())
            fail(name, "is not true or false");
        return v.toBool();
    }
    QJsonObject object(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (!v.isObject())
            fail(name, "is not an object");
        return v.toObject();
    }
    QJsonArray array(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (!v.isArray())
            fail(name, "is not an array");
        return v.toArray();
    }
    QDateTime dateTime(const char *name, bool nullable = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (nullable && v.isNull())
            return {};
        const QDateTime dt = dateTimeFromWire(v.toString());
        if (!dt.isValid())
            fail(name, "is not a date-time with a zone");
        return dt;
    }
    bool has(const char *name) const { return m_o.contains(QLatin1String(name)); }
    QChar letter(const char *name)
    {
        const QString s = string(name);
        if (ok() && (s.size() != 1 || !s.at(0).isLetter())) {
            fail(name, "is not one letter");
            return u'A';
        }
        return s.isEmpty() ? QChar(u'A') : s.at(0);
    }
    void fail(const char *name, const char *why)
    {
        if (m_error.isEmpty())
            m_error = m_prefix + QLatin1String(name) + u' ' + QLatin1String(why);
    }
    void failWith(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    QJsonObject m_o;
    QString m_prefix;
    QString m_error;
};

Parsed<QJsonObject> document(const QByteArray &body)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON (%1 at byte %2 of %3)")
            .arg(e.errorString())
            .arg(e.offset)
            .arg(body.size());
    if (!doc.isObject())
        return QStringLiteral("not a JSON object");
    return doc.object();
}

/// The optional publicBaseUrl of a snapshot or changes page: empty when absent; an address
/// other than http(s)://host[:port] fails the answer (a QR code must not send phones astray).
QString publicBaseUrl(Reader &r)
{
    if (!r.has("publicBaseUrl"))
        return {};
    QString base = r.string("publicBaseUrl");
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base, QUrl::StrictMode);
    if (r.ok() && (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
                   url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery() ||
                   url.hasFragment() || !url.userInfo().isEmpty()))
        r.fail("publicBaseUrl", "is not an address like https://host[:port]");
    return r.ok() ? base : QString();
}

std::optional<Service> readService(const QJsonObject &o, const QString &prefix, Reader &outer)
{
    Reader r(o, prefix);
    Service s;
    s.id = r.string("id");
    const QJsonObject names = r.object("names");
    for (auto it = names.begin(); it != names.end(); ++it)
        s.names.insert(it.key(), it.value().toString());
    const QJsonObject bring = r.object("bring");
    for (auto it = bring.begin(); it != bring.end(); ++it) {
        QStringList items;
        for (const QJsonValue &v : it.value().toArray())
            items.append(v.toString());
        s.bring.insert(it.key(), items);
    }
    s.selfServiceUrl = r.string("selfServiceUrl", true);
    s.durationMinutes = r.integer("durationMinutes");
    s.counters = r.integer("counters");
    s.queueLetter = r.letter("queueLetter");
    s.bookable = r.boolean("bookable");
    Reader w(r.object("window"), prefix + QStringLiteral("window."));
    s.window.opensMinutesBefore = w.integer("opensMinutesBefore");
    s.window.onTimeMinutesAfter = w.integer("onTimeMinutesAfter");
    s.window.lateAcceptedMinutesAfter = w.integer("lateAcceptedMinutesAfter");
    const QString tooLate = w.string("tooLate");
    if (w.ok() && tooLate != u"see-staff" && tooLate != u"chance-queue")
        w.fail("tooLate", "is neither see-staff nor chance-queue");
    s.window.tooLate =
        tooLate == u"see-staff" ? TooLateAction::SeeStaff : TooLateAction::OfferChanceQueue;
    if (!s.names.contains(QStringLiteral("da")))
        r.fail("names", "has no Danish (da) name");
    outer.failWith(r.error());
    outer.failWith(w.error());
    if (!r.ok() || !w.ok())
        return std::nullopt;
    return s;
}

std::optional<Booking> readBooking(const QJsonObject &o, const QString &prefix, Reader &outer)
{
    Reader r(o, prefix);
    Booking b;
    b.code = r.string("code");
    b.siteId = r.string("siteId");
    b.serviceId = r.string("serviceId");
    b.start = r.dateTime("start");
    const QString status = r.string("status");
    if (status == u"booked")
        b.status = BookingStatus::Booked;
    else if (status == u"checked-in")
        b.status = BookingStatus::CheckedIn;
    else if (status == u"cancelled")
        b.status = BookingStatus::Cancelled;
    else
        r.fail("status", "is not booked, checked-in or cancelled");
    // Why a cancelled booking needs no visit (issue 13 item 3). Sent beside "cancelled", not
    // as a status of its own, so a kiosk that does not know it still reads the booking; an
    // unknown reason stays a plain cancellation, for the same reason the other way round.
    if (r.has("settled")) {
        const QString settled = r.string("settled");
        if (r.ok() && status != u"cancelled")
            r.fail("settled", "is sent only with status cancelled");
        else if (settled == u"by-phone")
            b.status = BookingStatus::SettledByPhone;
        else if (settled == u"self-service")
            b.status = BookingStatus::MovedToSelfService;
    }
    b.checkedInAt = r.dateTime("checkedInAt", true);
    outer.failWith(r.error());
    if (!r.ok())
        return std::nullopt;
    return b;
}

QString at(const char *array, qsizetype i)
{
    return QStringLiteral("%1[%2].").arg(QLatin1String(array)).arg(i);
}

} // namespace

QString toWire(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

QDateTime dateTimeFromWire(const QString &s)
{
    // Qt reads a missing zone as local time; the wire form always carries Z or an offset.
    static const QRegularExpression zoned(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$)"));
    if (s.size() > 40 || !zoned.match(s).hasMatch())
        return {};
    const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

namespace {

/// The bookings of a snapshot or of one of its pages, and "next" (empty when absent).
void readSnapshotBookings(Reader &r, QList<Booking> &out, QString &next)
{
    const QJsonArray bookings = r.array("bookings");
    out.reserve(bookings.size());
    for (qsizetype i = 0; i < bookings.size() && r.ok(); ++i)
        if (auto b = readBooking(bookings[i].toObject(), at("bookings", i), r))
            out.append(*b);
    if (r.ok() && r.has("next"))
        next = r.string("next");
}

} // namespace

Parsed<Snapshot> parseSnapshot(const QByteArray &body)
{
    Parsed<QJsonObject> doc = document(body);
    if (auto *e = std::get_if<QString>(&doc))
        return *e;
    Reader r(std::get<QJsonObject>(doc), QStringLiteral("snapshot."));
    Snapshot s;
    s.cursor = r.string("cursor");
    s.chanceQueueLetter = r.letter("chanceQueueLetter");
    s.publicBaseUrl = publicBaseUrl(r);
    s.hoursJson = QJsonDocument(r.object("hours")).toJson(QJsonDocument::Compact);
    const QJsonArray services = r.array("services");
    for (qsizetype i = 0; i < services.size() && r.ok(); ++i)
        if (auto svc = readService(services[i].toObject(), at("services", i), r))
            s.services.append(*svc);
    readSnapshotBookings(r, s.bookings, s.next);
    if (!r.ok())
        return r.error();
    return s;
}

Parsed<SnapshotBookings> parseSnapshotBookings(const QByteArray &body)
{
    Parsed<QJsonObject> doc = document(body);
    if (auto *e = std::get_if<QString>(&doc))
        return *e;
    Reader r(std::get<QJsonObject>(doc), QStringLiteral("snapshot page."));
    SnapshotBookings page;
    readSnapshotBookings(r, page.bookings, page.next);
    if (!r.ok())
        return r.error();
    return page;
}

Parsed<ChangePage> parseChanges(const QByteArray &body)
{
    Parsed<QJsonObject> doc = document(body);
    if (auto *e = std::get_if<QString>(&doc))
        return *e;
    Reader r(std::get<QJsonObject>(doc), QStringLiteral("changes."));
    ChangePage page;
    page.cursor = r.string("cursor");
    page.more = r.boolean("more");
    page.publicBaseUrl = publicBaseUrl(r);
    const QJsonArray changes = r.array("changes");
    for (qsizetype i = 0; i < changes.size() && r.ok(); ++i) {
        const QJsonObject o = changes[i].toObject();
        Reader c(o, at("changes", i));
        Change ch;
        const QString entity = c.string("entity");
        const QString op = c.string("op");
        ch.key = c.string("key");
        ch.deleted = op == u"delete";
        if (c.ok() && op != u"delete" && op != u"create" && op != u"update")
            c.fail("op", "is not create, update or delete");
        if (entity == u"booking") {
            ch.entity = Change::Entity::Booking;
            if (!ch.deleted)
                ch.booking = readBooking(c.object("booking"),
                                         at("changes", i) + QStringLiteral("booking."), c);
        } else if (entity == u"service") {
            ch.entity = Change::Entity::Service;
            if (!ch.deleted)
                ch.service = readService(c.object("service"),
                                         at("changes", i) + QStringLiteral("service."), c);
        } else if (entity == u"hours") {
            ch.entity = Change::Entity::Hours;
            if (!ch.deleted) {
                ch.hoursJson = QJsonDocument(c.object("hours")).toJson(QJsonDocument::Compact);
                if (c.has("chanceQueueLetter"))
                    ch.chanceQueueLetter = c.letter("chanceQueueLetter");
            }
        } else if (c.ok()) {
            c.fail("entity", "is not booking, service or hours");
        }
        r.failWith(c.error());
        page.changes.append(ch);
    }
    if (!r.ok())
        return r.error();
    return page;
}

Parsed<QList<OpResult>> parseOutboxResults(const QByteArray &body)
{
    Parsed<QJsonObject> doc = document(body);
    if (auto *e = std::get_if<QString>(&doc))
        return *e;
    Reader r(std::get<QJsonObject>(doc), QStringLiteral("outbox."));
    QList<OpResult> out;
    const QJsonArray results = r.array("results");
    for (qsizetype i = 0; i < results.size() && r.ok(); ++i) {
        Reader one(results[i].toObject(), at("results", i));
        OpResult res;
        res.opId = one.string("opId");
        const QJsonObject answer = one.object("answer");
        Reader a(answer, at("results", i) + QStringLiteral("answer."));
        const QString status = a.string("status");
        if (a.ok() && status != u"applied" && status != u"rejected")
            a.fail("status", "is neither applied nor rejected");
        res.applied = status == u"applied";
        if (!res.applied)
            res.error = answer.value(QLatin1String("error")).toString();
        res.answer = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        r.failWith(one.error());
        r.failWith(a.error());
        out.append(res);
    }
    if (!r.ok())
        return r.error();
    return out;
}

Parsed<NumberBlock> parseNumberBlock(const QByteArray &body)
{
    Parsed<QJsonObject> doc = document(body);
    if (auto *e = std::get_if<QString>(&doc))
        return *e;
    Reader r(std::get<QJsonObject>(doc), QStringLiteral("numberBlock."));
    NumberBlock b{r.integer("first"), r.integer("last")};
    if (r.ok() && (b.first < 1 || b.last < b.first))
        r.fail("last", "is below first");
    if (!r.ok())
        return r.error();
    return b;
}

QString errorKey(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString key = doc.object().value(QLatin1String("error")).toString();
    // Keys are kebab-case words; anything else is not repeated into a log line.
    static const QRegularExpression kebab(QStringLiteral("^[a-z0-9-]{1,64}$"));
    return kebab.match(key).hasMatch() ? key : QString();
}

} // namespace bk::sync
