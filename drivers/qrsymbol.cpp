#include "drivers/qrsymbol.h"

#include <qrencode.h>

#include <memory>

namespace bk {

std::optional<QrSymbol> encodeQr(QByteArrayView payload)
{
    if (payload.isEmpty())
        return std::nullopt;
    // Version 0 lets libqrencode pick the smallest version that holds the data.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(payload.size()),
                          reinterpret_cast<const unsigned char *>(payload.data()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return std::nullopt;
    QrSymbol out;
    out.version = code->version;
    out.size = code->width;
    out.modules.resize(qsizetype(code->width) * code->width);
    // libqrencode: bit 0 of each byte is the module's colour (1 = dark); the rest is metadata.
    for (qsizetype i = 0; i < out.modules.size(); ++i)
        out.modules[i] = char(code->data[i] & 1);
    return out;
}

} // namespace bk
