#pragma once
// Checks real responses against central/openapi.json: the subset of OpenAPI 3.0 schemas the
// spec uses ($ref, type, nullable, required, properties, additionalProperties, items, enum,
// maxItems, maxLength, format date-time/date); a text/html response (a staff page) must be an
// HTML document, a text/csv answer must start with the UTF-8 byte-order mark, a text/css or
// text/javascript answer (a static file) must not be empty; with the reply's headers, the
// Content-Type must be a documented one and documented headers must be sent. Stricter than
// OpenAPI's default: a property the schema does not declare is reported, so the spec cannot
// drift from the server silently.

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace bk::testing {

class OpenApiCheck
{
public:
    /// Loads the spec; empty string on success.
    QString load(const QString &path);
    /// The spec path template matching a concrete path ("/v1/sites/{site}/snapshot"), or empty.
    QString matchPath(const QString &path) const;
    /// A reply's headers: lower-case name -> value.
    using ReplyHeaders = QHash<QByteArray, QByteArray>;
    /// Empty when the response (status, body) is documented and matches its schema; else what
    /// is wrong. With `headers`, also that every documented header (a redirect's Location) is
    /// there and the Content-Type is a documented one. Records the (method, path, status) as
    /// exercised.
    QString check(const QString &method, const QString &target, int status, const QByteArray &body,
                  const ReplyHeaders *headers = nullptr);
    /// Every documented "METHOD /path STATUS".
    QSet<QString> documented() const;
    /// Those seen by check().
    const QSet<QString> &exercised() const { return m_seen; }

private:
    QJsonObject resolve(QJsonObject o) const;
    QString validate(const QJsonValue &v, const QJsonObject &schema, const QString &where) const;
    QJsonObject m_spec;
    QSet<QString> m_seen;
};

} // namespace bk::testing
