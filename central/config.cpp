#include "central/config.h"

#include <QFile>
#include <QTextStream>
#include <QUrl>

#include <arpa/inet.h>

#include <map>

namespace bk::central {

namespace {

// An IPv4 or IPv6 literal (no host names: the server binds exactly what it is told).
bool isIpAddress(const QString &a)
{
    const QByteArray s = a.toLatin1();
    unsigned char buf[16];
    return inet_pton(AF_INET, s.constData(), buf) == 1 ||
           inet_pton(AF_INET6, s.constData(), buf) == 1;
}

std::optional<int> toInt(const QString &v, int min, int max)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

/// Why `base` is no public base address (scheme and host, nothing after but an optional
/// "/"), or empty when it is one.
QString badPublicBase(const QString &base, bool plainHttp)
{
    const QUrl url(base, QUrl::StrictMode);
    const bool schemeOk = url.scheme() == u"https" || (plainHttp && url.scheme() == u"http");
    if (!url.isValid() || !schemeOk || url.host().isEmpty() || !url.userInfo().isEmpty() ||
        url.hasQuery() || url.hasFragment() || (!url.path().isEmpty() && url.path() != u"/"))
        return QStringLiteral("publicBaseUrl: '%1' is not an address like "
                              "https://koe.example.dk (https, a host, an optional port, no path)")
            .arg(base);
    return {};
}

} // namespace

QString validateConfig(const Config &c)
{
    if (!c.publicBaseUrl.isEmpty())
        if (QString bad = badPublicBase(c.publicBaseUrl, c.devPlainHttp); !bad.isEmpty())
            return bad;
    if (!isIpAddress(c.listenAddress))
        return QStringLiteral("listen: '%1' is not an IP address").arg(c.listenAddress);
    if (c.database.isEmpty())
        return QStringLiteral("database: a file path is required");
    if (!c.devPlainHttp && (c.tlsCert.isEmpty() || c.tlsKey.isEmpty()))
        return QStringLiteral("tlsCert and tlsKey are required (PEM files); plain HTTP is only "
                              "served with devPlainHttp = true, for development");
    if (c.numberBlockBase + c.numberBlockSize - 1 > c.maxTicketNumber)
        return QStringLiteral("numberBlockBase + numberBlockSize must stay within "
                              "maxTicketNumber (%1)")
            .arg(c.maxTicketNumber);
    return {};
}

ConfigResult loadConfig(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {std::nullopt, QStringLiteral("%1: cannot read: %2").arg(path, f.errorString())};
    Config c;
    // Integer keys: where they live and what is allowed.
    struct IntKey
    {
        int *target;
        int min;
        int max;
    };
    const std::map<QString, IntKey> ints = {
        {QStringLiteral("maxBodyBytes"), {&c.maxBodyBytes, 1024, 64 * 1024 * 1024}},
        {QStringLiteral("maxHeaderBytes"), {&c.maxHeaderBytes, 1024, 1024 * 1024}},
        {QStringLiteral("ioTimeoutSeconds"), {&c.ioTimeoutSeconds, 1, 3600}},
        {QStringLiteral("maxPendingChecks"), {&c.maxPendingChecks, 1, 10000}},
        {QStringLiteral("changeHistory"), {&c.changeHistory, 1, 100000000}},
        {QStringLiteral("numberBlockSize"), {&c.numberBlockSize, 1, 100000}},
        {QStringLiteral("numberBlockBase"), {&c.numberBlockBase, 1, 1000000}},
        {QStringLiteral("maxTicketNumber"), {&c.maxTicketNumber, 1, 1000000}},
        {QStringLiteral("snapshotDays"), {&c.snapshotDays, 0, 366}},
        {QStringLiteral("slotDays"), {&c.slotDays, 0, 60}},
        {QStringLiteral("bookingDays"), {&c.bookingDays, 1, 730}},
        {QStringLiteral("silentAfterSeconds"), {&c.silentAfterSeconds, 10, 86400}},
        {QStringLiteral("retentionDays"), {&c.retentionDays, 1, 3650}},
        {QStringLiteral("statisticsThreshold"), {&c.statisticsThreshold, 1, 100}},
    };
    QTextStream in(&f);
    int lineNo = 0;
    while (!in.atEnd()) {
        const QString raw = in.readLine();
        ++lineNo;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const auto where = QStringLiteral("%1:%2").arg(path).arg(lineNo);
        if (eq <= 0)
            return {std::nullopt, QStringLiteral("%1: expected 'key = value'").arg(where)};
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (auto it = ints.find(key); it != ints.end()) {
            const auto n = toInt(value, it->second.min, it->second.max);
            if (!n)
                return {std::nullopt, QStringLiteral("%1: %2 = '%3': allowed is a whole number "
                                                     "from %4 to %5")
                                          .arg(where, key, value)
                                          .arg(it->second.min)
                                          .arg(it->second.max)};
            *it->second.target = *n;
        } else if (key == QLatin1String("listen")) {
            const qsizetype colon = value.lastIndexOf(u':');
            const auto port = colon > 0 ? toInt(value.mid(colon + 1), 0, 65535) : std::nullopt;
            if (!port || !isIpAddress(value.left(colon)))
                return {std::nullopt,
                        QStringLiteral("%1: listen = '%2': allowed is ADDRESS:PORT, e.g. "
                                       "127.0.0.1:8443 (port 0 picks a free one)")
                            .arg(where, value)};
            c.listenAddress = value.left(colon);
            c.listenPort = std::uint16_t(*port);
        } else if (key == QLatin1String("database")) {
            c.database = value;
        } else if (key == QLatin1String("tlsCert")) {
            c.tlsCert = value;
        } else if (key == QLatin1String("tlsKey")) {
            c.tlsKey = value;
        } else if (key == QLatin1String("publicBaseUrl")) {
            c.publicBaseUrl = value;
            while (c.publicBaseUrl.endsWith(u'/'))
                c.publicBaseUrl.chop(1);
        } else if (key == QLatin1String("devPlainHttp")) {
            if (value != QLatin1String("true") && value != QLatin1String("false"))
                return {std::nullopt,
                        QStringLiteral("%1: devPlainHttp = '%2': allowed is true or false")
                            .arg(where, value)};
            c.devPlainHttp = value == QLatin1String("true");
        } else {
            return {std::nullopt, QStringLiteral("%1: unknown key '%2'").arg(where, key)};
        }
    }
    if (const QString e = validateConfig(c); !e.isEmpty())
        return {std::nullopt, QStringLiteral("%1: %2").arg(path, e)};
    return {c, {}};
}

} // namespace bk::central
