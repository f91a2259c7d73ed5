#pragma once
// Keyboard layouts by key position, for keyboard-wedge barcode readers. A wedge reader "types"
// each character by pressing the key that makes it on the layout it is set to (nearly always
// US); the kiosk turns that key into a character with its own keymap. When the two differ, a
// Danish kiosk receives '+' for '-', '-' for '/' and 'Æ' for ':'. Reading the key position
// (where the platform tells it) or mapping the received characters back through the kiosk's
// layout gives what the reader meant.
//
// Tables: the alphanumeric block of a 105-key keyboard, level 1 (plain) and level 2 (Shift),
// from xkb-data 2.35.1 (Debian 12, /usr/share/X11/xkb/symbols/{us,dk,de,se,no,gb}, variant
// "basic", model pc105); a unit test compares them with libxkbcommon's compiled keymaps.
// Positions are Linux evdev key codes (linux/input-event-codes.h: KEY_1 = 2, KEY_Q = 16,
// KEY_A = 30, KEY_Z = 44, KEY_102ND = 86, KEY_SPACE = 57); X11 and Wayland report XKB key codes,
// which are evdev codes + 8.

#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace bk::keylayout {

/// The layouts with a table: US English, Danish, German, Swedish (also Finnish), Norwegian,
/// UK English.
enum class Layout { Us, Da, De, Sv, No, Uk };

/// Every layout, in the order of the enum.
std::span<const Layout> all();

/// The evdev codes of the keys in the tables (the alphanumeric block, the 102nd key, space).
std::span<const int> tableKeys();

/// The layout's short name as used in the configuration: "us", "da", "de", "sv", "no", "uk".
QLatin1StringView name(Layout layout);

/// The layout an XKB layout name stands for ("us", "dk", "de", "se", "fi", "no", "gb"; the
/// first of a comma-separated list, a variant in parentheses ignored), or nothing.
std::optional<Layout> fromXkbName(QStringView xkbLayouts);

/// XKB key codes (X11's and Wayland's native scan codes) are evdev codes + 8.
inline constexpr int kXkbKeycodeOffset = 8;

/// A key of the alphanumeric block by its evdev code, pressed with or without Shift.
struct KeyStroke
{
    int evdevCode = 0;
    bool shift = false;
    bool operator==(const KeyStroke &other) const = default;
};

/// The character `layout` types for `stroke`; nothing for a key outside the table or a dead
/// key (one that only modifies the next character, e.g. the Danish acute accent key).
std::optional<QChar> character(Layout layout, KeyStroke stroke);

/// The key (and Shift) that types `c` on `layout` without AltGr; nothing when none does. Where
/// two keys type the same character the main block's key is given, not the 102nd key.
std::optional<KeyStroke> strokeFor(Layout layout, QChar c);

/// `text` as received through the `received` keymap, re-read as the `typed` layout types it:
/// each character is taken back to its key and that key read on `typed`. Nothing when a
/// character is on no key of `received` or its key types nothing on `typed`.
std::optional<QString> retype(QStringView text, Layout received, Layout typed);

/// True when every character of `text` can be typed on `layout` (without AltGr).
bool canType(Layout layout, QStringView text);

} // namespace bk::keylayout
