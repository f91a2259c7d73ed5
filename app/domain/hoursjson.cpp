#include "domain/hoursjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace bk {

namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

QJsonValue rangeToJson(const std::optional<TimeRange> &r)
{
    if (!r)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("open"), r->open.toString(kTimeFormat)},
                       {QStringLiteral("close"), r->close.toString(kTimeFormat)}};
}

/// Reads the fields of one object; the first failure is kept, later reads return defaults.
class Reader
{
public:
    explicit Reader(QString &error) : m_error(error) {}

    bool ok() const { return m_error.isEmpty(); }

    bool fail(const QString &field, const char *why)
    {
        if (m_error.isEmpty())
            m_error = field + QStringLiteral(": ") + QLatin1String(why);
        return false;
    }

    QJsonValue field(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            fail(path + QLatin1String(name), "is missing");
        return v;
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = field(o, path, name);
        if (ok() && !v.isBool())
            fail(path + QLatin1String(name), "is not true or false");
        return v.toBool(true);
    }

    QString text(const QJsonObject &o, const QString &path, const char *name, qsizetype maxLength)
    {
        const QJsonValue v = field(o, path, name);
        if (ok() && !v.isString())
            fail(path + QLatin1String(name), "is not a string");
        else if (ok() && v.toString().size() > maxLength)
            fail(path + QLatin1String(name), "is too long");
        return ok() ? v.toString() : QString();
    }

    QTime time(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = field(o, path, name);
        const QString s = v.toString();
        // QTime::fromString also takes "9:5" for some formats; the wire form is exactly HH:MM.
        const QTime t = s.size() == 5 ? QTime::fromString(s, kTimeFormat) : QTime();
        if (ok() && !t.isValid())
            fail(path + QLatin1String(name), "is not a time HH:MM");
        return t;
    }

    /// nullopt for JSON null (closed), else {open, close}.
    std::optional<TimeRange> range(const QJsonValue &v, const QString &path)
    {
        if (v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            fail(path, "is neither null nor an object {open, close}");
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        const QString prefix = path + u'.';
        TimeRange r{time(o, prefix, "open"), time(o, prefix, "close")};
        if (!ok())
            return std::nullopt;
        return r;
    }

private:
    QString &m_error;
};

} // namespace

QJsonObject openingHoursToJson(const OpeningHours &hours)
{
    QJsonArray weekly;
    for (const auto &day : hours.weekly)
        weekly.append(rangeToJson(day));
    QJsonArray exceptions;
    for (const DayException &e : hours.exceptions)
        exceptions.append(QJsonObject{{QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                      {QStringLiteral("hours"), rangeToJson(e.hours)},
                                      {QStringLiteral("reasonDa"), e.reasonDa},
                                      {QStringLiteral("reasonEn"), e.reasonEn}});
    return QJsonObject{{QStringLiteral("weekly"), weekly},
                       {QStringLiteral("exceptions"), exceptions},
                       {QStringLiteral("closeOnPublicHolidays"), hours.closeOnPublicHolidays},
                       {QStringLiteral("closeOnCustomaryDays"), hours.closeOnCustomaryDays}};
}

HoursParse openingHoursFromJson(const QJsonObject &object)
{
    QString error;
    Reader r(error);
    const QString top = QStringLiteral("hours.");
    OpeningHours h;

    const QJsonValue weekly = r.field(object, top, "weekly");
    if (r.ok() && (!weekly.isArray() || weekly.toArray().size() != 7))
        r.fail(QStringLiteral("hours.weekly"), "is not a list of 7 days (Monday first)");
    const QJsonArray days = weekly.toArray();
    for (qsizetype i = 0; i < days.size() && r.ok(); ++i)
        h.weekly[std::size_t(i)] = r.range(days[i], QStringLiteral("hours.weekly[%1]").arg(i));

    const QJsonValue exceptions = r.field(object, top, "exceptions");
    if (r.ok() && !exceptions.isArray())
        r.fail(QStringLiteral("hours.exceptions"), "is not a list");
    else if (r.ok() && exceptions.toArray().size() > kMaxHoursExceptions)
        r.fail(QStringLiteral("hours.exceptions"), "has too many entries");
    const QJsonArray list = exceptions.toArray();
    for (qsizetype i = 0; i < list.size() && r.ok(); ++i) {
        const QString path = QStringLiteral("hours.exceptions[%1]").arg(i);
        if (!list[i].isObject()) {
            r.fail(path, "is not an object");
            break;
        }
        const QJsonObject o = list[i].toObject();
        const QString prefix = path + u'.';
        DayException e;
        const QString date = r.text(o, prefix, "date", 10);
        e.date = date.size() == 10 ? QDate::fromString(date, Qt::ISODate) : QDate();
        if (r.ok() && !e.date.isValid())
            r.fail(prefix + QStringLiteral("date"), "is not a date YYYY-MM-DD");
        const QJsonValue hours = r.field(o, prefix, "hours");
        if (r.ok())
            e.hours = r.range(hours, prefix + QStringLiteral("hours"));
        e.reasonDa = r.text(o, prefix, "reasonDa", kMaxHoursReasonLength);
        e.reasonEn = r.text(o, prefix, "reasonEn", kMaxHoursReasonLength);
        h.exceptions.append(e);
    }

    h.closeOnPublicHolidays = r.boolean(object, top, "closeOnPublicHolidays");
    h.closeOnCustomaryDays = r.boolean(object, top, "closeOnCustomaryDays");
    if (!r.ok())
        return error;
    return h;
}

HoursParse parseOpeningHours(const QByteArray &json)
{
    if (json.size() > kMaxHoursJsonBytes)
        return QStringLiteral("hours: the text is larger than %1 bytes").arg(kMaxHoursJsonBytes);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return QStringLiteral("hours: not JSON (%1 at byte %2)")
            .arg(pe.errorString())
            .arg(pe.offset);
    if (!doc.isObject())
        return QStringLiteral("hours: not a JSON object");
    return openingHoursFromJson(doc.object());
}

} // namespace bk
