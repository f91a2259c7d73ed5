#include "centralfixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace bk::testing {

namespace {

OpenApiCheck &spec()
{
    static OpenApiCheck check;
    static const QString loaded = check.load(QStringLiteral(BK_OPENAPI_FILE));
    Q_ASSERT_X(loaded.isEmpty(), "openapi.json", qPrintable(loaded));
    return check;
}

std::mutex &specMutex()
{
    static std::mutex m;
    return m;
}

QTemporaryDir &pkiDir()
{
    static QTemporaryDir d;
    return d;
}

TestPki makePki(const char *name)
{
    QString error;
    TestPki p = makeTestPki(pkiDir().path(), QString::fromLatin1(name), &error);
    Q_ASSERT_X(error.isEmpty(), "test PKI", qPrintable(error));
    return p;
}

Service makeService(const char *id, int minutes, int counters, char16_t queue)
{
    Service s;
    s.id = QString::fromLatin1(id);
    s.names = {{QStringLiteral("da"), s.id}};
    s.durationMinutes = minutes;
    s.counters = counters;
    s.queueLetter = QChar(queue);
    return s;
}

} // namespace

central::SiteDefinition testSite(const QString &id)
{
    central::SiteDefinition site;
    site.id = id;
    site.name = QStringLiteral("Testborgerservice");
    site.services = {makeService("solo", 5, 1, u'A'), makeService("pas", 15, 2, u'B')};
    for (auto &day : site.hours.weekly)
        day = TimeRange{QTime(8, 0), QTime(20, 0)};
    site.hours.closeOnPublicHolidays = false;
    site.hours.closeOnCustomaryDays = false;
    return site;
}

QDateTime testNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
}

const TestPki &CentralFixture::pki()
{
    static const TestPki p = makePki("right");
    return p;
}

const TestPki &CentralFixture::otherPki()
{
    static const TestPki p = makePki("other");
    return p;
}

std::uint16_t startCentralProcess(QProcess &p, const QString &program, const QStringList &args)
{
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start();
    if (!p.waitForStarted(5000))
        return 0;
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains('\n') && t.elapsed() < 15000 && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n'));
    if (!line.startsWith("listening on 127.0.0.1:"))
        return 0;
    return std::uint16_t(line.mid(line.lastIndexOf(':') + 1).toUInt());
}

CentralFixture::CentralFixture() = default;

CentralFixture::~CentralFixture()
{
    stop();
}

QString CentralFixture::start(const std::function<void(central::Config &)> &adjust)
{
    m_config = central::Config();
    m_config.listenPort = 0;
    m_config.database = dir.filePath(QStringLiteral("central.db"));
    m_config.tlsCert = pki().serverCert;
    m_config.tlsKey = pki().serverKey;
    if (adjust)
        adjust(m_config);
    if (QString e = central::validateConfig(m_config); !e.isEmpty())
        return e;
    if (!m_store) {
        m_store = std::make_unique<central::CentralStore>();
        if (Status s = m_store->open(m_config.database, m_config); !s)
            return s.error();
        for (const QString &site : {QStringLiteral("test"), QStringLiteral("other")})
            if (auto r = m_store->putSite(testSite(site), clock.now()); !r)
                return r.refusal().detail;
    }
    m_api = std::make_unique<central::Api>(*m_store, clock, QStringLiteral("test"));
    m_server = std::make_unique<central::Server>(
        m_config, [this](const central::ApiRequest &r) { return m_api->handle(r); });
    auto p = m_server->start();
    if (!p)
        return p.refusal().detail;
    port = *p;
    return {};
}

void CentralFixture::stop()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
}

std::unique_ptr<TestClient> CentralFixture::client()
{
    auto c = std::make_unique<TestClient>(port, m_config.devPlainHttp ? QString() : pki().caCert);
    c->setObserver([this](const HttpReply &r) {
        OpenApiCheck::ReplyHeaders headers;
        for (const auto &[name, value] : r.headers)
            headers.insert(name.toLower(), value);
        std::lock_guard specLock(specMutex());
        const QString e = spec().check(r.method, r.target, r.status, r.body, &headers);
        if (!e.isEmpty()) {
            std::lock_guard lock(m_mutex);
            m_violations.append(e);
        }
    });
    return c;
}

QString CentralFixture::enrol(const QString &kioskId, const QString &site)
{
    QString code;
    withStore([&](central::CentralStore &s) {
        if (auto c = s.makeEnrolCode(site, clock.now()))
            code = *c;
    });
    const QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("kioskId"), kioskId}};
    const HttpReply r = client()->request("POST", QStringLiteral("/v1/enrol"),
                                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    return r.json().value(QStringLiteral("token")).toString();
}

QString CentralFixture::adminToken(const QString &name, const QString &site)
{
    QString token;
    withStore([&](central::CentralStore &s) {
        if (auto t = s.makeAdminToken(name, site, clock.now()))
            token = *t;
    });
    return token;
}

void CentralFixture::withStore(const std::function<void(central::CentralStore &)> &fn)
{
    if (m_server)
        m_server->runOnIo([&] { fn(*m_store); });
    else
        fn(*m_store);
}

void CentralFixture::checkReply(const QString &method, const QString &target, int status,
                                const QByteArray &body)
{
    std::lock_guard specLock(specMutex());
    const QString e = spec().check(method, target, status, body);
    if (!e.isEmpty()) {
        std::lock_guard lock(m_mutex);
        m_violations.append(e);
    }
}

QStringList CentralFixture::violations()
{
    std::lock_guard lock(m_mutex);
    return m_violations;
}

QStringList CentralFixture::unexercised()
{
    std::lock_guard lock(specMutex());
    QStringList out;
    for (const QString &d : spec().documented())
        if (!spec().exercised().contains(d))
            out.append(d);
    out.sort();
    return out;
}

} // namespace bk::testing
