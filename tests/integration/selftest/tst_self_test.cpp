// `borgerkiosk --self-test` as a technician runs it over ssh: the real program, no display,
// against real parts: a private cupsd with raw queues, two socat pseudo-terminal pairs for the
// display and the reader, and the real central over TLS with this kiosk enrolled. All PASS,
// then each fault named on its own line with the action that fixes it, and exit 1: a stopped,
// paper-out, rejecting and missing queue, display and reader ports gone, the central down, a
// CA it does not pin, a token it does not know, its clock an hour away, a cache of garbage.
// --json is parsed and checked. The token never reaches the output.

#include "centralfixture.h"
#include "cupsrig.h"
#include "devicefixtures.h"
#include "store/cachestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using namespace bk::testing;

namespace {

const QStringList kOrder{"config", "cache",   "printer", "display",
                         "reader", "central", "clock",   "ui"};

struct Run
{
    int exitCode = -1;
    QString out; ///< stdout
    QString err; ///< stderr
    qint64 ms = 0;

    /// The line of check `id`, or empty.
    QString line(const QString &id) const
    {
        static const QRegularExpression re(QStringLiteral("^(PASS|WARN|FAIL|SKIP)  (\\w+) +"));
        for (const QString &l : out.split(u'\n')) {
            const QRegularExpressionMatch m = re.match(l);
            if (m.hasMatch() && m.captured(2) == id)
                return l;
        }
        return {};
    }
    QString verdict(const QString &id) const { return line(id).left(4); }
    QString all() const { return out + QStringLiteral("\n--- stderr\n") + err; }
};

} // namespace

/// The CUPS rig's queues: "borgerkiosk" (socket:// into a listener), "paperout" (paper out
/// after a job), "deadprinter".
class TestSelfTest : public CupsTestBase
{
    Q_OBJECT

