// The kiosk's speech through the real stack (label integration): a private speech-dispatcher
// (its own folder, socket and configuration; espeak-ng module; audio to libao's null driver,
// as DESIGN.md says for a machine without sound) and Qt TextToSpeech's speechd engine, driven
// through the kiosk's Speech service. The engine must go Speaking and then Ready again in
// each language; the receipt's spoken text is checked against what the printer is sent
// (the ESC/POS bytes read back with the tests' reader). The daemon is stopped at the end.

#include "drivers/escposreceipt.h"
#include "drivers/simulatedreceiptprinter.h"
#include "kiosk/qtspeechengine.h"
#include "kiosk/receiptslipprinter.h"
#include "kiosk/speech.h"
#include "kiosk/translations.h"
#include "support/escposreader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

#include <csignal>
#include <sys/types.h>

using namespace bk;

namespace {

/// The text without spaces and list dashes: a printed line wraps at the paper's width and a
/// spoken booking code is spelled symbol by symbol, so lines are compared without them.
QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("[\\s]")));
    return s;
}

} // namespace

class TestSpeechEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void speaksAndFinishes_data();
    void speaksAndFinishes();
    void receiptSpokenAsPrinted();

private:
    /// Says `text` through `speech` and waits for the engine to go Speaking, then Ready.
    void sayAndWait(Speech &speech, SpeechEngine &engine, const QString &text);

    QTemporaryDir m_dir;
    QProcess m_daemon;
};

void TestSpeechEngine::initTestCase()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher"));
    QVERIFY2(!daemon.isEmpty(), "speech-dispatcher is not installed (packaging/build-deps.txt)");
    QVERIFY2(QFile::exists(QStringLiteral("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")),
             "speech-dispatcher-espeak-ng is not installed");
    QVERIFY2(QTextToSpeech::availableEngines().contains(QStringLiteral("speechd")),
             "qt6-speech-speechd-plugin is not installed");
    QVERIFY(m_dir.isValid());
    const QString d = m_dir.path();
    QDir(d).mkpath(QStringLiteral("conf/modules"));
    QDir(d).mkpath(QStringLiteral("log"));
    QDir(d).mkpath(QStringLiteral("home"));
    QVERIFY(QFile::copy(QStringLiteral("/etc/speech-dispatcher/modules/espeak-ng.conf"),
                        d + QStringLiteral("/conf/modules/espeak-ng.conf")));
    const QString socket = d + QStringLiteral("/speechd.sock");
    QFile conf(d + QStringLiteral("/conf/speechd.conf"));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("CommunicationMethod \"unix_socket\"\n"
                              "SocketPath \"%1\"\n"
                              "LogDir \"%2/log\"\n"
                              "LogLevel 3\n"
                              "AudioOutputMethod \"libao\"\n"
                              "AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\n"
                              "DefaultModule espeak-ng\n"
                              "DefaultLanguage \"da\"\n")
                   .arg(socket, d)
                   .toUtf8());
    conf.close();
    // libao reads ~/.libao: its built-in null driver swallows the audio.
    QFile ao(d + QStringLiteral("/home/.libao"));
    QVERIFY(ao.open(QIODevice::WriteOnly));
    ao.write("default_driver=null\n");
    ao.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), d + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), d);
    m_daemon.setProcessEnvironment(env);
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    // -s: in the foreground (this test owns it); -t 0: no idle shutdown.
    m_daemon.start(daemon, {QStringLiteral("-s"), QStringLiteral("-t"), QStringLiteral("0"),
                            QStringLiteral("-C"), d + QStringLiteral("/conf"), QStringLiteral("-c"),
                            QStringLiteral("unix_socket"), QStringLiteral("-S"), socket,
                            QStringLiteral("-P"), d + QStringLiteral("/speechd.pid")});
    QVERIFY(m_daemon.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(d + QStringLiteral("/speechd.pid")), 10000);
    // libspeechd (in Qt's speechd engine) connects here instead of autospawning its own.
    qputenv("SPEECHD_ADDRESS", QStringLiteral("unix_socket:%1").arg(socket).toUtf8());
}

