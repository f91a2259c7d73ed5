#include "kiosk/admincontroller.h"

#include "kiosk/centralstatus.h"

#include "domain/bookingcode.h"
#include "domain/clock.h"
#include "domain/scanpayload.h"
#include "drivers/barcodereader.h"
#include "drivers/ticketdisplay.h"
#include "store/cachestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QThreadPool>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAdminScreen, "bk.admin")

namespace bk {

namespace {

// The screen's words, in the catalogues' context "AdminText": lupdate and the Q_OBJECT class's
// own tr() (which looks up "bk::AdminController") would not agree on a context.
struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(AdminText)
};

constexpr int kMaxPinDigits = 12;
constexpr int kStartsKept = 10;
// Test-page job numbers far above the receipts' (ReceiptSlipPrinter counts from 1).
constexpr quint64 kTestJobBase = quint64(1) << 60;

const QString kOk = QStringLiteral("ok");
const QString kWarning = QStringLiteral("warning");
const QString kFault = QStringLiteral("fault");
const QString kInfo = QStringLiteral("info");

/// What a scan holds, in words, never the payload: a booking code, a phone number or neither.
QString scanKind(const QByteArray &raw, bool *validCode)
{
    const ScanResult r = parseScan(std::string_view(raw.constData(), size_t(raw.size())));
    *validCode = r.ok();
    if (r.ok())
        return AdminText::tr("booking code");
    if (r.rejection == ScanRejection::BadCheck)
        return AdminText::tr("booking code with a wrong character");
    static const QRegularExpression phone(QStringLiteral("^(\\+45|0045)?[2-9][0-9]{7}$"));
    QString s = QString::fromUtf8(raw).trimmed();
    s.remove(u' ');
    if (phone.match(s).hasMatch())
        return AdminText::tr("phone number");
    return AdminText::tr("unknown (not a code)");
}

QString stateWords(DeviceState s)
{
    switch (s) {
    case DeviceState::Disabled:
        return AdminText::tr("not configured");
    case DeviceState::Connected:
        return AdminText::tr("working");
    case DeviceState::Reconnecting:
        return AdminText::tr("gone, trying again");
    case DeviceState::Error:
        return AdminText::tr("fault");
    }
    return {};
}

QString stateLevel(const DeviceStatus &s)
{
    switch (s.state) {
    case DeviceState::Disabled:
        return kWarning;
    case DeviceState::Connected:
        return s.reason.isEmpty() ? kOk : kWarning;
    case DeviceState::Reconnecting:
    case DeviceState::Error:
        break;
    }
    return kFault;
}

QString withReason(const DeviceStatus &s)
{
    return s.reason.isEmpty() ? stateWords(s.state)
                              : AdminText::tr("%1: %2").arg(stateWords(s.state), s.reason);
}

QString bytesText(qint64 bytes)
{
    if (bytes < 0)
        return AdminText::tr("unknown");
    if (bytes >= qint64(1) << 30)
        return AdminText::tr("%1 GB").arg(double(bytes) / double(qint64(1) << 30), 0, 'f', 1);
    if (bytes >= qint64(1) << 20)
        return AdminText::tr("%1 MB").arg(double(bytes) / double(1 << 20), 0, 'f', 1);
    return AdminText::tr("%1 kB").arg((bytes + 1023) / 1024);
}

/// The outcome's name for the journal (English, as the other bk.admin lines).
const char *resultName(AdminController::EnrolAnswer::Result r)
{
    using R = AdminController::EnrolAnswer::Result;
    switch (r) {
    case R::Enrolled:
        return "enrolled";
    case R::Refused:
        return "code refused";
    case R::Unreachable:
        return "central unreachable";
    case R::TlsRefused:
        return "certificate refused";
    case R::TimedOut:
        return "no answer in time";
    case R::Invalid:
        return "not attempted";
    case R::StorageError:
        return "token not stored";
    }
    return "?";
}

} // namespace

