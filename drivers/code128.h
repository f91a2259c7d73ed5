#pragma once
// Code 128 (ISO/IEC 15417), code set B only: printable ASCII, which covers booking codes and
// ticket numbers. Pure functions from a payload to symbol values and bar/space widths.

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace bk::code128 {

inline constexpr int kStartB = 104;
inline constexpr int kStop = 106;
/// Longest payload accepted; longer barcodes do not fit 58 mm paper at a scannable width.
inline constexpr int kMaxPayload = 40;
/// Modules of quiet zone the standard asks for on each side.
inline constexpr int kQuietZone = 10;

/// Start B, one value per character, the modulo-103 check value and stop; nullopt when the
/// payload is empty, longer than kMaxPayload or has a byte outside 0x20..0x7E.
std::optional<QList<int>> symbols(QByteArrayView payload);

/// Module widths (1..4) of the given symbol values, alternating bar, space, bar, ...; every
/// symbol is 6 elements over 11 modules, the stop 7 elements over 13.
QList<int> widths(const QList<int> &symbols);

/// symbols() then widths(): the whole barcode without quiet zones, or nullopt.
std::optional<QList<int>> encode(QByteArrayView payload);

/// Narrowest module printed: 2 dots (0.25 mm at 203 dpi); 1 dot is below what readers resolve.
inline constexpr int kMinModuleDots = 2;
/// Module width used when it fits: 3 dots, Epson's GS w default.
inline constexpr int kPreferredModuleDots = 3;

/// Modules of the whole symbol for `payload`, both quiet zones included (11 per character
/// + 55); 0 when encode() refuses the payload.
int totalModules(QByteArrayView payload);

/// Dots per module for `payload` on paper `widthDots` wide: the widest of kMinModuleDots..
/// kPreferredModuleDots at which totalModules() fit; 0 when even kMinModuleDots is too wide
/// (or the payload cannot be encoded). A printer silently drops a GS k barcode wider than its
/// printable area, so 0 must become a visible "too wide" instead.
int moduleDots(QByteArrayView payload, int widthDots);

} // namespace bk::code128
