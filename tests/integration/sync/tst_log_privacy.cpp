// No PIN, token, enrolment code or citizen data in any log line. A whole run of the kiosk as the
// program builds it (graph/kioskgraph.h) against the real central over TLS, in one process, with
// every log line of every thread captured (the kiosk, its sync thread, the central's I/O
// thread): enrolment with a one-time code, a booked citizen (name and phone at the central)
// checking in by scan, an unknown code, scans of a CPR number, a phone number and garbage, a
// booking with a mobile number for the reminder, outbox drain, the admin PIN wrong and right, a
// re-enrolment typed on the admin screen's keypad (a used code, then a new one). Then
// every secret and personal value the run handled is looked for in every captured line, in the
// forms a person would write them (grouped, with separators).

#include "kioskgraphtesting.h"
#include "synctestsupport.h"

#include "drivers/simulatedbarcodereader.h"
#include "drivers/simulatedreceiptprinter.h"
#include "kiosk/admincontroller.h"
#include "kiosk/alertmonitor.h"
#include "kiosk/bookingflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/session.h"
#include "platform/adminpin.h"
#include "store/cachestore.h"
#include "support/logcapture.h"
#include "sync/enrolment.h"
#include "sync/syncengine.h"

#include <QtTest>

using namespace bk;
using namespace bk::testing;

namespace {

const QString kName = QStringLiteral("Karen Margrethe Testesen");
const QString kCentralPhone = QStringLiteral("+4561728394");
const QString kKioskPhone = QStringLiteral("20304050");
const QString kCpr = QStringLiteral("0101701234");
const QString kAdminPin = QStringLiteral("482913");
const QString kWrongPin = QStringLiteral("135790");

/// `value` in the forms it may be written: as is, and grouped as people and the UI write it.
QStringList forms(const QString &value)
{
    QStringList out{value};
    if (value.size() == 8 && value.front().isDigit()) // a Danish number: "20 30 40 50"
        out << value.left(2) + u' ' + value.mid(2, 2) + u' ' + value.mid(4, 2) + u' ' +
                   value.mid(6);
    if (value.size() == 10 && value.front().isDigit()) // a CPR number: "010170-1234"
        out << value.left(6) + u'-' + value.mid(6);
    if (value.size() == 8 && !value.front().isDigit()) // a booking code: "K7M3-Q2XP"
        out << value.left(4) + u'-' + value.mid(4);
    return out;
}

} // namespace

class TestLogPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void noSecretOrPersonalDataInAnyLogLine();
};

