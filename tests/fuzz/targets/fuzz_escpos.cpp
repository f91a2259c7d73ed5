// libFuzzer target: the ESC/POS encoder and reader, and the customer display text mapping.
// Invariants: the reader never crashes on any bytes; whatever the encoder accepts (text in a
// code page, QR data, Code 128 data, an image) reads back unchanged; display text never
// carries a control byte.
// Built by tests/fuzz/targets/CMakeLists.txt (label fuzz).

#include "protocol/customerdisplay.h"
#include "protocol/escpos.h"
#include "support/escposreader.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace bk::escpos;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    // Any bytes at all, as a captured stream.
    const PrintJob raw = readEscPos(input, CodePage::PC865);
    check(raw.text.size() <= 255 * input.size());

    if (size < 1)
        return 0;
    const CodePage page = (data[0] & 1) ? CodePage::WPC1252 : CodePage::PC865;
    const QByteArrayView body = input.sliced(1);

    // Text: the input both as UTF-8 and as UTF-16 code units (reaches every BMP character).
    QString utf16(body.size() / 2, Qt::Uninitialized);
    std::memcpy(utf16.data(), body.data(), std::size_t(utf16.size()) * 2); // body may be unaligned
    const QString texts[] = {QString::fromUtf8(body), utf16};
    for (const QString &text : texts) {
        Encoder e;
        e.init().codePage(page);
        const QString missing = e.text(text);
        const PrintJob job = readEscPos(e.bytes());
        check(job.problems.isEmpty());
        if (missing.isEmpty())
            check(job.text == text);
        else
            check(job.text.isEmpty() && e.bytes().size() == 8); // ESC @, ESC R 0, ESC t n

        const QString shown = bk::display::fitToColumns(text, 20, page);
        check(shown.size() == 20);
        const QByteArray screen =
            bk::display::renderLines({text, text}, 2, 20, bk::display::Protocol::CD5220, page);
        for (qsizetype i = 0; i < 2; ++i) {
            const QByteArrayView row = QByteArrayView(screen).sliced(6 + i * 24, 20);
            for (char c : row)
                check(quint8(c) >= 0x20 && quint8(c) != 0x7F);
        }
    }

    // QR and Code 128 payloads: the raw body.
    {
        Encoder e;
        const QByteArray payload = body.toByteArray();
        const bool qrOk = !e.qr(payload, int(data[0] >> 4), ErrorCorrection((data[0] >> 6) & 3));
        const bool barOk = !e.code128(payload);
        const PrintJob job = readEscPos(e.bytes());
        check(job.problems.isEmpty());
        check(job.qrPayloads == (qrOk ? QList<QByteArray>{payload} : QList<QByteArray>{}));
        check(job.code128 == (barOk ? QList<QByteArray>{payload} : QList<QByteArray>{}));
    }

    // A small image from the body: width from the first byte, grey levels from the rest.
    if (body.size() >= 1) {
        const int width = 1 + data[0] % 40;
        const int height = int(std::min<qsizetype>(300, (body.size() + width - 1) / width));
        QImage image(width, height, QImage::Format_Grayscale8);
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                const qsizetype i = qsizetype(y) * width + x;
                image.scanLine(y)[x] = i < body.size() ? uchar(body[i]) : 255;
            }
        }
        const Dither dither = (data[0] & 2) ? Dither::FloydSteinberg : Dither::Threshold;
        Encoder e;
        check(!e.raster(image, dither));
        const PrintJob job = readEscPos(e.bytes());
        check(job.problems.isEmpty() && job.images.size() == 1);
        const QImage mono = toMonochrome(image, dither);
        const QImage &read = job.images.first();
        check(read.height() == height && read.width() == (width + 7) / 8 * 8);
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < read.width(); ++x)
                check(read.pixelIndex(x, y) == (x < width ? mono.pixelIndex(x, y) : 0));
        }
    }
    return 0;
}
