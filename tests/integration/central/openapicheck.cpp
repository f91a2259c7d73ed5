#include "openapicheck.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace bk::testing {

QString OpenApiCheck::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(path, f.errorString());
    QJsonParseError e;
    m_spec = QJsonDocument::fromJson(f.readAll(), &e).object();
    if (e.error != QJsonParseError::NoError)
        return QStringLiteral("%1: %2").arg(path, e.errorString());
    return {};
}

QJsonObject OpenApiCheck::resolve(QJsonObject o) const
{
    // Follows "#/components/..." references until a concrete object is reached.
    for (int depth = 0; depth < 16 && o.contains(QStringLiteral("$ref")); ++depth) {
        const QStringList parts = o.value(QStringLiteral("$ref")).toString().mid(2).split(u'/');
        QJsonValue v = m_spec;
        for (const QString &p : parts)
            v = v.toObject().value(p);
        o = v.toObject();
    }
    return o;
}

QString OpenApiCheck::matchPath(const QString &path) const
{
    const QStringList actual = path.split(u'/');
    const QJsonObject paths = m_spec.value(QStringLiteral("paths")).toObject();
    // As OpenAPI says: a concrete path ("/static/staff.css") matches before a templated one
    // ("/static/{file}"); here the one with the fewest parameters wins.
    QString best;
    qsizetype bestParameters = 0;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QStringList tmpl = it.key().split(u'/');
        if (tmpl.size() != actual.size())
            continue;
        bool same = true;
        qsizetype parameters = 0;
        for (qsizetype i = 0; i < tmpl.size() && same; ++i) {
            const bool parameter = tmpl[i].startsWith(u'{');
            parameters += parameter ? 1 : 0;
            same = parameter || tmpl[i] == actual[i];
        }
        if (same && (best.isEmpty() || parameters < bestParameters)) {
            best = it.key();
            bestParameters = parameters;
        }
    }
    return best;
}

QSet<QString> OpenApiCheck::documented() const
{
    QSet<QString> out;
    const QJsonObject paths = m_spec.value(QStringLiteral("paths")).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject ops = p.value().toObject();
        for (auto op = ops.begin(); op != ops.end(); ++op) {
            if (op.key() == QLatin1String("parameters"))
                continue;
            const QJsonObject responses = op.value()[QStringLiteral("responses")].toObject();
            for (auto r = responses.begin(); r != responses.end(); ++r)
                out.insert(op.key().toUpper() + u' ' + p.key() + u' ' + r.key());
        }
    }
    return out;
}

QString OpenApiCheck::check(const QString &method, const QString &target, int status,
                            const QByteArray &body, const ReplyHeaders *headers)
{
    const QString path = target.section(u'?', 0, 0);
    const QString tmpl = matchPath(path);
    if (tmpl.isEmpty())
        return QStringLiteral("%1 %2: path not in the spec").arg(method, path);
    const QJsonObject op = m_spec[QStringLiteral("paths")][tmpl][method.toLower()].toObject();
    if (op.isEmpty())
        return QStringLiteral("%1 %2: method not in the spec").arg(method, tmpl);
    const QString key = QString::number(status);
    m_seen.insert(method + u' ' + tmpl + u' ' + key);
    const QJsonObject responses = op[QStringLiteral("responses")].toObject();
    if (!responses.contains(key))
        return QStringLiteral("%1 %2: status %3 not documented (body %4)")
            .arg(method, tmpl, key, QString::fromUtf8(body.left(200)));
    const QJsonObject response = resolve(responses[key].toObject());
    const QJsonObject schema =
        resolve(response[QStringLiteral("content")][QStringLiteral("application/json")]
                        [QStringLiteral("schema")]
                            .toObject());
    const QString where = QStringLiteral("%1 %2 %3").arg(method, tmpl, key);
    const QJsonObject content = response[QStringLiteral("content")].toObject();
    if (headers) {
        // Every documented header is sent (a redirect's Location), and the Content-Type is
        // one the response documents.
        const QJsonObject documentedHeaders = response[QStringLiteral("headers")].toObject();
        for (auto h = documentedHeaders.begin(); h != documentedHeaders.end(); ++h)
            if (headers->value(h.key().toLower().toLatin1()).isEmpty())
                return where + QStringLiteral(": header %1 missing").arg(h.key());
        const QByteArray type =
            headers->value("content-type").split(';').first().trimmed().toLower();
        if (!content.isEmpty() && !content.contains(QString::fromLatin1(type)))
            return where + QStringLiteral(": Content-Type '%1' not documented")
                               .arg(QString::fromLatin1(type));
    }
    // A documented CSV answer (the statistics' tables) is text for a spreadsheet: UTF-8 with
    // the byte-order mark Excel needs.
    if (schema.isEmpty() && content.contains(QStringLiteral("text/csv")))
        return body.startsWith("\xEF\xBB\xBF")
                   ? QString()
                   : where + QStringLiteral(": a CSV body without the UTF-8 byte-order mark");
    // A staff page: an HTML document (its content is the browser tests' business).
    if (content.contains(QStringLiteral("text/html")))
        return body.startsWith("<!DOCTYPE html>")
                   ? QString()
                   : where + QStringLiteral(": body is not an HTML document");
    // A static file (a stylesheet, a script): its Content-Type is checked above; it is not
    // empty.
    if (schema.isEmpty() && (content.contains(QStringLiteral("text/css")) ||
                             content.contains(QStringLiteral("text/javascript"))))
        return body.isEmpty() ? where + QStringLiteral(": an empty file") : QString();
    if (schema.isEmpty())
        return body.isEmpty() ? QString()
                              : where + QStringLiteral(": body where none is documented");
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError)
        return where + QStringLiteral(": body is not JSON: ") + e.errorString();
    const QJsonValue v = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return validate(v, schema, where + QStringLiteral(" body"));
}

