#include "scanpayload.h"

#include "bookingcode.h"

namespace bk {

namespace {

bool isTrimmable(char c)
{
    // Readers end a scan with CR, LF, CR LF or TAB depending on their setup; a keyboard
    // wedge may leave a stray line ending in front of the next scan.
    return c == ' ' || c == '\r' || c == '\n' || c == '\t';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isTrimmable(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isTrimmable(s.back()))
        s.remove_suffix(1);
    return s;
}

enum class TextCheck { Fine, InvalidUtf8, ControlCharacters };

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. Also
// refuses C0 and C1 control characters and DEL, which no label we print contains and which a
// terminal or log viewer could act on.
TextCheck checkText(std::string_view s)
{
    bool control = false;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            if (b0 < 0x20 || b0 == 0x7F)
                control = true;
            ++i;
            continue;
        }
        std::size_t length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
            cp = b0 & 0x1Fu;
            minimum = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            cp = b0 & 0x0Fu;
            minimum = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            cp = b0 & 0x07u;
            minimum = 0x10000;
        } else {
            return TextCheck::InvalidUtf8; // continuation byte, C0/C1 overlong lead, F5..FF
        }
        if (s.size() - i < length)
            return TextCheck::InvalidUtf8;
        for (std::size_t k = 1; k < length; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0u) != 0x80u)
                return TextCheck::InvalidUtf8;
            cp = (cp << 6) | (b & 0x3Fu);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return TextCheck::InvalidUtf8;
        if (cp >= 0x80 && cp <= 0x9F)
            control = true;
        i += length;
    }
    return control ? TextCheck::ControlCharacters : TextCheck::Fine;
}

bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isAsciiAlnum(char c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
}

// Removes an AIM symbology identifier: ']' + code letter + one modifier character
// (ISO/IEC 15424), e.g. "]Q1" for QR Code or "]C0" for Code 128.
std::string_view withoutAimPrefix(std::string_view s)
{
    if (s.size() >= 3 && s[0] == ']' && isAsciiLetter(s[1]) && isAsciiAlnum(s[2]))
        s.remove_prefix(3);
    return s;
}

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

// The length of an "http://" or "https://" scheme prefix (any case), or 0 for anything else.
std::size_t httpSchemeLength(std::string_view s)
{
    if (startsWithNoCase(s, "https://"))
        return 8;
    if (startsWithNoCase(s, "http://"))
        return 7;
    return 0;
}

// The last path segment of what follows the scheme of a URL, ignoring a query, a fragment and
// trailing slashes; empty when there is no path. "host/b/K7M3-QX9S/?x=1#top" gives "K7M3-QX9S".
std::string_view lastPathSegment(std::string_view afterScheme)
{
    std::string_view s = afterScheme.substr(0, afterScheme.find('#'));
    s = s.substr(0, s.find('?'));
    const std::size_t pathStart = s.find('/');
    if (pathStart == std::string_view::npos)
        return {}; // only a host: no segment to read
    std::string_view path = s.substr(pathStart);
    while (!path.empty() && path.back() == '/')
        path.remove_suffix(1);
    return path.substr(path.rfind('/') + 1);
}

ScanResult rejected(ScanRejection why)
{
    return ScanResult{{}, why};
}

} // namespace

ScanResult parseScan(std::string_view raw) noexcept
{
    if (raw.size() > kMaxScanBytes)
        return rejected(ScanRejection::TooLong);
    std::string_view s = trimmed(raw);
    if (s.empty())
        return rejected(ScanRejection::Empty);
    switch (checkText(s)) {
    case TextCheck::InvalidUtf8:
        return rejected(ScanRejection::InvalidUtf8);
    case TextCheck::ControlCharacters:
        return rejected(ScanRejection::ControlCharacters);
    case TextCheck::Fine:
        break;
    }
    s = withoutAimPrefix(s);
    if (const std::size_t scheme = httpSchemeLength(s))
        s = lastPathSegment(s.substr(scheme));
    if (s.empty())
        return rejected(ScanRejection::NotACode); // e.g. an AIM identifier and nothing after it
    bookingcode::Normalised n = bookingcode::normalise(s);
    if (n.ok())
        return ScanResult{std::move(n.code), std::nullopt};
    return rejected(n.error == bookingcode::CodeError::BadCheck ? ScanRejection::BadCheck
                                                                : ScanRejection::NotACode);
}

std::string_view rejectionKey(ScanRejection rejection)
{
    switch (rejection) {
    case ScanRejection::Empty:
        return "empty";
    case ScanRejection::TooLong:
        return "too-long";
    case ScanRejection::InvalidUtf8:
        return "invalid-utf8";
    case ScanRejection::ControlCharacters:
        return "control-characters";
    case ScanRejection::NotACode:
        return "not-a-code";
    case ScanRejection::BadCheck:
        return "bad-check";
    }
    return "unknown";
}

} // namespace bk
