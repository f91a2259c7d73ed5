#include "platform/commandline.h"

#include <QTest>

using namespace bk;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLineResult parse(QStringList args)
    {
        args.prepend(QStringLiteral("borgerkiosk"));
        return parseCommandLine(args);
    }

private slots:
    void defaults()
    {
        const CommandLineResult r = parse({});
        QVERIFY(r.ok());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.options.configPath, QStringLiteral("/etc/borgerkiosk/kiosk.conf"));
        QVERIFY(!r.options.selfTest);
        QVERIFY(!r.options.help);
        QVERIFY(!r.options.version);
        QVERIFY(r.options.screenshotPath.isEmpty());
    }

    void options()
    {
        CommandLineResult r = parse({"--config", "/tmp/k.conf", "--self-test"});
        QVERIFY(r.ok());
        QCOMPARE(r.options.configPath, QStringLiteral("/tmp/k.conf"));
        QVERIFY(r.options.selfTest);
        QVERIFY(!r.options.json);

        r = parse({"--self-test", "--json"});
        QVERIFY(r.ok());
        QVERIFY(r.options.selfTest && r.options.json);

        r = parse({"--config=/x/y.conf", "--screenshot", "/tmp/shot.png"});
        QVERIFY(r.ok());
        QCOMPARE(r.options.configPath, QStringLiteral("/x/y.conf"));
        QCOMPARE(r.options.screenshotPath, QStringLiteral("/tmp/shot.png"));

        r = parse({"--config", "/etc/borgerkiosk/kiosk.conf", "--print-test-page"});
        QVERIFY(r.ok());
        QVERIFY(r.options.printTestPage);
        QVERIFY(!parse({}).options.printTestPage);

        r = parse({"--config", "/etc/borgerkiosk/kiosk.conf", "--check-config"});
        QVERIFY(r.ok());
        QVERIFY(r.options.checkConfig);
        QVERIFY(!r.options.enrol);
        QVERIFY(!parse({}).options.checkConfig);
        r = parse({"--enrol"});
        QVERIFY(r.ok());
        QVERIFY(r.options.enrol);
        QVERIFY(!r.options.checkConfig);
        QVERIFY(!parse({}).options.enrol);
        r = parse({"--config", "k.conf", "--set-admin-pin"});
        QVERIFY(r.ok());
        QVERIFY(r.options.setAdminPin);
        QVERIFY(!parse({}).options.setAdminPin);

        r = parse({"--config", "k.conf", "--exit-at-first-frame"});
        QVERIFY(r.ok());
        QVERIFY(r.options.exitAtFirstFrame);
        QVERIFY(!parse({}).options.exitAtFirstFrame);

        QVERIFY(parse({"--help"}).options.help);
        QVERIFY(parse({"-h"}).options.help);
        QVERIFY(parse({"--version"}).options.version);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
        QTest::newRow("missing value") << QStringList{"--config"} << "config";
        QTest::newRow("empty config") << QStringList{"--config="} << "--config";
        QTest::newRow("positional") << QStringList{"kiosk.conf"} << "kiosk.conf";
        QTest::newRow("twice") << QStringList{"--config", "a", "--config", "b"} << "more than once";
        QTest::newRow("self-test and screenshot")
            << QStringList{"--self-test", "--screenshot", "a.png"} << "together";
        QTest::newRow("test page and self-test")
            << QStringList{"--print-test-page", "--self-test"} << "--print-test-page";
        QTest::newRow("check-config and self-test")
            << QStringList{"--check-config", "--self-test"} << "--check-config";
        QTest::newRow("check-config and enrol")
            << QStringList{"--check-config", "--enrol"} << "--check-config";
        QTest::newRow("enrol and screenshot")
            << QStringList{"--screenshot", "a.png", "--enrol"} << "--enrol";
        QTest::newRow("set-admin-pin and enrol")
            << QStringList{"--set-admin-pin", "--enrol"} << "--set-admin-pin";
        QTest::newRow("set-admin-pin and self-test")
            << QStringList{"--self-test", "--set-admin-pin"} << "--set-admin-pin";
        QTest::newRow("first frame and screenshot")
            << QStringList{"--exit-at-first-frame", "--screenshot", "a.png"}
            << "--exit-at-first-frame";
        QTest::newRow("first frame and enrol")
            << QStringList{"--enrol", "--exit-at-first-frame"} << "--exit-at-first-frame";
        QTest::newRow("json alone") << QStringList{"--json"} << "--self-test";
        QTest::newRow("test page and check-config")
            << QStringList{"--print-test-page", "--check-config"} << "--check-config";
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CommandLineResult r = parse(args);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
        QVERIFY(r.error.startsWith(QStringLiteral("borgerkiosk: ")));
        QCOMPARE(r.exitCode, 64);
    }

    void help()
    {
        const QString text = helpText();
        for (const char *opt :
             {"--help", "--version", "--config <FILE>", "--self-test", "--screenshot <FILE>",
              "--print-test-page", "--check-config", "--enrol", "--json", "--exit-at-first-frame",
              "Exit codes", "78", "--set-admin-pin"})
            QVERIFY2(text.contains(QLatin1String(opt)), opt);
        QVERIFY(text.endsWith(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
