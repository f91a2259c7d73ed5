// borgerkiosk-ctl: a technician's and staff member's small command for the central, over the
// same TLS client and CA pinning as the kiosk.
//   borgerkiosk-ctl --central URL --ca FILE [--dev-plain-http] enrol CODE KIOSK_ID
//       trades a one-time enrolment code for the kiosk token (printed on stdout, nothing else)
//   borgerkiosk-ctl --central URL --ca FILE --token-file FILE call-next SITE COUNTER
//       calls the next ticket to a counter ("A042 -> 3"); the call-out reaches the displays
//   borgerkiosk-ctl --central URL --ca FILE --token-file FILE [--json] fleet SITE
//       the site's kiosks: last heartbeat, devices, outbox, clock, open alerts (admin token)
//   borgerkiosk-ctl --central URL --ca FILE --token-file FILE staff list|add|passwd|role|disable
//       staff accounts for the counter and lobby pages (admin token); passwords from stdin

#include "httpclient.h"
#include "sync/enrolment.h"
#include "sync/fleetreport.h"
#include "sync/syncconfig.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace net = boost::asio;
namespace http = boost::beast::http;

namespace {

constexpr char kUsage[] =
    "usage: borgerkiosk-ctl --central URL --ca FILE [--dev-plain-http]\n"
    "                        enrol CODE KIOSK_ID\n"
    "       borgerkiosk-ctl --central URL --ca FILE [--dev-plain-http] --token-file FILE\n"
    "                        call-next SITE COUNTER\n"
    "       borgerkiosk-ctl --central URL --ca FILE [--dev-plain-http] --token-file FILE\n"
    "                        [--json] fleet SITE\n"
    "       borgerkiosk-ctl --central URL --ca FILE [--dev-plain-http] --token-file FILE\n"
    "                        staff list | staff add SITE USERNAME ROLE | staff passwd USERNAME\n"
    "                        | staff role USERNAME ROLE | staff disable USERNAME\n"
    "                        | staff enable USERNAME\n";

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
    std::fputs(
        "\n"
        "  enrol CODE KIOSK_ID     trade a one-time enrolment code for the kiosk's token\n"
        "                          (printed on stdout, nothing else)\n"
        "  call-next SITE COUNTER  call the next ticket to a counter (\"A042 -> 3\")\n"
        "  fleet SITE              the site's kiosks, one line each: OK, ALERT (an open\n"
        "                          staff alert) or SILENT (no heartbeat for the central's\n"
        "                          silentAfterSeconds), the last heartbeat, version,\n"
        "                          each device's state and reason, outbox depth and the\n"
        "                          age of its oldest item, clock offset, open alerts with\n"
        "                          their times; times in this machine's time zone. Needs\n"
        "                          an admin token (borgerkiosk-central\n"
        "                          --make-admin-token) in --token-file. Exit 0 when every\n"
        "                          kiosk is OK, 2 when any is SILENT or has an open\n"
        "                          alert, 1 on an error\n"
        "  staff list              the staff accounts (of the admin token's site): username,\n"
        "                          site, role, disabled, locked until\n"
        "  staff add SITE USERNAME ROLE\n"
        "                          a new account; ROLE is counter, service_calls, manager\n"
        "                          or technician. The password (10 to 128 characters) is\n"
        "                          read from the terminal (asked twice, not echoed) or as\n"
        "                          the first line of stdin; never as an argument\n"
        "  staff passwd USERNAME   a new password (read the same way); lifts a lockout and\n"
        "                          ends the account's sessions\n"
        "  staff role USERNAME ROLE  another role (ends the account's sessions)\n"
        "  staff disable USERNAME  no more logins; ends the account's sessions\n"
        "  staff enable USERNAME   allows logins again\n"
        "  --json                  fleet: print the central's answer as JSON instead\n"
        "  --dev-plain-http        allow an http:// central (development only)\n"
        "  --help                  show this text\n"
        "\n"
        "Exit status: 0 done, 1 the central refused or could not be reached, 2 (fleet) a\n"
        "kiosk is silent or has an open alert, 64 a usage error.\n",
        stdout);
    return 0;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "borgerkiosk-ctl: %s\n", qPrintable(message));
    return 1;
}

