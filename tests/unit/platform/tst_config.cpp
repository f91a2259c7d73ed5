#include "platform/config.h"

#include "domain/uilanguages.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using namespace Qt::StringLiterals;

namespace {

ConfigResult parse(const char *text)
{
    return parseConfig(QByteArrayView(text), QStringLiteral("/etc/borgerkiosk/kiosk.conf"));
}

QString joined(const ConfigResult &r)
{
    return r.errors.join(u'\n');
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    void everyDefault()
    {
        const ConfigResult r = parse("");
        QVERIFY2(r.ok(), qPrintable(joined(r)));
        const KioskConfig &c = r.config;
        QCOMPARE(c.site.id, QStringLiteral("demo"));
        QCOMPARE(c.site.name, QStringLiteral("Borgerservice"));
        QCOMPARE(c.kiosk.id, QStringLiteral("kiosk-1"));
        QCOMPARE(c.kiosk.index, 0);
        QCOMPARE(c.kiosk.count, 1);
        QCOMPARE(c.kiosk.language, QStringLiteral("da"));
        QCOMPARE(c.ui.orientation, Orientation::Portrait);
        QCOMPARE(c.ui.panelWidthMm, 476);
        QCOMPARE(c.ui.fullscreen, true);
        QCOMPARE(c.ui.inactivitySeconds, 30);
        QCOMPARE(c.ui.countdownSeconds, 10);
        QCOMPARE(c.store.path, QStringLiteral("/var/lib/borgerkiosk/cache.sqlite"));
        QCOMPARE(c.store.retentionDays, 1);
        QCOMPARE(c.devices.printer, PrinterDriver::None);
        QCOMPARE(c.devices.display, DisplayDriver::None);
        QCOMPARE(c.devices.scanner, ScannerDriver::None);
        QCOMPARE(c.devices.receiptDir, QStringLiteral("/var/lib/borgerkiosk/receipts"));
        QCOMPARE(c.printer.queue, QStringLiteral("borgerkiosk"));
        QCOMPARE(c.printer.server, QString());
        QCOMPARE(c.printer.codePage, PrinterCodePage::PC865);
        QCOMPARE(c.printer.paperWidthMm, 80);
        QCOMPARE(c.printer.dots, 0);
        QCOMPARE(c.printer.columns, 0);
        QCOMPARE(c.printer.dotsPerLine(), 576);
        QCOMPARE(c.printer.fontAColumns(), 48);
        QCOMPARE(c.printer.qr, PrinterQrMode::Native);
        QCOMPARE(c.printer.pc865Number, 5);
        QCOMPARE(c.printer.wpc1252Number, 16);
        QCOMPARE(c.display.idleText, QStringLiteral("Velkommen"));
        QCOMPARE(c.display.port, QStringLiteral("/dev/borgerkiosk/display"));
        QCOMPARE(c.display.baud, 9600);
        QCOMPARE(c.display.protocol, DisplayProtocol::CD5220);
        QCOMPARE(c.display.rows, 2);
        QCOMPARE(c.display.columns, 20);
        QCOMPARE(c.scanner.port, QStringLiteral("/dev/borgerkiosk/reader"));
        QCOMPARE(c.scanner.baud, 9600);
        QCOMPARE(c.scanner.wedgeLayout, KeyboardLayout::Us);
        QCOMPARE(c.scanner.wedgeKeymap, std::optional<KeyboardLayout>());
        QCOMPARE(c.scanner.wedgeMaxGapMs, 80);
        QCOMPARE(c.scanner.wedgeTerminator, ScanTerminator::Enter);
        QCOMPARE(c.demo.enabled, false);
        QCOMPARE(c.log.level, LogLevel::Info);
        QVERIFY(c == defaultConfig());
    }

    void everyKeySet()
    {
        const ConfigResult r = parse("# a comment\n"
                                     "[site]\n"
                                     "id = aarhus-c\n"
                                     "name = Borgerservice Århus C\n"
                                     "\n"
                                     "[kiosk]\n"
                                     "  id=stander-2  \n"
                                     "index = 1\n"
                                     "count = 3\n"
                                     "language = en\n"
                                     "[ui]\n"
                                     "orientation = landscape\n"
                                     "panel_width_mm = 344\n"
                                     "fullscreen = no\n"
                                     "inactivity_seconds = 600\n"
                                     "countdown_seconds = 3\n"
                                     "[store]\n"
                                     "path = /data/c.sqlite\n"
                                     "retention_days = 0\n"
                                     "[devices]\n"
                                     "printer = simulated\n"
                                     "display = simulated\n"
                                     "scanner = simulated\n"
                                     "receipt_dir = /data/r\n"
                                     "[printer]\n"
                                     "queue = TM_T20.lobby\n"
                                     "server = 127.0.0.1:8631\n"
                                     "codepage = wpc1252\n"
                                     "paper_width_mm = 58\n"
                                     "dots = 512\n"
                                     "columns = 42\n"
                                     "qr = raster\n"
                                     "pc865_number = 18\n"
                                     "wpc1252_number = 71\n"
                                     "[display]\n"
                                     "port = /dev/serial/by-id/display\n"
                                     "baud = 115200\n"
                                     "protocol = epson\n"
                                     "rows = 4\n"
                                     "columns = 40\n"
                                     "idle_text = Tag et nummer\n"
                                     "[scanner]\n"
                                     "port = /dev/ttyS0\n"
                                     "baud = 38400\n"
                                     "wedge_layout = de\n"
                                     "wedge_keymap = da\n"
                                     "wedge_max_gap_ms = 120\n"
                                     "wedge_terminator = tab\n"
                                     "[demo]\n"
                                     "enabled = yes\n"
                                     "[log]\n"
                                     "level = debug\n");
        QVERIFY2(r.ok(), qPrintable(joined(r)));
        const KioskConfig &c = r.config;
        QCOMPARE(c.site.id, QStringLiteral("aarhus-c"));
        QCOMPARE(c.site.name, QStringLiteral("Borgerservice Århus C"));
        QCOMPARE(c.kiosk.id, QStringLiteral("stander-2"));
        QCOMPARE(c.kiosk.index, 1);
        QCOMPARE(c.kiosk.count, 3);
        QCOMPARE(c.kiosk.language, QStringLiteral("en"));
        QCOMPARE(c.ui.orientation, Orientation::Landscape);
        QCOMPARE(c.ui.panelWidthMm, 344);
        QCOMPARE(c.ui.fullscreen, false);
        QCOMPARE(c.ui.inactivitySeconds, 600);
        QCOMPARE(c.ui.countdownSeconds, 3);
        QCOMPARE(c.store.path, QStringLiteral("/data/c.sqlite"));
        QCOMPARE(c.store.retentionDays, 0);
        QCOMPARE(c.devices.printer, PrinterDriver::Simulated);
        QCOMPARE(c.devices.display, DisplayDriver::Simulated);
        QCOMPARE(c.devices.scanner, ScannerDriver::Simulated);
        QCOMPARE(c.devices.receiptDir, QStringLiteral("/data/r"));
        QCOMPARE(c.printer.queue, QStringLiteral("TM_T20.lobby"));
        QCOMPARE(c.printer.server, QStringLiteral("127.0.0.1:8631"));
        QCOMPARE(c.printer.codePage, PrinterCodePage::WPC1252);
        QCOMPARE(c.printer.paperWidthMm, 58);
        QCOMPARE(c.printer.dots, 512); // dots wins over paper_width_mm
        QCOMPARE(c.printer.dotsPerLine(), 512);
        QCOMPARE(c.printer.fontAColumns(), 42);
        QCOMPARE(c.printer.qr, PrinterQrMode::Raster);
        QCOMPARE(c.printer.pc865Number, 18);
        QCOMPARE(c.printer.wpc1252Number, 71);
        QCOMPARE(c.display.idleText, QStringLiteral("Tag et nummer"));
        QCOMPARE(c.display.port, QStringLiteral("/dev/serial/by-id/display"));
        QCOMPARE(c.display.baud, 115200);
        QCOMPARE(c.display.protocol, DisplayProtocol::Epson);
        QCOMPARE(c.display.rows, 4);
        QCOMPARE(c.display.columns, 40);
        QCOMPARE(c.scanner.port, QStringLiteral("/dev/ttyS0"));
        QCOMPARE(c.scanner.baud, 38400);
        QCOMPARE(c.scanner.wedgeLayout, KeyboardLayout::De);
        QCOMPARE(c.scanner.wedgeKeymap, std::optional(KeyboardLayout::Da));
        QCOMPARE(c.scanner.wedgeMaxGapMs, 120);
        QCOMPARE(c.scanner.wedgeTerminator, ScanTerminator::Tab);
        QCOMPARE(c.demo.enabled, true);
        QCOMPARE(c.log.level, LogLevel::Debug);
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("value");
        for (const char *w : {"true", "TRUE", "Yes", "on", "1"})
            QTest::newRow(w) << QString::fromLatin1(w) << true;
        for (const char *w : {"false", "False", "NO", "off", "0"})
            QTest::newRow(w) << QString::fromLatin1(w) << false;
    }

    void booleans()
    {
        QFETCH(QString, word);
        QFETCH(bool, value);
        const QByteArray text = "[demo]\nenabled = " + word.toUtf8() + "\n";
        const ConfigResult r = parseConfig(text, QStringLiteral("k.conf"));
        QVERIFY2(r.ok(), qPrintable(joined(r)));
        QCOMPARE(r.config.demo.enabled, value);
    }

    void errorKinds_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a number")
            << QByteArray("[ui]\n\n\ninactivity_seconds = abc\n")
            << "kiosk.conf:4: ui.inactivity_seconds = \"abc\": expected a whole number from 10 "
               "to 600";
        QTest::newRow("below min") << QByteArray("[ui]\ncountdown_seconds = 2\n")
                                   << "kiosk.conf:2: ui.countdown_seconds = \"2\": expected a "
                                      "whole number from 3 to 60";
        QTest::newRow("bad bool")
            << QByteArray("[ui]\nfullscreen = maybe\n")
            << "kiosk.conf:2: ui.fullscreen = \"maybe\": expected true or false (also yes/no, "
               "on/off, 1/0)";
        QTest::newRow("bad enum") << QByteArray("[ui]\norientation = upside-down\n")
                                  << "kiosk.conf:2: ui.orientation = \"upside-down\": expected "
                                     "one of: portrait, landscape";
        QTest::newRow("bad language") << QByteArray("[kiosk]\nlanguage = Dansk\n")
                                      << "kiosk.conf:2: kiosk.language = \"Dansk\": expected a "
                                         "language code such as da";
        QTest::newRow("bad id") << QByteArray("[site]\nid = Århus C\n")
                                << "kiosk.conf:2: site.id = \"Århus C\": expected 1 to 40 "
                                   "lowercase letters a-z, digits or '-'";
        QTest::newRow("empty name") << QByteArray("[site]\nname =\n")
                                    << "kiosk.conf:2: site.name = \"\": expected text of 1 to 80 "
                                       "characters";
        QTest::newRow("unknown key")
            << QByteArray("[ui]\nbrightness = 3\n")
            << "kiosk.conf:2: unknown key ui.brightness = \"3\": keys in [ui] are orientation, "
               "panel_width_mm, fullscreen, inactivity_seconds, countdown_seconds";
        QTest::newRow("unknown section")
            << QByteArray("[camera]\nport = x\n")
            << "kiosk.conf:1: unknown section [camera]: expected one of [site], [kiosk], [ui], "
               "[speech], [store], [devices], [printer], [display], [scanner], [demo], [central], "
               "[admin], [log]";
        QTest::newRow("bad driver")
            << QByteArray("[devices]\nscanner = usb\n")
            << "kiosk.conf:2: devices.scanner = \"usb\": expected one of: simulated, none, "
               "serial, wedge";
        QTest::newRow("bad wedge layout")
            << QByteArray("[scanner]\nwedge_layout = dk\n")
            << "kiosk.conf:2: scanner.wedge_layout = \"dk\": expected one of: us, da, de, sv, "
               "no, uk";
        QTest::newRow("wedge gap too short")
            << QByteArray("[scanner]\nwedge_max_gap_ms = 5\n")
            << "kiosk.conf:2: scanner.wedge_max_gap_ms = \"5\": expected a whole number from 10 "
               "to 250";
        QTest::newRow("bad wedge terminator")
            << QByteArray("[scanner]\nwedge_terminator = cr\n")
            << "kiosk.conf:2: scanner.wedge_terminator = \"cr\": expected one of: enter, tab, "
               "none";
        QTest::newRow("bad paper width")
            << QByteArray("[printer]\npaper_width_mm = 76\n")
            << "kiosk.conf:2: printer.paper_width_mm = \"76\": expected one of: 58, 80";
        QTest::newRow("bad baud") << QByteArray("[display]\nbaud = 4800\n")
                                  << "kiosk.conf:2: display.baud = \"4800\": expected one of: "
                                     "9600, 19200, 38400, 115200";
        QTest::newRow("too many rows") << QByteArray("[display]\nrows = 5\n")
                                       << "kiosk.conf:2: display.rows = \"5\": expected a whole "
                                          "number from 1 to 4";
        QTest::newRow("queue with space")
            << QByteArray("[printer]\nqueue = lobby printer\n")
            << "kiosk.conf:2: printer.queue = \"lobby printer\": expected a CUPS queue name";
        QTest::newRow("duplicate") << QByteArray("[ui]\nfullscreen = no\n[ui]\nfullscreen = yes\n")
                                   << "kiosk.conf:4: ui.fullscreen = \"yes\": duplicate key, "
                                      "already set on line 2; keep one of them";
        QTest::newRow("not key = value")
            << QByteArray("[ui]\nfullscreen\n")
            << "kiosk.conf:2: \"fullscreen\" is not a setting: expected \"key = value\", a "
               "[section] header or a # comment";
        QTest::newRow("no key") << QByteArray("[ui]\n= 3\n") << "kiosk.conf:2: \"= 3\" is not a";
        QTest::newRow("before section")
            << QByteArray("fullscreen = no\n")
            << "kiosk.conf:1: fullscreen = \"no\" comes before any [section] header";
        QTest::newRow("broken header")
            << QByteArray("[ui\n") << "kiosk.conf:1: \"[ui\" is not a section header";
        QTest::newRow("invalid utf-8") << QByteArray("[site]\nname = Borgerservice \xE6\n")
                                       << "kiosk.conf:2: not valid UTF-8 text";
        QTest::newRow("hex number") << QByteArray("[kiosk]\ncount = 0x10\n")
                                    << "kiosk.conf:2: kiosk.count = \"0x10\": expected a whole "
                                       "number from 1 to 64";
    }

