#include "kioskfixture.h"

#include "recordingspeechengine.h"

#include "demo/demosite.h"
#include "domain/bookingcode.h"
#include "domain/clock.h"
#include "drivers/simulatedbarcodereader.h"
#include "drivers/simulatedreceiptprinter.h"
#include "drivers/simulatedticketdisplay.h"
#include "graph/centralsetup.h"
#include "graph/kioskgraph.h"
#include "kiosk/receiptslipprinter.h"
#include "platform/adminpin.h"
#include "platform/config.h"
#include "store/cachestore.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace bk::test {

namespace {

/// Tuesday 24 November 2026, 11:00 in Copenhagen: the demo site is open.
QDateTime tuesdayMorning()
{
    return QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
}

/// The program's test configuration (tests/e2e/kiosk-test.conf.in: the demo site, simulated
/// devices, files below its folder) in `language` and orientation, as if it were `dir`/kiosk.conf.
KioskConfig testConfig(const QString &dir, const QString &language, bool landscape, bool wedge)
{
    QFile in(QStringLiteral(BK_TEST_CONFIG));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("fixture: cannot read %s", BK_TEST_CONFIG);
    QByteArray text = in.readAll();
    text.replace("@BK_TEST_LANGUAGE@", language.toUtf8());
    text.replace("@BK_TEST_ORIENTATION@", landscape ? "landscape" : "portrait");
    if (wedge)
        text.replace("scanner = simulated", "scanner = wedge");
    const ConfigResult parsed = parseConfig(text, QDir(dir).filePath(QStringLiteral("kiosk.conf")));
    if (!parsed.errors.isEmpty())
        qFatal("fixture: config: %s", qPrintable(parsed.errors.join(u'\n')));
    return parsed.config;
}

} // namespace

struct FixtureGraph
{
    std::shared_ptr<QTemporaryDir> dir;
    KioskConfig config;
    FixedClock clock{tuesdayMorning()};
    std::unique_ptr<KioskGraph> graph;
    RecordingSpeechEngine *speech = nullptr; ///< owned by the graph
};

KioskFixture::KioskFixture(QObject *parent) : QObject(parent) {}

KioskFixture::~KioskFixture() = default;

void KioskFixture::setUp(const QString &language, bool landscape)
{
    setEnrolAnswer({}, {}, {}, 0);
    m_restarts = 0;
    emit restartsChanged();
    m_wedge = false;
    build(language, landscape, std::make_shared<QTemporaryDir>(), {});
}

void KioskFixture::setUpWedge(const QString &language)
{
    setUp(language, false);
    m_wedge = true;
    build(language, false, std::make_shared<QTemporaryDir>(), {});
}

void KioskFixture::restartKiosk()
{
    // The program starts again later, on the same files; the clock goes on from where it was.
    if (m_graph)
        build(m_language, m_landscape, m_graph->dir, m_graph->clock.now());
}

void KioskFixture::build(const QString &language, bool landscape,
                         std::shared_ptr<QTemporaryDir> dir, const QDateTime &now)
{
    m_language = language;
    m_landscape = landscape;
    // The old graph goes after the new one is announced, so no binding sees a dangling pointer.
    std::unique_ptr<FixtureGraph> old = std::move(m_graph);
    auto g = std::make_unique<FixtureGraph>();
    g->dir = std::move(dir);
    if (now.isValid())
        g->clock.set(now);
    KioskGraph::Context context;
    context.clock = &g->clock;
    context.engine = qmlEngine(this);
    // The fixed clock lies before this build: the build-date bound of the clock guard is left
    // out here (tests/cli clock.cmake and tst_sync_clock cover it).
    context.buildTime = QDateTime();
    context.version = QStringLiteral("test");
    context.windowed = true;
    // Ticks only when the test moves the clock (advanceSeconds), never on a timer.
    context.manualInactivityTicks = true;
    context.configPath = QStringLiteral(BK_TEST_CONFIG);
    context.restart = [this] {
        ++m_restarts;
        emit restartsChanged();
    };
    FixtureGraph *fg = g.get();
    context.speechEngine = [this, fg] {
        auto engine = std::make_unique<RecordingSpeechEngine>();
        fg->speech = engine.get();
        connect(engine.get(), &SpeechEngine::stateChanged, this, &KioskFixture::spokenChanged);
        return engine;
    };
    g->config = testConfig(g->dir->path(), language, landscape, m_wedge);
    context.enrolRestartDelayMs = 0;
    context.enrol = [script = m_enrolScript, config = g->config](const QString &code,
                                                                 int deadlineMs) {
        QMutexLocker lock(&script->mutex);
        if (script->result.isEmpty()) {
            lock.unlock();
            const ReenrolResult r = reenrol(config, code, deadlineMs);
            return AdminController::EnrolAnswer{
                AdminController::EnrolAnswer::Result(int(r.outcome)), r.siteId, r.message};
        }
        const AdminController::EnrolAnswer answer = script->answer;
        const int delayMs = script->delayMs;
        lock.unlock();
        QThread::msleep(ulong(delayMs));
        return answer;
    };
    KioskGraph::Error error;
    g->graph = KioskGraph::build(g->config, context, &error);
    if (!g->graph)
        qFatal("fixture: %s", qPrintable(error.message));
    connect(&g->graph->speech(), &Speech::spoke, this, &KioskFixture::spokenChanged);
    connect(&g->graph->speech(), &Speech::settingsChanged, this, &KioskFixture::spokenChanged);
    connect(&g->graph->slipPrinter(), &SlipPrinter::jobFinished, this, [this] {
        ++m_receipts;
        emit receiptsChanged();
    });
    connect(g->graph->devices().scanner.get(), &BarcodeReader::scanned, this, [this] {
        ++m_scans;
        emit scansChanged();
    });
    if (SimulatedTicketDisplay *d = g->graph->devices().simDisplay)
        connect(d, &SimulatedTicketDisplay::linesChanged, this, &KioskFixture::displayChanged);
    m_graph = std::move(g);
    m_receipts = 0;
    m_scans = 0;
    emit rebuilt();
    emit receiptsChanged();
    emit scansChanged();
    emit displayChanged();
    emit spokenChanged();
    old.reset();
}