AdminController::AdminController(Options options, Pin pin, const Clock &clock,
                                 ReceiptPrinter &printer, TicketDisplay &display,
                                 BarcodeReader &reader, CentralStatus &central, CacheStore &store,
                                 QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_pinStore(std::move(pin)), m_clock(clock),
      m_printer(printer), m_display(display), m_reader(reader), m_central(central), m_store(store),
      m_startedAt(clock.now()), m_nextTestJob(kTestJobBase)
{
    connect(&m_printer, &ReceiptPrinter::statusChanged, this, &AdminController::rowsChanged);
    connect(&m_display, &TicketDisplay::statusChanged, this, &AdminController::rowsChanged);
    connect(&m_reader, &BarcodeReader::statusChanged, this, &AdminController::rowsChanged);
    connect(&m_central, &CentralStatus::changed, this, &AdminController::rowsChanged);
    connect(&m_printer, &ReceiptPrinter::jobFinished, this,
            [this](quint64 job, ReceiptPrinter::Outcome outcome, const QString &reason) {
                m_haveJob = true;
                m_lastJobAt = m_clock.now();
                m_lastJobOutcome = outcome;
                m_lastJobReason = reason;
                if (job == m_testJob) {
                    m_testPrint =
                        outcome == ReceiptPrinter::Outcome::Printed ? QStringLiteral("printed")
                        : outcome == ReceiptPrinter::Outcome::Sent  ? QStringLiteral("sent")
                                                                    : QStringLiteral("failed");
                    m_testPrintReason = reason;
                }
                emit rowsChanged();
            });
    m_timer.setInterval(m_options.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &AdminController::tick);
    m_enrolDeadline.setSingleShot(true);
    connect(&m_enrolDeadline, &QTimer::timeout, this, &AdminController::enrolTimedOut);
}

AdminController::~AdminController() = default;

bool AdminController::recordStart(const QString &path, const QDateTime &now)
{
    QList<QDateTime> kept = starts(path);
    std::reverse(kept.begin(), kept.end());
    kept.append(now.toUTC());
    while (kept.size() > kStartsKept)
        kept.removeFirst();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const QDateTime &t : kept)
        f.write(t.toString(Qt::ISODate).toLatin1() + '\n');
    return f.flush();
}

QList<QDateTime> AdminController::starts(const QString &path)
{
    QList<QDateTime> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    // At most a few hundred bytes are ours; a bigger file is cut (it is not ours to trust).
    const QList<QByteArray> lines = f.read(4096).split('\n');
    for (const QByteArray &l : lines) {
        const QDateTime t = QDateTime::fromString(QString::fromLatin1(l.trimmed()), Qt::ISODate);
        if (t.isValid())
            out.prepend(t.toUTC());
    }
    return out;
}

void AdminController::setGestureEnabled(bool enabled)
{
    if (enabled == m_gestureEnabled)
        return;
    m_gestureEnabled = enabled;
    m_heldCorner.clear();
    m_armedUntil = {};
    emit pageChanged();
}

void AdminController::cornerPressed(const QString &corner)
{
    if (!gestureEnabled())
        return;
    m_heldCorner = corner;
    m_heldSince = m_clock.now();
}

void AdminController::cornerReleased(const QString &corner)
{
    if (!gestureEnabled() || corner != m_heldCorner)
        return;
    m_heldCorner.clear();
    const QDateTime now = m_clock.now();
    const bool long_ = m_heldSince.secsTo(now) >= m_options.holdSeconds;
    if (corner == QLatin1String("top-left")) {
        // A short press forgets a first step: both steps must be deliberate.
        m_armedUntil = long_ ? now.addSecs(m_options.armSeconds) : QDateTime();
        return;
    }
    const bool armed = m_armedUntil.isValid() && m_heldSince <= m_armedUntil;
    m_armedUntil = {};
    if (corner == QLatin1String("bottom-right") && long_ && armed) {
        qCInfo(lcAdminScreen) << "admin PIN pad opened";
        clearPin();
        m_haveAttempt = false;
        setPage(Page::Pin);
    }
}

bool AdminController::padLocked() const
{
    if (m_pinStore.isSet && !m_pinStore.isSet())
        return true;
    const QDateTime until = m_pinStore.lockedUntil ? m_pinStore.lockedUntil() : QDateTime();
    return until.isValid() && until > m_clock.now();
}

QString AdminController::lockText(const QDateTime &until) const
{
    return AdminText::tr("Locked until %1 after too many wrong PINs.").arg(timeText(until));
}

QString AdminController::pinMessage() const
{
    if (m_pinStore.isSet && !m_pinStore.isSet())
        return AdminText::tr(
            "No admin PIN is set on this stander. Set one as root with: borgerkiosk "
            "--set-admin-pin");
    const QDateTime until = m_pinStore.lockedUntil ? m_pinStore.lockedUntil() : QDateTime();
    if (until.isValid() && until > m_clock.now())
        return lockText(until);
    if (m_checking)
        return AdminText::tr("Checking …");
    if (!m_haveAttempt)
        return AdminText::tr("Type the admin PIN.");
    switch (m_lastAttempt.result) {
    case PinAttempt::Result::Accepted:
        break;
    case PinAttempt::Result::Wrong:
        return m_lastAttempt.attemptsLeft == 1
                   ? AdminText::tr("Wrong PIN. 1 try left before the pad locks.")
                   : AdminText::tr("Wrong PIN. %1 tries left before the pad locks.")
                         .arg(m_lastAttempt.attemptsLeft);
    case PinAttempt::Result::LockedOut:
        return lockText(m_lastAttempt.lockedUntil);
    case PinAttempt::Result::NotSet:
        return AdminText::tr(
            "No admin PIN is set on this stander. Set one as root with: borgerkiosk "
            "--set-admin-pin");
    case PinAttempt::Result::StorageError:
        return AdminText::tr("The PIN file cannot be read or written: see the journal (bk.admin).");
    }
    return AdminText::tr("Type the admin PIN.");
}

