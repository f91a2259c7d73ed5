#pragma once
// What a barcode scan may contain, and how a booking code is taken out of it. A scan arrives
// as bytes from a serial reader or a burst of keystrokes from a keyboard-wedge reader, so it is
// untrusted input: capped, checked as UTF-8 and for control characters before anything else.
// Pure standard C++ (no Qt) so the fuzz targets can compile it on its own.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bk {

/// Longest scan looked at. A QR code on a letter holds a short URL; anything longer is not
/// ours, and the cap bounds the work done on a reader that streams garbage.
inline constexpr std::size_t kMaxScanBytes = 512;

/// Why a scan was refused; each maps to a message for the citizen.
enum class ScanRejection { Empty, TooLong, InvalidUtf8, ControlCharacters, NotACode, BadCheck };

/// The booking code found in a scan, or why there is none.
struct ScanResult
{
    std::string code; ///< canonical 8-symbol code when ok(), else empty
    std::optional<ScanRejection> rejection;
    /// True when a valid booking code was found.
    bool ok() const { return !rejection.has_value(); }
};

/// Takes the booking code out of one scanned line. Accepted: the bare code (grouped, with
/// dashes, lower case, look-alikes as for typing); the same after an AIM symbology identifier
/// ("]Q1", "]C0", ...); an http(s) URL whose last path segment is the code (a trailing '/',
/// a query and a fragment are ignored); surrounding spaces and trailing CR/LF/TAB. Also:
/// - ECI escapes (AIM ECI protocol, ISO/IEC 18004 Annex F): "\000026" (backslash + six
///   digits) before or inside the data is dropped, "\\" read as one backslash, with or without
///   an AIM identifier announcing it ("]Q2");
/// - invisible code points anywhere (Unicode Default_Ignorable_Code_Point: BOM U+FEFF, soft
///   hyphen, zero-width space/joiners, word joiner, direction marks, variation selectors,
///   tags, ...) are dropped, other Unicode spaces (no-break, thin, ideographic, ...) read as a
///   space and dashes that look like '-' (non-breaking hyphen, en dash, minus, ...) as '-'.
/// A payload of 8 code symbols with a wrong check symbol is BadCheck ("a character is wrong");
/// anything else that is not a code (a lone backslash included) is NotACode. Never throws;
/// the length cap is checked first, on the bytes as received.
ScanResult parseScan(std::string_view raw) noexcept;

/// A stable ASCII id ("too-long") for logs, which must never contain the payload itself.
std::string_view rejectionKey(ScanRejection rejection);

} // namespace bk
