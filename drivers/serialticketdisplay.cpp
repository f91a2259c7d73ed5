#include "serialticketdisplay.h"

namespace bk {

SerialTicketDisplay::SerialTicketDisplay(const SerialDisplayOptions &options, QObject *parent)
    : TicketDisplay(parent), m_options(options), m_link(options.serial)
{
    connect(&m_link, &SerialLink::statusChanged, this, &TicketDisplay::statusChanged);
    connect(&m_link, &SerialLink::opened, this, [this] {
        if (!m_screen.isEmpty())
            m_link.write(m_screen);
    });
}

DeviceStatus SerialTicketDisplay::status() const
{
    return m_link.status();
}

QByteArray SerialTicketDisplay::screenBytes(const QList<Callout> &latestFirst,
                                            const SerialDisplayOptions &options)
{
    return display::renderLines(formatCallouts(latestFirst, options.rows, options.columns),
                                options.rows, options.columns, options.protocol);
}

void SerialTicketDisplay::showCallouts(const QList<Callout> &latestFirst)
{
    m_screen = screenBytes(latestFirst, m_options);
    // While the port is away the screen is only remembered; opened() sends it.
    m_link.write(m_screen);
}

} // namespace bk
