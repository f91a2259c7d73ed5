#include "domain/scanpayload.h"

#include "domain/bookingcode.h"

#include <optional>
#include <string>

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

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. Calls
// `each(cp, offset, length)` for every code point; false at the first malformed sequence.
template <typename Each> bool forEachCodePoint(std::string_view s, Each each)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            each(char32_t(b0), i, std::size_t(1));
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
            return false; // continuation byte, C0/C1 overlong lead, F5..FF
        }
        if (s.size() - i < length)
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0u) != 0x80u)
                return false;
            cp = (cp << 6) | (b & 0x3Fu);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        each(cp, i, length);
        i += length;
    }
    return true;
}

// C0 and C1 control characters and DEL: no label we print contains them, and a terminal or
// log viewer could act on them.
bool isControl(char32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

// Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt, Unicode 15.0):
// code points that show nothing, which generators put around or inside a payload: the byte
// order mark U+FEFF, soft hyphen, zero-width space/non-joiner/joiner, word joiner, direction
// marks, embeddings and isolates, invisible operators, variation selectors, fillers, tags.
bool isDefaultIgnorable(char32_t cp)
{
    struct Range
    {
        char32_t first;
        char32_t last;
    };
    static constexpr Range kRanges[] = {
        {0x00AD, 0x00AD},   {0x034F, 0x034F}, {0x061C, 0x061C},   {0x115F, 0x1160},
        {0x17B4, 0x17B5},   {0x180B, 0x180F}, {0x200B, 0x200F},   {0x202A, 0x202E},
        {0x2060, 0x206F},   {0x3164, 0x3164}, {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},
        {0xFFA0, 0xFFA0},   {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
        {0xE0000, 0xE0FFF},
    };
    for (const Range &r : kRanges)
        if (cp >= r.first && cp <= r.last)
            return true;
    return false;
}

// Unicode White_Space (PropList.txt) other than the ASCII and control ones: no-break spaces,
// the typographic spaces, line and paragraph separators. Read as a plain space.
bool isOtherSpace(char32_t cp)
{
    return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Dashes that look like '-' (Unicode Dash_Punctuation near the hyphen: hyphen, non-breaking
// hyphen, figure dash, en/em dash, minus sign, small and fullwidth hyphen-minus), which text
// generators put between a code's groups. Read as '-'.
bool isHyphenLookAlike(char32_t cp)
{
    return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63 ||
           cp == 0xFF0D;
}

enum class TextCheck { Fine, InvalidUtf8, ControlCharacters };

/// The scan as a reader meant it: invisible code points dropped, other spaces made ' ', dashes
/// that look like '-' made '-'.
struct Visible
{
    TextCheck check = TextCheck::Fine;
    std::string text;
};

// Checks `s` as strict UTF-8 and returns its visible text. Control characters are kept (and
// reported) so that the caller can trim line endings before refusing the rest.
Visible visibleText(std::string_view s)
{
    Visible out;
    out.text.reserve(s.size());
    const bool valid = forEachCodePoint(s, [&](char32_t cp, std::size_t at, std::size_t length) {
        if (isDefaultIgnorable(cp))
            return;
        if (isOtherSpace(cp))
            out.text.push_back(' ');
        else if (isHyphenLookAlike(cp))
            out.text.push_back('-');
        else
            out.text.append(s.substr(at, length));
    });
    if (!valid)
        out.check = TextCheck::InvalidUtf8;
    return out;
}

bool hasControl(std::string_view s)
{
    bool control = false;
    forEachCodePoint(s, [&](char32_t cp, std::size_t, std::size_t) { control |= isControl(cp); });
    return control;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of an ECI designator at the start of `s`: '\' and six digits (AIM ITS/04-001 ECI
// transmission protocol, as used by ISO/IEC 18004 QR Code Annex F), or 0.
std::size_t eciDesignatorLength(std::string_view s)
{
    if (s.size() < 7 || s[0] != '\\')
        return 0;
    for (std::size_t i = 1; i < 7; ++i)
        if (!isDigit(s[i]))
            return 0;
    return 7;
}

// ECI assignments (AIM ECI specification) of character sets with one byte per character:
// 000000-000002 (CP437), 000003-000013 and 000015-000018 (ISO/IEC 8859-1 to -16),
// 000021-000024 (Windows-1250 to -1252, -1256), 000027 (ISO 646 / ASCII), 000170 (ASCII
// invariant). 000026 is UTF-8; the rest (Shift JIS, UTF-16, Big5, GB 2312, KS X 1001) are
// multi-byte.
bool isSingleByteEci(int eci)
{
    return (eci >= 0 && eci <= 13) || (eci >= 15 && eci <= 18) || (eci >= 21 && eci <= 24) ||
           eci == 27 || eci == 170;
}

// The raw bytes of a scan whose ECI designators all name single-byte character sets, with
// every byte above 0x7F replaced by U+FFFD (in UTF-8): such a payload is not UTF-8, but the
// codes and URLs we read are ASCII, which those sets encode alike, and the rest (a name in a
// query, say) is never read. Nothing when the scan names no ECI or a multi-byte one.
std::optional<std::string> fromSingleByteEci(std::string_view raw)
{
    bool any = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\')
            continue;
        if (i + 1 < raw.size() && raw[i + 1] == '\\') {
            ++i; // a doubled backslash is data
            continue;
        }
        if (eciDesignatorLength(raw.substr(i)) == 0)
            return std::nullopt;
        const int eci = std::stoi(std::string(raw.substr(i + 1, 6)));
        if (!isSingleByteEci(eci))
            return std::nullopt;
        any = true;
        i += 6;
    }
    if (!any)
        return std::nullopt;
    std::string out;
    out.reserve(raw.size());
    for (const char c : raw) {
        if (static_cast<unsigned char>(c) < 0x80)
            out.push_back(c);
        else
            out.append("\xEF\xBF\xBD"); // U+FFFD REPLACEMENT CHARACTER
    }
    return out;
}

// The data of an ECI-escaped transmission, or nothing when its escapes are malformed. In the
// ECI protocol a reader sends an ECI designator (a backslash and six digits, e.g. 000026 for
// UTF-8) where the symbol switches character set, and doubles every backslash of the data. The
// codes and URLs we read are ASCII, which every ASCII-based ECI character set (ISO 8859-x,
// UTF-8, ASCII, ...) encodes alike, so the designators are dropped whatever their number.
std::optional<std::string> withoutEciEscapes(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    while (!s.empty()) {
        if (s.front() != '\\') {
            out.push_back(s.front());
            s.remove_prefix(1);
        } else if (s.size() >= 2 && s[1] == '\\') {
            out.push_back('\\');
            s.remove_prefix(2);
        } else if (const std::size_t n = eciDesignatorLength(s)) {
            s.remove_prefix(n);
        } else {
            return std::nullopt; // a lone backslash: not the ECI protocol, and not a code
        }
    }
    return out;
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
    Visible visible = visibleText(raw);
    if (visible.check == TextCheck::InvalidUtf8) {
        // Not UTF-8, but announced by ECI as a one-byte character set (a Latin-1 QR code):
        // the ASCII in it is read, the other characters are not needed.
        const std::optional<std::string> ascii = fromSingleByteEci(raw);
        if (!ascii)
            return rejected(ScanRejection::InvalidUtf8);
        visible = visibleText(*ascii);
    }
    std::string_view s = trimmed(visible.text);
    if (s.empty())
        return rejected(ScanRejection::Empty);
    if (hasControl(s))
        return rejected(ScanRejection::ControlCharacters);
    s = trimmed(withoutAimPrefix(s));
    // Backslashes only occur in ECI-escaped data (a code or URL of ours has none): take the
    // escapes out, whether or not the AIM modifier ("]Q2") announced the ECI protocol.
    std::optional<std::string> unescaped;
    if (s.find('\\') != std::string_view::npos) {
        unescaped = withoutEciEscapes(s);
        if (!unescaped)
            return rejected(ScanRejection::NotACode);
        s = trimmed(*unescaped);
    }
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
