#pragma once
// A receipt as a document: the list of blocks both the simulated printer (a PNG) and the
// ESC/POS encoder (bytes for the real printer) render. Plain values; no layout decisions
// about paper width are made here, so one receipt prints on 58 mm and 80 mm paper alike.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <variant>

namespace bk {

/// What a receipt is for (the printer may log it; the layout functions choose the blocks).
enum class ReceiptKind {
    BookingConfirmation,
    CheckInTicket,
    ChanceTicket,
    SelfServicePointer,
    TestPage
};

enum class TextAlign { Left, Center, Right };
/// Normal is the printer's standard font; Double is twice as wide and tall, Large three times.
enum class TextSize { Normal, Double, Large };

/// How a text line looks.
struct TextStyle
{
    TextAlign align = TextAlign::Left;
    TextSize size = TextSize::Normal;
    bool bold = false;

    friend bool operator==(const TextStyle &, const TextStyle &) = default;
};

namespace receipt {

/// Text, wrapped at word boundaries to the paper width; any Unicode the fonts can draw.
struct Text
{
    QString text;
    TextStyle style;
    friend bool operator==(const Text &, const Text &) = default;
};
/// A QR code (error correction M, byte mode), centred.
struct Qr
{
    QByteArray payload;
    friend bool operator==(const Qr &, const Qr &) = default;
};
/// A Code 128 barcode (printable ASCII), centred, with the payload printed beneath.
struct Code128
{
    QByteArray payload;
    friend bool operator==(const Code128 &, const Code128 &) = default;
};
/// Blank paper, in lines of the normal font.
struct Feed
{
    int lines = 1;
    friend bool operator==(const Feed &, const Feed &) = default;
};
/// A horizontal line across the paper.
struct Rule
{
    friend bool operator==(const Rule &, const Rule &) = default;
};
/// Cut the paper here (a partial cut on printers that have a cutter).
struct Cut
{
    friend bool operator==(const Cut &, const Cut &) = default;
};

} // namespace receipt

/// One block of a receipt.
using ReceiptBlock = std::variant<receipt::Text, receipt::Qr, receipt::Code128, receipt::Feed,
                                  receipt::Rule, receipt::Cut>;

/// A whole receipt: blocks in print order, plus what it is and which language it is in.
struct Receipt
{
    ReceiptKind kind = ReceiptKind::TestPage;
    QString language = QStringLiteral("da"); ///< language code the text is in
    QList<ReceiptBlock> blocks;

    /// Appends a text block; e.g. `r.text(u"Tak"_s, {.align = TextAlign::Center, .bold = true})`.
    Receipt &text(const QString &text, TextStyle style = {});
    /// Appends a QR code.
    Receipt &qr(const QByteArray &payload);
    /// Appends a Code 128 barcode.
    Receipt &code128(const QByteArray &payload);
    /// Appends `lines` blank lines.
    Receipt &feed(int lines = 1);
    /// Appends a horizontal rule.
    Receipt &rule();
    /// Appends a paper cut.
    Receipt &cut();

    friend bool operator==(const Receipt &, const Receipt &) = default;
};

/// A page that exercises every block type, sizes, alignment and Danish letters (technician
/// test print, demo panel). `at` defaults to now.
Receipt testPage(const QString &siteName = QStringLiteral("Borgerservice"),
                 const QDateTime &at = {});

} // namespace bk
