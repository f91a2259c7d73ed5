#pragma once
// A QR code as a grid of modules, encoded by libqrencode (error correction M, 8-bit byte
// mode so any payload bytes, URLs included, round-trip unchanged).

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace bk {

/// The module grid of one QR symbol (without quiet zone).
struct QrSymbol
{
    int version = 0;    ///< 1..40
    int size = 0;       ///< modules per side: 17 + 4 * version
    QByteArray modules; ///< size * size bytes, row by row; 1 = dark

    /// Whether the module at column x, row y is dark.
    bool dark(int x, int y) const { return modules.at(y * size + x) != 0; }
};

/// Modules of quiet zone around a symbol (ISO/IEC 18004 asks for 4).
inline constexpr int kQrQuietZone = 4;

/// Encodes `payload` with the smallest version that fits; nullopt if empty or too long.
std::optional<QrSymbol> encodeQr(QByteArrayView payload);

} // namespace bk
