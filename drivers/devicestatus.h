#pragma once
// The state every device reports to self-test, the admin screen and the central's health view.

#include <QString>

namespace bk {

/// Where a device is in its life: not configured, working, lost and retrying, or failed.
enum class DeviceState {
    Disabled,     ///< not configured (the null device)
    Connected,    ///< ready for work
    Reconnecting, ///< was there, is gone (unplugged, offline); the driver keeps retrying
    Error,        ///< present but cannot work (paper out, cover open) until someone acts
};

/// A device's state and, unless Connected, why: technician's words, in English, and a stable
/// lower-case key for machines (the central's fleet view, staff alerts). Keys: a printer's
/// RFC 8011 printer-state-reasons keyword where CUPS gives one ("media-empty", "media-jam",
/// "cover-open", "offline", "media-low", ...), else "unreachable", "queue-stopped",
/// "queue-rejecting", "queue-missing", "cups-unreachable", "checking", "folder-unwritable"; a
/// serial device's "port-missing", "port-lost", "port-permission", "port-error";
/// "not-configured" for the null devices; empty while Connected with nothing to say.
struct DeviceStatus
{
    DeviceState state = DeviceState::Disabled;
    QString reason;
    QString reasonKey = {};

    friend bool operator==(const DeviceStatus &, const DeviceStatus &) = default;
};

/// Stable lower-case key for a state ("disabled", "connected", ...): health reports, QML, logs.
QString stateKey(DeviceState state);

} // namespace bk
