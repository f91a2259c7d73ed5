#include "kiosk/checkinflow.h"

#include "kiosk/receiptstatus.h"
#include "kiosk/slip.h"
#include "kiosk/uiformat.h"

#include "domain/bookingcode.h"
#include "domain/clock.h"
#include "domain/scanpayload.h"
#include "store/cachestore.h"

#include <QLoggingCategory>
#include <QMetaEnum>

Q_LOGGING_CATEGORY(lcCheckIn, "bk.checkin")

namespace bk {

CheckInFlow::CheckInFlow(Options options, CacheStore &store, const Clock &clock,
                         Translations &translations, SlipPrinter &printer, QObject *parent)
    : ErrandFlow(translations, printer, parent), m_options(std::move(options)), m_store(store),
      m_clock(clock)
{
    connect(this, &CheckInFlow::typedChanged, this, &ErrandFlow::spokenTextChanged);
}

QStringList CheckInFlow::keys() const
{
    QStringList out;
    for (char c : bookingcode::kAlphabet)
        out.append(QString(QChar::fromLatin1(c)));
    return out;
}

int CheckInFlow::codeLength() const
{
    return int(bookingcode::kLength);
}

QString CheckInFlow::typed() const
{
    return ui::groupedCode(m_typed);
}

QString CheckInFlow::code() const
{
    return ui::groupedCode(m_code);
}

QString CheckInFlow::bookedTime() const
{
    return m_start.isValid() ? ui::timeText(m_start) : QString();
}

QString CheckInFlow::bookedDay() const
{
    return m_bookedDay.isValid() ? ui::dayText(m_bookedDay, language()) : QString();
}

QString CheckInFlow::comeBackAt() const
{
    return m_earliest.isValid() ? ui::timeText(m_earliest) : QString();
}

int CheckInFlow::minutesToWait() const
{
    if (!m_start.isValid())
        return -1;
    return int(std::max<qint64>(0, (m_clock.now().secsTo(m_start) + 59) / 60));
}

bool CheckInFlow::canReprint() const
{
    return !m_ticket.isEmpty() && (m_step == Step::OnTime || m_step == Step::LateAccepted ||
                                   m_step == Step::AlreadyCheckedIn);
}

void CheckInFlow::start()
{
    reset();
}

void CheckInFlow::press(const QString &key)
{
    if (m_step != Step::Entry)
        show(Step::Entry);
    if (key.size() != 1 || bookingcode::symbolValue(key[0].toLatin1()) < 0 ||
        m_typed.size() >= qsizetype(bookingcode::kLength))
        return;
    m_typed += key;
    if (m_problem != Problem::None) {
        m_problem = Problem::None;
        emit changed();
    }
    emit typedChanged();
}

void CheckInFlow::erase()
{
    if (m_typed.isEmpty())
        return;
    m_typed.chop(1);
    emit typedChanged();
}

void CheckInFlow::submit()
{
    // One tap, one check-in: a second tap reaching us after the result is shown would
    // otherwise judge the emptied keypad ("too short") over the ticket.
    if (m_step != Step::Entry)
        return;
    m_fromScan = false;
    const bookingcode::Normalised n = bookingcode::normalise(m_typed.toStdString());
    if (!n.ok()) {
        qCInfo(lcCheckIn) << "typed code refused:"
                          << QString::fromLatin1(bookingcode::errorKey(*n.error));
        m_problem =
            *n.error == bookingcode::CodeError::BadCheck ? Problem::WrongCheck : Problem::TooShort;
        show(Step::Invalid);
        return;
    }
    lookUp(QString::fromStdString(n.code));
}

void CheckInFlow::scanned(const QByteArray &raw)
{
    // A scan replaces whatever was on screen, input included.
    reset();
    m_fromScan = true;
    emit scanArrived();
    const ScanResult r = parseScan(std::string_view(raw.constData(), size_t(raw.size())));
    if (!r.ok()) {
        qCInfo(lcCheckIn) << "scan refused:" << QString::fromLatin1(rejectionKey(*r.rejection));
        switch (*r.rejection) {
        case ScanRejection::BadCheck:
            m_problem = Problem::WrongCheck;
            break;
        case ScanRejection::NotACode:
            m_problem = Problem::NotOurCode;
            break;
        default:
            m_problem = Problem::Unreadable;
            break;
        }
        show(Step::Invalid);
        return;
    }
    lookUp(QString::fromStdString(r.code));
}

void CheckInFlow::lookUp(const QString &code)
{
    ui::forget(m_typed);
    emit typedChanged();
    m_code = code;
    if (m_options.clockTrusted && !m_options.clockTrusted()) {
        // Early, late, wrong day: every answer depends on the clock (bk.clock says why).
        qCWarning(lcCheckIn) << "check-in: not decided: the system clock is implausible";
        show(Step::Unavailable);
        return;
    }
    const QDateTime now = m_clock.now();
    auto result = m_store.checkIn(code, m_options.site, now);
    if (!result) {
        // The store's message may contain the code: log the kind of failure only.
        if (result.errorKind() == StoreErrorKind::NotFound) {
            // A booking for another site is cached without that site's services: it is still
            // "the wrong place", not "unknown code".
            const Result<Booking> b = m_store.findBooking(code);
            if (!b && !b.isNotFound()) {
                qCWarning(lcCheckIn) << "check-in: store-error" << int(b.errorKind());
                show(Step::Unavailable);
                return;
            }
            if (b && b->siteId != m_options.site) {
                qCInfo(lcCheckIn) << "check-in: WrongSite";
                m_start = b->start;
                m_bookedDay = ui::localDay(b->start);
                show(Step::WrongSite);
                return;
            }
            qCInfo(lcCheckIn) << "check-in: not-found";
            show(Step::NotFound);
        } else {
            qCWarning(lcCheckIn) << "check-in: store-error" << int(result.errorKind());
            show(Step::Unavailable);
        }
        return;
    }
    // What the store decided on, read in its transaction: asking the cache again could show
    // another booking time, errand or ticket than the decision judged.
    const CheckInDecision &d = result->decision;
    m_start = result->booking.start;
    m_service = result->service;
    m_bookedDay = d.bookedDay;
    m_earliest = d.earliest;
    m_seeStaff = d.tooLate == TooLateAction::SeeStaff;
    if (result->ticket)
        m_ticket = result->ticket->label();
    m_queueToken = result->queueToken;

    Step step = Step::Unavailable;
    switch (d.outcome) {
    case CheckInOutcome::OnTime:
        step = Step::OnTime;
        break;
    case CheckInOutcome::LateAccepted:
        step = Step::LateAccepted;
        break;
    case CheckInOutcome::Early:
        step = Step::Early;
        break;
    case CheckInOutcome::TooLate:
        step = Step::TooLate;
        break;
    case CheckInOutcome::WrongDay:
        step = Step::WrongDay;
        break;
    case CheckInOutcome::WrongSite:
        step = Step::WrongSite;
        break;
    case CheckInOutcome::Cancelled:
        step = Step::Cancelled;
        break;
    case CheckInOutcome::SettledByPhone:
        step = Step::SettledByPhone;
        break;
    case CheckInOutcome::MovedToSelfService:
        step = Step::MovedToSelfService;
        break;
    case CheckInOutcome::AlreadyCheckedIn:
        step = Step::AlreadyCheckedIn;
        break;
    }
    qCInfo(lcCheckIn) << "check-in:" << QMetaEnum::fromType<Step>().valueToKey(int(step));
    if (step == Step::TooLate) {
        // Only the stander knows the citizen came (issue 14): without this the statistics
        // count them as a no-show. The code goes to the central only to find the booking.
        if (auto queued = m_store.queueEvent(StanderEvent::CheckInRefusedTooLate,
                                             result->booking.serviceId, now, code);
            !queued)
            qCWarning(lcCheckIn) << "check-in: refusal not queued for the statistics:"
                                 << int(queued.errorKind());
    }
    show(step);
    if (step == Step::OnTime || step == Step::LateAccepted)
        printTicket();
}

void CheckInFlow::printTicket()
{
    Slip slip;
    slip.kind = Slip::Kind::QueueTicket;
    slip.language = language();
    slip.siteName = m_options.siteName;
    slip.serviceName = serviceName();
    slip.ticket = m_ticket;
    slip.start = m_start;
    slip.queuePageUrl = queuePageUrl(m_options.queuePageBase, m_queueToken);
    slip.issuedAt = m_clock.now();
    m_receipt->print(slip);
}

void CheckInFlow::reprint()
{
    if (canReprint())
        printTicket();
}

void CheckInFlow::tryAgain()
{
    const bool fromScan = m_fromScan;
    reset();
    m_fromScan = fromScan;
}

void CheckInFlow::show(Step step)
{
    m_step = step;
    emit changed();
}

void CheckInFlow::reset()
{
    ui::forget(m_typed);
    ui::forget(m_code);
    ui::forget(m_ticket);
    ui::forget(m_queueToken);
    m_problem = Problem::None;
    m_fromScan = false;
    m_service = Service();
    m_start = QDateTime();
    m_bookedDay = QDate();
    m_earliest = QDateTime();
    m_seeStaff = false;
    m_receipt->reset();
    m_step = Step::Entry;
    emit typedChanged();
    emit changed();
}

} // namespace bk
