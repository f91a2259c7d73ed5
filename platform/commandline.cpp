#include "platform/commandline.h"

#include <QCommandLineParser>

namespace bk {

namespace {

constexpr int kExitUsage = 64; // EX_USAGE in sysexits.h

struct Options
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QStringLiteral("Show this help and exit.")};
    QCommandLineOption version{QStringLiteral("version"),
                               QStringLiteral("Show the version and exit.")};
    QCommandLineOption config{QStringLiteral("config"),
                              QStringLiteral("Read the configuration from FILE (default "
                                             "/etc/borgerkiosk/kiosk.conf)."),
                              QStringLiteral("FILE")};
    QCommandLineOption selfTest{
        QStringLiteral("self-test"),
        QStringLiteral("Check the stander without a window and print one line per check, in "
                       "this order: config, cache, printer, display, reader, central, clock, "
                       "ui; each line is \"PASS|WARN|FAIL|SKIP  check  what was found\" and, "
                       "unless it passed, \" — \" and what fixes it. Exit 0 when no check "
                       "failed (WARN and SKIP allowed), 1 when one failed, 78 when the "
                       "configuration cannot be read.")};
    QCommandLineOption json{
        QStringLiteral("json"),
        QStringLiteral("With --self-test: print one JSON object instead, {version, checks: [{id, "
                       "verdict, summary, fix, details}], ok}, and nothing else on stdout.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG image of the window to FILE once it "
                                                 "has rendered, then quit (a diagnostic)."),
                                  QStringLiteral("FILE")};
    QCommandLineOption exitAtFirstFrame{
        QStringLiteral("exit-at-first-frame"),
        QStringLiteral("Start as usual, and once the first frame showing home is on screen "
                       "print \"first-frame-ms=MS peak-rss-kib=KIB\" (milliseconds since the "
                       "process started, in the kernel's clock ticks; the peak resident memory "
                       "so far) and exit 0 (a measurement).")};
    QCommandLineOption printTestPage{
        QStringLiteral("print-test-page"),
        QStringLiteral("Print the printer test page with the configured printer and profile "
                       "([printer]), wait for the job's outcome, print it and exit 0 when the "
                       "page was printed or sent (a queue that cannot confirm paper).")};
    QCommandLineOption checkConfig{
        QStringLiteral("check-config"),
        QStringLiteral("Check the configuration as a start would (every key, and the [central] "
                       "files: CA, token or enrolment code) without a display or network; print "
                       "each error with file, line and key, or \"configuration ok: FILE\"; exit "
                       "0, or 78 when it is wrong.")};
    QCommandLineOption enrol{
        QStringLiteral("enrol"),
        QStringLiteral("Enrol this kiosk with the central using central.enrolment_code and store "
                       "the token in central.token_file (0600), then exit: 0 when enrolled or "
                       "already enrolled, 69 when the central is unreachable or refused the "
                       "code, 78 when the configuration cannot enrol.")};
    QCommandLineOption setAdminPin{
        QStringLiteral("set-admin-pin"),
        QStringLiteral("Set the technician's admin PIN (4 to 12 digits) in admin.pin_file, read "
                       "from standard input (asked twice, not echoed, on a terminal); wrong "
                       "attempts and any lockout are cleared. Exit 0 when set, 64 when the PIN "
                       "is not acceptable, 73 when the file cannot be written, 78 for a "
                       "configuration error.")};
};

