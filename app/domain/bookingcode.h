#pragma once
// Booking codes as printed on letters, SMS, e-mails and kiosk receipts: 7 random symbols plus
// one check symbol from a 31-symbol alphabet, e.g. "K7M3-QX9P". Pure standard C++ (no Qt) so
// the fuzz targets can compile it on its own.
//
// Check rule: the check symbol c makes sum_{i=1..8} i * v(s_i) == 0 (mod 31). Because 31 is
// prime and the weights 1..8 are distinct and non-zero mod 31, every single substitution and
// every adjacent transposition changes the sum by a non-zero amount and is refused, including
// those that touch the check symbol itself.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace bk::bookingcode {

/// The 31 symbols, in value order. I, L, O, U and V are left out: I/L/O read as 1/0, and U/V
/// are easily confused with each other in handwriting and on poor prints.
inline constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTWXYZ";
inline constexpr std::size_t kDataLength = 7;
inline constexpr std::size_t kLength = 8;
static_assert(kAlphabet.size() == 31, "the check rule needs a prime-sized alphabet");

/// Why a typed or scanned code was refused.
enum class CodeError { Empty, WrongLength, BadCharacter, BadCheck };

/// The result of normalise(): the canonical code, or why there is none.
struct Normalised
{
    /// Canonical 8 upper-case symbols when ok(); also filled for BadCheck (the symbols were
    /// read, one of them is wrong) so a screen can show what was read; empty otherwise.
    std::string code;
    std::optional<CodeError> error;
    /// True when `code` is a well-formed code with a valid check symbol.
    bool ok() const { return !error.has_value(); }
};

/// The value (0..30) of a canonical symbol, or -1 when `symbol` is not in kAlphabet.
int symbolValue(char symbol);

/// Turns what a citizen typed (or a scanner read) into the canonical code: case-insensitive;
/// drops spaces, '-' and '.'; reads O as 0 and I/L as 1; refuses U, V and anything else
/// outside the alphabet (BadCharacter), a count other than 8 symbols (WrongLength), nothing
/// at all (Empty) and a wrong check symbol (BadCheck). Never throws; allocates nothing beyond
/// a short string, whatever the input length.
Normalised normalise(std::string_view typed) noexcept;

/// The check symbol for 7 canonical data symbols, or '\0' when `data7` is not exactly that.
char checkSymbol(std::string_view data7);

/// True when `canonical` is exactly 8 canonical symbols (upper case, no separators) whose
/// check symbol is right.
bool isValid(std::string_view canonical);

/// The printed form "K7M3-QX9P" of a canonical code; any other input is returned unchanged.
std::string grouped(std::string_view canonical);

/// A new random valid code. `random` must return uniformly distributed 32-bit values; each
/// symbol is chosen by rejection sampling so that no symbol is more likely than another.
std::string generate(const std::function<std::uint32_t()> &random);

/// A new random valid code drawn from std::random_device.
std::string generate();

/// A stable ASCII id for an error ("bad-check"), for logs that must not contain the code.
std::string_view errorKey(CodeError error);

} // namespace bk::bookingcode
