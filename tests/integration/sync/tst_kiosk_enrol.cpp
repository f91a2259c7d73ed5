// Enrolment at start, the program as systemd runs it: the real borgerkiosk binary (offscreen)
// with a kiosk.conf naming the real central over TLS on loopback, a one-time code from the
// central and no token yet. It enrols, stores the token 0600, and then syncs with it; a second
// start does not enrol again; a refused code and an unreachable central exit 69 (EX_UNAVAILABLE,
// so the unit retries) and say why; neither the code nor the token ever reaches the output.

#include "centralfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace bk;
using namespace bk::testing;

namespace {

/// A kiosk.conf for kiosk `kioskId` at the test site under `dir`, naming the central at
/// `port`, with `code` as central.enrolment_code (none when empty).
void writeConfig(const QString &dir, quint16 port, const QString &kioskId, const QString &code)
{
    QFile f(dir + QStringLiteral("/kiosk.conf"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QString text = QStringLiteral("[site]\nid = test\nname = Test\n"
                                  "[kiosk]\nid = %1\n"
                                  "[ui]\nfullscreen = no\n"
                                  "[store]\npath = cache.sqlite\n"
                                  "[devices]\nprinter = simulated\ndisplay = simulated\n"
                                  "scanner = simulated\nreceipt_dir = receipts\n"
                                  "[central]\nurl = https://127.0.0.1:%2\nca_file = %3\n"
                                  "token_file = state/token\npoll_seconds = 2\n")
                       .arg(kioskId)
                       .arg(port)
                       .arg(CentralFixture::pki().caCert);
    if (!code.isEmpty())
        text += QStringLiteral("enrolment_code = %1\n").arg(code);
    QVERIFY(f.write(text.toUtf8()) > 0);
    QVERIFY(QDir(dir).mkpath(QStringLiteral("state")));
}

struct Run
{
    int exitCode = -1;
    QString output; ///< stdout and stderr
};

Run runKiosk(const QString &dir, const QStringList &extra)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral(BK_KIOSK_BIN),
            QStringList{QStringLiteral("--config"), dir + QStringLiteral("/kiosk.conf")} + extra);
    Run r;
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

QString readToken(const QString &dir)
{
    QFile f(dir + QStringLiteral("/state/token"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().trimmed()) : QString();
}

/// The heartbeat time the central has for `kioskId` at the test site ("" = none yet).
QString lastHeartbeat(CentralFixture &f, const QString &kioskId)
{
    QString at;
    f.withStore([&](central::CentralStore &s) {
        if (auto k = s.kiosks(QStringLiteral("test")))
            for (const QJsonValue &v : *k)
                if (v[QLatin1String("kioskId")].toString() == kioskId)
                    at = v[QLatin1String("lastHeartbeatAt")].toString();
    });
    return at;
}

} // namespace

class TestKioskEnrol : public QObject
{
    Q_OBJECT
private slots:
    void enrolsOnceThenSyncs();
    void refusedCode();
    void unreachableCentral();
};

void TestKioskEnrol::enrolsOnceThenSyncs()
{
    CentralFixture f;
    QString e = f.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    f.clock.set(QDateTime::currentDateTimeUtc()); // the binary runs on the real clock
    QString code;
    f.withStore([&](central::CentralStore &s) {
        if (auto c = s.makeEnrolCode(QStringLiteral("test"), f.clock.now()))
            code = *c;
    });
    QVERIFY(!code.isEmpty());
    QTemporaryDir dir;
    writeConfig(dir.path(), f.port, QStringLiteral("k-enrol"), code);

    // ExecCondition's check accepts a kiosk that will enrol: the code stands in for the token.
    const Run check = runKiosk(dir.path(), {QStringLiteral("--check-config")});
    QVERIFY2(check.exitCode == 0 && check.output.startsWith(u"configuration ok: "),
             qPrintable(check.output));

    // A normal start: enrol, then the kiosk runs with the token and reaches the central.
    QProcess kiosk;
    kiosk.setProcessChannelMode(QProcess::MergedChannels);
    kiosk.setWorkingDirectory(dir.path());
    kiosk.start(QStringLiteral(BK_KIOSK_BIN),
                {QStringLiteral("--config"), dir.path() + QStringLiteral("/kiosk.conf")});
    QVERIFY(kiosk.waitForStarted());
    QString output;
    QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(kiosk.readAll()),
                              !lastHeartbeat(f, QStringLiteral("k-enrol")).isEmpty()),
                             60000);
    kiosk.terminate();
    QVERIFY(kiosk.waitForFinished(20000));
    output += QString::fromUtf8(kiosk.readAll());
    QVERIFY2(output.contains(u"enrolled at site test"), qPrintable(output));

