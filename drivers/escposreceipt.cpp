#include "drivers/escposreceipt.h"

#include "domain/uilanguages.h"
#include "drivers/code128.h"
#include "drivers/qrsymbol.h"
#include "protocol/escpos.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcEscPosReceipt, "bk.drivers.escpos")

namespace bk {

namespace {

// ESC/POS font A is 12 x 24 dots on every TM-compatible printer we support.
constexpr int kFontADots = 12;

int factorOf(TextSize size)
{
    return size == TextSize::Large ? 3 : size == TextSize::Double ? 2 : 1;
}

/// ESC a for a block: a receipt's Left is where its language starts a line, the right edge
/// in a right-to-left language (as the drawn blocks are, see renderReceipt).
escpos::Align alignOf(TextAlign a, bool rightToLeft)
{
    switch (a) {
    case TextAlign::Left:
        return rightToLeft ? escpos::Align::Right : escpos::Align::Left;
    case TextAlign::Center:
        return escpos::Align::Center;
    case TextAlign::Right:
        return rightToLeft ? escpos::Align::Left : escpos::Align::Right;
    }
    return escpos::Align::Left;
}

/// Emits the blocks of one receipt into an encoder.
class BlockEncoder
{
public:
    BlockEncoder(escpos::Encoder &e, const EscPosSetup &setup, const QString &language)
        : m_e(e), m_setup(setup), m_language(language), m_rightToLeft(isRightToLeft(language))
    {}

    void operator()(const receipt::Text &t)
    {
        const int factor = factorOf(t.style.size);
        const QStringList lines = wrapColumns(t.text, escPosColumns(m_setup, factor));
        m_e.align(alignOf(t.style.align, m_rightToLeft)).bold(t.style.bold).size(factor, factor);
        if (m_e.text(lines.join(u'\n') + u'\n').isEmpty()) {
            resetStyle();
            return;
        }
        // The page lacks a character: the whole block goes out as an image, so a line never
        // mixes printer glyphs and drawn ones. The image spans the paper, its alignment drawn.
        resetStyle();
        Receipt one;
        one.language = m_language;
        one.blocks.append(t);
        if (const auto refused =
                m_e.raster(renderReceipt(one, m_setup.widthDots), escpos::Dither::Threshold))
            qCWarning(lcEscPosReceipt) << "text image refused:" << escpos::refusalKey(*refused);
    }

    void operator()(const receipt::Qr &q)
    {
        const auto symbol = encodeQr(q.payload);
        // The printer picks its own QR version, normally the same smallest one libqrencode
        // picks, so the module size that fits our symbol fits the printer's.
        const int module = symbol ? qrModuleDots(symbol->size, m_setup.widthDots) : 0;
        if (module == 0) {
            qCWarning(lcEscPosReceipt) << "QR code of" << q.payload.size()
                                       << "bytes does not fit the paper; printed as a notice";
            notice(QStringLiteral("[QR code too large]"));
            return;
        }
        if (m_setup.qr == QrMode::Raster) {
            // A printer without GS ( k gets the symbol drawn as the simulated printer draws
            // it (same module size, quiet zone, centred across the paper) as a GS v 0 image.
            Receipt one;
            one.language = m_language;
            one.blocks.append(q);
            if (const auto refused =
                    m_e.raster(renderReceipt(one, m_setup.widthDots), escpos::Dither::Threshold))
                qCWarning(lcEscPosReceipt) << "QR image refused:" << escpos::refusalKey(*refused);
            return;
        }
        m_e.align(escpos::Align::Center);
        m_e.qr(q.payload, module, escpos::ErrorCorrection::M);
        m_e.feed(1);
        m_e.align(escpos::Align::Left);
    }

    void operator()(const receipt::Code128 &b)
    {
        if (!code128::encode(b.payload)) {
            qCWarning(lcEscPosReceipt) << "Code 128 payload of" << b.payload.size()
                                       << "bytes is empty, too long or not printable ASCII";
            notice(QStringLiteral("[barcode not printable]"));
            return;
        }
        // GS w is always sent with the width that fits, never left to the printer's default:
        // a GS k barcode wider than the printable area is silently not printed at all.
        const int module = code128::moduleDots(b.payload, m_setup.widthDots);
        if (module == 0) {
            qCWarning(lcEscPosReceipt)
                << "Code 128 of" << b.payload.size() << "characters is too wide for"
                << m_setup.widthDots << "dots; printed as a notice";
            notice(QStringLiteral("[barcode too wide]"));
            return;
        }
        m_e.align(escpos::Align::Center);
        if (const auto refused = m_e.code128(b.payload, module)) {
            qCWarning(lcEscPosReceipt) << "Code 128 refused:" << escpos::refusalKey(*refused);
            notice(QStringLiteral("[barcode not printable]"));
            return;
        }
        // The human-readable line, printed as text (not GS H) so it is in the same font as the
        // rest and reads back as text; code128 payloads are printable ASCII.
        m_e.text(QString::fromLatin1(b.payload) + u'\n');
        m_e.align(escpos::Align::Left);
    }

    void operator()(const receipt::Feed &f) { m_e.feed(std::clamp(f.lines, 0, 20)); }

    void operator()(const receipt::Rule &)
    {
        m_e.align(escpos::Align::Left);
        m_e.text(QString(escPosColumns(m_setup), u'-') + u'\n');
    }

    void operator()(const receipt::Cut &)
    {
        // GS V 66 feeds the last printed line past the cutter itself.
        m_e.cut(0);
    }

private:
    void resetStyle() { m_e.align(escpos::Align::Left).bold(false).size(1, 1); }

    void notice(const QString &text)
    {
        m_e.align(escpos::Align::Center);
        m_e.text(text + u'\n');
        m_e.align(escpos::Align::Left);
    }

    escpos::Encoder &m_e;
    const EscPosSetup &m_setup;
    QString m_language;
    bool m_rightToLeft;
};

} // namespace

int escPosColumns(int widthDots, int factor)
{
    return std::max(1, widthDots / (kFontADots * std::max(1, factor)));
}

int escPosColumns(const EscPosSetup &setup, int factor)
{
    if (setup.columns <= 0)
        return escPosColumns(setup.widthDots, factor);
    return std::max(1, setup.columns / std::max(1, factor));
}

QStringList wrapColumns(const QString &text, int columns)
{
    columns = std::max(1, columns);
    QStringList out;
    for (const QString &paragraph : text.split(u'\n')) {
        QList<char32_t> line;
        const auto flush = [&] {
            out.append(QString::fromUcs4(line.constData(), line.size()));
            line.clear();
        };
        const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            out.append(QString());
        for (const QString &word : words) {
            QList<char32_t> w = escpos::codePoints(word);
            if (!line.isEmpty() && line.size() + 1 + w.size() > columns)
                flush();
            if (!line.isEmpty())
                line.append(U' ');
            // A word longer than a line (a URL) is broken wherever the line ends.
            while (line.size() + w.size() > columns) {
                const qsizetype take = columns - line.size();
                line.append(w.first(take));
                w.remove(0, take);
                flush();
            }
            line.append(w);
        }
        if (!line.isEmpty())
            flush();
    }
    return out;
}

QByteArray encodeEscPosReceipt(const Receipt &receipt, const EscPosSetup &setup)
{
    escpos::Encoder e;
    e.init().codePage(setup.codePage, setup.codePageNumbers.of(setup.codePage));
    BlockEncoder blocks(e, setup, receipt.language);
    for (const ReceiptBlock &block : receipt.blocks)
        std::visit(blocks, block);
    return e.bytes();
}

} // namespace bk
