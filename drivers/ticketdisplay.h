#pragma once
// The lobby ticket display ("A042 → Skranke 3"). The text formatting is a pure function
// shared by the simulated display and the real serial driver, so both show the same thing.

#include "domain/types.h"
#include "drivers/devicestatus.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace bk {

/// How a display spells text: the characters it really shows for `text`, each one cell
/// (e.g. a line display spells "→" as "->" and "ß" as "ss"). Empty = as written, with
/// control characters as spaces (the simulated display draws any Unicode).
using DisplaySpelling = std::function<QString(QStringView text)>;

/// The latest call-outs, one per row, each fitted to `columns` cells of what the display
/// shows: the text is spelled first and fitted after, so a spelling longer than the original
/// ("→" as "->") never pushes the end off the line. The ticket number and a trailing counter
/// number ("12", "3B") are never cut; the counter's name gives way, first its leading words
/// ("Borgerservice skranke 12" -> "skranke 12"), then the last word ("skra. 12"), then the
/// arrow narrows ("A042->12"). At most `rows` lines, latest first; no padding.
QStringList formatCallouts(const QList<bk::Callout> &latestFirst, int rows, int columns,
                           const DisplaySpelling &spelling = {});

/// A ticket display: real (serial line display), simulated or null.
class TicketDisplay : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TicketDisplay() override = default;

    /// Current state and, unless Connected, why.
    virtual DeviceStatus status() const = 0;
    /// Shows the latest call-outs (latest first); returns at once, never blocks on I/O.
    virtual void showCallouts(const QList<bk::Callout> &latestFirst) = 0;

signals:
    /// status() changed.
    void statusChanged();
};

/// No display configured: Disabled; call-outs are dropped.
class NullTicketDisplay : public TicketDisplay
{
    Q_OBJECT

public:
    using TicketDisplay::TicketDisplay;

    DeviceStatus status() const override;
    void showCallouts(const QList<bk::Callout> &) override {}
};

} // namespace bk
