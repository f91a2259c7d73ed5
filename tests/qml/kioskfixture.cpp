#include "kioskfixture.h"

#include "drivers/simulatedbarcodereader.h"
#include "drivers/simulatedreceiptprinter.h"
#include "kiosk/cachebookingbackend.h"
#include "kiosk/receiptslipprinter.h"
#include "kiosk/translations.h"

#include "demo/demosite.h"
#include "domain/bookingcode.h"
#include "domain/clock.h"
#include "store/cachestore.h"

#include <QDir>
#include <QFile>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

namespace bk::test {

namespace {

/// Tuesday 24 November 2026, 11:00 in Copenhagen: the demo site is open.
QDateTime tuesdayMorning()
{
    return QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
}

} // namespace

struct FixtureGraph
{
    QTemporaryDir dir;
    FixedClock clock{tuesdayMorning()};
    CacheStore store;
    std::unique_ptr<Translations> translations;
    std::unique_ptr<SimulatedReceiptPrinter> simPrinter;
    std::unique_ptr<ReceiptSlipPrinter> printer;
    std::unique_ptr<SimulatedBarcodeReader> scanner;
    std::unique_ptr<CacheBookingBackend> backend;
    std::unique_ptr<KioskController> kiosk;
    std::unique_ptr<CheckInFlow> checkIn;
    std::unique_ptr<BookingFlow> booking;
    std::unique_ptr<ChanceFlow> chance;
    std::unique_ptr<InactivityGuard> guard;
    std::unique_ptr<Session> session;
    std::unique_ptr<CentralStatus> central;
};

KioskFixture::KioskFixture(QObject *parent) : QObject(parent) {}

KioskFixture::~KioskFixture() = default;

void KioskFixture::setUp(const QString &language, bool landscape)
{
    // The old graph goes after the new one is announced, so no binding sees a dangling pointer.
    std::unique_ptr<FixtureGraph> old = std::move(m_graph);
    auto g = std::make_unique<FixtureGraph>();
    const demo::DemoSite site = demo::site();
    if (!g->store.open(g->dir.filePath(QStringLiteral("cache.sqlite"))))
        qFatal("fixture: cache: %s", qPrintable(g->store.lastError()));
    QList<Booking> bookings;
    for (const demo::DemoBooking &b : demo::bookings(g->clock.now()))
        bookings.append(b.booking);
    if (!g->store.upsertServices(site.id, site.services) || !g->store.upsertBookings(bookings))
        qFatal("fixture: seed: %s", qPrintable(g->store.lastError()));

    g->translations = std::make_unique<Translations>(qmlEngine(this));
    g->simPrinter =
        std::make_unique<SimulatedReceiptPrinter>(g->dir.filePath(QStringLiteral("receipts")));
    g->printer = std::make_unique<ReceiptSlipPrinter>(*g->simPrinter);
    connect(g->printer.get(), &SlipPrinter::jobFinished, this, [this] {
        ++m_receipts;
        emit receiptsChanged();
    });
    g->scanner = std::make_unique<SimulatedBarcodeReader>();
    g->backend = std::make_unique<CacheBookingBackend>(
        g->store, g->clock,
        CacheBookingBackend::Options{site.id, CacheBookingBackend::fixedHours(site.hours), 0});

    KioskController::Options ko;
    ko.siteName = site.name;
    ko.defaultLanguage = language;
    ko.landscape = landscape;
    ko.fullscreen = false;
    g->kiosk = std::make_unique<KioskController>(ko, g->clock, *g->translations, *g->printer,
                                                 KioskController::DisplayCallouts());
    g->checkIn = std::make_unique<CheckInFlow>(CheckInFlow::Options{site.id, site.name}, g->store,
                                               g->clock, *g->translations, *g->printer);
    g->booking =
        std::make_unique<BookingFlow>(BookingFlow::Options{site.name, 14, landscape ? 12 : 18},
                                      *g->backend, g->clock, *g->translations, *g->printer);
    g->chance = std::make_unique<ChanceFlow>(
        ChanceFlow::Options{site.id, site.name, ChanceFlow::fixedLetter(site.chanceQueueLetter)},
        g->store, *g->backend, g->clock, *g->translations, *g->printer);
    // Ticks only when the test moves the clock (advanceSeconds), never on a timer.
    g->guard = std::make_unique<InactivityGuard>(InactivityGuard::Options{30, 10, 0}, g->clock);
    KioskController *kiosk = g->kiosk.get();
    g->session = std::make_unique<Session>(*g->checkIn, *g->booking, *g->chance, *g->guard,
                                           [kiosk] { kiosk->resetLanguage(); });
    connect(g->scanner.get(), &BarcodeReader::scanned, g->checkIn.get(), &CheckInFlow::scanned);
    connect(g->scanner.get(), &BarcodeReader::scanned, this, [this] {
        ++m_scans;
        emit scansChanged();
    });
    g->central = std::make_unique<CentralStatus>();
    for (QObject *o :
         {static_cast<QObject *>(g->kiosk.get()), static_cast<QObject *>(g->checkIn.get()),
          static_cast<QObject *>(g->booking.get()), static_cast<QObject *>(g->chance.get()),
          static_cast<QObject *>(g->guard.get()), static_cast<QObject *>(g->session.get()),
          static_cast<QObject *>(g->central.get())})
        QQmlEngine::setObjectOwnership(o, QQmlEngine::CppOwnership);
    m_graph = std::move(g);
    m_receipts = 0;
    m_scans = 0;
    emit rebuilt();
    emit receiptsChanged();
    emit scansChanged();
    old.reset();
}

void KioskFixture::scan(const QString &payload)
{
    if (m_graph)
        m_graph->scanner->inject(payload.toUtf8());
}

void KioskFixture::advanceSeconds(int seconds)
{
    if (!m_graph)
        return;
    m_graph->clock.advanceSecs(seconds);
    m_graph->guard->tick();
}

void KioskFixture::setCentralOnline(bool online)
{
    if (!m_graph)
        return;
    // A round has ended, as the engine reports it: answered, or failed with the reason kept.
    sync::SyncState s;
    s.running = true;
    s.rounds = 1;
    s.online = online;
    s.failures = online ? 0 : 1;
    if (online)
        s.lastSync = m_graph->clock.now();
    else
        s.lastError = QStringLiteral("snapshot: connect: Connection refused");
    m_graph->central->apply(s);
}

void KioskFixture::setPrinterReady(bool ready)
{
    if (m_graph)
        m_graph->simPrinter->setPaperOut(!ready);
}

void KioskFixture::setPrinterPaperSensing(bool sensing)
{
    if (m_graph)
        m_graph->simPrinter->setPaperSensing(sensing);
}

QString KioskFixture::citizenState() const
{
    if (!m_graph)
        return {};
    const CheckInFlow &c = *m_graph->checkIn;
    const BookingFlow &b = *m_graph->booking;
    const ChanceFlow &h = *m_graph->chance;
    return QStringList{c.typed(),      c.code(),     c.ticket(), c.serviceName(),
                       c.bookedTime(), b.phone(),    b.code(),   b.serviceName(),
                       b.dayText(),    b.timeText(), h.ticket(), h.serviceName()}
        .join(QString());
}

void KioskFixture::takeChosenTime()
{
    if (!m_graph)
        return;
    const QString serviceId = m_graph->booking->serviceId();
    const QDateTime start = m_graph->booking->chosenStart();
    const Result<Service> service = m_graph->store.findService(QStringLiteral("demo"), serviceId);
    if (!service || !start.isValid())
        return;
    for (int i = 0; i < service->counters; ++i) {
        Booking b;
        b.siteId = QStringLiteral("demo");
        b.serviceId = service->id;
        b.start = start;
        b.code = QString::fromStdString(bookingcode::generate());
        if (!m_graph->store.insertBookingLocal(b, m_graph->clock.now()))
            qWarning("fixture: could not take the chosen time");
    }
}

void KioskFixture::breakCache()
{
    if (m_graph)
        m_graph->store.close();
}

QString KioskFixture::saveScreenshot(QObject *window, const QString &name) const
{
    auto *w = qobject_cast<QQuickWindow *>(window);
    const QString dir = qEnvironmentVariable("BK_SCREENSHOT_DIR");
    if (!w || dir.isEmpty() || !QDir().mkpath(dir))
        return {};
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    return w->grabWindow().save(path) ? path : QString();
}

QString KioskFixture::saveLastReceipt(const QString &name) const
{
    const QString dir = qEnvironmentVariable("BK_SCREENSHOT_DIR");
    if (!m_graph || dir.isEmpty() || m_graph->simPrinter->lastImagePath().isEmpty() ||
        !QDir().mkpath(dir))
        return {};
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QFile::remove(path);
    return QFile::copy(m_graph->simPrinter->lastImagePath(), path) ? path : QString();
}

KioskController *KioskFixture::kiosk() const
{
    return m_graph ? m_graph->kiosk.get() : nullptr;
}
Session *KioskFixture::session() const
{
    return m_graph ? m_graph->session.get() : nullptr;
}
CheckInFlow *KioskFixture::checkIn() const
{
    return m_graph ? m_graph->checkIn.get() : nullptr;
}
BookingFlow *KioskFixture::booking() const
{
    return m_graph ? m_graph->booking.get() : nullptr;
}
ChanceFlow *KioskFixture::chance() const
{
    return m_graph ? m_graph->chance.get() : nullptr;
}
InactivityGuard *KioskFixture::guard() const
{
    return m_graph ? m_graph->guard.get() : nullptr;
}

CentralStatus *KioskFixture::central() const
{
    return m_graph ? m_graph->central.get() : nullptr;
}

QStringList KioskFixture::demoCodes() const
{
    return demo::bookingCodes();
}

void KioskFixture::addCallouts(int count)
{
    if (!m_graph)
        return;
    for (int i = 1; i <= count; ++i)
        m_graph->kiosk->addCallout(
            {QStringLiteral("A%1").arg(100 + i), QStringLiteral("Skranke %1").arg(1 + i % 4), {}});
}

QString KioskFixture::unknownCode() const
{
    const std::string data = "2345678";
    const QString code = QString::fromStdString(data + bookingcode::checkSymbol(data));
    Q_ASSERT(!demo::bookingCodes().contains(code));
    return code;
}

int KioskFixture::receiptCount() const
{
    return m_receipts;
}

QString KioskFixture::lastReceiptText() const
{
    if (!m_graph)
        return {};
    const std::optional<Receipt> last = m_graph->printer->lastReceipt();
    if (!last)
        return {};
    QStringList lines;
    for (const ReceiptBlock &b : last->blocks)
        if (const auto *t = std::get_if<receipt::Text>(&b))
            lines.append(t->text);
    return lines.join(u'\n');
}

QString KioskFixture::lastReceiptLanguage() const
{
    if (!m_graph || !m_graph->printer->lastReceipt())
        return {};
    return m_graph->printer->lastReceipt()->language;
}

} // namespace bk::test