void KioskFixture::setEnrolAnswer(const QString &result, const QString &siteId,
                                  const QString &detail, int delayMs)
{
    using R = AdminController::EnrolAnswer::Result;
    static const QList<std::pair<QString, R>> results{
        {QStringLiteral("enrolled"), R::Enrolled},       {QStringLiteral("refused"), R::Refused},
        {QStringLiteral("unreachable"), R::Unreachable}, {QStringLiteral("tls"), R::TlsRefused},
        {QStringLiteral("timeout"), R::TimedOut},        {QStringLiteral("invalid"), R::Invalid},
        {QStringLiteral("storage"), R::StorageError}};
    QMutexLocker lock(&m_enrolScript->mutex);
    m_enrolScript->result.clear();
    for (const auto &[name, r] : results)
        if (name == result) {
            m_enrolScript->result = result;
            m_enrolScript->answer = {r, siteId, detail};
        }
    if (!result.isEmpty() && m_enrolScript->result.isEmpty())
        qFatal("fixture: unknown enrolment result %s", qPrintable(result));
    m_enrolScript->delayMs = delayMs;
}

QString KioskFixture::setAdminPin(const QString &pin)
{
    if (!m_graph)
        return QStringLiteral("no kiosk");
    // The screens are tested here, not the hash (tst_adminpin): a check in milliseconds, not
    // the half second of the real count, which the admin rows wait for seven times each.
    return AdminPin::set(m_graph->config.admin.pinFile, pin, AdminPin::kLeastIterations);
}

void KioskFixture::setCentralError(const QString &error)
{
    if (!m_graph)
        return;
    sync::SyncState s;
    s.running = true;
    s.rounds = 1;
    s.failures = 1;
    s.lastError = error;
    m_graph->graph->central().apply(s);
}

AdminController *KioskFixture::admin() const
{
    return m_graph ? &m_graph->graph->admin() : nullptr;
}

QStringList KioskFixture::displayLines() const
{
    if (!m_graph || !m_graph->graph->devices().simDisplay)
        return {};
    return m_graph->graph->devices().simDisplay->lines();
}

QVariantMap KioskFixture::initialProperties() const
{
    if (!m_graph)
        return {};
    // The kiosk's screen as a citizen sees it: without the technician's demo side panel.
    QVariantMap properties = m_graph->graph->qmlProperties();
    properties.remove(QStringLiteral("demo"));
    return properties;
}

void KioskFixture::scan(const QString &payload)
{
    if (m_graph && m_graph->graph->devices().simScanner)
        m_graph->graph->devices().simScanner->inject(payload.toUtf8());
}

void KioskFixture::advanceSeconds(int seconds)
{
    if (!m_graph)
        return;
    m_graph->clock.advanceSecs(seconds);
    m_graph->graph->guard().tick();
    m_graph->graph->admin().tick();
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
    m_graph->graph->central().apply(s);
}

void KioskFixture::setPrinterReady(bool ready)
{
    if (m_graph)
        m_graph->graph->devices().simPrinter->setPaperOut(!ready);
}

void KioskFixture::setPrinterPaperSensing(bool sensing)
{
    if (m_graph)
        m_graph->graph->devices().simPrinter->setPaperSensing(sensing);
}

