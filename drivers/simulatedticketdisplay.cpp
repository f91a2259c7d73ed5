#include "drivers/simulatedticketdisplay.h"

namespace bk {

SimulatedTicketDisplay::SimulatedTicketDisplay(int rows, int columns, QObject *parent)
    : TicketDisplay(parent), m_rows(rows), m_columns(columns)
{}

DeviceStatus SimulatedTicketDisplay::status() const
{
    return {DeviceState::Connected, {}};
}

void SimulatedTicketDisplay::showCallouts(const QList<Callout> &latestFirst)
{
    QStringList lines = formatCallouts(latestFirst, m_rows, m_columns);
    if (lines == m_lines)
        return;
    m_lines = std::move(lines);
    emit linesChanged();
}

} // namespace bk