void AdminController::pinDigit(const QString &digit)
{
    touched();
    if (m_page != Page::Pin || m_checking || padLocked() || digit.size() != 1 ||
        !digit.at(0).isDigit() || m_pin.size() >= kMaxPinDigits)
        return;
    m_pin.append(digit);
    emit pinChanged();
}

void AdminController::pinErase()
{
    touched();
    if (m_page != Page::Pin || m_checking || m_pin.isEmpty())
        return;
    m_pin.chop(1);
    emit pinChanged();
}

void AdminController::pinSubmit()
{
    touched();
    if (m_page != Page::Pin || m_checking || padLocked() || m_pin.isEmpty() || !m_pinStore.check)
        return;
    m_checking = true;
    const QString pin = m_pin;
    clearPin();
    // The hash is slow on purpose (~0.2 s): off the GUI thread, the answer queued back.
    QPointer<AdminController> self(this);
    auto check = m_pinStore.check;
    m_workers.start([self, check, pin] {
        const PinAttempt a = check(pin);
        QMetaObject::invokeMethod(
            qApp,
            [self, a] {
                if (self)
                    self->pinChecked(a);
            },
            Qt::QueuedConnection);
    });
}

void AdminController::pinChecked(const PinAttempt &attempt)
{
    m_checking = false;
    m_lastAttempt = attempt;
    m_haveAttempt = true;
    emit pinChanged();
    if (attempt.result == PinAttempt::Result::Accepted && m_page == Page::Pin) {
        touched();
        setPage(Page::Devices);
    }
}

void AdminController::clearPin()
{
    // Overwrite before letting go, so the digits do not linger in freed memory.
    m_pin.fill(u'0');
    m_pin.clear();
    emit pinChanged();
}

void AdminController::show(const QString &pageName)
{
    touched();
    if (m_page == Page::Closed || m_page == Page::Pin)
        return; // only after the PIN
    static const QList<std::pair<QString, Page>> pages{{QStringLiteral("devices"), Page::Devices},
                                                       {QStringLiteral("tests"), Page::Tests},
                                                       {QStringLiteral("central"), Page::Central},
                                                       {QStringLiteral("stander"), Page::Stander},
                                                       {QStringLiteral("actions"), Page::Actions}};
    for (const auto &[name, p] : pages)
        if (name == pageName) {
            if (p != Page::Tests)
                setScanTest(false);
            if (m_enrolStep != EnrolStep::Working) // the outcome of a run in flight is shown
                clearEnrol();
            setPage(p);
        }
}

void AdminController::close()
{
    if (m_page == Page::Closed)
        return;
    qCInfo(lcAdminScreen) << "admin screens closed and locked";
    clearPin();
    clearEnrol();
    m_haveAttempt = false;
    m_scanTest = false;
    if (m_testLineAt.isValid()) {
        m_testLineAt = {};
        emit displayTestEnded();
    }
    setPage(Page::Closed);
}

void AdminController::touched()
{
    m_lastTouch = m_clock.now();
}

void AdminController::tick()
{
    if (m_page == Page::Closed)
        return;
    if (m_lastTouch.secsTo(m_clock.now()) >= m_options.idleSeconds) {
        qCInfo(lcAdminScreen) << "admin screens locked after" << m_options.idleSeconds
                              << "s without a touch";
        close();
        return;
    }
    emit pinChanged(); // a lockout may have ended
}

void AdminController::setPage(Page page)
{
    if (page == m_page)
        return;
    m_page = page;
    if (m_page == Page::Closed)
        m_timer.stop();
    else if (m_options.tickMs > 0 && !m_timer.isActive())
        m_timer.start();
    emit pageChanged();
    emit rowsChanged();
}

void AdminController::printTestPage()
{
    touched();
    if (m_page != Page::Tests || !m_options.testPage || m_testPrint == QLatin1String("busy"))
        return;
    m_testJob = m_nextTestJob++;
    m_testPrint = QStringLiteral("busy");
    m_testPrintReason.clear();
    qCInfo(lcAdminScreen) << "printer test page requested";
    m_printer.print(m_options.testPage(), m_testJob);
    emit rowsChanged();
}

void AdminController::showTestLine()
{
    touched();
    if (m_page != Page::Tests)
        return;
    m_testLineAt = m_clock.now();
    const QString at = timeText(m_testLineAt);
    m_display.showCallouts({Callout{QStringLiteral("TEST"), at, m_testLineAt}});
    qCInfo(lcAdminScreen) << "display test line shown";
    emit rowsChanged();
}

void AdminController::setScanTest(bool on)
{
    touched();
    on = on && m_page == Page::Tests;
    if (on == m_scanTest)
        return;
    m_scanTest = on;
    m_scanTestSeen = false;
    m_scanTestKind.clear();
    emit rowsChanged();
}

