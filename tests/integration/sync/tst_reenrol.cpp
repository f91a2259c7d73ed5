// Re-enrolment from the admin screen against the real central over TLS on loopback: a whole
// kiosk built by the program's composition root (graph/kioskgraph.h), its technician typing a
// one-time code on the actions page's keypad. A good code replaces the token file (0600) with a
// token the central takes, revokes the old one and restarts the program; a used, unknown code,
// a central that is not there, one that does not answer and one whose certificate is not the
// pinned CA's each say so within the deadline and leave the old token file byte for byte.

#include "kioskgraphtesting.h"
#include "synctestsupport.h"

#include "kiosk/admincontroller.h"
#include "platform/adminpin.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QtTest>

using namespace bk;
using namespace bk::testing;

namespace {

const QString kPin = QStringLiteral("482913");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReenrol : public QObject
{
    Q_OBJECT

    CentralFixture m_central;
    LockedClock m_clock{testNow()};

    /// A kiosk `kioskId` holding `token`, with the admin screen open on the actions page.
    std::unique_ptr<KioskGraph> kioskOnActions(const QString &kioskId, const QString &token,
                                               KioskOptions options, int *restarts)
    {
        options.restart = [restarts] { ++*restarts; };
        QString error;
        std::unique_ptr<KioskGraph> graph =
            buildKiosk(m_central, token, kioskId, m_clock, &error, options);
        if (!graph) {
            qWarning() << error;
            return nullptr;
        }
        if (!AdminPin::set(m_central.dir.filePath(kioskId + u"/admin-pin"_qs), kPin).isEmpty())
            return nullptr;
        AdminController &admin = graph->admin();
        for (const QString &corner : {u"top-left"_qs, u"bottom-right"_qs}) {
            admin.cornerPressed(corner);
            m_clock.set(m_clock.now().addSecs(3));
            admin.cornerReleased(corner);
        }
        for (const QChar c : kPin)
            admin.pinDigit(QString(c));
        admin.pinSubmit();
        if (!QTest::qWaitFor([&] { return admin.page() == AdminController::Page::Devices; }, 10000))
            return nullptr;
        admin.show(u"actions"_qs);
        return graph;
    }

    /// Types `code` ("XXXX-XXXX-XXXX") on the keypad and sends it; waits for the outcome.
    static bool enrolOnScreen(AdminController &admin, const QString &code, int waitMs = 30000)
    {
        admin.startEnrol();
        for (const QChar c : code)
            if (c != u'-')
                admin.enrolKey(QString(c));
        if (admin.enrolCodeSize() != AdminController::kEnrolCodeLength)
            return false;
        admin.enrolSubmit();
        if (admin.enrolStep() != AdminController::EnrolStep::Working)
            return false;
        return QTest::qWaitFor(
            [&] { return admin.enrolStep() == AdminController::EnrolStep::Done; }, waitMs);
    }

    QString newCode()
    {
        QString code;
        m_central.withStore([&](central::CentralStore &s) {
            auto c = s.makeEnrolCode(u"test"_qs, m_central.clock.now());
            if (c)
                code = *c;
        });
        return code;
    }

    int whoami(const QString &token, QString *kioskId = nullptr)
    {
        auto client = m_central.client();
        const HttpReply r = client->request("GET", u"/v1/whoami"_qs, {}, token);
        if (kioskId)
            *kioskId = QJsonDocument::fromJson(r.body).object().value(u"kioskId").toString();
        return r.status;
    }

private slots:
    void initTestCase()
    {
        const QString e = m_central.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void goodCodeReplacesTheTokenAndRestarts()
    {
        const QString oldToken = m_central.enrol(u"k1"_qs);
        QCOMPARE(whoami(oldToken), 200);
        int restarts = 0;
        const auto graph = kioskOnActions(u"k1"_qs, oldToken, {}, &restarts);
        QVERIFY(graph);
        const QString tokenFile = m_central.dir.filePath(u"k1/token"_qs);
        const QString code = newCode();
        QVERIFY(!code.isEmpty());

        AdminController &admin = graph->admin();
        QVERIFY(enrolOnScreen(admin, code));
        QVERIFY2(admin.enrolLevel() == u"ok"_qs, qPrintable(admin.enrolMessage()));
        QVERIFY(admin.enrolMessage().contains(u"test"_qs)); // the site
        QTRY_COMPARE(restarts, 1);

        // The token file holds the new token, only for the kiosk user, and the central takes it
        // as this kiosk; the old one is revoked.
        const QString newToken = QString::fromUtf8(readAll(tokenFile)).trimmed();
        QVERIFY(!newToken.isEmpty());
        QVERIFY(newToken != oldToken);
        QCOMPARE(QFileInfo(tokenFile).permissions(),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QString who;
        QCOMPARE(whoami(newToken, &who), 200);
        QCOMPARE(who, u"k1"_qs);
        QCOMPARE(whoami(oldToken), 401);
        // No leftovers of the atomic write beside the token.
        const QStringList left = QDir(m_central.dir.filePath(u"k1"_qs))
                                     .entryList({u"token*"_qs}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{u"token"_qs});
    }

    void usedOrUnknownCodeLeavesTheOldToken()
    {
        const QString token = m_central.enrol(u"k2"_qs);
        int restarts = 0;
        const auto graph = kioskOnActions(u"k2"_qs, token, {}, &restarts);
        QVERIFY(graph);
        const QString tokenFile = m_central.dir.filePath(u"k2/token"_qs);
        const QByteArray before = readAll(tokenFile);
        QVERIFY(!before.isEmpty());

        // A code another kiosk used already.
        const QString used = newCode();
        QCOMPARE(m_central.client()
                     ->request("POST", u"/v1/enrol"_qs,
                               QJsonDocument(
                                   QJsonObject{{u"code"_qs, used}, {u"kioskId"_qs, u"other"_qs}})
                                   .toJson())
                     .status,
                 200);
        AdminController &admin = graph->admin();
        for (const QString &code : {used, u"ABCD-EFGH-JKMN"_qs}) {
            QVERIFY(enrolOnScreen(admin, code));
            QCOMPARE(admin.enrolLevel(), u"fault"_qs);
            QVERIFY2(admin.enrolMessage().contains(u"already used"_qs),
                     qPrintable(admin.enrolMessage()));
            QVERIFY2(admin.enrolMessage().contains(u"403"_qs), qPrintable(admin.enrolMessage()));
            QCOMPARE(readAll(tokenFile), before);
            QCOMPARE(whoami(token), 200);
            admin.enrolBack();
        }
        QTest::qWait(100);
        QCOMPARE(restarts, 0);
    }

    void unreachableCentralSaysSoWithinTheDeadline_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("nothing listens") << u"closed"_qs;
        QTest::newRow("accepts, never answers") << u"silent"_qs;
        QTest::newRow("another CA's certificate") << u"tls"_qs;
    }

    void unreachableCentralSaysSoWithinTheDeadline()
    {
        QFETCH(QString, kind);
        constexpr int kDeadlineMs = 3000;
        KioskOptions options;
        options.enrolDeadlineMs = kDeadlineMs;
        QTcpServer silent; // the kernel completes the TCP handshake; nothing is ever said
        QString title;
        if (kind == u"closed"_qs) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            options.centralUrl = u"https://127.0.0.1:%1"_qs.arg(probe.serverPort());
            probe.close();
            title = u"cannot be reached"_qs;
        } else if (kind == u"silent"_qs) {
            QVERIFY(silent.listen(QHostAddress::LocalHost));
            options.centralUrl = u"https://127.0.0.1:%1"_qs.arg(silent.serverPort());
            title = u"No answer in time"_qs;
        } else {
            options.caFile = CentralFixture::otherPki().caCert;
            title = u"certificate"_qs;
        }
        const QString kioskId = u"k3-"_qs + kind;
        const QString token = u"old-token-of-"_qs + kioskId;
        int restarts = 0;
        const auto graph = kioskOnActions(kioskId, token, options, &restarts);
        QVERIFY(graph);
        const QString tokenFile = m_central.dir.filePath(kioskId + u"/token"_qs);
        const QByteArray before = readAll(tokenFile);

        AdminController &admin = graph->admin();
        QElapsedTimer t;
        t.start();
        QVERIFY(enrolOnScreen(admin, newCode(), kDeadlineMs + 5000));
        QVERIFY2(t.elapsed() <= kDeadlineMs + 500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(admin.enrolLevel(), u"fault"_qs);
        QVERIFY2(admin.enrolTitle().contains(title), qPrintable(admin.enrolTitle()));
        QVERIFY2(admin.enrolMessage().contains(u"Nothing was changed"_qs) ||
                     admin.enrolMessage().contains(u"present token is kept"_qs),
                 qPrintable(admin.enrolMessage()));
        QCOMPARE(readAll(tokenFile), before);
        QTest::qWait(100);
        QCOMPARE(restarts, 0);
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_central.violations().isEmpty(), qPrintable(m_central.violations().join(u'\n')));
    }
};

QTEST_MAIN(TestReenrol)
#include "tst_reenrol.moc"