    void printerProfiles_data()
    {
        // The [printer] keys of common printers and the width and columns they give.
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("dots");
        QTest::addColumn<int>("columns");
        QTest::newRow("default: 80 mm 203 dpi") << QByteArray() << 576 << 48;
        QTest::newRow("old 58 mm setting") << QByteArray("paper_width_mm = 58\n") << 384 << 32;
        QTest::newRow("58 mm 203 dpi") << QByteArray("dots = 384\n") << 384 << 32;
        QTest::newRow("80 mm 180 dpi") << QByteArray("dots = 512\n") << 512 << 42;
        QTest::newRow("80 mm 42-column mode")
            << QByteArray("dots = 576\ncolumns = 42\n") << 576 << 42;
        QTest::newRow("104 mm 203 dpi") << QByteArray("dots = 832\n") << 832 << 69;
    }

    void printerProfiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, dots);
        QFETCH(int, columns);
        const ConfigResult r = parseConfig("[printer]\n" + text, QStringLiteral("kiosk.conf"));
        QVERIFY2(r.ok(), qPrintable(joined(r)));
        QCOMPARE(r.config.printer.dotsPerLine(), dots);
        QCOMPARE(r.config.printer.fontAColumns(), columns);
    }

    void printerProfileErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dots too few") << QByteArray("[printer]\ndots = 100\n")
                                      << "kiosk.conf:2: printer.dots = \"100\": expected 0 (from "
                                         "paper_width_mm) or 160 to 1024 dots, a multiple of 8";
        QTest::newRow("dots too many") << QByteArray("[printer]\ndots = 2048\n")
                                       << "kiosk.conf:2: printer.dots = \"2048\": expected a "
                                          "whole number from 0 to 1024";
        QTest::newRow("48 columns on 58 mm")
            << QByteArray("[printer]\ndots = 384\ncolumns = 64\n")
            << "kiosk.conf:3: printer.columns = \"64\": at most 38 on a printer of 384 dots";
        QTest::newRow("font B columns on 80 mm")
            << QByteArray("[printer]\ndots = 576\ncolumns = 72\n")
            << "kiosk.conf:3: printer.columns = \"72\": at most 57 on a printer of 576 dots";
        QTest::newRow("dots not whole bytes")
            << QByteArray("[printer]\ndots = 500\n")
            << "kiosk.conf:2: printer.dots = \"500\": expected 0 (from paper_width_mm) or 160 "
               "to 1024 dots, a multiple of 8";
        QTest::newRow("qr mode") << QByteArray("[printer]\nqr = image\n")
                                 << "kiosk.conf:2: printer.qr = \"image\": expected one of: "
                                    "native, raster";
        QTest::newRow("same table number")
            << QByteArray("[printer]\npc865_number = 16\n")
            << "kiosk.conf:2: printer.wpc1252_number = \"16\": the same number as "
               "printer.pc865_number";
        QTest::newRow("table number range") << QByteArray("[printer]\npc865_number = 256\n")
                                            << "kiosk.conf:2: printer.pc865_number = \"256\": "
                                               "expected a whole number from 0 to 255";
        QTest::newRow("idle text too long")
            << QByteArray("[display]\nidle_text = " + QByteArray(81, 'x') + "\n")
            << "kiosk.conf:2: display.idle_text = ";
    }

    void printerProfileErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const ConfigResult r = parseConfig(text, QStringLiteral("kiosk.conf"));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.constFirst().startsWith(expected), qPrintable(r.errors.constFirst()));
    }

    void errorKinds()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const ConfigResult r = parseConfig(text, QStringLiteral("kiosk.conf"));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.constFirst().startsWith(expected), qPrintable(r.errors.constFirst()));
    }

    void allErrorsCollected()
    {
        const ConfigResult r = parse("[ui]\n"
                                     "inactivity_seconds = 5\n"
                                     "fullscreen = sometimes\n"
                                     "[kiosk]\n"
                                     "langauge = da\n"
                                     "language = Deutsch\n"
                                     "garbage\n");
        QCOMPARE(r.errors.size(), 5);
        QVERIFY(r.errors.at(0).startsWith(u"/etc/borgerkiosk/kiosk.conf:2: ui.inactivity_seconds"));
        QVERIFY(r.errors.at(1).startsWith(u"/etc/borgerkiosk/kiosk.conf:3: ui.fullscreen"));
        QVERIFY(r.errors.at(2).startsWith(u"/etc/borgerkiosk/kiosk.conf:5: unknown key "
                                          u"kiosk.langauge"));
        QVERIFY(r.errors.at(3).startsWith(u"/etc/borgerkiosk/kiosk.conf:6: kiosk.language"));
        QVERIFY(r.errors.at(4).startsWith(u"/etc/borgerkiosk/kiosk.conf:7: \"garbage\""));
    }

    void languagesDefaultToEveryShippedOne()
    {
        const KioskConfig c = defaultConfig();
        QCOMPARE(c.kiosk.languages,
                 QStringList({u"da"_s, u"en"_s, u"ar"_s, u"tr"_s, u"pl"_s, u"uk"_s, u"de"_s}));
        QCOMPARE(c.kiosk.language, u"da"_s);
        for (const QString &code : c.kiosk.languages)
            QVERIFY2(bk::hasCatalogue(code), qPrintable(code));
    }

    void languagesAreAListInOrder()
    {
        const ConfigResult r = parse("[kiosk]\nlanguages = de , uk,da\nlanguage = uk\n");
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.config.kiosk.languages, QStringList({u"de"_s, u"uk"_s, u"da"_s}));
        QCOMPARE(r.config.kiosk.language, u"uk"_s);
    }

    void languagesAreChecked_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no catalogue")
            << QByteArray("[kiosk]\nlanguages = da,xx\n")
            << QStringList{u"kiosk.conf:2: kiosk.languages: no catalogue for \"xx\" in this "
                           u"build; it has da, en, ar, de, pl, tr, uk (a new language needs "
                           u"qml/i18n/borgerkiosk_xx.ts, see the README)"_s};
        QTest::newRow("twice") << QByteArray("[kiosk]\nlanguages = da,en,da\n")
                               << QStringList{u"kiosk.conf:2: kiosk.languages: \"da\" is listed "
                                              u"twice"_s};
        QTest::newRow("not a list")
            << QByteArray("[kiosk]\nlanguages = da;en\n")
            << QStringList{u"kiosk.conf:2: kiosk.languages = \"da;en\": expected language "
                           u"codes separated by commas, such as da,en,ar"_s};
        QTest::newRow("start language not offered")
            << QByteArray("[kiosk]\nlanguages = en,ar\n")
            << QStringList{u"kiosk.conf:2: kiosk.language = \"da\": not in kiosk.languages "
                           u"(en,ar)"_s};
        QTest::newRow("start language without catalogue")
            << QByteArray("[kiosk]\nlanguages = da,en\nlanguage = sv\n")
            << QStringList{u"kiosk.conf:3: kiosk.language = \"sv\": not in kiosk.languages "
                           u"(da,en)"_s};
    }

    void languagesAreChecked()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        const ConfigResult r = parseConfig(text, u"kiosk.conf"_s);
        QCOMPARE(r.errors, expected);
    }

    void crossKeyIndexBelowCount()
    {
        ConfigResult r = parse("[kiosk]\ncount = 2\nindex = 2\n");
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.constFirst(),
                 QStringLiteral("/etc/borgerkiosk/kiosk.conf:3: kiosk.index = \"2\": must be less "
                                "than kiosk.count, which is 2 set on line 2 (kiosks are numbered "
                                "from 0)"));
        r = parse("[kiosk]\nindex = 1\n");
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.constFirst().contains(u"kiosk.count, which is 1 by default"),
                 qPrintable(r.errors.constFirst()));
        r = parse("[kiosk]\nindex = 1\ncount = 2\n");
        QVERIFY(r.ok());
        // A count that is itself invalid is reported once, not again as a cross-key error.
        r = parse("[kiosk]\nindex = 1\ncount = lots\n");
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.constFirst().contains(u"kiosk.count = \"lots\""));
    }

    void relativePaths()
    {
        const ConfigResult r = parseConfig(QByteArrayView("[store]\npath = data/../data/c.sqlite\n"
                                                          "[devices]\nreceipt_dir = \"r\"\n"),
                                           QStringLiteral("/opt/kiosk/etc/kiosk.conf"));
        QVERIFY2(r.ok(), qPrintable(joined(r)));
        QCOMPARE(r.config.store.path, QStringLiteral("/opt/kiosk/etc/data/c.sqlite"));
        QCOMPARE(r.config.devices.receiptDir, QStringLiteral("/opt/kiosk/etc/r"));

        // Every key that names a file is resolved the same way, the central's files too (a
        // relative token_file used to be read from whatever folder the kiosk started in).
        const ConfigResult central =
            parseConfig(QByteArrayView("[central]\nurl = https://central.example:8443\n"
                                       "ca_file = pki/ca.pem\ntoken_file = token\n"),
                        QStringLiteral("/opt/kiosk/etc/kiosk.conf"));
        QVERIFY2(central.ok(), qPrintable(joined(central)));
        QCOMPARE(central.config.central.caFile, QStringLiteral("/opt/kiosk/etc/pki/ca.pem"));
        QCOMPARE(central.config.central.tokenFile, QStringLiteral("/opt/kiosk/etc/token"));
        // Without a central they stay empty, not the config file's folder.
        const ConfigResult none = parseConfig(QByteArrayView("[central]\nca_file =\n"),
                                              QStringLiteral("/opt/kiosk/etc/kiosk.conf"));
        QVERIFY2(none.ok(), qPrintable(joined(none)));
        QCOMPARE(none.config.central.caFile, QString());
        // token_file defaults to the packaged state dir (/var/lib/borgerkiosk, the unit's
        // StateDirectory), where enrolment writes the token.
        QCOMPARE(none.config.central.tokenFile, QStringLiteral("/var/lib/borgerkiosk/token"));
    }

    void textDetails()
    {
        // BOM, CRLF line ends, quotes, case-insensitive enum words, whitespace around '='.
        const ConfigResult r = parse("\xEF\xBB\xBF[site]\r\nname = \" Borgerservice Nord \"\r\n"
                                     "[ui]\r\norientation=Landscape\r\n");
        QVERIFY2(r.ok(), qPrintable(joined(r)));
        QCOMPARE(r.config.site.name, QStringLiteral(" Borgerservice Nord "));
        QCOMPARE(r.config.ui.orientation, Orientation::Landscape);
    }

    void loadFromFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        ConfigResult r = loadConfig(path);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.constFirst().startsWith(path + QStringLiteral(": cannot read")));

        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[store]\npath = cache.sqlite\n[ui]\nfullscreen = nope\n");
        f.close();
        r = loadConfig(path);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.constFirst().startsWith(path +
                                                 QStringLiteral(":4: ui.fullscreen = \"nope\"")));
        QCOMPARE(r.config.store.path, dir.filePath(QStringLiteral("cache.sqlite")));
    }

    void exampleFileIsCurrent()
    {
        const QString path = QStringLiteral(BK_SOURCE_DIR "/packaging/kiosk.conf.example");
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QString committed = QString::fromUtf8(f.readAll());
        const QString generated = exampleConfig();
        if (committed != generated) {
            QFile out(QStringLiteral("kiosk.conf.example.generated"));
            if (out.open(QIODevice::WriteOnly))
                out.write(generated.toUtf8());
            QFAIL(qPrintable(QStringLiteral("%1 differs from exampleConfig(); the current text "
                                            "is in %2: copy it over the committed file")
                                 .arg(path, QFileInfo(out).absoluteFilePath())));
        }
        const ConfigResult r = parseConfig(committed.toUtf8(), path);
        QVERIFY2(r.ok(), qPrintable(joined(r)));
        QVERIFY(r.config == defaultConfig());
    }

    void exampleDocumentsEveryKey()
    {
        const QString text = exampleConfig();
        for (const char *line : {"id = demo",
                                 "name = Borgerservice",
                                 "id = kiosk-1",
                                 "index = 0",
                                 "count = 1",
                                 "language = da",
                                 "orientation = portrait",
                                 "fullscreen = true",
                                 "inactivity_seconds = 30",
                                 "countdown_seconds = 10",
                                 "path = /var/lib/borgerkiosk/cache.sqlite",
                                 "retention_days = 1",
                                 "printer = none",
                                 "display = none",
                                 "scanner = none",
                                 "receipt_dir = /var/lib/borgerkiosk/receipts",
                                 "queue = borgerkiosk",
                                 "server = \"\"",
                                 "codepage = pc865",
                                 "paper_width_mm = 80",
                                 "dots = 0",
                                 "columns = 0",
                                 "qr = native",
                                 "pc865_number = 5",
                                 "wpc1252_number = 16",
                                 "idle_text = Velkommen",
                                 "port = /dev/borgerkiosk/display",
                                 "baud = 9600",
                                 "protocol = cd5220",
                                 "rows = 2",
                                 "columns = 20",
                                 "port = /dev/borgerkiosk/reader",
                                 "wedge_layout = us",
                                 "wedge_keymap = auto",
                                 "wedge_max_gap_ms = 80",
                                 "wedge_terminator = enter",
                                 "enabled = false",
                                 "level = info"})
            QVERIFY2(text.contains(u'\n' + QLatin1String(line) + u'\n'), line);
    }

    void demoConfig()
    {
        const QString path = QStringLiteral(BK_SOURCE_DIR "/packaging/demo/kiosk-demo.conf");
        const ConfigResult r = loadConfig(path);
        QVERIFY2(r.ok(), qPrintable(joined(r)));
        QVERIFY(r.config.demo.enabled);
        QCOMPARE(r.config.devices.printer, PrinterDriver::Simulated);
        QCOMPARE(r.config.devices.display, DisplayDriver::Simulated);
        QCOMPARE(r.config.devices.scanner, ScannerDriver::Simulated);
        QVERIFY(r.config.store.path.startsWith(u"/tmp/borgerkiosk-demo/"));
        QVERIFY(r.config.devices.receiptDir.startsWith(u"/tmp/borgerkiosk-demo/"));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