void AdminController::syncNow()
{
    touched();
    if (m_page != Page::Actions)
        return;
    if (!m_central.configured()) {
        m_actionMessage = AdminText::tr("No central is configured: nothing to sync.");
    } else {
        m_central.syncNow();
        m_actionMessage = AdminText::tr("Sync started at %1.").arg(timeText(m_clock.now()));
    }
    emit rowsChanged();
}

void AdminController::restartApp()
{
    touched();
    if (m_page != Page::Actions)
        return;
    qCInfo(lcAdminScreen) << "restart asked on the admin screen";
    m_actionMessage = AdminText::tr("Restarting: the stander is back in a few seconds.");
    emit rowsChanged();
    if (m_options.restart)
        m_options.restart();
}

QStringList AdminController::enrolKeys() const
{
    QStringList keys;
    for (const char c : bookingcode::kAlphabet)
        keys << QString(QChar::fromLatin1(c));
    return keys;
}

QString AdminController::enrolCode() const
{
    QString grouped;
    for (qsizetype i = 0; i < m_enrolCode.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped.append(u'-');
        grouped.append(m_enrolCode.at(i));
    }
    return grouped;
}

void AdminController::startEnrol()
{
    touched();
    if (m_page != Page::Actions || m_enrolStep == EnrolStep::Working)
        return;
    clearEnrol();
    m_enrolStep = EnrolStep::Typing;
    qCInfo(lcAdminScreen) << "re-enrolment keypad opened";
    emit enrolChanged();
}

void AdminController::enrolKey(const QString &symbol)
{
    touched();
    if (m_page != Page::Actions || m_enrolStep != EnrolStep::Typing || symbol.size() != 1 ||
        m_enrolCode.size() >= kEnrolCodeLength)
        return;
    const QChar c = symbol.at(0).toUpper();
    if (c.unicode() > 0x7f || bookingcode::symbolValue(char(c.unicode())) < 0)
        return;
    m_enrolCode.append(c);
    emit enrolChanged();
}

void AdminController::enrolErase()
{
    touched();
    if (m_enrolStep != EnrolStep::Typing || m_enrolCode.isEmpty())
        return;
    m_enrolCode.chop(1);
    emit enrolChanged();
}

void AdminController::enrolSubmit()
{
    touched();
    if (m_page != Page::Actions || m_enrolStep != EnrolStep::Typing ||
        m_enrolCode.size() != kEnrolCodeLength)
        return;
    const QString code = m_enrolCode;
    m_enrolCode.fill(u'0');
    m_enrolCode.clear();
    const quint64 run = ++m_enrolRun;
    if (!m_options.enrol) {
        enrolAnswered(run, {EnrolAnswer::Result::Invalid,
                            {},
                            AdminText::tr("no central is configured (central.url is empty)")});
        return;
    }
    qCInfo(lcAdminScreen) << "re-enrolment with a new one-time code asked on the admin screen";
    m_enrolStep = EnrolStep::Working;
    emit enrolChanged();
    // The request blocks for up to the deadline: off the GUI thread, the answer queued back.
    // The timer ends "working" even if the request should overrun its own deadline.
    m_enrolDeadline.start(m_options.enrolDeadlineMs + 2000);
    QPointer<AdminController> self(this);
    auto enrol = m_options.enrol;
    const int deadline = m_options.enrolDeadlineMs;
    m_workers.start([self, enrol, code, deadline, run] {
        const EnrolAnswer a = enrol(code, deadline);
        QMetaObject::invokeMethod(
            qApp,
            [self, a, run] {
                if (self)
                    self->enrolAnswered(run, a);
            },
            Qt::QueuedConnection);
    });
}

void AdminController::enrolAnswered(quint64 run, const EnrolAnswer &answer)
{
    const bool enrolled = answer.result == EnrolAnswer::Result::Enrolled;
    if (enrolled)
        qCInfo(lcAdminScreen) << "re-enrolled at site" << answer.siteId
                              << "with a new token; restarting to use it";
    else
        qCWarning(lcAdminScreen).noquote()
            << "re-enrolment failed:" << resultName(answer.result) << "-" << answer.detail;
    if (enrolled && !m_restartPending) {
        // The new token is stored and the central no longer takes the old one: the program
        // restarts to use it even when the screen was left or the deadline had passed.
        m_restartPending = true;
        QTimer::singleShot(run == m_enrolRun && m_enrolStep == EnrolStep::Working
                               ? m_options.enrolRestartDelayMs
                               : 0,
                           this, [this] {
                               if (m_options.restart)
                                   m_options.restart();
                           });
    }
    if (run != m_enrolRun || m_enrolStep == EnrolStep::None)
        return; // an earlier run's late answer, or the screen was left meanwhile
    m_enrolDeadline.stop();
    m_enrolAnswer = answer;
    m_enrolStep = EnrolStep::Done;
    touched();
    emit enrolChanged();
}

