// The UI languages of the build (domain/uilanguages.h): the list the configuration is checked
// against and the language choice and the screenshot audit iterate, the names each language
// is shown under, and which languages mirror the screen.

#include "domain/uilanguages.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUiLanguages : public QObject
{
    Q_OBJECT

private slots:
    void everyCatalogueIsALanguage()
    {
        // One per qml/i18n/borgerkiosk_<code>.ts: Danish and English first, then alphabetical.
        QCOMPARE(bk::catalogueLanguages(),
                 QStringList({u"da"_s, u"en"_s, u"ar"_s, u"de"_s, u"pl"_s, u"tr"_s, u"uk"_s}));
        QVERIFY(bk::hasCatalogue(u"uk"_s));
        QVERIFY(!bk::hasCatalogue(u"sv"_s));
        QVERIFY(!bk::hasCatalogue(QString()));
    }

    void namesAreWrittenInTheLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("da") << u"da"_s << u"Dansk"_s;
        QTest::newRow("en") << u"en"_s << u"English"_s;
        QTest::newRow("ar") << u"ar"_s << u"العربية"_s;
        QTest::newRow("tr") << u"tr"_s << u"Türkçe"_s;
        QTest::newRow("pl") << u"pl"_s << u"Polski"_s;
        QTest::newRow("uk") << u"uk"_s << u"Українська"_s;
        QTest::newRow("de") << u"de"_s << u"Deutsch"_s;
        // A language added later is named from CLDR, first letter in upper case.
        QTest::newRow("sv") << u"sv"_s << u"Svenska"_s;
        QTest::newRow("fa") << u"fa"_s << u"فارسی"_s;
        QTest::newRow("unknown") << u"xx"_s << u"xx"_s;
    }

    void namesAreWrittenInTheLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QCOMPARE(bk::nativeLanguageName(code), name);
    }

    void onlyArabicMirrors()
    {
        for (const QString &code : bk::catalogueLanguages())
            QCOMPARE(bk::isRightToLeft(code), code == u"ar");
        QVERIFY(bk::isRightToLeft(u"fa"_s));
        QVERIFY(!bk::isRightToLeft(u"xx"_s));
    }
};

QTEST_GUILESS_MAIN(TestUiLanguages)
#include "tst_uilanguages.moc"
