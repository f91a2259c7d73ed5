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

} // namespace bk::code128
