#include "protocol/keylayout.h"

#include <array>
#include <string_view>

namespace bk::keylayout {

namespace {

// The evdev codes of the table's columns: the row above the letters (KEY_GRAVE, KEY_1 ..
// KEY_EQUAL), the three letter rows with their punctuation (KEY_Q .. KEY_RIGHTBRACE, KEY_A ..
// KEY_APOSTROPHE, KEY_BACKSLASH, KEY_Z .. KEY_SLASH), KEY_102ND (ISO key left of Z), KEY_SPACE.
constexpr std::array<int, 49> kCodes = {41, 2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13,
                                        16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 30,
                                        31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 43, 44, 45,
                                        46, 47, 48, 49, 50, 51, 52, 53, 86, 57};

// Marks a dead key (no character of its own) in the tables.
constexpr char16_t kDead = u'\uffff';

struct Table
{
    std::u16string_view plain;   // level 1, one character per kCodes column
    std::u16string_view shifted; // level 2
};

// Generated from libxkbcommon 1.5.0 with xkb-data 2.35.1 (rules evdev, model pc105, variant
// basic): xkb_keymap_key_get_syms_by_level() for levels 1 and 2, xkb_keysym_to_utf32();
// dead_* keysyms written as \uffff. tests/unit/protocol/tst_keylayout.cpp checks them.
using namespace std::string_view_literals;
constexpr std::array<Table, 6> kTables = {{
    // us
    {u"`1234567890-=qwertyuiop[]asdfghjkl;'\\zxcvbnm,./< "sv,
     u"~!@#$%^&*()_+QWERTYUIOP{}ASDFGHJKL:\"|ZXCVBNM<>?> "sv},
    // dk
    {u"\u00bd1234567890+\uffffqwertyuiop\u00e5\uffffasdfghjkl\u00e6\u00f8'zxcvbnm,.-< "sv,
     u"\u00a7!\"#\u00a4%&/()=?\uffffQWERTYUIOP\u00c5\uffffASDFGHJKL\u00c6\u00d8*ZXCVBNM;:_> "sv},
    // de
    {u"\uffff1234567890\u00df\uffffqwertzuiop\u00fc+asdfghjkl\u00f6\u00e4#yxcvbnm,.-< "sv,
     u"\u00b0!\"\u00a7$%&/()=?\uffffQWERTZUIOP\u00dc*ASDFGHJKL\u00d6\u00c4'YXCVBNM;:_> "sv},
    // se
    {u"\u00a71234567890+\uffffqwertyuiop\u00e5\uffffasdfghjkl\u00f6\u00e4'zxcvbnm,.-< "sv,
     u"\u00bd!\"#\u00a4%&/()=?\uffffQWERTYUIOP\u00c5\uffffASDFGHJKL\u00d6\u00c4*ZXCVBNM;:_> "sv},
    // no
    {u"|1234567890+\\qwertyuiop\u00e5\uffffasdfghjkl\u00f8\u00e6'zxcvbnm,.-< "sv,
     u"\u00a7!\"#\u00a4%&/()=?\uffffQWERTYUIOP\u00c5\uffffASDFGHJKL\u00d8\u00c6*ZXCVBNM;:_> "sv},
    // gb
    {u"`1234567890-=qwertyuiop[]asdfghjkl;'#zxcvbnm,./\\ "sv,
     u"\u00ac!\"\u00a3$%^&*()_+QWERTYUIOP{}ASDFGHJKL:@~ZXCVBNM<>?| "sv},
}};

constexpr std::array<QLatin1StringView, 6> kNames = {
    QLatin1StringView("us"), QLatin1StringView("da"), QLatin1StringView("de"),
    QLatin1StringView("sv"), QLatin1StringView("no"), QLatin1StringView("uk")};

constexpr std::array<Layout, 6> kAll = {Layout::Us, Layout::Da, Layout::De,
                                        Layout::Sv, Layout::No, Layout::Uk};

constexpr bool tablesComplete()
{
    for (const Table &t : kTables)
        if (t.plain.size() != kCodes.size() || t.shifted.size() != kCodes.size())
            return false;
    return true;
}
static_assert(tablesComplete(), "one character per key and level");

const Table &table(Layout layout)
{
    return kTables[std::size_t(layout)];
}

} // namespace

std::span<const Layout> all()
{
    return kAll;
}

std::span<const int> tableKeys()
{
    return kCodes;
}

QLatin1StringView name(Layout layout)
{
    return kNames[std::size_t(layout)];
}

std::optional<Layout> fromXkbName(QStringView xkbLayouts)
{
    QStringView first = xkbLayouts.left(xkbLayouts.indexOf(u','));
    first = first.left(first.indexOf(u'(')).trimmed();
    struct Alias
    {
        QLatin1StringView xkb;
        Layout layout;
    };
    static constexpr Alias kAliases[] = {
        {QLatin1StringView("us"), Layout::Us}, {QLatin1StringView("dk"), Layout::Da},
        {QLatin1StringView("de"), Layout::De}, {QLatin1StringView("se"), Layout::Sv},
        {QLatin1StringView("fi"), Layout::Sv}, {QLatin1StringView("no"), Layout::No},
        {QLatin1StringView("gb"), Layout::Uk}};
    for (const Alias &a : kAliases)
        if (first == a.xkb)
            return a.layout;
    return std::nullopt;
}

std::optional<QChar> character(Layout layout, KeyStroke stroke)
{
    const Table &t = table(layout);
    for (std::size_t i = 0; i < kCodes.size(); ++i) {
        if (kCodes[i] != stroke.evdevCode)
            continue;
        const char16_t c = stroke.shift ? t.shifted[i] : t.plain[i];
        if (c == kDead)
            return std::nullopt;
        return QChar(c);
    }
    return std::nullopt;
}

std::optional<KeyStroke> strokeFor(Layout layout, QChar c)
{
    if (c.unicode() == kDead)
        return std::nullopt;
    const Table &t = table(layout);
    for (std::size_t i = 0; i < kCodes.size(); ++i) {
        if (t.plain[i] == c.unicode())
            return KeyStroke{kCodes[i], false};
        if (t.shifted[i] == c.unicode())
            return KeyStroke{kCodes[i], true};
    }
    return std::nullopt;
}

std::optional<QString> retype(QStringView text, Layout received, Layout typed)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const std::optional<KeyStroke> stroke = strokeFor(received, c);
        if (!stroke)
            return std::nullopt;
        const std::optional<QChar> meant = character(typed, *stroke);
        if (!meant)
            return std::nullopt;
        out += *meant;
    }
    return out;
}

bool canType(Layout layout, QStringView text)
{
    for (QChar c : text)
        if (!strokeFor(layout, c))
            return false;
    return true;
}

} // namespace bk::keylayout
