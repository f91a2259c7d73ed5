// Every character of every catalogue has a glyph in the fonts that draw it, from the Debian
// packages the kiosk depends on (fonts-dejavu-core, fonts-noto-core): on screen the Theme's
// family (qml/Theme.qml, "DejaVu Sans"), on paper receiptFontFamilies() of the language (the
// raster text of drivers/receiptrenderer). Checked per character with QRawFont, the glyphs a
// family really has, so fontconfig's silent fallback to some other installed font cannot hide
// a gap.

#include "domain/uilanguages.h"
#include "drivers/receiptrenderer.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QRawFont>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

/// The distinct printable code points of every translation in `language`'s catalogue, and of
/// its native name.
QList<char32_t> charactersOf(const QString &language)
{
    QFile f(QStringLiteral(BK_SOURCE_DIR "/qml/i18n/borgerkiosk_%1.ts").arg(language));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QSet<char32_t> seen;
    QList<char32_t> out;
    const auto add = [&](const QString &text) {
        for (char32_t c : text.toUcs4()) {
            const auto category = QChar::category(c);
            // Spaces and bidi/format marks draw nothing and need no glyph.
            if (QChar::isSpace(c) || category == QChar::Other_Format ||
                category == QChar::Other_Control || seen.contains(c))
                continue;
            seen.insert(c);
            out.append(c);
        }
    };
    QXmlStreamReader xml(&f);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"translation")
            add(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    add(bk::nativeLanguageName(language));
    return out;
}

/// The characters of `characters` no family of `families` has a glyph for.
QString missing(const QList<char32_t> &characters, const QStringList &families)
{
    QList<QRawFont> fonts;
    for (const QString &family : families) {
        QFont font(family);
        font.setPixelSize(24);
        font.setStyleStrategy(QFont::NoFontMerging);
        const QRawFont raw = QRawFont::fromFont(font);
        if (raw.isValid() && raw.familyName() == family)
            fonts.append(raw);
    }
    QString out;
    for (char32_t c : characters) {
        const bool drawn = std::any_of(fonts.cbegin(), fonts.cend(),
                                       [c](const QRawFont &f) { return f.supportsCharacter(c); });
        if (!drawn)
            out += QString::fromUcs4(&c, 1) +
                   QStringLiteral(" U+%1 ").arg(uint(c), 4, 16, QChar(u'0'));
    }
    return out;
}

} // namespace

class TestFonts : public QObject
{
    Q_OBJECT

private slots:
    void fontsAreInstalled()
    {
        // Installed by the packages in packaging/debian/control (Depends) and build-deps.txt.
        const QStringList families = QFontDatabase::families();
        QVERIFY2(families.contains(u"DejaVu Sans"_s), "fonts-dejavu-core is not installed");
        QVERIFY2(families.contains(u"Noto Sans Arabic"_s), "fonts-noto-core is not installed");
    }

    void everyCharacterHasAGlyph_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : bk::catalogueLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }

    void everyCharacterHasAGlyph()
    {
        QFETCH(QString, language);
        const QList<char32_t> characters = charactersOf(language);
        QVERIFY(characters.size() > 20);
        // On screen: the Theme's one family for every language.
        const QString screen = missing(characters, {u"DejaVu Sans"_s});
        QVERIFY2(screen.isEmpty(), qPrintable(u"no glyph on screen for "_s + screen));
        // On paper: the receipt renderer's families for the language.
        const QStringList paperFamilies = bk::receiptFontFamilies(language);
        const QString paper = missing(characters, paperFamilies);
        QVERIFY2(paper.isEmpty(), qPrintable(u"no glyph on paper for "_s + paper));
        // The first family is the one that draws the language's own letters.
        const QString first = missing(characters, {paperFamilies.constFirst()});
        if (language == u"ar") {
            // Noto Sans Arabic has the Arabic letters; Latin (codes, times) falls to DejaVu.
            for (char32_t c : characters)
                if (QChar::script(c) == QChar::Script_Arabic)
                    QVERIFY2(!first.contains(QString::fromUcs4(&c, 1)),
                             qPrintable(QString::fromUcs4(&c, 1)));
        } else {
            QVERIFY2(first.isEmpty(), qPrintable(first));
        }
    }
};

QTEST_MAIN(TestFonts)
#include "tst_fonts.moc"