    const QString token = readToken(dir.path());
    QVERIFY(token.size() >= 20);
    struct stat st
    {};
    QCOMPARE(stat(QFile::encodeName(dir.path() + QStringLiteral("/state/token")).constData(), &st),
             0);
    QCOMPARE(int(st.st_mode & 07777), 0600);
    // No temporary file left beside it.
    QCOMPARE(QDir(dir.path() + QStringLiteral("/state")).entryList(QDir::Files),
             QStringList{QStringLiteral("token")});
    QVERIFY2(!output.contains(token), "the token reached the output");
    QVERIFY2(!output.contains(code), "the enrolment code reached the output");

    // A second start: the token is there, the code (now used up) is ignored and not sent.
    const QString heartbeatBefore = lastHeartbeat(f, QStringLiteral("k-enrol"));
    QProcess again;
    again.setProcessChannelMode(QProcess::MergedChannels);
    again.setWorkingDirectory(dir.path());
    again.start(QStringLiteral(BK_KIOSK_BIN),
                {QStringLiteral("--config"), dir.path() + QStringLiteral("/kiosk.conf")});
    QVERIFY(again.waitForStarted());
    // Heartbeats carry the central's clock time in ms: a newer one comes from this process.
    QTRY_VERIFY_WITH_TIMEOUT((f.clock.set(QDateTime::currentDateTimeUtc()),
                              lastHeartbeat(f, QStringLiteral("k-enrol")) != heartbeatBefore),
                             60000);
    again.terminate();
    QVERIFY(again.waitForFinished(20000));
    const QString second = QString::fromUtf8(again.readAll());
    QVERIFY2(!second.contains(u"enrolled at site"), qPrintable(second));
    QCOMPARE(readToken(dir.path()), token);

    // --enrol on an enrolled kiosk says so and leaves the token alone.
    const Run enrolAgain = runKiosk(dir.path(), {QStringLiteral("--enrol")});
    QVERIFY2(enrolAgain.exitCode == 0 && enrolAgain.output.contains(u"already enrolled"),
             qPrintable(enrolAgain.output));
    QCOMPARE(readToken(dir.path()), token);
}

void TestKioskEnrol::refusedCode()
{
    CentralFixture f;
    QString e = f.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QTemporaryDir dir;
    const QString bad = QStringLiteral("ZZZZ-ZZZZ-ZZZ9");
    writeConfig(dir.path(), f.port, QStringLiteral("k-bad"), bad);
    for (const QStringList &args : {QStringList{}, QStringList{QStringLiteral("--enrol")}}) {
        const Run r = runKiosk(dir.path(), args);
        QVERIFY2(r.exitCode == 69, qPrintable(r.output));
        QVERIFY2(r.output.contains(u"refused") && r.output.contains(u"enrol-code-invalid") &&
                     r.output.contains(u"central.enrolment_code"),
                 qPrintable(r.output));
        QVERIFY2(!r.output.contains(bad), qPrintable(r.output));
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/state/token")));
    }
}

void TestKioskEnrol::unreachableCentral()
{
    // A port nobody listens on: bind one, then close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QTemporaryDir dir;
    writeConfig(dir.path(), port, QStringLiteral("k-off"), QStringLiteral("ABCD-EFGH-JKMN"));
    const Run r = runKiosk(dir.path(), {});
    QVERIFY2(r.exitCode == 69, qPrintable(r.output));
    QVERIFY2(r.output.contains(u"could not be reached") && r.output.contains(u"not started"),
             qPrintable(r.output));
    QVERIFY(!r.output.contains(u"ABCD-EFGH-JKMN"));
    QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/state/token")));
}

QTEST_GUILESS_MAIN(TestKioskEnrol)
#include "tst_kiosk_enrol.moc"