    CentralFixture m_central;
    QTemporaryDir m_dir;
    std::unique_ptr<SocatPair> m_display;
    std::unique_ptr<SocatPair> m_reader;
    QString m_token;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// The stander's kiosk.conf, with `overrides` ("section.key" -> value) applied.
    void writeConfig(const QHash<QString, QString> &overrides = {})
    {
        QHash<QString, QString> v{
            {"site.id", "test"},
            {"site.name", "Test"},
            {"kiosk.id", "k1"},
            {"ui.fullscreen", "no"},
            {"store.path", path("cache.sqlite")},
            {"devices.printer", "cups"},
            {"devices.display", "serial"},
            {"devices.scanner", "serial"},
            {"printer.server", m_cupsd.server()},
            {"printer.queue", "borgerkiosk"},
            {"display.port", path("display")},
            {"scanner.port", path("reader")},
            {"central.url", QStringLiteral("https://127.0.0.1:%1").arg(m_central.port)},
            {"central.ca_file", CentralFixture::pki().caCert},
            {"central.token_file", path("token")},
        };
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            v.insert(it.key(), it.value());
        QMap<QString, QStringList> sections;
        for (auto it = v.cbegin(); it != v.cend(); ++it)
            sections[it.key().section(u'.', 0, 0)].append(
                QStringLiteral("%1 = %2").arg(it.key().section(u'.', 1), it.value()));
        QString text;
        for (auto it = sections.cbegin(); it != sections.cend(); ++it)
            text += QStringLiteral("[%1]\n%2\n").arg(it.key(), it.value().join(u'\n'));
        QFile f(path("kiosk.conf"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(f.write(text.toUtf8()) > 0);
    }

    void writeToken(const QString &token)
    {
        QFile f(path("token"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(token.toUtf8() + '\n');
    }

    /// A cache as the kiosk makes it (its own migrations).
    void makeCache()
    {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path("cache.sqlite") + QLatin1String(suffix));
        CacheStore store;
        const Status s = store.open(path("cache.sqlite"));
        QVERIFY2(bool(s), qPrintable(s.error()));
    }

    Run selfTest(const QStringList &extra = {})
    {
        // The central's clock follows the real one: the program runs on it.
        m_central.clock.set(QDateTime::currentDateTimeUtc());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // it picks offscreen itself
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(BK_KIOSK_BIN),
                QStringList{QStringLiteral("--self-test"), QStringLiteral("--config"),
                            path("kiosk.conf")} +
                    extra);
        Run r;
        if (!p.waitForFinished(50000)) {
            p.kill();
            p.waitForFinished();
        }
        r.ms = t.elapsed();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    void expectFail(const Run &r, const QString &id, const QStringList &words)
    {
        const QString l = r.line(id);
        QVERIFY2(l.startsWith(u"FAIL  "), qPrintable(r.all()));
        QVERIFY2(l.contains(u" — "), qPrintable(l)); // a fix follows
        for (const QString &w : words)
            QVERIFY2(l.contains(w), qPrintable(QStringLiteral("'%1' not in: %2").arg(w, l)));
    }

    bool cups(const char *program, const QString &queue)
    {
        QString error;
        const bool ok = run(QStringLiteral("/usr/sbin/") + QLatin1String(program),
                            {QStringLiteral("-h"), m_cupsd.server(), queue}, &error);
        if (!ok)
            qWarning().noquote() << program << error;
        return ok;
    }

private slots:
    void initTestCase();
    void allPass();
    void jsonForScripts();
    void devicesAndCacheFail();
    void paperOutStopsTheQueue();
    void centralDownAndQueueRejecting();
    void wrongCaAndMissingQueue();
    void certificateNotYetValid();
    void clockOffTheCentrals();
    void unreadableConfig();
    void cleanupTestCase();
};

void TestSelfTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString e = m_central.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    m_central.clock.set(QDateTime::currentDateTimeUtc());
    m_token = m_central.enrol(QStringLiteral("k1"));
    QVERIFY(m_token.size() >= 20);
    startRig();
    QString error;
    m_display = std::make_unique<SocatPair>(path("display"), path("display-peer"));
    QVERIFY2(m_display->start(&error), qPrintable(error));
    m_reader = std::make_unique<SocatPair>(path("reader"), path("reader-peer"));
    QVERIFY2(m_reader->start(&error), qPrintable(error));
}

void TestSelfTest::allPass()
{
    writeConfig();
    writeToken(m_token);
    makeCache();
    const Run r = selfTest();
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    // One line per check, in order, each PASS.
    QStringList ids;
    for (const QString &l : r.out.split(u'\n', Qt::SkipEmptyParts))
        if (!l.startsWith(u"self-test:"))
            ids.append(l.mid(6).section(u' ', 0, 0));
    QCOMPARE(ids, kOrder);
    for (const QString &id : kOrder)
        QVERIFY2(r.verdict(id) == u"PASS", qPrintable(r.all()));
    QVERIFY(r.line(u"config"_qs).contains(path("kiosk.conf")));
    QVERIFY(r.line(u"cache"_qs).contains(u"quick_check ok"));
    QVERIFY(r.line(u"printer"_qs).contains(u"queue 'borgerkiosk' is idle (printer-state 3"));
    QVERIFY(r.line(u"display"_qs).contains(u"serial line"));
    QVERIFY(r.line(u"reader"_qs).contains(u"serial line"));
    QVERIFY(r.line(u"central"_qs).contains(u"token accepted: kiosk k1 at site test"));
    QVERIFY(r.line(u"clock"_qs).contains(u"from the central's"));
    QVERIFY(r.line(u"ui"_qs).contains(u"0 QML warnings"));
    QVERIFY(r.out.contains(u"self-test: ok"));
    QVERIFY2(!r.all().contains(m_token), "the token reached the output");
    QVERIFY2(r.ms < 30000, qPrintable(QString::number(r.ms)));
}

void TestSelfTest::jsonForScripts()
{
    writeConfig({{"devices.display", "simulated"}});
    writeToken(m_token);
    makeCache();
    const Run r = selfTest({QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
    // Nothing but the one object on stdout.
    QVERIFY2(pe.error == QJsonParseError::NoError && doc.isObject(), qPrintable(r.out));
    const QJsonObject o = doc.object();
    QCOMPARE(o[u"ok"].toBool(false), true);
    QVERIFY(!o[u"version"].toString().isEmpty());
    const QJsonArray checks = o[u"checks"].toArray();
    QCOMPARE(checks.size(), kOrder.size());
    for (int i = 0; i < checks.size(); ++i) {
        const QJsonObject c = checks[i].toObject();
        QCOMPARE(c[u"id"].toString(), kOrder[i]);
        QVERIFY(!c[u"summary"].toString().isEmpty());
        QVERIFY(c[u"details"].isObject());
        QVERIFY(c.contains(u"fix"));
        QCOMPARE(c[u"verdict"].toString(), kOrder[i] == u"display" ? u"SKIP"_qs : u"PASS"_qs);
    }
    QCOMPARE(checks[2].toObject()[u"details"].toObject()[u"printerState"].toInt(), 3);
    QCOMPARE(checks[5].toObject()[u"details"].toObject()[u"siteId"].toString(), u"test"_qs);
    QVERIFY(checks[6].toObject()[u"details"].toObject().contains(u"offsetSeconds"));
    QVERIFY2(!r.all().contains(m_token), "the token reached the output");
}

void TestSelfTest::devicesAndCacheFail()
{
    // A stopped queue, both ports gone, a token the central does not know, a cache of garbage:
    // each on its own line with its fix.
    writeConfig({{"display.port", path("no-display")}, {"scanner.port", path("no-reader")}});
    writeToken(QStringLiteral("not-a-token-the-central-knows"));
    makeCache();
    QFile cache(path("cache.sqlite"));
    QVERIFY(cache.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cache.write(QByteArray(8192, '\x5a'));
    cache.close();
    QFile::remove(path("cache.sqlite-wal"));
    QFile::remove(path("cache.sqlite-shm"));
    QVERIFY(cups("cupsdisable", QStringLiteral("borgerkiosk")));
    const Run r = selfTest();
    QVERIFY(cups("cupsenable", QStringLiteral("borgerkiosk")));
    QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
    expectFail(r, u"cache"_qs, {path("cache.sqlite"), u"cannot be read"_qs, u"not a database"_qs});
    expectFail(r, u"printer"_qs,
               {u"queue 'borgerkiosk' is stopped (printer-state 5"_qs,
                u"cupsenable -h %1 borgerkiosk"_qs.arg(m_cupsd.server())});
    expectFail(r, u"display"_qs, {path("no-display"), u"is not there"_qs, u"display.port"_qs});
    expectFail(r, u"reader"_qs, {path("no-reader"), u"is not there"_qs, u"scanner.port"_qs});
    expectFail(r, u"central"_qs, {u"token refused (401)"_qs, u"borgerkiosk --enrol"_qs});
    QCOMPARE(r.verdict(u"config"_qs), u"PASS"_qs);
    QCOMPARE(r.verdict(u"ui"_qs), u"PASS"_qs);
    QVERIFY(r.out.contains(u"self-test: FAILED: cache, printer, display, reader, central"));
    // The cache was only looked at.
    QVERIFY(cache.open(QIODevice::ReadOnly));
    QCOMPARE(cache.readAll(), QByteArray(8192, '\x5a'));
}

void TestSelfTest::paperOutStopsTheQueue()
{
    // The test backend reports media-empty and stops the queue, as CUPS does with a printer
    // out of paper.
    m_cupsd.setPaperOk(false);
    QFile job(path("job.bin"));
    QVERIFY(job.open(QIODevice::WriteOnly));
    job.write("\x1b@hello\n");
    job.close();
    QString error;
    QVERIFY2(run(QStringLiteral("/usr/bin/lp"),
                 {QStringLiteral("-h"), m_cupsd.server(), QStringLiteral("-d"),
                  QStringLiteral("paperout"), QStringLiteral("-o"), QStringLiteral("raw"),
                  job.fileName()},
                 &error),
             qPrintable(error));
    writeConfig({{"printer.queue", "paperout"}});
    writeToken(m_token);
    makeCache();
    Run r;
    QTRY_VERIFY_WITH_TIMEOUT((r = selfTest(), r.line(u"printer"_qs).contains(u"media-empty")),
                             30000);
    QCOMPARE(r.exitCode, 1);
    expectFail(
        r, u"printer"_qs,
        {u"queue 'paperout' is stopped (printer-state 5, reasons: media-empty"_qs,
         u"put in a new paper roll, then: cupsenable -h %1 paperout"_qs.arg(m_cupsd.server())});
    QVERIFY(r.out.contains(u"self-test: FAILED: printer"));
    QVERIFY2(m_cupsd.cancel(QStringLiteral("paperout"), &error), qPrintable(error));
}

void TestSelfTest::centralDownAndQueueRejecting()
{
    writeConfig({{"central.url", QStringLiteral("https://127.0.0.1:%1").arg(freePort())}});
    writeToken(m_token);
    makeCache();
    QVERIFY(cups("cupsreject", QStringLiteral("borgerkiosk")));
    const Run r = selfTest();
    QVERIFY(cups("cupsaccept", QStringLiteral("borgerkiosk")));
    QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
    expectFail(r, u"central"_qs, {u"connection refused"_qs, u"central is running"_qs});
    expectFail(r, u"printer"_qs,
               {u"rejects jobs"_qs, u"cupsaccept -h %1 borgerkiosk"_qs.arg(m_cupsd.server())});
    // Without an answer the clock is not compared: a warning, not a failure.
    QCOMPARE(r.verdict(u"clock"_qs), u"WARN"_qs);
    QVERIFY(r.out.contains(u"self-test: FAILED: printer, central"));
}

void TestSelfTest::wrongCaAndMissingQueue()
{
    writeConfig(
        {{"central.ca_file", CentralFixture::otherPki().caCert}, {"printer.queue", "nosuchqueue"}});
    writeToken(m_token);
    makeCache();
    const Run r = selfTest();
    QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
    expectFail(
        r, u"central"_qs,
        {u"TLS failed: unknown CA"_qs, CentralFixture::otherPki().caCert, u"central.ca_file"_qs});
    expectFail(r, u"printer"_qs,
               {u"CUPS has no queue 'nosuchqueue'"_qs, u"borgerkiosk-setup-printer"_qs});
}

void TestSelfTest::certificateNotYetValid()
{
    // A central whose certificate is valid only from tomorrow: what a stander a day behind sees.
    CentralFixture future;
    const QString e = future.start(
        [](central::Config &c) { c.tlsCert = CentralFixture::pki().futureServerCert; });
    QVERIFY2(e.isEmpty(), qPrintable(e));
    writeConfig({{"central.url", QStringLiteral("https://127.0.0.1:%1").arg(future.port)}});
    writeToken(m_token);
    makeCache();
    const Run r = selfTest();
    QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
    expectFail(r, u"central"_qs,
               {u"TLS failed: certificate not yet valid"_qs, u"check this stander's clock"_qs});
}

void TestSelfTest::clockOffTheCentrals()
{
    writeConfig();
    writeToken(m_token);
    makeCache();
    // The central's clock an hour ahead of this machine's: this clock is wrong by its measure.
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    m_central.clock.set(QDateTime::currentDateTimeUtc().addSecs(3600));
    p.start(QStringLiteral(BK_KIOSK_BIN),
            {QStringLiteral("--self-test"), QStringLiteral("--config"), path("kiosk.conf")});
    QVERIFY(p.waitForFinished(50000));
    Run r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
    QCOMPARE(r.verdict(u"central"_qs), u"PASS"_qs);
    expectFail(r, u"clock"_qs,
               {u"system clock wrong"_qs, u"at most 120 allowed"_qs, u"timedatectl"_qs});
    // The fixture's clock stands still while the program starts: a few seconds less than 3600.
    QVERIFY2(r.line(u"clock"_qs).contains(QRegularExpression(u"\\((35[5-9]\\d|3600) s apart"_qs)),
             qPrintable(r.line(u"clock"_qs)));
}

void TestSelfTest::unreadableConfig()
{
    QFile f(path("broken.conf"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[ui]\ninactivity_seconds = abc\n");
    f.close();
    QProcess p;
    p.start(QStringLiteral(BK_KIOSK_BIN), {QStringLiteral("--self-test"), QStringLiteral("--json"),
                                           QStringLiteral("--config"), path("broken.conf")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 78);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(o[u"ok"].toBool(true), false);
    const QJsonArray checks = o[u"checks"].toArray();
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks[0].toObject()[u"id"].toString(), u"config"_qs);
    QCOMPARE(checks[0].toObject()[u"verdict"].toString(), u"FAIL"_qs);
    QVERIFY(checks[0].toObject()[u"summary"].toString().contains(u"ui.inactivity_seconds"));
}

void TestSelfTest::cleanupTestCase()
{
    m_display.reset();
    m_reader.reset();
}

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_self_test.moc"
