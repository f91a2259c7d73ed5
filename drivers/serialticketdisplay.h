#pragma once
// The real lobby ticket display: a serial character display (CD5220 or Epson customer display
// command set). Each change of the call-outs is sent as a whole screen, and the current screen
// is sent again whenever the port reopens, because a display that was unplugged comes back
// blank (or, powered separately, with whatever it showed before). Until the first call-out
// the current screen is the idle screen (site name and a welcome), so the display never keeps
// stale text from before the kiosk started.

#include "drivers/seriallink.h"
#include "drivers/ticketdisplay.h"
#include "protocol/customerdisplay.h"

namespace bk {

/// The display's port, command set and size.
struct SerialDisplayOptions
{
    SerialSettings serial{QStringLiteral("/dev/borgerkiosk/display"), 9600};
    display::Protocol protocol = display::Protocol::CD5220;
    int rows = 2;
    int columns = 20;
    escpos::CodePage codePage = escpos::CodePage::PC865; ///< the table the display is set to
    /// Shown, centred, from the start and whenever there is no call-out (e.g. the site name
    /// and "Velkommen"); one line per row, extra lines ignored.
    QStringList idleLines;
};

/// A TicketDisplay on a serial port.
class SerialTicketDisplay : public TicketDisplay
{
    Q_OBJECT

public:
    /// Opens the port from the event loop and keeps it open.
    explicit SerialTicketDisplay(const SerialDisplayOptions &options, QObject *parent = nullptr);

    DeviceStatus status() const override;
    void showCallouts(const QList<bk::Callout> &latestFirst) override;

    /// The screen bytes for `latestFirst` with these options (what showCallouts writes);
    /// the idle screen when the list is empty.
    static QByteArray screenBytes(const QList<bk::Callout> &latestFirst,
                                  const SerialDisplayOptions &options);
    /// The idle screen: cleared, then options.idleLines centred on the rows.
    static QByteArray idleBytes(const SerialDisplayOptions &options);

private:
    SerialDisplayOptions m_options;
    SerialLink m_link;
    QByteArray m_screen; // what the display should show now; re-sent after a reopen
};

} // namespace bk
