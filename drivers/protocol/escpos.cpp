#include "protocol/escpos.h"

#include <algorithm>
#include <vector>

namespace bk::escpos {

namespace {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;

void appendU16(QByteArray &out, int value)
{
    out.append(char(value & 0xFF));
    out.append(char((value >> 8) & 0xFF));
}

// GS ( k pL pH cn fn [params]: the 2D symbol command family; cn = 49 selects QR Code and
// pL + pH*256 counts the bytes after pH (cn, fn and the parameters).
void appendQrFunction(QByteArray &out, char fn, QByteArrayView params)
{
    out.append(GS).append('(').append('k');
    appendU16(out, int(params.size()) + 2);
    out.append(char(49)).append(fn).append(params);
}

void appendUnique(QString &set, char32_t codePoint)
{
    const QString s = codePointString(codePoint);
    if (!set.contains(s))
        set += s;
}

} // namespace

Encoder &Encoder::init()
{
    // ESC @ (1B 40), "Initialize printer": clears the buffer and resets the modes, including the
    // character code table, to the power-on defaults.
    m_bytes.append(ESC).append('@');
    // ESC R n (1B 52 n), "Select an international character set": n = 0 U.S.A., the set in
    // which 0x20-0x7E are plain ASCII; ESC @ has just restored the configured one.
    m_bytes.append(ESC).append('R').append(char(0));
    m_page.reset();
    return *this;
}

Encoder &Encoder::codePage(CodePage page)
{
    // ESC t n (1B 74 n), "Select character code table": Epson n = 5 PC865, n = 16 WPC1252.
    return codePage(page, codePageNumber(page));
}

Encoder &Encoder::codePage(CodePage page, quint8 n)
{
    m_bytes.append(ESC).append('t').append(char(n));
    m_page = page;
    return *this;
}

Encoder &Encoder::align(Align align)
{
    // ESC a n (1B 61 n): n = 0 left, 1 centred, 2 right.
    const char n = align == Align::Left ? 0 : align == Align::Center ? 1 : 2;
    m_bytes.append(ESC).append('a').append(n);
    return *this;
}

Encoder &Encoder::bold(bool on)
{
    // ESC E n (1B 45 n): emphasised mode on when the lowest bit of n is 1.
    m_bytes.append(ESC).append('E').append(char(on ? 1 : 0));
    return *this;
}

Encoder &Encoder::size(int width, int height)
{
    // GS ! n (1D 21 n): bits 4-6 = width factor - 1, bits 0-2 = height factor - 1 (1..8 each).
    const int w = std::clamp(width, 1, 8) - 1;
    const int h = std::clamp(height, 1, 8) - 1;
    m_bytes.append(GS).append('!').append(char((w << 4) | h));
    return *this;
}

QString Encoder::text(const QString &text)
{
    QByteArray bytes;
    QString missing;
    bytes.reserve(text.size());
    for (char32_t cp : codePoints(text)) {
        if (cp == '\n') {
            bytes.append('\n');
            continue;
        }
        // Before ESC t the printer uses whatever table it is configured with, unknown here,
        // so only ASCII is safe then.
        const auto byte =
            (m_page || cp < 0x80) ? encodeChar(cp, m_page.value_or(CodePage::PC865)) : std::nullopt;
        if (byte)
            bytes.append(*byte);
        else
            appendUnique(missing, cp);
    }
    if (!missing.isEmpty()) {
        for (char32_t cp : codePoints(missing))
            appendUnique(m_unencodable, cp);
        return missing;
    }
    m_bytes.append(bytes);
    return {};
}

Encoder &Encoder::feed(int lines)
{
    // ESC d n (1B 64 n), "Print and feed n lines", 0 <= n <= 255.
    m_bytes.append(ESC).append('d').append(char(std::clamp(lines, 0, 255)));
    return *this;
}

Encoder &Encoder::cut(int extraDots)
{
    // GS V m n (1D 56 42 n), function B with m = 66: feeds the paper to the cutting position
    // plus n motion units and performs a partial cut (one point left uncut).
    m_bytes.append(GS).append('V').append(char(66)).append(char(std::clamp(extraDots, 0, 255)));
    return *this;
}

std::optional<Refusal> Encoder::qr(const QByteArray &payload, int moduleSize, ErrorCorrection ec)
{
    if (payload.isEmpty())
        return refuse(Refusal::EmptyPayload);
    if (payload.size() > kQrMaxPayload)
        return refuse(Refusal::PayloadTooLong);
    // fn 165 (fn byte 65 'A'): select the model, n1 = 50 model 2, n2 = 0.
    appendQrFunction(m_bytes, 'A', QByteArrayView("\x32\x00", 2));
    // fn 167 ('C'): module size n dots, 1 <= n <= 16.
    const char size = char(std::clamp(moduleSize, 1, 16));
    appendQrFunction(m_bytes, 'C', QByteArrayView(&size, 1));
    // fn 169 ('E'): error correction level, n = 48 L, 49 M, 50 Q, 51 H.
    const char level = char(48 + int(ec));
    appendQrFunction(m_bytes, 'E', QByteArrayView(&level, 1));
    // fn 180 ('P'): store the data in the symbol storage area, m = 48; pL pH = payload + 3.
    QByteArray store;
    store.reserve(payload.size() + 1);
    store.append('0').append(payload);
    appendQrFunction(m_bytes, 'P', store);
    // fn 181 ('Q'): print the stored symbol, m = 48.
    appendQrFunction(m_bytes, 'Q', QByteArrayView("0", 1));
    return std::nullopt;
}

std::optional<Refusal> Encoder::code128(const QByteArray &payload, int moduleDots)
{
    if (payload.isEmpty())
        return refuse(Refusal::EmptyPayload);
    QByteArray data;
    data.reserve(payload.size() + 2);
    for (char c : payload) {
        if (c < 0x20 || c > 0x7E)
            return refuse(Refusal::NotPrintableAscii);
        // In GS k m=73 data "{" introduces a code set or function character, so a literal
        // "{" is sent as "{{" (Epson command reference, GS k, CODE128 notes).
        if (c == '{')
            data.append('{');
        data.append(c);
    }
    if (data.size() > kCode128MaxEncoded)
        return refuse(Refusal::PayloadTooLong);
    if (moduleDots > 0) {
        // GS w n (1D 77 n), "Set bar code width": n dots/module, 2 <= n <= 6.
        const int n = std::clamp(moduleDots, kBarcodeMinModuleDots, kBarcodeMaxModuleDots);
        m_bytes.append(GS).append('w').append(char(n));
    }
    // GS k m n d1..dn (1D 6B 49 n ...): m = 73 CODE128, the data starts with "{B" to select
    // code set B, and n counts "{B" plus the data, 2 <= n <= 255.
    m_bytes.append(GS).append('k').append(char(73)).append(char(data.size() + 2));
    m_bytes.append("{B").append(data);
    return std::nullopt;
}

std::optional<Refusal> Encoder::raster(const QImage &image, Dither dither)
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return refuse(Refusal::EmptyImage);
    const int widthBytes = (image.width() + 7) / 8;
    if (widthBytes > kRasterMaxWidthBytes)
        return refuse(Refusal::ImageTooWide);
    const QImage mono = toMonochrome(image, dither);
    for (int top = 0; top < mono.height(); top += kRasterBandRows) {
        const int rows = std::min(kRasterBandRows, mono.height() - top);
        // GS v 0 m xL xH yL yH d1..dk (1D 76 30 m ...), "Print raster bit image": m = 0 normal
        // density, x = bytes per row, y = rows, then rows top to bottom, MSB = leftmost dot,
        // bit set = printed.
        m_bytes.append(GS).append('v').append('0').append(char(0));
        appendU16(m_bytes, widthBytes);
        appendU16(m_bytes, rows);
        for (int y = top; y < top + rows; ++y)
            m_bytes.append(reinterpret_cast<const char *>(mono.constScanLine(y)), widthBytes);
    }
    return std::nullopt;
}

