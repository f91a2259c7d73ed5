#include "kiosk/alertmonitor.h"

#include "kiosk/centralstatus.h"

#include "drivers/barcodereader.h"
#include "drivers/receiptprinter.h"
#include "drivers/ticketdisplay.h"
#include "store/cachestore.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAlerts, "bk.alerts")

namespace bk {

namespace {

// The meta key that lists the raised alerts across restarts (comma-separated keys).
const QString kRaisedKey = QStringLiteral("alerts.raised");

const QString kPaperOut = QStringLiteral("paper-out");
const QString kPrinterOffline = QStringLiteral("printer-offline");
const QString kReaderGone = QStringLiteral("reader-gone");
const QString kDisplayGone = QStringLiteral("display-gone");
const QString kCentralUnreachable = QStringLiteral("central-unreachable");

/// Unplugged or unusable: neither working nor switched off in the configuration.
bool gone(const DeviceStatus &s)
{
    return s.state == DeviceState::Reconnecting || s.state == DeviceState::Error;
}

} // namespace

AlertMonitor::AlertMonitor(const Options &options, const Clock &clock, CacheStore &store,
                           ReceiptPrinter &printer, TicketDisplay &display, BarcodeReader &reader,
                           const CentralStatus *central, QObject *parent)
    : QObject(parent), m_options(options), m_clock(clock), m_store(store), m_printer(printer),
      m_display(display), m_reader(reader), m_central(central)
{
    // Raised before a restart: still raised until the condition is seen gone long enough.
    const QDateTime now = m_clock.now();
    for (const QString &alert : m_store.meta(kRaisedKey).split(u',', Qt::SkipEmptyParts))
        m_episodes.insert(alert, Episode{now, {}, true});
    connect(&m_printer, &ReceiptPrinter::statusChanged, this, &AlertMonitor::tick);
    connect(&m_display, &TicketDisplay::statusChanged, this, &AlertMonitor::tick);
    connect(&m_reader, &BarcodeReader::statusChanged, this, &AlertMonitor::tick);
    if (m_central)
        connect(m_central, &CentralStatus::changed, this, &AlertMonitor::tick);
    connect(&m_timer, &QTimer::timeout, this, &AlertMonitor::tick);
    if (m_options.tickMs > 0)
        m_timer.start(m_options.tickMs);
}

void AlertMonitor::tick()
{
    const QDateTime now = m_clock.now();
    const DeviceStatus printer = m_printer.status();
    const bool paperOut = printer.reasonKey == QLatin1String("media-empty") ||
                          printer.reasonKey == QLatin1String("media-needed");
    step(kPaperOut, paperOut, m_options.raiseAfter, now);
    step(kPrinterOffline, printer.state == DeviceState::Reconnecting, m_options.raiseAfter, now);
    step(kReaderGone, gone(m_reader.status()), m_options.raiseAfter, now);
    step(kDisplayGone, gone(m_display.status()), m_options.raiseAfter, now);
    if (m_central)
        step(kCentralUnreachable, m_central->offline(),
             std::chrono::duration_cast<std::chrono::seconds>(m_options.unreachableAfter), now);
}

QStringList AlertMonitor::raised() const
{
    QStringList out;
    for (auto it = m_episodes.cbegin(); it != m_episodes.cend(); ++it)
        if (it->raised)
            out.append(it.key());
    out.sort();
    return out;
}

void AlertMonitor::step(const QString &alert, bool present, std::chrono::seconds raiseAfter,
                        const QDateTime &now)
{
    Episode &e = m_episodes[alert];
    if (present) {
        if (!e.since.isValid())
            e.since = now;
        e.okSince = QDateTime();
        // Raised with the time the episode began ("paper out since 10:42").
        if (!e.raised && e.since.secsTo(now) >= raiseAfter.count() && queue(alert, true, e.since)) {
            e.raised = true;
            emit alertsChanged();
        }
        return;
    }
    if (!e.since.isValid())
        return;
    if (!e.okSince.isValid())
        e.okSince = now;
    if (e.okSince.secsTo(now) < m_options.clearAfter.count())
        return;
    const bool wasRaised = e.raised;
    if (wasRaised && !queue(alert, false, e.okSince))
        return; // kept raised: the next tick tries again
    e = Episode{};
    if (wasRaised)
        emit alertsChanged();
}

bool AlertMonitor::queue(const QString &alert, bool raise, const QDateTime &at)
{
    // The event and the list of raised alerts it changes are one transaction: a crash between
    // them can neither send an alert twice after a restart nor forget one that was sent.
    QStringList after = raised();
    after.removeAll(alert);
    if (raise)
        after.append(alert);
    after.sort();
    const Result<QString> op = m_store.queueAlert(alert, raise, at, kRaisedKey, after.join(u','));
    if (!op) {
        qCWarning(lcAlerts).noquote()
            << QStringLiteral("alert %1 not queued for the central: %2").arg(alert, op.error());
        return false;
    }
    if (raise)
        qCWarning(lcAlerts).noquote()
            << QStringLiteral("alert raised: %1 since %2").arg(alert, at.toString(Qt::ISODate));
    else
        qCInfo(lcAlerts).noquote()
            << QStringLiteral("alert cleared: %1 at %2").arg(alert, at.toString(Qt::ISODate));
    return true;
}

} // namespace bk
