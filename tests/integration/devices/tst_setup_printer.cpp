// borgerkiosk-setup-printer (packaging/) as a technician runs it, against a private cupsd whose
// usb backend stand-in lists the printers that are "plugged in" (devicefixtures.cpp): it finds
// the one USB printer with lpinfo, makes a raw queue that passes the kiosk's bytes unchanged,
// sets PreserveJobFiles No, and refuses clearly when there is no printer or more than one.
#include "devicefixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace bk::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSetupPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_cupsd.start(&m_error), qPrintable(m_error)); }

    void noPrinterIsSaidPlainly()
    {
        const Run r = setup({});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no USB printer found"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"--uri bkescpos://"), qPrintable(r.err));
    }

    void theOneUsbPrinterGetsARawQueue()
    {
        m_cupsd.setFlag(QStringLiteral("usb-R1"), true);
        const Run list = setup({QStringLiteral("--list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.trimmed(), QStringLiteral("usb://BK/Receipt?serial=R1"));

        const Run r = setup({});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"queue borgerkiosk -> usb://BK/Receipt?serial=R1"),
                 qPrintable(r.out));
        QVERIFY2(!r.err.contains(u"deprecated"), qPrintable(r.err));
        QVERIFY2(lp({QStringLiteral("-v"), QStringLiteral("borgerkiosk")})
                     .contains(u"usb://BK/Receipt?serial=R1"),
                 "lpstat -v does not show the queue's device");
        const QString state = lp({QStringLiteral("-p"), QStringLiteral("borgerkiosk")});
        QVERIFY2(state.contains(u"enabled") && !state.contains(u"disabled"), qPrintable(state));
        QVERIFY2(lp({QStringLiteral("-a"), QStringLiteral("borgerkiosk")}).contains(u"accepting"),
                 "the queue does not accept jobs");

        // cupsd keeps no job data once a job is done (a receipt names the errand and time).
        QProcess ctl;
        ctl.start(QStringLiteral("cupsctl"), {QStringLiteral("-h"), m_cupsd.server()});
        QVERIFY(ctl.waitForFinished(10000));
        const QString settings = QString::fromUtf8(ctl.readAllStandardOutput());
        QVERIFY2(settings.contains(u"PreserveJobFiles=No"), qPrintable(settings));

        // Raw: the ESC/POS bytes reach the printer unchanged (ESC @, text, GS V cut).
        static constexpr char kBytes[] = "\x1b@Kvittering \x9b\x86\n\x1dV\x01";
        const QByteArray escpos(kBytes, sizeof kBytes - 1);
        QTemporaryDir dir;
        QFile job(dir.filePath(QStringLiteral("job.bin")));
        QVERIFY(job.open(QIODevice::WriteOnly) && job.write(escpos) == escpos.size());
        job.close();
        QProcess print;
        print.start(QStringLiteral("lp"),
                    {QStringLiteral("-h"), m_cupsd.server(), QStringLiteral("-d"),
                     QStringLiteral("borgerkiosk"), QStringLiteral("-o"), QStringLiteral("raw"),
                     job.fileName()});
        QVERIFY(print.waitForFinished(10000));
        QCOMPARE(print.exitCode(), 0);
        // The stand-in backend creates the file, then writes it: wait for the whole job.
        const auto printedBytes = [this] {
            const QStringList jobs = m_cupsd.printed();
            QFile f(jobs.isEmpty() ? QString() : m_cupsd.printedDir() + u'/' + jobs.constFirst());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(printedBytes(), escpos, 30000);
        QCOMPARE(m_cupsd.printed().size(), 1);
    }

    void twoPrintersMustBeChosenBetween()
    {
        m_cupsd.setFlag(QStringLiteral("usb-R2"), true);
        const Run r = setup({QStringLiteral("--queue"), QStringLiteral("second")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"2 USB printers found") && r.err.contains(u"serial=R1") &&
                     r.err.contains(u"serial=R2") && r.err.contains(u"--uri"),
                 qPrintable(r.err));
        QVERIFY(!lp({QStringLiteral("-v")}).contains(u"second"));

        const Run chosen =
            setup({QStringLiteral("--queue"), QStringLiteral("second"), QStringLiteral("--uri"),
                   QStringLiteral("usb://BK/Receipt?serial=R2")});
        QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.err));
        QVERIFY(lp({QStringLiteral("-v"), QStringLiteral("second")})
                    .contains(u"usb://BK/Receipt?serial=R2"));
    }

    void badArgumentsAreRefused()
    {
        QCOMPARE(setup({QStringLiteral("--bogus")}).exitCode, 2);
        const Run r = setup({QStringLiteral("--queue"), QStringLiteral("a b")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"queue name"), qPrintable(r.err));
    }

private:
    Run setup(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUPS_SERVER"), m_cupsd.server());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BK_SETUP_PRINTER), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    /// lpstat -h server ARGS: its output.
    QString lp(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("lpstat"),
                QStringList{QStringLiteral("-h"), m_cupsd.server()} + args);
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    PrivateCupsd m_cupsd;
    QString m_error;
};

QTEST_GUILESS_MAIN(TestSetupPrinter)
#include "tst_setup_printer.moc"