void AdminController::enrolTimedOut()
{
    if (m_enrolStep != EnrolStep::Working)
        return;
    qCWarning(lcAdminScreen) << "re-enrolment: no answer within" << m_options.enrolDeadlineMs
                             << "ms";
    ++m_enrolRun; // a late answer is only acted on when it is a success (see enrolAnswered)
    m_enrolAnswer = {EnrolAnswer::Result::TimedOut,
                     {},
                     AdminText::tr("no answer within %1 s").arg(m_options.enrolDeadlineMs / 1000)};
    m_enrolStep = EnrolStep::Done;
    emit enrolChanged();
}

void AdminController::enrolBack()
{
    touched();
    if (m_enrolStep == EnrolStep::Working)
        return;
    clearEnrol();
}

void AdminController::clearEnrol()
{
    m_enrolCode.fill(u'0');
    m_enrolCode.clear();
    if (m_enrolStep == EnrolStep::None)
        return;
    // A run in flight is let go: a failure is forgotten, a success still restarts.
    if (m_enrolStep == EnrolStep::Working) {
        ++m_enrolRun;
        m_enrolDeadline.stop();
    }
    m_enrolStep = EnrolStep::None;
    m_enrolAnswer = {};
    emit enrolChanged();
}

QString AdminController::enrolLevel() const
{
    if (m_enrolStep != EnrolStep::Done)
        return {};
    return m_enrolAnswer.result == EnrolAnswer::Result::Enrolled ? kOk : kFault;
}

QString AdminController::enrolTitle() const
{
    switch (m_enrolStep) {
    case EnrolStep::None:
        return {};
    case EnrolStep::Typing:
        return AdminText::tr("Re-enrol with a new one-time code");
    case EnrolStep::Working:
        return AdminText::tr("Asking the central …");
    case EnrolStep::Done:
        break;
    }
    switch (m_enrolAnswer.result) {
    case EnrolAnswer::Result::Enrolled:
        return AdminText::tr("Enrolled");
    case EnrolAnswer::Result::Refused:
        return AdminText::tr("The code was refused");
    case EnrolAnswer::Result::Unreachable:
        return AdminText::tr("The central cannot be reached");
    case EnrolAnswer::Result::TlsRefused:
        return AdminText::tr("The central's certificate is not accepted");
    case EnrolAnswer::Result::TimedOut:
        return AdminText::tr("No answer in time");
    case EnrolAnswer::Result::Invalid:
        return AdminText::tr("Cannot enrol");
    case EnrolAnswer::Result::StorageError:
        return AdminText::tr("The new token could not be stored");
    }
    return {};
}

QString AdminController::enrolMessage() const
{
    switch (m_enrolStep) {
    case EnrolStep::None:
        return {};
    case EnrolStep::Typing:
        return AdminText::
            tr("Type the %1 characters of a one-time code from the central (borgerkiosk-central "
               "--make-enrol-code SITE). The stander keeps its present token until the central "
               "accepts the new code.")
                .arg(kEnrolCodeLength);
    case EnrolStep::Working:
        return AdminText::tr("Waiting for the central's answer (at most %1 s).")
            .arg((m_options.enrolDeadlineMs + 999) / 1000);
    case EnrolStep::Done:
        break;
    }
    const QString d = m_enrolAnswer.detail;
    switch (m_enrolAnswer.result) {
    case EnrolAnswer::Result::Enrolled:
        return AdminText::tr("The stander is enrolled at site %1 with a new token. The program "
                             "restarts now to use it.")
            .arg(m_enrolAnswer.siteId);
    case EnrolAnswer::Result::Refused:
        return AdminText::tr("The central says the code is unknown, mistyped or already used "
                             "(%1). Check the code and type it again, or ask the administrator "
                             "for a new one. Nothing was changed: the present token is kept.")
            .arg(d);
    case EnrolAnswer::Result::Unreachable:
        return AdminText::tr("%1. Check the network cable and central.url, then try again with "
                             "the same code. Nothing was changed.")
            .arg(d);
    case EnrolAnswer::Result::TlsRefused:
        return AdminText::tr("%1. Check central.ca_file and the stander's clock (the Central "
                             "page), then try again with the same code. Nothing was changed.")
            .arg(d);
    case EnrolAnswer::Result::TimedOut:
        return AdminText::tr("The central did not answer (%1). Check the network, then try "
                             "again. If the central then says the code is used, ask for a new "
                             "one. The present token is kept.")
            .arg(d);
    case EnrolAnswer::Result::Invalid:
        return AdminText::tr("Not attempted: %1. Fix the [central] keys in the configuration "
                             "file.")
            .arg(d);
    case EnrolAnswer::Result::StorageError:
        return AdminText::tr("The central accepted the code, but the token could not be written "
                             "(%1). The code is now used: fix the token file's folder (it must "
                             "belong to the kiosk user), then enrol with a new code.")
            .arg(d);
    }
    return {};
}

