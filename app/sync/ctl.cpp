// borgerkiosk-ctl: a technician's and staff member's small command for the central, over the
// same TLS client and CA pinning as the kiosk.
//   borgerkiosk-ctl --central URL --ca FILE [--dev-plain-http] enrol CODE KIOSK_ID
//       trades a one-time enrolment code for the kiosk token (printed on stdout, nothing else)
//   borgerkiosk-ctl --central URL --ca FILE --token-file FILE call-next SITE COUNTER
//       calls the next ticket to a counter ("A042 -> 3"); the call-out reaches the displays

#include "httpclient.h"
#include "sync/enrolment.h"
#include "sync/syncconfig.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>

namespace net = boost::asio;
namespace http = boost::beast::http;

namespace {

constexpr char kUsage[] =
    "usage: borgerkiosk-ctl --central URL --ca FILE [--dev-plain-http]\n"
    "                        enrol CODE KIOSK_ID\n"
    "       borgerkiosk-ctl --central URL --ca FILE [--dev-plain-http] --token-file FILE\n"
    "                        call-next SITE COUNTER\n";

int usage()
{
    std::fputs(kUsage, stderr);
    return 64;
}

/// --help: what the commands do, on stdout, exit 0 (help2man makes the manual page from it).
int help()
{
    std::fputs("borgerkiosk-ctl talks to the borgerkiosk central over HTTPS, trusting only the CA "
               "in --ca.\n\n",
               stdout);
    std::fputs(kUsage, stdout);
    std::fputs("\n"
               "  enrol CODE KIOSK_ID     trade a one-time enrolment code for the kiosk's token\n"
               "                          (printed on stdout, nothing else)\n"
               "  call-next SITE COUNTER  call the next ticket to a counter (\"A042 -> 3\")\n"
               "  --dev-plain-http        allow an http:// central (development only)\n"
               "  --help                  show this text\n",
               stdout);
    return 0;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "borgerkiosk-ctl: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--help")))
        return help();
    QString url, ca, tokenFile;
    bool plain = false;
    while (!args.isEmpty() && args.first().startsWith(u"--")) {
        const QString opt = args.takeFirst();
        if (opt == u"--dev-plain-http") {
            plain = true;
            continue;
        }
        if (args.isEmpty())
            return usage();
        if (opt == u"--central")
            url = args.takeFirst();
        else if (opt == u"--ca")
            ca = args.takeFirst();
        else if (opt == u"--token-file")
            tokenFile = args.takeFirst();
        else
            return usage();
    }
    if (url.isEmpty() || args.size() != 3)
        return usage();
    if (args[0] == u"enrol") {
        // The kiosk's own enrolment (sync/enrolment.h), with the code and id given here.
        const bk::sync::EnrolResult r = bk::sync::enrol({url, ca, plain, args[1], args[2]});
        if (r.outcome != bk::sync::EnrolResult::Outcome::Enrolled)
            return fail(r.outcome == bk::sync::EnrolResult::Outcome::Refused
                            ? QStringLiteral("enrolment refused: %1").arg(r.message)
                            : r.message);
        std::printf("%s\n", qPrintable(r.token));
        std::fprintf(stderr, "enrolled at site %s\n", qPrintable(r.siteId));
        return 0;
    }
    bk::sync::Endpoint endpoint;
    if (const QString e = bk::sync::parseEndpoint(url, {}, &endpoint); !e.isEmpty())
        return fail(e);
    if (!endpoint.tls && !plain)
        return fail(QStringLiteral("%1 is plain HTTP: refused without --dev-plain-http").arg(url));
    net::io_context io;
    net::ssl::context tls(net::ssl::context::tls_client);
    if (endpoint.tls)
        if (const QString e = bk::sync::makeTlsContext(tls, ca); !e.isEmpty())
            return fail(e);

    if (args[0] != u"call-next")
        return usage();
    QFile f(tokenFile);
    if (tokenFile.isEmpty() || !f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("--token-file '%1' cannot be read").arg(tokenFile));
    const QString token = QString::fromUtf8(f.readAll().trimmed());
    const QString target = QStringLiteral("/v1/sites/%1/counters/%2/call-next")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(args[1])),
                                    QString::fromLatin1(QUrl::toPercentEncoding(args[2])));

    bk::sync::HttpClient client(io, endpoint, tls, std::chrono::seconds(15));
    bk::sync::HttpResult result;
    net::co_spawn(
        io,
        [&]() -> net::awaitable<void> {
            result = co_await client.request(http::verb::post, target.toStdString(), std::string(),
                                             token.toStdString());
            client.close();
        },
        net::detached);
    io.run();

    if (result.status == 0)
        return fail(result.error);
    const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
    if (result.status == 204) {
        std::printf("nobody is waiting\n");
        return 0;
    }
    if (result.status != 200)
        return fail(QStringLiteral("call-next refused: HTTP %1 %2")
                        .arg(result.status)
                        .arg(answer.value(QLatin1String("error")).toString()));
    std::printf("%s -> %s\n", qPrintable(answer.value(QLatin1String("ticket")).toString()),
                qPrintable(answer.value(QLatin1String("counter")).toString()));
    return 0;
}
