// The kiosk's speech through the real stack (label integration): a private speech-dispatcher
// (support/privatespeechd.h: its own folder, socket and configuration; audio to libao's null
// driver, as DESIGN.md says for a machine without sound) and Qt TextToSpeech's speechd engine,
// driven through the kiosk's Speech service. The engine must go Speaking and then Ready again in
// each language; the receipt's spoken text is checked against what the printer is sent
// (the ESC/POS bytes read back with the tests' reader). The daemon is stopped at the end.

#include "drivers/escposreceipt.h"
#include "drivers/simulatedreceiptprinter.h"
#include "kiosk/qtspeechengine.h"
#include "kiosk/receiptslipprinter.h"
#include "kiosk/speech.h"
#include "kiosk/translations.h"
#include "support/escposreader.h"
#include "support/privatespeechd.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>
#include <QTimer>

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
    void startsOffTheGuiThread();
    void speaksAndFinishes_data();
    void speaksAndFinishes();
    void receiptSpokenAsPrinted();

private:
    /// Says `text` through `speech` and waits for the engine to go Speaking, then Ready.
    void sayAndWait(Speech &speech, SpeechEngine &engine, const QString &text);

    QTemporaryDir m_dir;
    testing::PrivateSpeechDispatcher m_daemon;
};

void TestSpeechEngine::initTestCase()
{
    QVERIFY2(QTextToSpeech::availableEngines().contains(QStringLiteral("speechd")),
             "qt6-speech-speechd-plugin is not installed");
    QVERIFY(m_dir.isValid());
    const QString error = m_daemon.start(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // libspeechd (in Qt's speechd engine) connects here instead of autospawning its own.
    qputenv("SPEECHD_ADDRESS", m_daemon.address().toUtf8());
}

void TestSpeechEngine::cleanupTestCase()
{
    QVERIFY2(m_daemon.stop(), "the private speech-dispatcher is gone");
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

void TestSpeechEngine::startsOffTheGuiThread()
{
    // Qt 6.4's speechd engine lists every voice while it is made (seconds on a stander): the
    // kiosk's engine makes it only when started (after home's first frame) and on its own
    // thread, so the GUI thread's events keep turning meanwhile.
    QtSpeechEngine engine;
    QCOMPARE(engine.state(), SpeechEngine::State::Starting);
    Translations translations(nullptr);
    QVERIFY(translations.setLanguage(QStringLiteral("da")));
    Speech speech({}, engine, translations);
    QVERIFY2(speech.available(), "an engine not yet started takes what is said");
    QList<SpeechEngine::State> seen;
    QObject context;
    connect(&engine, &SpeechEngine::stateChanged, &context, [&] { seen.append(engine.state()); });
    // Said before the start: spoken once the engine is ready, not lost.
    speech.say(QStringLiteral("Velkommen."));
    QTest::qWait(200);
    QVERIFY2(seen.isEmpty(), "nothing is started before start()");
    engine.start();
    bool guiTurned = false;
    QTimer::singleShot(0, this,
                       [&] { guiTurned = engine.state() == SpeechEngine::State::Starting; });
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(SpeechEngine::State::Speaking), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SpeechEngine::State::Ready, 30000);
    QVERIFY2(guiTurned, "the GUI thread's event loop ran while the engine was starting");
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
    engine.start();
    // Listing the voices takes seconds, more on a loaded machine.
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SpeechEngine::State::Ready, 30000);
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
    engine.start();
    // Listing the voices takes seconds, more on a loaded machine.
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SpeechEngine::State::Ready, 30000);
    Speech speech({}, engine, translations);
    sayAndWait(speech, engine, spoken);
}

QTEST_MAIN(TestSpeechEngine)
#include "tst_speech_engine.moc"