void TestSpeechEngine::cleanupTestCase()
{
    // speech-dispatcher detaches from the process started here even with -s: the daemon is
    // the one its pid file names.
    QFile pidFile(m_dir.path() + QStringLiteral("/speechd.pid"));
    const pid_t pid =
        pidFile.open(QIODevice::ReadOnly) ? pid_t(pidFile.readAll().trimmed().toInt()) : 0;
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
    QVERIFY2(pid > 0, "speech-dispatcher wrote its pid file");
    ::kill(pid, SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 5000);
}

void TestSpeechEngine::sayAndWait(Speech &speech, SpeechEngine &engine, const QString &text)
{
    QList<SpeechEngine::State> seen;
    QObject context;
    connect(&engine, &SpeechEngine::stateChanged, &context, [&] { seen.append(engine.state()); });
    speech.say(text);
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(SpeechEngine::State::Speaking), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SpeechEngine::State::Ready, 30000);
    QVERIFY2(!seen.contains(SpeechEngine::State::Unavailable), qPrintable(engine.error()));
}

void TestSpeechEngine::speaksAndFinishes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::newRow("da") << QStringLiteral("da") << QStringLiteral("Velkommen. Tjek ind.");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Welcome. Check in.");
    QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("أهلًا وسهلًا. تسجيل الحضور.");
}

void TestSpeechEngine::speaksAndFinishes()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QtSpeechEngine engine;
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SpeechEngine::State::Ready, 10000);
    QVERIFY2(engine.error().isEmpty(), qPrintable(engine.error()));
    Translations translations(nullptr);
    Speech speech({}, engine, translations);
    QVERIFY(speech.available());
    QVERIFY(translations.setLanguage(language));
    // The voice followed the language: the engine has an espeak-ng voice for it.
    QVERIFY2(engine.setLanguage(language), "espeak-ng has a voice for the language");
    sayAndWait(speech, engine, text);
}

void TestSpeechEngine::receiptSpokenAsPrinted()
{
    Translations translations(nullptr);
    QVERIFY(translations.setLanguage(QStringLiteral("da")));
    SimulatedReceiptPrinter printer(m_dir.path() + QStringLiteral("/receipts"));
    ReceiptSlipPrinter slips(printer);
    Slip slip;
    slip.kind = Slip::Kind::Booking;
    slip.language = QStringLiteral("da");
    slip.siteName = QStringLiteral("Borgerservice Demo");
    slip.serviceName = QStringLiteral("Pas");
    slip.code = QStringLiteral("K7M3QX9S");
    slip.start = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    slip.bring = {QStringLiteral("Gammelt pas"), QStringLiteral("Pasfoto")};
    slip.issuedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    slips.print(slip);
    QVERIFY(slips.lastReceipt());

    // What the printer is sent, read back.
    const escpos::PrintJob job = escpos::readEscPos(encodeEscPosReceipt(*slips.lastReceipt()));
    QVERIFY2(job.problems.isEmpty(),
             qPrintable(job.problems.isEmpty() ? QString() : job.problems.constFirst().what));
    const QString spoken = slips.spokenText(slip);
    const QString squeezed = squeeze(spoken);
    qsizetype from = 0;
    int lines = 0;
    for (QString line : job.lines()) {
        line = line.trimmed();
        if (line.startsWith(QStringLiteral("- ")))
            line = line.mid(2);
        // Rules are printed as a line of dashes; the barcode's payload line is the code again.
        static const QRegularExpression rule(QStringLiteral("^[-=_]+$"));
        if (line.isEmpty() || rule.match(line).hasMatch() || line == QStringLiteral("K7M3QX9S"))
            continue;
        const qsizetype at = squeezed.indexOf(squeeze(line), from);
        QVERIFY2(at >= 0,
                 qPrintable(
                     QStringLiteral("printed \"%1\" is spoken, in order:\n%2").arg(line, spoken)));
        from = at;
        ++lines;
    }
    QVERIFY(lines >= 8);
    QVERIFY2(spoken.contains(QStringLiteral("K 7 M 3 - Q X 9 S")), qPrintable(spoken));
    QVERIFY(spoken.contains(QStringLiteral("Pasfoto")));

    // And it is said, to the end, by the real voice.
    QtSpeechEngine engine;
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SpeechEngine::State::Ready, 10000);
    Speech speech({}, engine, translations);
    sayAndWait(speech, engine, spoken);
}

QTEST_MAIN(TestSpeechEngine)
#include "tst_speech_engine.moc"
