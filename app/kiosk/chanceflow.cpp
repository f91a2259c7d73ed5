#include "kiosk/chanceflow.h"

#include "kiosk/bookingbackend.h"
#include "kiosk/receiptstatus.h"
#include "kiosk/servicetext.h"
#include "kiosk/slip.h"
#include "kiosk/uiformat.h"

#include "domain/clock.h"
#include "store/cachestore.h"

#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcChance, "bk.chance")

namespace bk {

ChanceFlow::LetterSource ChanceFlow::fixedLetter(QChar letter)
{
    return [letter] { return std::optional<QChar>(letter); };
}

ChanceFlow::ChanceFlow(Options options, CacheStore &store, BookingBackend &backend,
                       const Clock &clock, Translations &translations, SlipPrinter &printer,
                       QObject *parent)
    : ErrandFlow(translations, printer, parent), m_options(std::move(options)), m_store(store),
      m_backend(backend), m_clock(clock)
{}

QVariantList ChanceFlow::errands() const
{
    QVariantList out;
    const QString lang = language();
    for (const Service &s : m_backend.services())
        out.append(ui::errandEntry(s, lang));
    return out;
}

QString ChanceFlow::expectedTime() const
{
    return m_expected ? ui::timeText(*m_expected) : QString();
}

void ChanceFlow::choose(const QString &serviceId)
{
    // One tap, one ticket: only the errand list issues; a second tap (double tap, bounce,
    // touch plus synthesised mouse) arrives when the ticket is already shown.
    if (m_step != Step::Errand)
        return;
    if (m_options.clockTrusted && !m_options.clockTrusted()) {
        qCWarning(lcChance) << "chance ticket: not issued: the system clock is implausible";
        showUnavailable();
        return;
    }
    const std::optional<QChar> letter =
        m_options.queueLetter ? m_options.queueLetter() : std::optional<QChar>();
    if (!letter) {
        qCWarning(lcChance) << "chance ticket: not issued: the site's chance-queue letter is not "
                               "known yet (it comes with the first sync from the central)";
        showUnavailable();
        return;
    }
    const Result<Service> service = m_store.findService(m_options.site, serviceId);
    const QDateTime now = m_clock.now();
    auto issued = service ? m_store.issueChanceTicket(m_options.site, serviceId, *letter, now)
                          : Result<IssuedTicket>(service.storeError());
    if (!issued) {
        qCWarning(lcChance) << "chance ticket: not issued" << int(issued.errorKind());
        showUnavailable();
        return;
    }
    m_service = *service;
    m_ticket = issued->ticket.label();
    m_queueToken = issued->queueToken;
    // The chance queue is served in the gaps: the next free time today is an honest estimate;
    // with none left, the truth is that no time today can be promised.
    m_expected.reset();
    const QList<SlotAvailability> free = m_backend.freeSlots(serviceId, ui::localDay(now));
    if (!free.isEmpty())
        m_expected = free.first().start;
    qCInfo(lcChance) << "chance ticket issued" << (m_expected ? "with-estimate" : "no-promise");
    m_step = Step::Ticket;
    emit changed();

    Slip slip;
    slip.kind = Slip::Kind::ChanceTicket;
    slip.language = language();
    slip.siteName = m_options.siteName;
    slip.serviceName = serviceName();
    slip.ticket = m_ticket;
    slip.expectedAt = m_expected;
    slip.queuePageUrl = queuePageUrl(m_options.queuePageBase, m_queueToken);
    slip.issuedAt = now;
    m_receipt->print(slip);
}

void ChanceFlow::showUnavailable()
{
    m_step = Step::Unavailable;
    emit changed();
}

void ChanceFlow::reset()
{
    m_step = Step::Errand;
    m_service = Service();
    firstErrandPage();
    ui::forget(m_ticket);
    ui::forget(m_queueToken);
    m_expected.reset();
    m_receipt->reset();
    emit changed();
}

} // namespace bk