std::optional<Refusal> Encoder::refuse(Refusal why)
{
    m_refusals.append(why);
    return why;
}

QImage toMonochrome(const QImage &image, Dither dither)
{
    const int w = image.width();
    const int h = image.height();
    QImage mono(w, h, QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    mono.fill(0); // also zeroes the padding bits past the right edge
    if (w <= 0 || h <= 0)
        return mono;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);

    // Grey level of each pixel over white paper (0 = black, 255 = white), with the error
    // diffused so far (Floyd-Steinberg: 7/16 right, 3/16 down-left, 5/16 down, 1/16 down-right).
    std::vector<float> current(std::size_t(w) + 2, 0.0f);
    std::vector<float> next(std::size_t(w) + 2, 0.0f);
    for (int y = 0; y < h; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        uchar *out = mono.scanLine(y);
        std::fill(next.begin(), next.end(), 0.0f);
        for (int x = 0; x < w; ++x) {
            const QRgb px = line[x];
            const int alpha = qAlpha(px);
            const float grey =
                (float(qGray(px)) * float(alpha) + 255.0f * float(255 - alpha)) / 255.0f;
            const float value = grey + current[std::size_t(x) + 1];
            const bool black = value < 128.0f;
            if (black)
                out[x >> 3] |= uchar(0x80 >> (x & 7));
            if (dither == Dither::FloydSteinberg) {
                const float error = value - (black ? 0.0f : 255.0f);
                current[std::size_t(x) + 2] += error * 7.0f / 16.0f;
                next[std::size_t(x)] += error * 3.0f / 16.0f;
                next[std::size_t(x) + 1] += error * 5.0f / 16.0f;
                next[std::size_t(x) + 2] += error * 1.0f / 16.0f;
            }
        }
        std::swap(current, next);
    }
    return mono;
}

const char *refusalKey(Refusal refusal)
{
    switch (refusal) {
    case Refusal::EmptyPayload:
        return "empty-payload";
    case Refusal::PayloadTooLong:
        return "payload-too-long";
    case Refusal::NotPrintableAscii:
        return "not-printable-ascii";
    case Refusal::EmptyImage:
        return "empty-image";
    case Refusal::ImageTooWide:
        return "image-too-wide";
    }
    return "unknown";
}

} // namespace bk::escpos
