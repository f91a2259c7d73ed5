#pragma once
// A keyboard-wedge barcode reader: a USB or Bluetooth reader that "types" each code followed by
// a terminator key (Enter, Tab or nothing). Installed as an event filter on the application, it
// watches key presses delivered to windows; a burst of at least minChars keys, each within
// maxGapMs of the one before by the key events' own timestamps, ended by the terminator, is a
// scan: its key events are swallowed (the UI never sees the code typed into a field) and
// scanned() is emitted. Anything slower is a person typing: those keys are held for at most
// about 2 x maxGapMs and then delivered unchanged, in order.
//
// The reader presses the keys of its own layout (readerLayout, nearly always US); the kiosk
// turns them into characters with its keymap. Where the platform reports key positions (XKB
// key codes under xcb and wayland), keys are read by position on the reader's layout;
// elsewhere the received characters are mapped back through the kiosk's keymap, and a scan the
// app refuses is tried through the other known layouts. A mismatch is logged for the
// technician (once per kind), a dropped burst with its reason; never the payload.
// (An evdev exclusive grab of the reader's input device, which would also keep stray keys
// out of the compositor, is not done here.)

#include "drivers/barcodereader.h"
#include "protocol/keylayout.h"
#include "protocol/scanframer.h"

#include <QKeyEvent>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace bk {

/// What the reader sends after each code (its "suffix" setting).
enum class WedgeTerminator {
    Enter, ///< Return or keypad Enter
    Tab,   ///< Tab
    None,  ///< nothing: a pause of 2 x maxGapMs ends the scan (an Enter or Tab also does)
};

/// What counts as a scanner's burst, and how its keys are read.
struct WedgeOptions
{
    /// Longest pause between two key presses of one scan, in ms, from the key events' own
    /// timestamps (the clock when an event has none). USB readers type a key every 1-15 ms,
    /// Bluetooth HID readers every 40-60 ms; people average 120 ms or more between keys even
    /// at 100 words a minute, and a scan also needs minChars keys in a row plus the
    /// terminator, each within the gap. 80 ms takes the slow readers with margin.
    int maxGapMs = 80;
    /// Booking codes are 8 symbols plus grouping; shorter bursts are treated as typing.
    int minChars = 6;
    WedgeTerminator terminator = WedgeTerminator::Enter;
    /// The layout the reader types in.
    keylayout::Layout readerLayout = keylayout::Layout::Us;
    /// The kiosk's keymap when known: received characters are mapped back through it when key
    /// positions are not reported. Nothing: taken to match readerLayout.
    std::optional<keylayout::Layout> kioskKeymap;
    /// nativeScanCode() minus the evdev key code where the platform reports key positions
    /// (see scanCodeOffsetFor()); nothing: positions are not used.
    std::optional<int> scanCodeOffset;
    /// True for a scan the app takes (its scan parser). A scan it refuses is tried mapped back
    /// through the other known layouts. Empty: every scan is taken as received.
    std::function<bool(const QByteArray &)> accepts;
};

/// The offset of a platform's QKeyEvent::nativeScanCode() from the Linux evdev key code:
/// kXkbKeycodeOffset (8) for "xcb" and "wayland*" (both report XKB key codes); nothing for
/// platforms that report no key position ("offscreen", "minimal", "vnc") or another
/// numbering (eglfs/linuxfb with the evdev plugin report raw evdev codes, with libinput XKB
/// codes: not told apart here, so not used).
std::optional<int> scanCodeOffsetFor(QStringView platformName);

/// A BarcodeReader fed by keyboard events (always Connected: a keyboard cannot be probed).
class WedgeBarcodeReader : public BarcodeReader
{
    Q_OBJECT

public:
    /// A monotonic clock in ms (tests inject one).
    using Clock = std::function<qint64()>;

    /// Installs itself as an event filter on `watched` (normally the QGuiApplication).
    explicit WedgeBarcodeReader(QObject *watched, const WedgeOptions &options = {},
                                Clock clock = {}, QObject *parent = nullptr);
    ~WedgeBarcodeReader() override;

    DeviceStatus status() const override;
    bool eventFilter(QObject *receiver, QEvent *event) override;

private:
    struct Held
    {
        QPointer<QObject> receiver;
        std::unique_ptr<QKeyEvent> event;
    };
    /// When a key was pressed: by the event's timestamp if it has one, and by the clock.
    struct Stamp
    {
        qint64 eventMs = 0;
        bool fromEvent = false;
        qint64 clockMs = 0;
    };
    Stamp stampOf(const QKeyEvent *event) const;
    qint64 gapMs(const Stamp &from, const Stamp &to) const;
    bool isTerminator(int key) const;
    std::optional<QChar> byPosition(const QKeyEvent *event) const;
    void hold(QObject *receiver, const QKeyEvent *event);
    void addKey(const QString &text, std::optional<QChar> positional);
    void finishScan(qint64 nowMs);
    QString readText();
    void drop(const char *reason, const char *advice = nullptr);
    void onSilence();
    /// Logs `message` the first time a `kind` of keymap finding is made (a warning unless
    /// `type` says info), so that a lasting mismatch does not fill the journal.
    void logOnce(const QString &kind, const QString &message, QtMsgType type = QtWarningMsg);
    void replay();

    QPointer<QObject> m_watched;
    WedgeOptions m_options;
    Clock m_clock;
    std::vector<Held> m_held; // key events of a possible scan, not yet delivered
    QString m_text;           // the burst as the kiosk's keymap made it
    QString m_positional;     // the burst read by key position on the reader's layout
    bool m_positionalComplete = true;
    int m_keys = 0; // character keys in the burst
    Stamp m_lastPress;
    int m_swallowRelease = 0; // the terminator key whose release is still to come
    bool m_replaying = false;
    bool m_rearmed = false;
    QTimer m_giveUp; // a burst that stops without terminator was typing: deliver it
    scanner::DuplicateFilter m_duplicates{2000};
    QSet<QString> m_logged;
};

} // namespace bk