QString OpenApiCheck::validate(const QJsonValue &v, const QJsonObject &schemaIn,
                               const QString &where) const
{
    const QJsonObject s = resolve(schemaIn);
    if (v.isNull() && s.value(QStringLiteral("nullable")).toBool())
        return {};
    const QString type = s.value(QStringLiteral("type")).toString();
    const auto bad = [&](const QString &why) { return where + QStringLiteral(": ") + why; };
    if (type == QLatin1String("object")) {
        if (!v.isObject())
            return bad(QStringLiteral("expected an object"));
        const QJsonObject o = v.toObject();
        for (const QJsonValue &r : s.value(QStringLiteral("required")).toArray())
            if (!o.contains(r.toString()))
                return bad(QStringLiteral("required '%1' missing").arg(r.toString()));
        const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
        const QJsonValue extra = s.value(QStringLiteral("additionalProperties"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = where + u'.' + it.key();
            if (props.contains(it.key())) {
                if (QString e = validate(it.value(), props[it.key()].toObject(), at); !e.isEmpty())
                    return e;
            } else if (extra.isObject()) {
                if (QString e = validate(it.value(), extra.toObject(), at); !e.isEmpty())
                    return e;
            } else if (!props.isEmpty() && !extra.toBool()) {
                return bad(QStringLiteral("undocumented property '%1'").arg(it.key()));
            }
        }
    } else if (type == QLatin1String("array")) {
        if (!v.isArray())
            return bad(QStringLiteral("expected an array"));
        const QJsonArray a = v.toArray();
        if (s.contains(QStringLiteral("maxItems")) &&
            a.size() > s[QStringLiteral("maxItems")].toInt())
            return bad(QStringLiteral("more than maxItems"));
        for (qsizetype i = 0; i < a.size(); ++i)
            if (QString e = validate(a[i], s[QStringLiteral("items")].toObject(),
                                     where + QStringLiteral("[%1]").arg(i));
                !e.isEmpty())
                return e;
    } else if (type == QLatin1String("string")) {
        if (!v.isString())
            return bad(QStringLiteral("expected a string"));
        const QString str = v.toString();
        const QString format = s.value(QStringLiteral("format")).toString();
        static const QRegularExpression dateTime(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$)"));
        if (format == QLatin1String("date-time") &&
            (!dateTime.match(str).hasMatch() ||
             !QDateTime::fromString(str, Qt::ISODateWithMs).isValid()))
            return bad(QStringLiteral("'%1' is not an RFC 3339 date-time").arg(str));
        if (format == QLatin1String("date") &&
            (str.size() != 10 || !QDate::fromString(str, Qt::ISODate).isValid()))
            return bad(QStringLiteral("'%1' is not a date").arg(str));
        if (s.contains(QStringLiteral("maxLength")) &&
            str.size() > s[QStringLiteral("maxLength")].toInt())
            return bad(QStringLiteral("longer than maxLength"));
    } else if (type == QLatin1String("integer")) {
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
            return bad(QStringLiteral("expected an integer"));
    } else if (type == QLatin1String("number")) {
        if (!v.isDouble())
            return bad(QStringLiteral("expected a number"));
    } else if (type == QLatin1String("boolean")) {
        if (!v.isBool())
            return bad(QStringLiteral("expected a boolean"));
    } else if (!type.isEmpty()) {
        return bad(QStringLiteral("the checker does not know type '%1'").arg(type));
    }
    if (s.contains(QStringLiteral("enum")) && !s[QStringLiteral("enum")].toArray().contains(v))
        return bad(QStringLiteral("value not in enum"));
    return {};
}

} // namespace bk::testing
