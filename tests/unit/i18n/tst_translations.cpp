// Every string the UI shows is translated in every shipped language: lupdate is run over the
// sources into a copy of each catalogue, and any message left unfinished or empty fails.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyStringTranslated_data()
    {
        // Every catalogue the build compiles (qml/i18n/borgerkiosk_*.ts, top CMakeLists.txt).
        QTest::addColumn<QString>("language");
        const QStringList files = QDir(QStringLiteral(BK_SOURCE_DIR "/qml/i18n"))
                                      .entryList({QStringLiteral("borgerkiosk_*.ts")}, QDir::Files);
        QVERIFY(files.size() >= 7);
        for (const QString &file : files) {
            const QString code = file.mid(12, file.size() - 12 - 3);
            QTest::newRow(qPrintable(code)) << code;
        }
    }

    void everyStringTranslated()
    {
        QFETCH(QString, language);
        const QString committed =
            QStringLiteral(BK_SOURCE_DIR "/qml/i18n/borgerkiosk_%1.ts").arg(language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(BK_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral(BK_SOURCE_DIR "/qml"),
                       QStringLiteral(BK_SOURCE_DIR "/app/kiosk"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(60000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QStringList problems;
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const QString text = xml.readElementText();
                if (!type.isEmpty())
                    problems << QStringLiteral("%1: \"%2\"").arg(type, source);
                else if (text.trimmed().isEmpty())
                    problems << QStringLiteral("empty: \"%1\"").arg(source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 0, "no messages found: is lupdate reading the sources?");
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 untranslated in %2 (edit it with linguist):\n  %3")
                                .arg(problems.size())
                                .arg(committed, problems.join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
