#pragma once
// A keyboard-wedge barcode reader: a USB reader that "types" each code followed by Enter.
// Installed as an event filter on the application, it watches key presses delivered to
// windows; a burst of at least minChars keys, each within maxGapMs of the one before, ended by
// Enter, is a scan: its key events are swallowed (the UI never sees the code typed into a
// field) and scanned() is emitted. Anything slower is a person typing: those keys are held
// for at most about 2 x maxGapMs and then delivered unchanged, in order.
// (An evdev exclusive grab of the reader's input device, which would also keep stray keys
// out of the compositor, is not done here.)

#include "barcodereader.h"
#include "protocol/scanframer.h"

#include <QKeyEvent>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace bk {

/// What counts as a scanner's burst.
struct WedgeOptions
{
    /// Readers type a character every 1-15 ms; people, even fast typists and key auto-repeat,
    /// take 30 ms or more between presses.
    int maxGapMs = 30;
    /// Booking codes are 8 symbols plus grouping; shorter bursts are treated as typing.
    int minChars = 6;
};

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
    void hold(QObject *receiver, const QKeyEvent *event);
    void replay();

    QPointer<QObject> m_watched;
    WedgeOptions m_options;
    Clock m_clock;
    std::vector<Held> m_held; // key events of a possible scan, not yet delivered
    QString m_text;
    qint64 m_lastPressMs = 0;
    bool m_replaying = false;
    bool m_swallowEnterRelease = false;
    QTimer m_giveUp; // a burst that stops without Enter was typing: deliver it
    scanner::DuplicateFilter m_duplicates{2000};
};

} // namespace bk
