#pragma once
// The lobby ticket display ("A042 → Skranke 3"). The text formatting is a pure function
// shared by the simulated display and the real serial driver, so both show the same thing.

#include "devicestatus.h"
#include "domain/types.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace bk {

/// The latest call-outs, one per row, each fitted to `columns` characters (Unicode code
/// points; æøå kept). Long counter names are shortened, keeping a trailing counter number
/// ("A042 → Skra. 12"); at most `rows` lines, latest first; no padding.
QStringList formatCallouts(const QList<bk::Callout> &latestFirst, int rows, int columns);

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