QString KioskFixture::citizenState() const
{
    if (!m_graph)
        return {};
    const CheckInFlow &c = m_graph->graph->checkIn();
    const BookingFlow &b = m_graph->graph->booking();
    const ChanceFlow &h = m_graph->graph->chance();
    return QStringList{c.typed(),      c.code(),     c.ticket(), c.serviceName(),
                       c.bookedTime(), b.phone(),    b.code(),   b.serviceName(),
                       b.dayText(),    b.timeText(), h.ticket(), h.serviceName()}
        .join(QString());
}

void KioskFixture::takeChosenTime()
{
    if (!m_graph)
        return;
    const QString serviceId = m_graph->graph->booking().serviceId();
    const QDateTime start = m_graph->graph->booking().chosenStart();
    const Result<Service> service =
        m_graph->graph->store().findService(QStringLiteral("demo"), serviceId);
    if (!service || !start.isValid())
        return;
    for (int i = 0; i < service->counters; ++i) {
        Booking b;
        b.siteId = QStringLiteral("demo");
        b.serviceId = service->id;
        b.start = start;
        b.code = QString::fromStdString(bookingcode::generate());
        if (!m_graph->graph->store().insertBookingLocal(b, m_graph->clock.now()))
            qWarning("fixture: could not take the chosen time");
    }
}

int KioskFixture::addLargeSiteErrands()
{
    if (!m_graph)
        return 0;
    struct Names
    {
        const char *id, *da, *en, *de, *ar;
    };
    // Errands as a large Danish municipality lists them, with their long real names.
    static const Names names[] = {
        {"adresse", "Folkeregisteradresse", "Registered address", "Melderegisteradresse",
         "العنوان في السجل المدني"},
        {"boernepas", "Pas til børn under 18 år", "Passport for children under 18",
         "Reisepass für Kinder unter 18 Jahren", "جواز سفر لطفل دون 18 عامًا"},
        {"boligstoette", "Boligstøtte", "Housing benefit", "Wohngeld", "إعانة السكن"},
        {"brevstemme", "Brevstemme", "Postal vote", "Briefwahl", "التصويت بالبريد"},
        {"digitalpost", "Fritagelse for Digital Post", "Exemption from Digital Post",
         "Befreiung von Digital Post", "الإعفاء من البريد الرقمي"},
        {"eukort", "Sundhedskort og EU-sygesikringskort",
         "Health card and European health insurance card",
         "Gesundheitskarte und Europäische Krankenversicherungskarte",
         "البطاقة الصحية والبطاقة الأوروبية للتأمين الصحي"},
        {"folkepension", "Folkepension og boligydelse", "State pension and housing allowance",
         "Volksrente und Wohngeld für Rentner", "المعاش الحكومي وبدل السكن"},
        {"fraflytning", "Udrejse til udlandet", "Moving abroad", "Wegzug ins Ausland",
         "الانتقال إلى الخارج"},
        {"handicapkort", "Handicapparkeringskort", "Disabled parking card",
         "Behindertenparkausweis", "بطاقة موقف ذوي الإعاقة"},
        {"laegeskift", "Skift af læge", "Change of doctor", "Arztwechsel", "تغيير الطبيب"},
        {"lystfisker", "Lystfiskertegn", "Fishing licence", "Angelschein", "رخصة صيد الأسماك"},
        {"navn", "Navneændring", "Change of name", "Namensänderung", "تغيير الاسم"},
        {"navnebeskyttelse", "Navne- og adressebeskyttelse", "Name and address protection",
         "Namens- und Adressschutz", "حماية الاسم والعنوان"},
        {"opholdsbevis", "Opholdsbevis for EU-borgere", "Residence document for EU citizens",
         "Aufenthaltsdokument für EU-Bürger", "وثيقة الإقامة لمواطني الاتحاد الأوروبي"},
        {"tilflytning", "Tilflytning fra udlandet", "Moving to Denmark from abroad",
         "Zuzug aus dem Ausland", "الانتقال إلى الدنمارك من الخارج"},
    };
    QList<Service> services;
    for (const Names &n : names) {
        Service s;
        s.id = QString::fromLatin1(n.id);
        s.names = {{QStringLiteral("da"), QString::fromUtf8(n.da)},
                   {QStringLiteral("en"), QString::fromUtf8(n.en)},
                   {QStringLiteral("de"), QString::fromUtf8(n.de)},
                   {QStringLiteral("ar"), QString::fromUtf8(n.ar)}};
        s.bring = {{QStringLiteral("da"), {QStringLiteral("Billedlegitimation")}}};
        s.queueLetter = u'E';
        services.append(s);
    }
    CacheStore &store = m_graph->graph->store();
    if (!store.upsertServices(QStringLiteral("demo"), services))
        qWarning("fixture: could not add the large site's errands");
    const Result<QList<Service>> all = store.services(QStringLiteral("demo"));
    return all ? int(all->size()) : 0;
}

