#include "drivers/receipt.h"

namespace bk {

Receipt &Receipt::text(const QString &text, TextStyle style)
{
    blocks.append(receipt::Text{text, style});
    return *this;
}

Receipt &Receipt::qr(const QByteArray &payload)
{
    blocks.append(receipt::Qr{payload});
    return *this;
}

Receipt &Receipt::code128(const QByteArray &payload)
{
    blocks.append(receipt::Code128{payload});
    return *this;
}

Receipt &Receipt::feed(int lines)
{
    blocks.append(receipt::Feed{lines});
    return *this;
}

Receipt &Receipt::rule()
{
    blocks.append(receipt::Rule{});
    return *this;
}

Receipt &Receipt::cut()
{
    blocks.append(receipt::Cut{});
    return *this;
}

Receipt testPage(const QString &siteName, const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTime();
    Receipt r;
    r.kind = ReceiptKind::TestPage;
    r.language = QStringLiteral("da");
    const TextStyle center{.align = TextAlign::Center};
    r.text(siteName, {.align = TextAlign::Center, .size = TextSize::Double, .bold = true})
        .text(QStringLiteral("Testside · Test page"), center)
        .text(when.toString(QStringLiteral("dd.MM.yyyy HH:mm")), center)
        .rule()
        .text(QStringLiteral("Stor tekst"), {.size = TextSize::Large})
        .text(QStringLiteral("Dobbelt tekst"), {.size = TextSize::Double})
        .text(QStringLiteral("Normal tekst"))
        .text(QStringLiteral("Fed tekst"), {.bold = true})
        .text(QStringLiteral("Til højre"), {.align = TextAlign::Right})
        .text(QStringLiteral("Æble, øl og å: ÆØÅ æøå é ü ß"))
        .text(QStringLiteral("Lang linje der brydes ved ordgrænser, så den passer til papirets "
                             "bredde på både 58 og 80 mm."))
        .rule()
        .qr(QByteArrayLiteral("https://www.borger.dk"))
        .text(QStringLiteral("QR: https://www.borger.dk"), center)
        .feed()
        .code128(QByteArrayLiteral("BK-TEST-0123"))
        .feed(2)
        .cut();
    return r;
}

} // namespace bk