// Built by hand rather than with addHelpOption()/addVersionOption(): those print and exit
// from inside the parser, and this parser only reports.
void setUp(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(QStringLiteral(
        "Self-service kiosk for Danish citizen service centres (borgerservice).\n"
        "\n"
        "Exit codes: 0 done (--self-test: no check failed); 1 --self-test found a "
        "check that failed, or the test page or the user interface failed; 64 a "
        "wrong command line; 69 the central unreachable at enrolment, or the "
        "cache cannot be opened; 73 the token or the admin PIN cannot be stored; 78 the "
        "configuration cannot be read or is wrong."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({o.help, o.version, o.config, o.selfTest, o.json, o.screenshot,
                       o.exitAtFirstFrame, o.printTestPage, o.checkConfig, o.enrol, o.setAdminPin});
}

} // namespace

CommandLineResult parseCommandLine(const QStringList &args)
{
    CommandLineResult result;
    QCommandLineParser parser;
    const Options o;
    setUp(parser, o);
    auto fail = [&result](const QString &message) {
        result.error = QStringLiteral("borgerkiosk: ") + message;
        result.exitCode = kExitUsage;
        return result;
    };
    if (!parser.parse(args.isEmpty() ? QStringList{QStringLiteral("borgerkiosk")} : args))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"")
                        .arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption *opt : {&o.config, &o.screenshot}) {
        if (parser.values(*opt).size() > 1)
            return fail(QStringLiteral("--%1 given more than once").arg(opt->names().constLast()));
    }

    CommandLine &c = result.options;
    c.help = parser.isSet(o.help);
    c.version = parser.isSet(o.version);
    c.selfTest = parser.isSet(o.selfTest);
    c.json = parser.isSet(o.json);
    if (c.json && !c.selfTest)
        return fail(QStringLiteral("--json goes with --self-test"));
    c.printTestPage = parser.isSet(o.printTestPage);
    c.checkConfig = parser.isSet(o.checkConfig);
    c.enrol = parser.isSet(o.enrol);
    c.setAdminPin = parser.isSet(o.setAdminPin);
    if (parser.isSet(o.config)) {
        c.configPath = parser.value(o.config);
        if (c.configPath.isEmpty())
            return fail(QStringLiteral("--config needs a file name"));
    }
    if (parser.isSet(o.screenshot)) {
        c.screenshotPath = parser.value(o.screenshot);
        if (c.screenshotPath.isEmpty())
            return fail(QStringLiteral("--screenshot needs a file name"));
    }
    c.exitAtFirstFrame = parser.isSet(o.exitAtFirstFrame);
    if (c.exitAtFirstFrame && (c.selfTest || !c.screenshotPath.isEmpty() || c.printTestPage ||
                               c.checkConfig || c.enrol || c.setAdminPin))
        return fail(QStringLiteral("--exit-at-first-frame cannot be used with --self-test, "
                                   "--screenshot, --print-test-page, --check-config, --enrol "
                                   "or --set-admin-pin"));
    // Both quit on their own timer; together the result would depend on which fires first.
    if (c.selfTest && !c.screenshotPath.isEmpty())
        return fail(QStringLiteral("--self-test and --screenshot cannot be used together"));
    if (c.printTestPage && (c.selfTest || !c.screenshotPath.isEmpty()))
        return fail(QStringLiteral("--print-test-page cannot be used with --self-test or "
                                   "--screenshot"));
    // Each of these does one thing and exits; together, which one ran would be a guess.
    const int actions = int(c.selfTest) + int(!c.screenshotPath.isEmpty()) + int(c.printTestPage) +
                        int(c.checkConfig) + int(c.enrol);
    if (c.setAdminPin && actions > 0)
        return fail(QStringLiteral("--set-admin-pin cannot be used with --self-test, "
                                   "--screenshot, --print-test-page, --check-config or --enrol"));
    if ((c.checkConfig || c.enrol) && actions > 1)
        return fail(
            QStringLiteral("--%1 cannot be used with --self-test, --screenshot, "
                           "--print-test-page or --%2")
                .arg(c.checkConfig ? QStringLiteral("check-config") : QStringLiteral("enrol"),
                     c.checkConfig ? QStringLiteral("enrol") : QStringLiteral("check-config")));
    return result;
}

QString helpText()
{
    QCommandLineParser parser;
    const Options o;
    setUp(parser, o);
    return parser.helpText();
}

} // namespace bk