void KioskFixture::settleDemoBooking(int index, bool byPhone)
{
    if (!m_graph || index < 0 || index >= demoCodes().size())
        return;
    CacheStore &store = m_graph->graph->store();
    Result<Booking> b = store.findBooking(demoCodes()[index]);
    if (!b)
        return;
    b->status = byPhone ? BookingStatus::SettledByPhone : BookingStatus::MovedToSelfService;
    if (!store.upsertBookings(QList<Booking>{*b}))
        qWarning("fixture: could not settle the demo booking");
}

void KioskFixture::breakCache()
{
    if (m_graph)
        m_graph->graph->store().close();
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

double KioskFixture::capHeightPixels(const QFont &font)
{
    return QFontMetricsF(font).capHeight();
}

QString KioskFixture::saveLastReceipt(const QString &name) const
{
    const QString dir = qEnvironmentVariable("BK_SCREENSHOT_DIR");
    if (!m_graph || dir.isEmpty() ||
        m_graph->graph->devices().simPrinter->lastImagePath().isEmpty() || !QDir().mkpath(dir))
        return {};
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QFile::remove(path);
    return QFile::copy(m_graph->graph->devices().simPrinter->lastImagePath(), path) ? path
                                                                                    : QString();
}

KioskController *KioskFixture::kiosk() const
{
    return m_graph ? &m_graph->graph->kiosk() : nullptr;
}
Session *KioskFixture::session() const
{
    return m_graph ? &m_graph->graph->session() : nullptr;
}
CheckInFlow *KioskFixture::checkIn() const
{
    return m_graph ? &m_graph->graph->checkIn() : nullptr;
}
BookingFlow *KioskFixture::booking() const
{
    return m_graph ? &m_graph->graph->booking() : nullptr;
}
ChanceFlow *KioskFixture::chance() const
{
    return m_graph ? &m_graph->graph->chance() : nullptr;
}
InactivityGuard *KioskFixture::guard() const
{
    return m_graph ? &m_graph->graph->guard() : nullptr;
}

CentralStatus *KioskFixture::central() const
{
    return m_graph ? &m_graph->graph->central() : nullptr;
}

QStringList KioskFixture::addBookings(int count, int minutes)
{
    if (!m_graph)
        return {};
    const QDateTime start = m_graph->clock.now().addSecs(qint64(minutes) * 60);
    QList<Booking> bookings;
    QStringList codes;
    for (int i = 0; i < count; ++i) {
        const QString code = QString::fromStdString(bookingcode::generate([this] {
            m_codeState = m_codeState * 1664525u + 1013904223u;
            return m_codeState;
        }));
        Booking b;
        b.code = code;
        b.siteId = QStringLiteral("demo");
        b.serviceId = QStringLiteral("pas");
        b.start = start;
        bookings.append(b);
        codes.append(code);
    }
    if (!m_graph->graph->store().upsertBookings(bookings))
        return {};
    return codes;
}

void KioskFixture::nextOpeningDay()
{
    if (!m_graph)
        return;
    const QDateTime now = m_graph->clock.now();
    QDate day = now.toLocalTime().date().addDays(1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    const QDateTime target = QDateTime(day, QTime(10, 30)).toUTC();
    m_graph->clock.advanceSecs(now.secsTo(target));
    m_graph->graph->guard().tick();
    m_graph->graph->admin().tick();
}

double KioskFixture::residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

void KioskFixture::report(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int KioskFixture::environmentNumber(const QString &name, int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(name.toLatin1().constData(), &ok);
    return ok ? n : fallback;
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
        m_graph->graph->kiosk().addCallout(
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
    const std::optional<Receipt> last = m_graph->graph->slipPrinter().lastReceipt();
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
    if (!m_graph || !m_graph->graph->slipPrinter().lastReceipt())
        return {};
    return m_graph->graph->slipPrinter().lastReceipt()->language;
}

Speech *KioskFixture::speech() const
{
    return m_graph ? &m_graph->graph->speech() : nullptr;
}

QStringList KioskFixture::spoken() const
{
    return m_graph ? m_graph->speech->utterances : QStringList();
}

int KioskFixture::speechStops() const
{
    return m_graph ? m_graph->speech->stops : 0;
}

QString KioskFixture::speechLanguage() const
{
    return m_graph ? m_graph->speech->language : QString();
}

double KioskFixture::speechRate() const
{
    return m_graph ? m_graph->speech->rate : 0.0;
}

double KioskFixture::speechVolume() const
{
    return m_graph ? m_graph->speech->volume : 0.0;
}

void KioskFixture::finishSpeaking()
{
    if (m_graph)
        m_graph->speech->finish();
}

void KioskFixture::setSpeechAvailable(bool available)
{
    if (m_graph)
        m_graph->speech->setAvailable(available);
}

} // namespace bk::test
