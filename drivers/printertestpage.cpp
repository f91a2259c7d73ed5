#include "drivers/printertestpage.h"

#include "drivers/code128.h"

namespace bk {

namespace {

QString pageName(escpos::CodePage page)
{
    return page == escpos::CodePage::PC865 ? QStringLiteral("PC865") : QStringLiteral("WPC1252");
}

/// "....+....1....+....2..." exactly `columns` long: on a printer with fewer columns it wraps.
QString ruler(int columns)
{
    QString out;
    for (int i = 1; i <= columns; ++i)
        out += i % 10 == 0 ? QChar(u'0' + (i / 10) % 10) : i % 5 == 0 ? u'+' : u'.';
    return out;
}

} // namespace

QStringList printerProfileLines(const EscPosSetup &setup)
{
    const int module = code128::moduleDots(kTestPageBarcode, setup.widthDots);
    return {
        QStringLiteral("dots: %1").arg(setup.widthDots),
        QStringLiteral("columns: %1").arg(escPosColumns(setup)),
        QStringLiteral("code page: %1 (ESC t %2)")
            .arg(pageName(setup.codePage))
            .arg(setup.codePageNumbers.of(setup.codePage)),
        setup.qr == QrMode::Native ? QStringLiteral("QR: native (GS ( k)")
                                   : QStringLiteral("QR: raster (GS v 0)"),
        module > 0 ? QStringLiteral("Code 128: %1 dots/module (GS w %1)").arg(module)
                   : QStringLiteral("Code 128: too wide for %1 dots").arg(setup.widthDots),
    };
}

Receipt printerTestPage(const EscPosSetup &setup, const QString &siteName, const QDateTime &at)
{
    Receipt r;
    r.kind = ReceiptKind::TestPage;
    r.language = QStringLiteral("da");
    const TextStyle center{.align = TextAlign::Center};
    r.text(siteName, {.align = TextAlign::Center, .size = TextSize::Double, .bold = true})
        .text(QStringLiteral("Printertest · Printer test page"), center)
        .text(at.toString(QStringLiteral("dd.MM.yyyy HH:mm")), center)
        .rule()
        .text(QStringLiteral("Profil · Profile ([printer] in kiosk.conf)"), {.bold = true});
    for (const QString &line : printerProfileLines(setup))
        r.text(line);
    r.rule()
        .text(QStringLiteral("Danske bogstaver · Danish letters:"))
        .text(QStringLiteral("æøå ÆØÅ"), {.size = TextSize::Double})
        .text(QStringLiteral("Tegn · Characters (not É Æ Ø Å æ ø å):"))
        .text(QStringLiteral("@ [ ] { } \\ | ~"), {.size = TextSize::Double})
        .text(QStringLiteral("One line, %1 columns:").arg(escPosColumns(setup)))
        .text(ruler(escPosColumns(setup)))
        .rule()
        .qr(QByteArray(kTestPageQrPayload))
        .text(QStringLiteral("QR: %1").arg(QLatin1String(kTestPageQrPayload)), center)
        .feed()
        .code128(QByteArray(kTestPageBarcode))
        .feed(2)
        .cut();
    return r;
}

} // namespace bk