void AdminController::scanned(const QByteArray &raw)
{
    bool valid = false;
    const QString kind = scanKind(raw, &valid);
    m_lastScanAt = m_clock.now();
    m_lastScanKind = kind;
    if (m_scanTest) {
        m_scanTestSeen = true;
        m_scanTestKind = kind;
        m_scanTestValid = valid;
        touched();
    }
    emit rowsChanged();
}

QString AdminController::timeText(const QDateTime &utc) const
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

QString AdminController::ageText(const QDateTime &utc) const
{
    const qint64 s = utc.secsTo(m_clock.now());
    const QString date = utc.toLocalTime().toString(QStringLiteral("dd.MM. HH:mm"));
    if (s < 120)
        return AdminText::tr("%1 (%2 s ago)").arg(date).arg(qMax<qint64>(0, s));
    if (s < 7200)
        return AdminText::tr("%1 (%2 min ago)").arg(date).arg(s / 60);
    return AdminText::tr("%1 (%2 h ago)").arg(date).arg(s / 3600);
}

QVariantMap AdminController::row(const QString &key, const QString &label, const QString &value,
                                 const QString &level, const QString &action) const
{
    const QString levelText = level == kOk        ? AdminText::tr("OK")
                              : level == kWarning ? AdminText::tr("Warning")
                              : level == kFault   ? AdminText::tr("Fault")
                                                  : AdminText::tr("Info");
    return {{QStringLiteral("key"), key},
            {QStringLiteral("label"), label},
            {QStringLiteral("value"), value},
            {QStringLiteral("level"), level},
            {QStringLiteral("levelText"), levelText},
            {QStringLiteral("action"), action}};
}

QVariantList AdminController::deviceRows() const
{
    QVariantList rows;
    const DeviceStatus p = m_printer.status();
    QString printerAction;
    if (p.state == DeviceState::Error)
        printerAction =
            AdminText::tr("Put in paper, close the cover, then print the test page (Tests).");
    else if (p.state == DeviceState::Reconnecting)
        printerAction =
            AdminText::tr("Check the printer's power and cable, and the CUPS queue (lpstat -p).");
    else if (p.state == DeviceState::Disabled)
        printerAction = AdminText::tr("Set devices.printer in the configuration file.");
    else if (!p.reason.isEmpty())
        printerAction = AdminText::tr("Look at the printer's paper roll.");
    rows << row(QStringLiteral("printer"), AdminText::tr("Printer"), withReason(p), stateLevel(p),
                printerAction);
    rows << row(QStringLiteral("printerQueue"), AdminText::tr("Printer queue"),
                m_options.printerQueue, kInfo);
    rows << row(
        QStringLiteral("printerProfile"), AdminText::tr("Printer profile"),
        m_options.printerProfile.join(QStringLiteral("; ")), kInfo,
        AdminText::tr("Wrong letters or a ruler that wraps on the test page: fix [printer] in the "
                      "configuration file."));
    if (!m_haveJob) {
        rows << row(QStringLiteral("printerLastJob"), AdminText::tr("Last print"),
                    AdminText::tr("none since the start"), kInfo);
    } else {
        const QString outcome = m_lastJobOutcome == ReceiptPrinter::Outcome::Printed
                                    ? AdminText::tr("printed")
                                : m_lastJobOutcome == ReceiptPrinter::Outcome::Sent
                                    ? AdminText::tr("sent (the printer cannot confirm paper)")
                                    : AdminText::tr("failed: %1").arg(m_lastJobReason);
        rows << row(QStringLiteral("printerLastJob"), AdminText::tr("Last print"),
                    AdminText::tr("%1, %2").arg(timeText(m_lastJobAt), outcome),
                    m_lastJobOutcome == ReceiptPrinter::Outcome::Failed ? kFault : kOk,
                    m_lastJobOutcome == ReceiptPrinter::Outcome::Failed
                        ? AdminText::tr("Fix the printer's fault above, then print the test page.")
                        : QString());
    }
    const DeviceStatus d = m_display.status();
    rows << row(
        QStringLiteral("display"), AdminText::tr("Ticket display"),
        AdminText::tr("%1 (port %2)").arg(withReason(d), m_options.displayPort), stateLevel(d),
        d.state == DeviceState::Connected ? QString()
        : d.state == DeviceState::Disabled
            ? AdminText::tr("Set devices.display in the configuration file.")
            : AdminText::tr("Check the display's cable and power; it reconnects by itself."));
    const DeviceStatus r = m_reader.status();
    rows << row(QStringLiteral("reader"), AdminText::tr("Barcode reader"),
                AdminText::tr("%1 (%2)").arg(withReason(r), m_options.readerPort), stateLevel(r),
                r.state == DeviceState::Connected ? QString()
                : r.state == DeviceState::Disabled
                    ? AdminText::tr("Set devices.scanner in the configuration file.")
                    : AdminText::tr("Check the reader's cable; it reconnects by itself."));
    rows << row(QStringLiteral("readerLastScan"), AdminText::tr("Last scan"),
                m_lastScanAt.isValid()
                    ? AdminText::tr("%1: %2").arg(timeText(m_lastScanAt), m_lastScanKind)
                    : AdminText::tr("none since the start"),
                kInfo);
    return rows;
}

