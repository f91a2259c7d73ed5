#pragma once
// A headset jack as Linux reports it: the sound card's input device (/dev/input/eventN, named
// like "HDA Intel PCH Headphone" or "... Headset Jack" in /proc/bus/input/devices) sends
// EV_SW events with the code SW_HEADPHONE_INSERT, value 1 when a plug goes in and 0 when it
// comes out (linux/input-event-codes.h), each as one `struct input_event` record
// (linux/input.h: a timeval, then __u16 type, __u16 code, __s32 value; 24 bytes on 64-bit)
// followed by an EV_SYN report. This reads those records from the configured path
// (speech.headset_device) without blocking the GUI thread (a QSocketNotifier), asks an evdev
// node for the state at open (EVIOCGSW), and opens the path again every retry interval when it
// cannot be opened or goes away (a USB sound card unplugged). Nothing else of the device is
// used and nothing is written to it.

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace bk {

class HeadsetJack : public QObject
{
    Q_OBJECT

public:
    /// Between open attempts, in ms: a headset is plugged in by a person, 2 s is soon enough.
    static constexpr int kRetryMs = 2000;

    /// Opens `path` from the event loop and keeps it open; `retryMs` for tests.
    explicit HeadsetJack(QString path, int retryMs = kRetryMs, QObject *parent = nullptr);
    ~HeadsetJack() override;

    /// Whether a headset is plugged in, as last reported (false until a report or EVIOCGSW).
    bool inserted() const { return m_inserted; }
    /// Whether the device is open now.
    bool isOpen() const { return m_fd >= 0; }

signals:
    /// The plug went in (true) or came out (false): on a reported change, never for the state
    /// found at open.
    void insertedChanged(bool inserted);

private:
    void open();
    void readEvents();
    void close();
    void setInserted(bool inserted);

    QString m_path;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_retry;
    QByteArray m_pending; // a record split across two reads
    bool m_inserted = false;
    bool m_failureLogged = false;
};

} // namespace bk
