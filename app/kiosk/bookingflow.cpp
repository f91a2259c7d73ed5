#include "kiosk/bookingflow.h"

#include "kiosk/bookingbackend.h"
#include "kiosk/receiptstatus.h"
#include "kiosk/servicetext.h"
#include "kiosk/slip.h"
#include "kiosk/uiformat.h"

#include "domain/clock.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcBookingFlow, "bk.bookingflow")

namespace bk {

BookingFlow::BookingFlow(Options options, BookingBackend &backend, const Clock &clock,
                         Translations &translations, SlipPrinter &printer, QObject *parent)
    : ErrandFlow(translations, printer, parent), m_options(std::move(options)), m_backend(backend),
      m_clock(clock)
{
    connect(this, &BookingFlow::phoneChanged, this, &ErrandFlow::spokenTextChanged);
}

QVariantList BookingFlow::errands() const
{
    QVariantList out;
    const QString lang = language();
    for (const Service &s : m_backend.services()) {
        if (!s.bookable)
            continue;
        QVariantMap errand = ui::errandEntry(s, lang);
        errand.insert(QStringLiteral("selfService"), !s.selfServiceUrl.isEmpty());
        out.append(errand);
    }
    return out;
}

QString BookingFlow::selfServiceAddress() const
{
    QString a = m_service.selfServiceUrl;
    for (const QString &prefix :
         {QStringLiteral("https://"), QStringLiteral("http://"), QStringLiteral("www.")})
        if (a.startsWith(prefix))
            a.remove(0, prefix.size());
    if (a.endsWith(u'/'))
        a.chop(1);
    return a;
}

QVariantList BookingFlow::days() const
{
    const QString lang = language();
    const QLocale locale = ui::localeFor(lang);
    QVariantList out;
    for (int i = 0; i < m_days.size(); ++i) {
        const DayAvailability &d = m_days[i];
        QString weekday = locale.dayName(d.day.dayOfWeek());
        weekday[0] = weekday[0].toUpper();
        const QString date = ui::dayMonthText(d.day, lang);
        out.append(QVariantMap{{QStringLiteral("index"), i},
                               {QStringLiteral("weekday"), weekday},
                               {QStringLiteral("date"), date},
                               {QStringLiteral("open"), d.open},
                               {QStringLiteral("free"), d.freeSlots},
                               {QStringLiteral("reason"), ui::closedReason(d, lang)}});
    }
    return out;
}

QString BookingFlow::dayText() const
{
    return m_day.isValid() ? ui::dayText(m_day, language()) : QString();
}

QVariantList BookingFlow::times() const
{
    QVariantList out;
    const int first = m_timePage * m_options.timesPerPage;
    for (int i = first; i < m_times.size() && i < first + m_options.timesPerPage; ++i)
        out.append(QVariantMap{{QStringLiteral("index"), i},
                               {QStringLiteral("time"), ui::timeText(m_times[i].start)},
                               {QStringLiteral("free"), m_times[i].free}});
    return out;
}

int BookingFlow::timePageCount() const
{
    return int((m_times.size() + m_options.timesPerPage - 1) / m_options.timesPerPage);
}

QString BookingFlow::timeText() const
{
    return m_start.isValid() ? ui::timeText(m_start) : QString();
}

QString BookingFlow::phone() const
{
    return ui::groupedPhone(m_phone);
}

QString BookingFlow::code() const
{
    return ui::groupedCode(m_code);
}

QVariantList BookingFlow::alternatives() const
{
    QVariantList out;
    for (int i = 0; i < m_alternatives.size(); ++i)
        out.append(QVariantMap{{QStringLiteral("index"), i},
                               {QStringLiteral("time"), ui::timeText(m_alternatives[i])}});
    return out;
}

void BookingFlow::chooseErrand(const QString &serviceId)
{
    for (const Service &s : m_backend.services()) {
        if (s.id == serviceId && s.bookable) {
            m_service = s;
            if (!s.selfServiceUrl.isEmpty()) {
                reportOnce(StanderEvent::SelfServiceShown);
                show(Step::SelfService);
            } else
                bookAnyway();
            return;
        }
    }
}

void BookingFlow::bookAnyway()
{
    if (m_service.id.isEmpty())
        return;
    loadDays();
}

void BookingFlow::loadDays()
{
    if (m_options.clockTrusted && !m_options.clockTrusted()) {
        qCWarning(lcBookingFlow) << "booking: no days offered: the system clock is implausible";
        m_days.clear();
        show(Step::Unavailable);
        return;
    }
    if (!m_backend.canBookNow()) {
        // Offline from the central: a time picked now could not be booked at confirm.
        qCInfo(lcBookingFlow) << "booking: central-unreachable";
        m_days.clear();
        show(Step::Unavailable);
        return;
    }
    m_days = m_backend.days(m_service.id, ui::localDay(m_clock.now()), m_options.daysShown);
    if (m_days.isEmpty()) {
        // The site's hours are unknown (the central has not sent them): no day can be offered.
        qCInfo(lcBookingFlow) << "booking: hours-unknown";
        show(Step::Unavailable);
        return;
    }
    show(Step::Day);
}

void BookingFlow::printSelfService()
{
    if (m_step != Step::SelfService)
        return;
    Slip slip;
    slip.kind = Slip::Kind::SelfService;
    slip.language = language();
    slip.siteName = m_options.siteName;
    slip.serviceName = serviceName();
    slip.url = m_service.selfServiceUrl;
    slip.issuedAt = m_clock.now();
    m_receipt->print(slip);
    reportOnce(StanderEvent::SelfServiceQrPrinted);
}

void BookingFlow::reportOnce(StanderEvent event)
{
    // Once per errand and citizen: going back to the pointer, or printing it twice, is still
    // one citizen shown it (the statistics count citizens).
    if (!m_options.report || m_service.id.isEmpty())
        return;
    const QString key = QString::number(int(event)) + u':' + m_service.id;
    if (m_reported.contains(key))
        return;
    m_reported.insert(key);
    m_options.report(event, m_service.id);
}

void BookingFlow::chooseDay(int index)
{
    if (m_step != Step::Day || index < 0 || index >= m_days.size() || !m_days[index].open ||
        m_days[index].freeSlots == 0)
        return;
    m_day = m_days[index].day;
    loadTimes();
    show(Step::Time);
}

void BookingFlow::loadTimes()
{
    m_times = m_backend.freeSlots(m_service.id, m_day);
    m_timePage = 0;
}

void BookingFlow::chooseTime(int index)
{
    if (m_step != Step::Time || index < 0 || index >= m_times.size())
        return;
    m_start = m_times[index].start;
    show(Step::Phone);
}

void BookingFlow::laterTimes()
{
    if (m_timePage + 1 < timePageCount()) {
        ++m_timePage;
        emit changed();
        emit timePageTurned();
    }
}

void BookingFlow::earlierTimes()
{
    if (m_timePage > 0) {
        --m_timePage;
        emit changed();
        emit timePageTurned();
    }
}

void BookingFlow::pressDigit(const QString &digit)
{
    if (digit.size() != 1 || !digit[0].isDigit() || digit[0].unicode() > '9' ||
        m_phone.size() >= phoneLength())
        return;
    m_phone += digit;
    m_phoneProblem = PhoneProblem::None;
    emit phoneChanged();
    emit changed();
}

void BookingFlow::erasePhone()
{
    if (m_phone.isEmpty())
        return;
    m_phone.chop(1);
    m_phoneProblem = PhoneProblem::None;
    emit phoneChanged();
    emit changed();
}

void BookingFlow::acceptPhone()
{
    if (m_step != Step::Phone)
        return;
    // Danish numbers have eight digits and never start with 0 or 1.
    if (!m_phone.isEmpty() && m_phone.size() != phoneLength())
        m_phoneProblem = PhoneProblem::TooShort;
    else if (!m_phone.isEmpty() && (m_phone[0] == u'0' || m_phone[0] == u'1'))
        m_phoneProblem = PhoneProblem::BadStart;
    else
        m_phoneProblem = PhoneProblem::None;
    if (m_phoneProblem != PhoneProblem::None) {
        emit phoneChanged();
        return;
    }
    show(Step::Summary);
}

void BookingFlow::skipPhone()
{
    if (m_step != Step::Phone)
        return;
    ui::forget(m_phone);
    m_phoneProblem = PhoneProblem::None;
    emit phoneChanged();
    show(Step::Summary);
}

void BookingFlow::confirm()
{
    if (m_step != Step::Summary)
        return;
    show(Step::Booking);
    const quint64 generation = ++m_generation;
    QPointer<BookingFlow> self(this);
    BookingRequest request{m_service.id, m_start, m_phone};
    m_backend.book(request, [self, generation](BookingAnswer answer) {
        if (!self || self->m_generation != generation || self->m_step != Step::Booking)
            return;
        qCInfo(lcBookingFlow) << "booking:" << answer.logKey;
        switch (answer.kind) {
        case BookingAnswer::Kind::Booked:
            self->m_code = answer.code;
            // Booked although the errand can be done at home: the pointer did not send them.
            if (!self->m_service.selfServiceUrl.isEmpty())
                self->reportOnce(StanderEvent::SelfServiceBookedAnyway);
            self->show(Step::Done);
            self->printBooking();
            return;
        case BookingAnswer::Kind::SlotTaken:
            self->m_alternatives = answer.alternatives;
            self->show(Step::SlotTaken);
            return;
        case BookingAnswer::Kind::Unavailable:
            self->show(Step::Unavailable);
            return;
        }
    });
    ui::forget(request.phone);
}

void BookingFlow::chooseAlternative(int index)
{
    if (m_step != Step::SlotTaken || index < 0 || index >= m_alternatives.size())
        return;
    m_start = m_alternatives[index];
    m_day = ui::localDay(m_start);
    loadTimes();
    m_alternatives.clear();
    show(Step::Summary);
}

void BookingFlow::printBooking()
{
    Slip slip;
    slip.kind = Slip::Kind::Booking;
    slip.language = language();
    slip.siteName = m_options.siteName;
    slip.serviceName = serviceName();
    slip.code = m_code;
    slip.start = m_start;
    slip.bring = bring();
    slip.issuedAt = m_clock.now();
    m_receipt->print(slip);
}

void BookingFlow::reprint()
{
    if (m_step == Step::Done)
        printBooking();
}

void BookingFlow::back()
{
    switch (m_step) {
    case Step::Errand:
    case Step::Done:
    case Step::Unavailable:
        emit leave();
        return;
    case Step::SelfService:
        m_service = Service();
        m_receipt->reset();
        show(Step::Errand);
        return;
    case Step::Day:
        m_days.clear();
        if (m_service.selfServiceUrl.isEmpty()) {
            m_service = Service();
            show(Step::Errand);
        } else {
            show(Step::SelfService);
        }
        return;
    case Step::Time:
        m_times.clear();
        m_day = QDate();
        // Free places (and the hours) may have changed meanwhile.
        loadDays();
        return;
    case Step::Phone:
        m_start = QDateTime();
        show(Step::Time);
        return;
    case Step::Summary:
        show(Step::Phone);
        return;
    case Step::Booking:
        return; // the answer is on its way
    case Step::SlotTaken:
        loadTimes();
        show(Step::Time);
        return;
    }
}

void BookingFlow::show(Step step)
{
    m_step = step;
    emit changed();
}

void BookingFlow::reset()
{
    ++m_generation;
    m_reported.clear();
    m_service = Service();
    m_days.clear();
    m_day = QDate();
    m_times.clear();
    m_timePage = 0;
    firstErrandPage();
    m_start = QDateTime();
    ui::forget(m_phone);
    m_phoneProblem = PhoneProblem::None;
    ui::forget(m_code);
    m_alternatives.clear();
    m_receipt->reset();
    m_step = Step::Errand;
    emit phoneChanged();
    emit changed();
}

} // namespace bk