void TestLogPrivacy::noSecretOrPersonalDataInAnyLogLine()
{
    LogCapture log; // every category, every thread, from here on

    CentralFixture f;
    QString e = f.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));

    // Enrolment with a one-time code, as a new stander does.
    QString enrolCode;
    f.withStore([&](central::CentralStore &s) {
        auto code = s.makeEnrolCode(u"test"_qs, f.clock.now());
        QVERIFY(code);
        enrolCode = *code;
    });
    const sync::EnrolResult enrolled =
        sync::enrol({QStringLiteral("https://127.0.0.1:%1").arg(f.port),
                     CentralFixture::pki().caCert, false, enrolCode, u"k1"_qs});
    QCOMPARE(enrolled.outcome, sync::EnrolResult::Outcome::Enrolled);
    const QString token = enrolled.token;

    // A booked citizen with name and phone at the central, due now.
    const QString booked = testCode(4711);
    Booking b = testBooking(booked, u"pas"_qs, testNow().addSecs(5 * 60));
    b.phone = kCentralPhone;
    b.name = kName;
    f.withStore([&](central::CentralStore &s) { QVERIFY(s.putBooking(b, f.clock.now())); });

    LockedClock clock(testNow());
    QString error;
    int restarts = 0;
    KioskOptions options;
    options.restart = [&restarts] { ++restarts; };
    const std::unique_ptr<KioskGraph> graph =
        buildKiosk(f, token, u"k1"_qs, clock, &error, options);
    QVERIFY2(graph, qPrintable(error));
    QCOMPARE(runRound(*graph->syncEngine()), QString());

    // Scans: the booked code (checks in), a CPR number, a phone number, garbage.
    SimulatedBarcodeReader &reader = *graph->devices().simScanner;
    CheckInFlow &checkIn = graph->checkIn();
    reader.inject(booked.toLatin1() + '\r');
    QTRY_COMPARE_WITH_TIMEOUT(checkIn.step(), CheckInFlow::Step::OnTime, 10000);
    graph->session().home();
    const QString unknown = testCode(999); // a valid code nobody booked
    reader.inject(unknown.toLatin1() + '\r');
    QTRY_COMPARE_WITH_TIMEOUT(checkIn.step(), CheckInFlow::Step::NotFound, 10000);
    graph->session().home();
    for (const QString &scan : QStringList{kCpr, forms(kCpr).constLast(), kCentralPhone})
        reader.inject(scan.toLatin1() + '\r');
    reader.inject(QByteArray("\x01\xff\xfe garbage ") + kCpr.toLatin1() + '\r');
    QCoreApplication::processEvents();
    graph->session().home();

    // A booking with a mobile number for the reminder, through the central.
    Session &session = graph->session();
    BookingFlow &booking = graph->booking();
    session.startBooking();
    booking.chooseErrand(u"pas"_qs);
    if (booking.step() == BookingFlow::Step::SelfService)
        booking.bookAnyway();
    QCOMPARE(booking.step(), BookingFlow::Step::Day);
    int day = -1; // a day after today, so no slot is starting as the test runs
    for (const QVariant &d : booking.days())
        if (d.toMap()[u"free"_qs].toInt() > 0 && d.toMap()[u"index"_qs].toInt() > 0) {
            day = d.toMap()[u"index"_qs].toInt();
            break;
        }
    QVERIFY(day >= 0);
    booking.chooseDay(day);
    QCOMPARE(booking.step(), BookingFlow::Step::Time);
    int time = -1;
    for (const QVariant &t : booking.times())
        if (t.toMap()[u"free"_qs].toBool()) {
            time = t.toMap()[u"index"_qs].toInt();
            break;
        }
    QVERIFY(time >= 0);
    booking.chooseTime(time);
    QCOMPARE(booking.step(), BookingFlow::Step::Phone);
    for (const QChar digit : kKioskPhone)
        booking.pressDigit(QString(digit));
    booking.acceptPhone();
    QCOMPARE(booking.step(), BookingFlow::Step::Summary);
    booking.confirm();
    QTRY_COMPARE_WITH_TIMEOUT(booking.step(), BookingFlow::Step::Done, 15000);
    const QString newCode = booking.qrText();
    QVERIFY(!newCode.isEmpty());
    session.home();
    QCOMPARE(runRound(*graph->syncEngine()), QString()); // the check-in reaches the central
    QCOMPARE(graph->store().outboxDepth(), 0);

    // The technician: the gesture, the PIN pad wrong and right, every diagnostics page.
    QCOMPARE(AdminPin::set(f.dir.filePath(u"k1/admin-pin"_qs), kAdminPin), QString());
    AdminController &admin = graph->admin();
    const auto gesture = [&] {
        for (const QString &corner : {u"top-left"_qs, u"bottom-right"_qs}) {
            admin.cornerPressed(corner);
            clock.set(clock.now().addSecs(3));
            admin.cornerReleased(corner);
        }
    };
    const auto typePin = [&](const QString &digits) {
        for (const QChar c : digits)
            admin.pinDigit(QString(c));
        admin.pinSubmit();
        QTRY_VERIFY_WITH_TIMEOUT(!admin.checking(), 10000);
    };
    gesture();
    QCOMPARE(session.page(), Session::Page::AdminPin);
    typePin(kWrongPin);
    QCOMPARE(session.page(), Session::Page::AdminPin);
    typePin(kAdminPin);
    QVERIFY(session.page() != Session::Page::AdminPin);
    QStringList shown;
    for (const QVariantList &rows : {admin.deviceRows(), admin.testRows(), admin.centralRows(),
                                     admin.standerRows(), admin.actionRows()})
        for (const QVariant &row : rows)
            for (const QVariant &v : row.toMap())
                shown << v.toString();
    admin.close();

    // Paper out: a staff alert through the outbox; the fleet view read with an admin token.
    graph->devices().simPrinter->setPaperOut(true);
    clock.set(clock.now().addSecs(30));
    graph->alerts().tick();
    QCOMPARE(runRound(*graph->syncEngine()), QString());
    QString adminToken;
    f.withStore([&](central::CentralStore &s) {
        auto t = s.makeAdminToken(u"privacy-test"_qs, {}, f.clock.now());
        QVERIFY(t);
        adminToken = *t;
    });
    auto staff = f.client();
    const HttpReply fleet = staff->request("GET", u"/v1/sites/test/fleet"_qs, {}, adminToken);
    QCOMPARE(fleet.status, 200);

    // Re-enrolment on the admin screen: the used code first (refused), then a new one (the
    // token file now holds a new token). Last, as the old token stops working.
    QString reenrolCode;
    f.withStore([&](central::CentralStore &s) {
        auto code = s.makeEnrolCode(u"test"_qs, f.clock.now());
        QVERIFY(code);
        reenrolCode = *code;
    });
    const auto reenrol = [&](const QString &code) {
        admin.startEnrol();
        for (const QChar c : code)
            if (c != u'-')
                admin.enrolKey(QString(c));
        admin.enrolSubmit();
        QTRY_COMPARE_WITH_TIMEOUT(admin.enrolStep(), AdminController::EnrolStep::Done, 30000);
        shown << admin.enrolTitle() << admin.enrolMessage();
    };
    gesture();
    typePin(kAdminPin);
    admin.show(u"actions"_qs);
    reenrol(enrolCode);
    QCOMPARE(admin.enrolLevel(), u"fault"_qs);
    admin.enrolBack();
    reenrol(reenrolCode);
    QCOMPARE(admin.enrolLevel(), u"ok"_qs);
    QTRY_COMPARE(restarts, 1);
    QFile newTokenFile(f.dir.filePath(u"k1/token"_qs));
    QVERIFY(newTokenFile.open(QIODevice::ReadOnly));
    const QString newToken = QString::fromUtf8(newTokenFile.readAll()).trimmed();
    QVERIFY(!newToken.isEmpty() && newToken != token);
    // (The keypad shows the code while it is typed, for the technician to check; the outcome
    // pages, kept in `shown`, name neither the code nor the token.)

    // The run logged what happened ...
    const QStringList lines = log.messages();
    QVERIFY2(lines.size() >= 10, qPrintable(lines.join(u'\n')));
    QVERIFY2(!log.matching(u"scan refused"_qs).isEmpty(), qPrintable(lines.join(u'\n')));
    QVERIFY2(!log.matching(u"booking at the central: booked"_qs).isEmpty(),
             qPrintable(lines.join(u'\n')));
    QVERIFY(!log.matching(u"admin PIN wrong"_qs).isEmpty());
    QVERIFY(!log.matching(u"admin PIN accepted"_qs).isEmpty());
    QVERIFY(!log.matching(u"re-enrolment failed: code refused"_qs).isEmpty());
    QVERIFY(!log.matching(u"re-enrolled at site"_qs).isEmpty());
    // ... and none of what it handled.
    QStringList secrets{token,     enrolCode, adminToken, kName,      kName.section(u' ', -1),
                        kAdminPin, kWrongPin, newToken,   reenrolCode};
    // The one-time codes also without their dashes, as they are sent.
    for (const QString &code : {enrolCode, reenrolCode})
        secrets << QString(code).remove(u'-');
    for (const QString &value : {booked, unknown, newCode, kCpr, kKioskPhone, kCentralPhone.mid(3)})
        secrets << forms(value);
    const QString leak = log.firstContaining(secrets);
    QVERIFY2(leak.isEmpty(),
             qPrintable(u"a log line holds a secret or personal value: "_qs + leak));
    // Nor does the admin screen show any of it to whoever walks up, nor the fleet view.
    for (const QString &secret : secrets) {
        QVERIFY2(!shown.join(u'\n').contains(secret, Qt::CaseInsensitive),
                 qPrintable(u"the admin screen shows a secret: "_qs + shown.join(u'\n')));
        QVERIFY2(!QString::fromUtf8(fleet.body).contains(secret, Qt::CaseInsensitive),
                 qPrintable(u"the fleet view shows a secret: "_qs + QString::fromUtf8(fleet.body)));
    }
    QVERIFY2(fleet.body.contains("media-empty"), fleet.body.constData());
    QVERIFY2(f.violations().isEmpty(), qPrintable(f.violations().join(u'\n')));
}

QTEST_MAIN(TestLogPrivacy)
#include "tst_log_privacy.moc"