QVariantList AdminController::testRows() const
{
    QVariantList rows;
    QString value = AdminText::tr("not run yet");
    QString level = kInfo;
    QString action;
    if (m_testPrint == QLatin1String("busy")) {
        value = AdminText::tr("printing …");
    } else if (m_testPrint == QLatin1String("printed")) {
        value = AdminText::tr("printed");
        level = kOk;
        action = AdminText::tr("Compare the page with the README's checklist.");
    } else if (m_testPrint == QLatin1String("sent")) {
        value = AdminText::tr("sent: the printer cannot confirm paper, look at it");
        level = kWarning;
    } else if (m_testPrint == QLatin1String("failed")) {
        value = AdminText::tr("failed: %1").arg(m_testPrintReason);
        level = kFault;
        action = AdminText::tr("See the printer on the Devices page.");
    }
    rows << row(QStringLiteral("testPrint"), AdminText::tr("Test page"), value, level, action);
    rows << row(
        QStringLiteral("testLine"), AdminText::tr("Display test line"),
        m_testLineAt.isValid() ? AdminText::tr("a line \"TEST\" sent at %1: is it on the display?")
                                     .arg(timeText(m_testLineAt))
                               : AdminText::tr("not run yet"),
        m_testLineAt.isValid() ? kOk : kInfo,
        m_testLineAt.isValid() ? AdminText::tr("Nothing on the display: check its cable and "
                                               "display.port.")
                               : QString());
    QString scan = AdminText::tr("off");
    QString scanLevel = kInfo;
    if (m_scanTest && !m_scanTestSeen)
        scan = AdminText::tr("waiting: scan something now (nobody is checked in)");
    else if (m_scanTest && m_scanTestSeen) {
        scan = m_scanTestValid ? AdminText::tr("%1: a valid code").arg(m_scanTestKind)
                               : AdminText::tr("%1: not a valid booking code").arg(m_scanTestKind);
        scanLevel = m_scanTestValid ? kOk : kWarning;
    }
    rows << row(QStringLiteral("testScan"), AdminText::tr("Scan test"), scan, scanLevel);
    return rows;
}

QVariantList AdminController::centralRows() const
{
    QVariantList rows;
    if (!m_central.configured()) {
        rows << row(QStringLiteral("centralConfigured"), AdminText::tr("Central"),
                    AdminText::tr("not configured: this stander works on its own"), kInfo,
                    AdminText::tr(
                        "Set central.url, central.ca_file and central.token_file to connect it."));
        return rows;
    }
    const sync::SyncState &s = m_central.state();
    const QString err = s.lastError;
    const bool tls = err.contains(QLatin1String("certificate"), Qt::CaseInsensitive) ||
                     err.contains(QLatin1String("TLS")) || err.contains(QLatin1String("SSL")) ||
                     err.contains(QLatin1String("handshake"), Qt::CaseInsensitive);
    const bool token = err.contains(QLatin1String("401")) || err.contains(QLatin1String("403")) ||
                       err.contains(QLatin1String("token"), Qt::CaseInsensitive) ||
                       err.contains(QLatin1String("unauthori"), Qt::CaseInsensitive);
    if (s.online)
        rows << row(QStringLiteral("centralReachable"), AdminText::tr("Central"),
                    AdminText::tr("reachable, online"), kOk);
    else if (m_central.offline())
        rows << row(QStringLiteral("centralReachable"), AdminText::tr("Central"),
                    AdminText::tr("not reachable: %1").arg(err), kFault,
                    tls || token
                        ? AdminText::tr("See TLS and token below.")
                        : AdminText::tr("Check the network and central.url; then Sync now."));
    else
        rows << row(QStringLiteral("centralReachable"), AdminText::tr("Central"),
                    AdminText::tr("waiting for the first sync"), kWarning,
                    AdminText::tr("Sync now (Actions)."));
    rows << row(
        QStringLiteral("centralTls"), AdminText::tr("TLS"),
        tls ? AdminText::tr("the central's certificate is not accepted")
            : (s.online ? AdminText::tr("certificate accepted") : AdminText::tr("not known yet")),
        tls ? kFault : (s.online ? kOk : kInfo),
        tls ? AdminText::tr("Check central.ca_file and the stander's clock.") : QString());
    rows << row(QStringLiteral("centralToken"), AdminText::tr("Token"),
                token ? AdminText::tr("refused by the central")
                      : (s.online ? AdminText::tr("accepted") : AdminText::tr("not known yet")),
                token ? kFault : (s.online ? kOk : kInfo),
                token ? AdminText::tr("Re-enrol with a new one-time code (Actions).") : QString());
    rows << row(QStringLiteral("centralLastSync"), AdminText::tr("Last successful sync"),
                s.lastSync.isValid() ? ageText(s.lastSync) : AdminText::tr("never"),
                s.lastSync.isValid() && s.lastSync.secsTo(m_clock.now()) < 600 ? kOk : kWarning);
    QString oldest = AdminText::tr("empty");
    QString outboxLevel = kOk;
    if (auto pending = m_store.pendingOutbox(1); pending && !pending->isEmpty()) {
        oldest = AdminText::tr("oldest %1").arg(ageText(pending->constFirst().createdAt));
        if (pending->constFirst().createdAt.secsTo(m_clock.now()) > 600)
            outboxLevel = kWarning;
    }
    rows << row(QStringLiteral("centralOutbox"), AdminText::tr("Outbox"),
                AdminText::tr("%1 waiting, %2").arg(s.outboxDepth).arg(oldest), outboxLevel,
                outboxLevel == kOk ? QString()
                                   : AdminText::tr("Bring the central back; nothing is lost."));
    const auto memo = const_cast<CacheStore &>(m_store).syncMemo();
    rows << row(QStringLiteral("centralCursor"), AdminText::tr("Cursor"),
                memo && !memo->cursor.isEmpty() ? memo->cursor
                                                : AdminText::tr("none: a snapshot comes next"),
                kInfo);
    if (const std::optional<QDateTime> centralNow = s.centralNow()) {
        // The kiosk's clock minus the central's, as the heartbeat, the fleet and the self-test.
        const qint64 offset = centralNow->secsTo(m_clock.now());
        rows << row(QStringLiteral("centralClock"), AdminText::tr("Clock offset to the central"),
                    AdminText::tr("%1 s").arg(offset),
                    qAbs(offset) <= 5 ? kOk : (qAbs(offset) <= 120 ? kWarning : kFault),
                    qAbs(offset) <= 5 ? QString()
                                      : AdminText::tr("Check the stander's time sync (NTP)."));
    } else {
        rows << row(QStringLiteral("centralClock"), AdminText::tr("Clock offset to the central"),
                    AdminText::tr("not known yet"), kInfo);
    }
    rows << row(QStringLiteral("centralLive"), AdminText::tr("Call-outs (WebSocket)"),
                s.liveConnected ? AdminText::tr("connected") : AdminText::tr("not connected"),
                s.liveConnected ? kOk : kWarning,
                s.liveConnected ? QString()
                                : AdminText::tr("Call-outs arrive with the next sync meanwhile."));
    return rows;
}

