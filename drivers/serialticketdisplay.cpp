#include "drivers/serialticketdisplay.h"

#include <algorithm>

namespace bk {

SerialTicketDisplay::SerialTicketDisplay(const SerialDisplayOptions &options, QObject *parent)
    : TicketDisplay(parent), m_options(options), m_link(options.serial),
      m_screen(idleBytes(options))
{
    connect(&m_link, &SerialLink::statusChanged, this, &TicketDisplay::statusChanged);
    // On every (re)open, the first one included: clear and show what should be shown now.
    connect(&m_link, &SerialLink::opened, this, [this] { m_link.write(m_screen); });
}

DeviceStatus SerialTicketDisplay::status() const
{
    return m_link.status();
}

QByteArray SerialTicketDisplay::screenBytes(const QList<Callout> &latestFirst,
                                            const SerialDisplayOptions &options)
{
    if (latestFirst.isEmpty())
        return idleBytes(options);
    // Fitted in the display's own spelling ("->" for the arrow), so what is cut to the
    // columns is what is really sent.
    const escpos::CodePage page = options.codePage;
    const DisplaySpelling spelling = [page](QStringView text) {
        return display::displayable(text, page);
    };
    return display::renderLines(
        formatCallouts(latestFirst, options.rows, options.columns, spelling), options.rows,
        options.columns, options.protocol, page);
}

QByteArray SerialTicketDisplay::idleBytes(const SerialDisplayOptions &options)
{
    const int columns = std::clamp(options.columns, 1, display::kMaxColumns);
    QStringList lines;
    for (const QString &line : options.idleLines) {
        const QString shown = display::displayable(line, options.codePage).trimmed().left(columns);
        lines.append(QString((columns - shown.size()) / 2, u' ') + shown);
    }
    return display::renderLines(lines, options.rows, options.columns, options.protocol,
                                options.codePage);
}

void SerialTicketDisplay::showCallouts(const QList<Callout> &latestFirst)
{
    m_screen = screenBytes(latestFirst, m_options);
    // While the port is away the screen is only remembered; opened() sends it.
    m_link.write(m_screen);
}

} // namespace bk
