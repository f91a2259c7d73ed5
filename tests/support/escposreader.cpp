#include "support/escposreader.h"

#include <cstring>

namespace bk::escpos {

namespace {

constexpr quint8 DLE = 0x10;
constexpr quint8 ESC = 0x1B;
constexpr quint8 FS = 0x1C;
constexpr quint8 GS = 0x1D;

QString hex(quint8 byte)
{
    return QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

struct PendingImage
{
    int widthBytes = 0;
    int rows = 0;
    QByteArray data;
};

class Reader
{
public:
    Reader(QByteArrayView stream, std::optional<CodePage> page, const CodePageNumbers &numbers)
        : m_in(stream), m_startPage(page), m_page(page), m_numbers(numbers)
    {}

    PrintJob run()
    {
        while (m_pos < m_in.size()) {
            const quint8 b = at(m_pos);
            if (b == ESC) {
                escape();
            } else if (b == GS) {
                group();
            } else if (b == DLE) {
                realTime();
            } else if (b == FS) {
                fileSeparator();
            } else if (b == '\n' || b == '\t') {
                addText(QString(QChar(b)));
                ++m_pos;
            } else if (b == '\r') {
                ++m_pos; // "print and carriage return" is ignored while auto line feed is off
            } else if (b < 0x20 || b == 0x7F) {
                problem(m_pos, QStringLiteral("control byte %1").arg(hex(b)));
                ++m_pos;
            } else {
                textRun();
            }
        }
        for (const PendingImage &p : std::as_const(m_images)) {
            QImage image(p.widthBytes * 8, p.rows, QImage::Format_Mono);
            image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
            for (int y = 0; y < p.rows; ++y) {
                std::memcpy(image.scanLine(y), p.data.constData() + qsizetype(y) * p.widthBytes,
                            std::size_t(p.widthBytes));
            }
            m_job.images.append(image);
        }
        for (const TextRun &run : std::as_const(m_job.runs))
            m_job.text += run.text;
        return m_job;
    }

private:
    quint8 at(qsizetype i) const { return quint8(m_in[i]); }

    // True when `n` bytes from the current command's start are in the stream; otherwise the
    // command is reported as truncated and reading stops.
    bool need(qint64 n, const char *name)
    {
        if (n <= m_in.size() - m_pos)
            return true;
        problem(m_pos, QStringLiteral("truncated %1").arg(QLatin1String(name)));
        m_pos = m_in.size();
        return false;
    }

    void problem(qsizetype offset, const QString &what) { m_job.problems.append({offset, what}); }

    void addText(const QString &text)
    {
        TextRun *last = m_job.runs.isEmpty() ? nullptr : &m_job.runs.last();
        if (!last || m_breakRun || last->bold != m_bold || last->width != m_width ||
            last->height != m_height || last->align != m_align || last->codePage != m_page) {
            m_job.runs.append({QString(), m_bold, m_width, m_height, m_align, m_page});
            last = &m_job.runs.last();
            m_breakRun = false;
        }
        last->text += text;
    }

    void textRun()
    {
        QString text;
        while (m_pos < m_in.size()) {
            const quint8 b = at(m_pos);
            if (b < 0x20 || b == 0x7F)
                break;
            char32_t c = b;
            if (b >= 0x80) {
                c = m_page ? decodeByte(b, *m_page) : char32_t(0xFFFD);
                if (c == 0xFFFD) {
                    problem(m_pos,
                            m_page
                                ? QStringLiteral("byte %1 unassigned in the code page").arg(hex(b))
                                : QStringLiteral("byte %1 before any ESC t").arg(hex(b)));
                }
            }
            text += QChar(char16_t(c));
            ++m_pos;
        }
        addText(text);
    }

    void reset()
    {
        m_page = m_startPage;
        m_bold = false;
        m_width = m_height = 1;
        m_align = Align::Left;
        m_barcodeModule = 0;
    }

    void escape()
    {
        if (!need(2, "ESC command"))
            return;
        const quint8 c = at(m_pos + 1);
        switch (c) {
        case '@':
            reset();
            ++m_job.inits;
            m_pos += 2;
            return;
        case '2':
            m_pos += 2;
            return;
        case 'p': // drawer kick: m t1 t2
            if (need(5, "ESC p"))
                m_pos += 5;
            return;
        default:
            break;
        }
        static const QByteArray oneParam = QByteArrayLiteral("taEd!-MRJ3GV{e c");
        if (!oneParam.contains(char(c))) {
            problem(m_pos, QStringLiteral("unknown command ESC %1").arg(hex(c)));
            m_pos += 2;
            return;
        }
        if (!need(3, "ESC command"))
            return;
        const quint8 n = at(m_pos + 2);
        switch (c) {
        case 't':
            m_page = m_numbers.pageOf(n);
            if (!m_page)
                problem(m_pos, QStringLiteral("code table ESC t %1 not decoded").arg(n));
            break;
        case 'a':
            if (n == 0 || n == 48)
                m_align = Align::Left;
            else if (n == 1 || n == 49)
                m_align = Align::Center;
            else if (n == 2 || n == 50)
                m_align = Align::Right;
            else
                problem(m_pos, QStringLiteral("ESC a %1 out of range").arg(n));
            break;
        case 'E':
            m_bold = (n & 1) != 0;
            break;
        case '!': // print mode: bit 3 emphasised, bit 4 double height, bit 5 double width
            m_bold = (n & 0x08) != 0;
            m_height = (n & 0x10) ? 2 : 1;
            m_width = (n & 0x20) ? 2 : 1;
            break;
        case 'd':
            if (n > 0)
                addText(QString(n, QLatin1Char('\n')));
            break;
        case 'R':
            if (n != 0)
                problem(m_pos, QStringLiteral("international set ESC R %1 not decoded").arg(n));
            break;
        default:
            break; // no effect on what is read back
        }
        m_pos += 3;
    }

    void group()
    {
        if (!need(2, "GS command"))
            return;
        const quint8 c = at(m_pos + 1);
        switch (c) {
        case '!':
            if (need(3, "GS !")) {
                m_width = ((at(m_pos + 2) >> 4) & 7) + 1;
                m_height = (at(m_pos + 2) & 7) + 1;
                m_pos += 3;
            }
            return;
        case 'V':
            cut();
            return;
        case 'k':
            barcode();
            return;
        case '(':
            extended();
            return;
        case 'v':
            rasterImage();
            return;
        case '8':
            largeGraphics();
            return;
        case 'w':
            if (need(3, "GS w")) {
                m_barcodeModule = at(m_pos + 2);
                if (m_barcodeModule < kBarcodeMinModuleDots ||
                    m_barcodeModule > kBarcodeMaxModuleDots)
                    problem(m_pos, QStringLiteral("GS w %1 out of range").arg(m_barcodeModule));
                m_pos += 3;
            }
            return;
        default:
            break;
        }
        static const QByteArray oneParam = QByteArrayLiteral("hHfBarIb");
        static const QByteArray twoParams = QByteArrayLiteral("LWP");
        const int params = oneParam.contains(char(c)) ? 1 : twoParams.contains(char(c)) ? 2 : -1;
        if (params < 0) {
            problem(m_pos, QStringLiteral("unknown command GS %1").arg(hex(c)));
            m_pos += 2;
        } else if (need(2 + params, "GS command")) {
            m_pos += 2 + params;
        }
    }

    void cut()
    {
        if (!need(3, "GS V"))
            return;
        const quint8 m = at(m_pos + 2);
        if (m == 0 || m == 1 || m == 48 || m == 49) {
            m_pos += 3;
        } else if (m == 65 || m == 66) {
            if (!need(4, "GS V"))
                return;
            m_pos += 4;
        } else {
            problem(m_pos, QStringLiteral("GS V %1 not decoded").arg(m));
            m_pos += 3;
            return;
        }
        ++m_job.cuts;
        m_breakRun = true;
    }

    void barcode()
    {
        if (!need(3, "GS k"))
            return;
        const quint8 m = at(m_pos + 2);
        m_breakRun = true;
        if (m <= 6) { // function A: data up to a NUL
            const qsizetype end = m_in.sliced(m_pos + 3).indexOf('\0');
            if (end < 0) {
                problem(m_pos, QStringLiteral("truncated GS k"));
                m_pos = m_in.size();
                return;
            }
            problem(m_pos, QStringLiteral("barcode GS k %1 not decoded").arg(m));
            m_pos += 3 + end + 1;
            return;
        }
        if (!need(4, "GS k"))
            return;
        const int n = at(m_pos + 3);
        if (!need(4 + n, "GS k"))
            return;
        const QByteArrayView data = m_in.sliced(m_pos + 4, n);
        if (m == 73)
            code128(data);
        else
            problem(m_pos, QStringLiteral("barcode GS k %1 not decoded").arg(m));
        m_pos += 4 + n;
    }

    // Undoes GS k m=73 data: "{A"/"{B"/"{C" select a code set, "{{" is a literal "{", "{1".."{4"
    // and "{S" are function/shift characters (no data). In set C each byte is two digits.
    void code128(QByteArrayView data)
    {
        QByteArray out;
        char set = 0;
        for (qsizetype i = 0; i < data.size(); ++i) {
            const quint8 c = quint8(data[i]);
            if (c == '{') {
                const quint8 x = i + 1 < data.size() ? quint8(data[i + 1]) : 0;
                ++i;
                if (x == 'A' || x == 'B' || x == 'C')
                    set = char(x);
                else if (x == '{')
                    out.append('{');
                else if (!(x == 'S' || (x >= '1' && x <= '4')))
                    problem(m_pos, QStringLiteral("Code 128 escape {%1 not decoded").arg(hex(x)));
                continue;
            }
            if (set == 0) {
                problem(m_pos, QStringLiteral("Code 128 data before a code set"));
                return;
            }
            if (set == 'C') {
                if (c > 99)
                    problem(m_pos, QStringLiteral("Code 128 set C value %1").arg(c));
                out.append(QByteArray::number(c % 100).rightJustified(2, '0'));
            } else {
                out.append(char(c));
            }
        }
        m_job.code128.append(out);
        m_job.code128ModuleDots.append(m_barcodeModule);
    }

    // GS ( x pL pH ...: every function of this family says its own length.
    void extended()
    {
        if (!need(5, "GS ( command"))
            return;
        const quint8 kind = at(m_pos + 2);
        const int len = at(m_pos + 3) | (at(m_pos + 4) << 8);
        if (!need(5 + qint64(len), "GS ( command"))
            return;
        const QByteArrayView body = m_in.sliced(m_pos + 5, len);
        if (kind == 'k' && len >= 2 && quint8(body[0]) == 49) {
            m_breakRun = true;
            const quint8 fn = quint8(body[1]);
            if (fn == 'P' && len >= 3)
                m_job.qrPayloads.append(body.sliced(3).toByteArray());
            else if (fn == 'Q')
                ++m_job.qrPrints;
            else if (fn != 'A' && fn != 'C' && fn != 'E')
                problem(m_pos, QStringLiteral("QR function %1 not decoded").arg(hex(fn)));
        } else {
            problem(m_pos, QStringLiteral("GS ( %1 not decoded").arg(hex(kind)));
        }
        m_pos += 5 + len;
    }

    void rasterImage()
    {
        if (!need(8, "GS v 0"))
            return;
        if (at(m_pos + 2) != '0') {
            problem(m_pos, QStringLiteral("unknown command GS v %1").arg(hex(at(m_pos + 2))));
            m_pos += 3;
            return;
        }
        const int x = at(m_pos + 4) | (at(m_pos + 5) << 8);
        const int y = at(m_pos + 6) | (at(m_pos + 7) << 8);
        const qint64 size = qint64(x) * y;
        if (!need(8 + size, "GS v 0"))
            return;
        m_breakRun = true;
        if (x == 0 || y == 0) {
            problem(m_pos, QStringLiteral("empty GS v 0 image"));
            m_pos += 8;
            return;
        }
        const QByteArrayView data = m_in.sliced(m_pos + 8, size);
        // Bands sent back to back with the same width are one image split by the sender.
        if (m_rasterEnd == m_pos && !m_images.isEmpty() && m_images.last().widthBytes == x) {
            m_images.last().rows += y;
            m_images.last().data.append(data);
        } else {
            m_images.append({x, y, data.toByteArray()});
        }
        m_pos += 8 + size;
        m_rasterEnd = m_pos;
    }

    // GS 8 L p1 p2 p3 p4 ...: 32-bit length form of the graphics commands; skipped.
    void largeGraphics()
    {
        if (!need(7, "GS 8 L"))
            return;
        const qint64 len = qint64(at(m_pos + 3)) | (qint64(at(m_pos + 4)) << 8) |
                           (qint64(at(m_pos + 5)) << 16) | (qint64(at(m_pos + 6)) << 24);
        if (!need(7 + len, "GS 8 L"))
            return;
        problem(m_pos, QStringLiteral("graphics GS 8 L not decoded"));
        m_pos += 7 + len;
    }

    void realTime()
    {
        if (!need(2, "DLE command"))
            return;
        const quint8 c = at(m_pos + 1);
        const int length = (c == 0x04 || c == 0x05) ? 3 : c == 0x14 ? 5 : 0;
        if (length == 0) {
            problem(m_pos, QStringLiteral("control byte 0x10"));
            m_pos += 1;
            return;
        }
        if (need(length, "DLE command")) {
            problem(m_pos, QStringLiteral("real-time command DLE %1").arg(hex(c)));
            m_pos += length;
        }
    }

    void fileSeparator()
    {
        if (!need(2, "FS command"))
            return;
        const quint8 c = at(m_pos + 1);
        if (c == '.' || c == '&') { // cancel / select Kanji mode
            m_pos += 2;
        } else {
            problem(m_pos, QStringLiteral("unknown command FS %1").arg(hex(c)));
            m_pos += 2;
        }
    }

    QByteArrayView m_in;
    qsizetype m_pos = 0;
    PrintJob m_job;
    QList<PendingImage> m_images;
    qsizetype m_rasterEnd = -1;
    std::optional<CodePage> m_startPage;
    std::optional<CodePage> m_page;
    CodePageNumbers m_numbers;
    int m_barcodeModule = 0;
    bool m_bold = false;
    int m_width = 1;
    int m_height = 1;
    Align m_align = Align::Left;
    bool m_breakRun = false;
};

} // namespace

QStringList PrintJob::lines() const
{
    QStringList out = text.split(QLatin1Char('\n'));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

PrintJob readEscPos(QByteArrayView stream, std::optional<CodePage> startPage,
                    const CodePageNumbers &numbers)
{
    return Reader(stream, startPage, numbers).run();
}

std::optional<SampledQr> sampleQr(const QImage &image)
{
    const QImage img = image.convertToFormat(QImage::Format_Grayscale8);
    const auto dark = [&img](int x, int y) {
        return x >= 0 && y >= 0 && x < img.width() && y < img.height() &&
               img.constScanLine(y)[x] < 128;
    };
    // The first dark dot in reading order is the top-left corner of the top-left finder
    // pattern (the quiet zone keeps everything else away from that corner).
    for (int top = 0; top < img.height(); ++top) {
        int left = 0;
        while (left < img.width() && !dark(left, top))
            ++left;
        if (left == img.width())
            continue;
        int run = 0;
        while (dark(left + run, top))
            ++run;
        if (run % 7 != 0)
            return std::nullopt;
        const int module = run / 7;
        // The top row of the symbol: it ends with the top-right finder pattern's dark run.
        int right = img.width() - 1;
        while (right > left && !dark(right, top))
            --right;
        const int span = right + 1 - left;
        if (span % module != 0)
            return std::nullopt;
        const int size = span / module;
        if (size < 21 || size > 177 || (size - 17) % 4 != 0 || top + size * module > img.height())
            return std::nullopt;
        SampledQr out{size, module, QByteArray(qsizetype(size) * size, '\0')};
        for (int row = 0; row < size; ++row)
            for (int col = 0; col < size; ++col)
                out.modules[row * size + col] =
                    dark(left + col * module + module / 2, top + row * module + module / 2) ? 1 : 0;
        return out;
    }
    return std::nullopt;
}

} // namespace bk::escpos