QVariantList AdminController::standerRows() const
{
    QVariantList rows;
    rows << row(QStringLiteral("version"), AdminText::tr("Version"), m_options.version, kInfo);
    rows << row(QStringLiteral("configPath"), AdminText::tr("Configuration file"),
                m_options.configPath, kInfo);
    rows << row(QStringLiteral("configSummary"), AdminText::tr("Configuration"),
                m_options.configSummary.join(u'\n'), kInfo);
    const QFileInfo cache(m_options.cachePath);
    const QStorageInfo disk(cache.absolutePath());
    const qint64 free = disk.isValid() ? disk.bytesAvailable() : -1;
    rows << row(QStringLiteral("diskFree"), AdminText::tr("Free disk space"), bytesText(free),
                free >= 0 && free < (qint64(200) << 20) ? kFault : kOk,
                free >= 0 && free < (qint64(200) << 20)
                    ? AdminText::tr("Free space on the disk (journal, "
                                    "old files).")
                    : QString());
    qint64 cacheBytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        cacheBytes += QFileInfo(m_options.cachePath + suffix).size();
    rows << row(QStringLiteral("cacheSize"), AdminText::tr("Cache size"), bytesText(cacheBytes),
                kInfo);
    const qint64 up = m_startedAt.secsTo(m_clock.now());
    rows << row(QStringLiteral("uptime"), AdminText::tr("Running for"),
                AdminText::tr("%1 h %2 min").arg(up / 3600).arg((up % 3600) / 60), kInfo);
    QStringList startTexts;
    for (const QDateTime &t : starts(m_options.startLogPath))
        startTexts << t.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"));
    // Ten starts within the hour: the program keeps failing (see the journal).
    const QList<QDateTime> kept = starts(m_options.startLogPath);
    const bool often = kept.size() >= kStartsKept && kept.constLast().secsTo(m_clock.now()) < 3600;
    rows << row(
        QStringLiteral("starts"), AdminText::tr("Last starts"),
        startTexts.isEmpty() ? AdminText::tr("none recorded") : startTexts.join(u'\n'),
        often ? kWarning : kInfo,
        often ? AdminText::tr("It restarts often: read the journal (journalctl -u borgerkiosk).")
              : QString());
    return rows;
}

QVariantList AdminController::actionRows() const
{
    QVariantList rows;
    if (!m_actionMessage.isEmpty())
        rows << row(QStringLiteral("actionMessage"), AdminText::tr("Done"), m_actionMessage, kInfo);
    return rows;
}

} // namespace bk
