#include "drivers/receiptrenderer.h"

#include "domain/uilanguages.h"
#include "drivers/code128.h"
#include "drivers/qrsymbol.h"

#include <QFont>
#include <QFontMetrics>
#include <QLoggingCategory>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcRender, "bk.drivers.receipt")

namespace bk {

namespace {

constexpr int kQrMaxModuleDots = 10;   // larger only wastes paper
constexpr int kBarcodeHeightDots = 96; // 12 mm: comfortable for hand-held and fixed readers
constexpr int kTextGapDots = 4;        // between wrapped text blocks
constexpr int kBlockGapDots = 8;       // around barcodes and rules

QFont fontFor(const TextStyle &style, const QString &language)
{
    QFont f;
    f.setFamilies(receiptFontFamilies(language));
    const int factor = style.size == TextSize::Large ? 3 : style.size == TextSize::Double ? 2 : 1;
    f.setPixelSize(kNormalTextDots * factor);
    f.setBold(style.bold);
    return f;
}

/// The receipt's Left is where its language starts a line: the right edge in a right-to-left
/// language. Absolute, so that QTextLayout does not mirror it a second time.
Qt::Alignment alignmentOf(TextAlign a, bool rightToLeft)
{
    switch (a) {
    case TextAlign::Left:
        return Qt::AlignAbsolute | (rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    case TextAlign::Center:
        return Qt::AlignHCenter;
    case TextAlign::Right:
        return Qt::AlignAbsolute | (rightToLeft ? Qt::AlignLeft : Qt::AlignRight);
    }
    return Qt::AlignLeft;
}

/// True when `text` holds a letter of a right-to-left script (Arabic, Hebrew: Unicode
/// bidirectional classes R and AL).
bool hasRightToLeftLetter(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
    });
}

/// Lays out and (with a painter) draws one block at `y`; returns the height it takes.
class BlockPainter
{
public:
    BlockPainter(int widthDots, const QString &language, QPainter *painter)
        : m_width(widthDots), m_language(language),
          m_direction(isRightToLeft(language) ? Qt::RightToLeft : Qt::LeftToRight), m_p(painter)
    {}

    int operator()(const receipt::Text &t, int y) const
    {
        return drawText(t.text, fontFor(t.style, m_language),
                        alignmentOf(t.style.align, m_direction == Qt::RightToLeft), y) +
               kTextGapDots;
    }

    int operator()(const receipt::Qr &q, int y) const
    {
        const auto symbol = encodeQr(q.payload);
        const int module = symbol ? qrModuleDots(symbol->size, m_width) : 0;
        if (!symbol || module == 0) {
            qCWarning(lcRender) << "QR code of" << q.payload.size()
                                << "bytes does not fit the paper; printed as a notice";
            return notice(QStringLiteral("[QR code too large]"), y);
        }
        const int side = (symbol->size + 2 * kQrQuietZone) * module;
        const int left = (m_width - side) / 2 + kQrQuietZone * module;
        const int top = y + kQrQuietZone * module;
        if (m_p) {
            for (int row = 0; row < symbol->size; ++row)
                for (int col = 0; col < symbol->size; ++col)
                    if (symbol->dark(col, row))
                        m_p->fillRect(left + col * module, top + row * module, module, module,
                                      Qt::black);
        }
        return side;
    }

    int operator()(const receipt::Code128 &b, int y) const
    {
        const auto bars = code128::encode(b.payload);
        if (!bars) {
            qCWarning(lcRender) << "Code 128 payload of" << b.payload.size()
                                << "bytes is empty, too long or not printable ASCII";
            return notice(QStringLiteral("[barcode not printable]"), y);
        }
        // The same rule as the ESC/POS encoder's GS w, so the image shows what the printer does.
        const int module = code128::moduleDots(b.payload, m_width);
        if (module == 0) {
            qCWarning(lcRender) << "Code 128 of" << b.payload.size()
                                << "characters is too wide for the paper";
            return notice(QStringLiteral("[barcode too wide]"), y);
        }
        const int modules = code128::totalModules(b.payload);
        int x = (m_width - modules * module) / 2 + code128::kQuietZone * module;
        const int top = y + kBlockGapDots;
        if (m_p) {
            for (qsizetype i = 0; i < bars->size(); ++i) {
                const int w = bars->at(i) * module;
                if (i % 2 == 0) // even elements are bars, odd ones spaces
                    m_p->fillRect(x, top, w, kBarcodeHeightDots, Qt::black);
                x += w;
            }
        }
        // The human-readable line, as GS H prints it, so staff can type the code by hand.
        const int text = drawText(QString::fromLatin1(b.payload), fontFor({}, m_language),
                                  Qt::AlignHCenter, top + kBarcodeHeightDots + kTextGapDots);
        return kBlockGapDots + kBarcodeHeightDots + kTextGapDots + text + kBlockGapDots;
    }

