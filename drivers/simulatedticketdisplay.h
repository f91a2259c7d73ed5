#pragma once
// A ticket display that keeps the text it would show, for the demo panel and UI tests.

#include "drivers/ticketdisplay.h"

namespace bk {

/// Shows call-outs as lines of text (formatCallouts) instead of on a serial display.
class SimulatedTicketDisplay : public TicketDisplay
{
    Q_OBJECT

public:
    /// A display of `rows` lines of `columns` characters (2 x 20 like a CD5220).
    explicit SimulatedTicketDisplay(int rows = 2, int columns = 20, QObject *parent = nullptr);

    DeviceStatus status() const override;
    void showCallouts(const QList<bk::Callout> &latestFirst) override;

    /// The text currently shown, one entry per row in use.
    QStringList lines() const { return m_lines; }
    int rows() const { return m_rows; }
    int columns() const { return m_columns; }

signals:
    /// lines() changed.
    void linesChanged();

private:
    int m_rows;
    int m_columns;
    QStringList m_lines;
};

} // namespace bk
