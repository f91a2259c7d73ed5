#include "domain/bookingcode.h"

#include <random>

namespace bk::bookingcode {

namespace {

constexpr int kModulus = static_cast<int>(kAlphabet.size());

// The weighted sum of the symbols given, weights 1, 2, 3, ... from the left, mod 31.
// Callers have checked that every symbol is in the alphabet.
int weightedSum(std::string_view symbols)
{
    int sum = 0;
    for (std::size_t i = 0; i < symbols.size(); ++i)
        sum = (sum + static_cast<int>(i + 1) * symbolValue(symbols[i])) % kModulus;
    return sum;
}

bool allSymbols(std::string_view s)
{
    for (char c : s) {
        if (symbolValue(c) < 0)
            return false;
    }
    return true;
}

// Upper-cases ASCII and maps the look-alikes; returns '\0' for a character that can never be
// part of a code. Plain ASCII arithmetic: std::toupper depends on the C locale.
char canonicalSymbol(char c)
{
    if (c >= 'a' && c <= 'z')
        c = static_cast<char>(c - 'a' + 'A');
    switch (c) {
    case 'O':
        return '0';
    case 'I':
    case 'L':
        return '1';
    default:
        return symbolValue(c) >= 0 ? c : '\0';
    }
}

} // namespace

int symbolValue(char symbol)
{
    const std::size_t pos = kAlphabet.find(symbol);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

Normalised normalise(std::string_view typed) noexcept
{
    Normalised out;
    std::size_t symbols = 0;
    bool badCharacter = false;
    for (char c : typed) {
        if (c == ' ' || c == '-' || c == '.')
            continue;
        const char s = canonicalSymbol(c);
        if (s == '\0') {
            badCharacter = true;
            continue;
        }
        // Keep at most one symbol too many: enough to know the length is wrong, and the
        // string stays within the small-string buffer however long the input is.
        if (symbols <= kLength)
            out.code.push_back(s);
        ++symbols;
    }
    if (badCharacter)
        out.error = CodeError::BadCharacter;
    else if (symbols == 0)
        out.error = CodeError::Empty;
    else if (symbols != kLength)
        out.error = CodeError::WrongLength;
    else if (weightedSum(out.code) != 0)
        out.error = CodeError::BadCheck;
    if (out.error && out.error != CodeError::BadCheck)
        out.code.clear();
    return out;
}

char checkSymbol(std::string_view data7)
{
    if (data7.size() != kDataLength || !allSymbols(data7))
        return '\0';
    // Solve 8c + S == 0 (mod 31) for c: 8 * 4 == 32 == 1 (mod 31), so c == -4S.
    const int s = weightedSum(data7);
    const int c = (kModulus - (4 * s) % kModulus) % kModulus;
    return kAlphabet[static_cast<std::size_t>(c)];
}

bool isValid(std::string_view canonical)
{
    return canonical.size() == kLength && allSymbols(canonical) && weightedSum(canonical) == 0;
}

std::string grouped(std::string_view canonical)
{
    if (canonical.size() != kLength)
        return std::string(canonical);
    std::string out(canonical.substr(0, 4));
    out.push_back('-');
    out.append(canonical.substr(4));
    return out;
}

std::string generate(const std::function<std::uint32_t()> &random)
{
    // 2^32 is not a multiple of 31: values at or above the largest multiple would make the
    // first few symbols slightly more likely, so they are drawn again.
    constexpr std::uint64_t kRange = std::uint64_t{1} << 32;
    constexpr std::uint64_t kLimit = kRange - kRange % kModulus;
    std::string code;
    while (code.size() < kDataLength) {
        const std::uint64_t r = random();
        if (r < kLimit)
            code.push_back(kAlphabet[static_cast<std::size_t>(r % kModulus)]);
    }
    code.push_back(checkSymbol(code));
    return code;
}

std::string generate()
{
    std::random_device device;
    return generate([&device] { return static_cast<std::uint32_t>(device()); });
}

std::string_view errorKey(CodeError error)
{
    switch (error) {
    case CodeError::Empty:
        return "empty";
    case CodeError::WrongLength:
        return "wrong-length";
    case CodeError::BadCharacter:
        return "bad-character";
    case CodeError::BadCheck:
        return "bad-check";
    }
    return "unknown";
}

} // namespace bk::bookingcode
