// Queue-page tokens: 128 random bits as 22 characters of URL-safe base64, told apart from
// anything else by their shape, and the page address built from the central's base URL.

#include "domain/queuetoken.h"

#include <QByteArray>
#include <QSet>
#include <QTest>

namespace qt = bk::queuetoken;

class TestQueueToken : public QObject
{
    Q_OBJECT

private slots:
    void madeTokensAreWellFormedAnd128Bits()
    {
        QSet<QString> seen;
        int bitsSet = 0;
        for (int i = 0; i < 2000; ++i) {
            const QString t = qt::make();
            QCOMPARE(t.size(), qt::kLength);
            QVERIFY2(qt::isWellFormed(t), qPrintable(t));
            const QByteArray raw =
                QByteArray::fromBase64(t.toLatin1(), QByteArray::Base64UrlEncoding |
                                                         QByteArray::AbortOnBase64DecodingErrors);
            QCOMPARE(raw.size(), 16);
            for (char c : raw)
                bitsSet += qPopulationCount(quint8(c));
            seen.insert(t);
        }
        QCOMPARE(seen.size(), 2000);
        // Half of 2000 * 128 bits set, give or take far more than 10 standard deviations (~226).
        QVERIFY2(qAbs(bitsSet - 128000) < 3000, qPrintable(QString::number(bitsSet)));
    }

    void shapeIsChecked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("made") << QStringLiteral("q83vEjRWeJASNFZ4kBI0Vg") << true;
        QTest::newRow("url-safe chars") << QStringLiteral("-_-_-_-_-_-_-_-_-_-_-A") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("21 chars") << QStringLiteral("q83vEjRWeJASNFZ4kBI0V") << false;
        QTest::newRow("23 chars") << QStringLiteral("q83vEjRWeJASNFZ4kBI0VgA") << false;
        QTest::newRow("plain base64 +") << QStringLiteral("q83vEjRWeJASNFZ4kB+0Vg") << false;
        QTest::newRow("plain base64 /") << QStringLiteral("q83vEjRWeJASNFZ4kB/0Vg") << false;
        QTest::newRow("padding") << QStringLiteral("q83vEjRWeJASNFZ4kBI0V=") << false;
        QTest::newRow("bits past 128") << QStringLiteral("q83vEjRWeJASNFZ4kBI0Vh") << false;
        QTest::newRow("non-ASCII letter") << QStringLiteral("q83vEjRWeJASNFZ4kBI0øg") << false;
        QTest::newRow("path") << QStringLiteral("../../../../etc/passwdA") << false;
    }

    void shapeIsChecked()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(qt::isWellFormed(text), ok);
    }

    void pageUrl()
    {
        const QString t = QStringLiteral("q83vEjRWeJASNFZ4kBI0Vg");
        QCOMPARE(qt::pageUrl(QStringLiteral("https://koe.example.dk"), t),
                 QStringLiteral("https://koe.example.dk/q/") + t);
        QCOMPARE(qt::pageUrl(QStringLiteral("https://central.example.dk:8443/"), t),
                 QStringLiteral("https://central.example.dk:8443/q/") + t);
        QCOMPARE(qt::pageUrl(QString(), t), QString());
    }
};

QTEST_APPLESS_MAIN(TestQueueToken)
#include "tst_queuetoken.moc"