    int operator()(const receipt::Feed &f, int) const
    {
        return std::clamp(f.lines, 0, 20) * (kNormalTextDots + kTextGapDots);
    }

    int operator()(const receipt::Rule &, int y) const
    {
        if (m_p)
            m_p->fillRect(kReceiptMarginDots, y + kBlockGapDots, m_width - 2 * kReceiptMarginDots,
                          2, Qt::black);
        return 2 * kBlockGapDots + 2;
    }

    int operator()(const receipt::Cut &, int y) const
    {
        // The real printer cuts; the image marks the place with a dashed line across the paper.
        if (m_p) {
            QPen pen(Qt::gray, 2, Qt::DashLine);
            m_p->setPen(pen);
            m_p->drawLine(0, y + 2 * kBlockGapDots, m_width, y + 2 * kBlockGapDots);
        }
        return 4 * kBlockGapDots;
    }

private:
    int notice(const QString &text, int y) const
    {
        return drawText(text, fontFor({}, m_language), Qt::AlignHCenter, y) + kTextGapDots;
    }

    int drawText(const QString &text, const QFont &font, Qt::Alignment align, int y) const
    {
        QTextLayout layout(text, font);
        QTextOption option(align);
        // The paragraph direction of the receipt's language: Arabic is ordered from the right,
        // runs of Latin letters and digits inside stay left to right (the Unicode
        // bidirectional algorithm, in QTextLayout). A line without a right-to-left letter (an
        // errand's Danish "what to bring" on an Arabic receipt) keeps its own direction, so
        // its list dash stays in front of it, as the printer's text mode prints it.
        option.setTextDirection(m_direction == Qt::RightToLeft && !hasRightToLeftLetter(text)
                                    ? Qt::LeftToRight
                                    : m_direction);
        // Words wrap at spaces; a word longer than the line (a URL) breaks anywhere.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        const qreal lineWidth = m_width - 2 * kReceiptMarginDots;
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(lineWidth);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        if (m_p) {
            m_p->setPen(Qt::black);
            layout.draw(m_p, QPointF(kReceiptMarginDots, y));
        }
        return int(std::ceil(height));
    }

    int m_width;
    QString m_language;
    Qt::LayoutDirection m_direction;
    QPainter *m_p;
};

int layoutHeight(const Receipt &receipt, int widthDots)
{
    const BlockPainter measure(widthDots, receipt.language, nullptr);
    int y = kBlockGapDots;
    for (const ReceiptBlock &block : receipt.blocks)
        y += std::visit([&](const auto &b) { return measure(b, y); }, block);
    return y + kBlockGapDots;
}

} // namespace

QStringList receiptFontFamilies(const QString &language)
{
    QStringList families;
    if (language == u"ar")
        families << QStringLiteral("Noto Sans Arabic");
    families << QStringLiteral("DejaVu Sans");
    return families;
}

int qrModuleDots(int modules, int widthDots)
{
    const int total = modules + 2 * kQrQuietZone;
    if (total <= 0)
        return 0;
    const int fit = std::min(kQrMaxModuleDots, widthDots / total);
    return fit >= kQrMinModuleDots ? fit : 0;
}

QImage renderReceipt(const Receipt &receipt, int widthDots)
{
    widthDots = std::max(widthDots, 8 * kReceiptMarginDots);
    QImage image(widthDots, layoutHeight(receipt, widthDots), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const BlockPainter draw(widthDots, receipt.language, &painter);
    int y = kBlockGapDots;
    for (const ReceiptBlock &block : receipt.blocks)
        y += std::visit([&](const auto &b) { return draw(b, y); }, block);
    painter.end();
    return image;
}

} // namespace bk