/// One line from stdin; on a terminal with `prompt` on stderr and echo off. Empty on EOF.
std::string readSecretLine(const char *prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        std::fputs(prompt, stderr);
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::fputs("\n", stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

/// The new password: asked twice on a terminal, else the first line of stdin. Empty (with the
/// reason on stderr) when missing or the two differ.
QString readPassword()
{
    const std::string first = readSecretLine("New password: ");
    if (first.empty()) {
        fail(QStringLiteral("no password given on stdin"));
        return {};
    }
    if (isatty(STDIN_FILENO) && readSecretLine("Repeat it: ") != first) {
        fail(QStringLiteral("the two passwords differ"));
        return {};
    }
    return QString::fromStdString(first);
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
    bool json = false;
    while (!args.isEmpty() && args.first().startsWith(u"--")) {
        const QString opt = args.takeFirst();
        if (opt == u"--dev-plain-http") {
            plain = true;
            continue;
        }
        if (opt == u"--json") {
            json = true;
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
    if (url.isEmpty() || args.isEmpty())
        return usage();
    const bool staffCommand = args[0] == u"staff";
    if (staffCommand) {
        static const QHash<QString, qsizetype> kArgs{
            {QStringLiteral("list"), 2},    {QStringLiteral("add"), 5},
            {QStringLiteral("passwd"), 3},  {QStringLiteral("role"), 4},
            {QStringLiteral("disable"), 3}, {QStringLiteral("enable"), 3}};
        if (args.size() < 2 || kArgs.value(args[1], -1) != args.size())
            return usage();
    } else {
        const qsizetype expected = args[0] == u"fleet" ? 2 : 3;
        if (args.size() != expected)
            return usage();
    }
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

    if (args[0] != u"call-next" && args[0] != u"fleet" && !staffCommand)
        return usage();
    QFile f(tokenFile);
    if (tokenFile.isEmpty() || !f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("--token-file '%1' cannot be read").arg(tokenFile));
    const QString token = QString::fromUtf8(f.readAll().trimmed());
    if (staffCommand) {
        const QString sub = args[1];
        http::verb verb = http::verb::get;
        QString target = QStringLiteral("/v1/staff-accounts");
        QJsonObject body;
        if (sub == u"add") {
            verb = http::verb::post;
            body = {{QStringLiteral("siteId"), args[2]},
                    {QStringLiteral("username"), args[3]},
                    {QStringLiteral("role"), args[4]}};
        } else if (sub != u"list") {
            verb = http::verb::patch;
            target += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(args[2]));
            if (sub == u"role")
                body.insert(QStringLiteral("role"), args[3]);
            else if (sub == u"disable" || sub == u"enable")
                body.insert(QStringLiteral("disabled"), sub == u"disable");
        }
        if (sub == u"add" || sub == u"passwd") {
            const QString password = readPassword();
            if (password.isEmpty())
                return 1;
            body.insert(QStringLiteral("password"), password);
        }
        const std::string payload =
            body.isEmpty() ? std::string()
                           : QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
        bk::sync::HttpClient client(io, endpoint, tls, std::chrono::seconds(15));
        bk::sync::HttpResult result;
        net::co_spawn(
            io,
            [&]() -> net::awaitable<void> {
                result = co_await client.request(verb, target.toStdString(), payload,
                                                 token.toStdString());
                client.close();
            },
            net::detached);
        io.run();
        if (result.status == 0)
            return fail(result.error);
        const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
        if (result.status != 200 && result.status != 201)
            return fail(QStringLiteral("staff %1 refused: HTTP %2 %3: %4")
                            .arg(sub)
                            .arg(result.status)
                            .arg(answer.value(QLatin1String("error")).toString(),
                                 answer.value(QLatin1String("detail")).toString()));
        const auto line = [](const QJsonObject &a) {
            const QString locked = a.value(QLatin1String("lockedUntil")).toString();
            return QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                .arg(a.value(QLatin1String("username")).toString(),
                     a.value(QLatin1String("siteId")).toString(),
                     a.value(QLatin1String("role")).toString(),
                     a.value(QLatin1String("disabled")).toBool() ? QStringLiteral("disabled")
                                                                 : QStringLiteral("enabled"),
                     locked.isEmpty() ? QStringLiteral("-")
                                      : QStringLiteral("locked until ") + locked);
        };
        if (sub == u"list") {
            for (const QJsonValue &v : answer.value(QLatin1String("accounts")).toArray())
                std::fputs(qPrintable(line(v.toObject())), stdout);
        } else {
            std::fputs(qPrintable(line(answer)), stdout);
        }
        return 0;
    }
    const QString site = QString::fromLatin1(QUrl::toPercentEncoding(args[1]));
    const bool fleet = args[0] == u"fleet";
    const QString target =
        fleet ? QStringLiteral("/v1/sites/%1/fleet").arg(site)
              : QStringLiteral("/v1/sites/%1/counters/%2/call-next")
                    .arg(site, QString::fromLatin1(QUrl::toPercentEncoding(args[2])));

    bk::sync::HttpClient client(io, endpoint, tls, std::chrono::seconds(15));
    bk::sync::HttpResult result;
    net::co_spawn(
        io,
        [&]() -> net::awaitable<void> {
            result =
                co_await client.request(fleet ? http::verb::get : http::verb::post,
                                        target.toStdString(), std::string(), token.toStdString());
            client.close();
        },
        net::detached);
    io.run();

    if (result.status == 0)
        return fail(result.error);
    const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
    if (fleet) {
        if (result.status != 200)
            return fail(QStringLiteral("fleet refused: HTTP %1 %2: %3")
                            .arg(result.status)
                            .arg(answer.value(QLatin1String("error")).toString(),
                                 answer.value(QLatin1String("detail")).toString()));
        const bk::sync::FleetReport report = bk::sync::fleetReport(answer);
        std::fputs(json ? QJsonDocument(answer).toJson(QJsonDocument::Indented).constData()
                        : qPrintable(report.text),
                   stdout);
        return report.allWell ? 0 : 2;
    }
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
