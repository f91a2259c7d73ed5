#include "drivers/devicestatus.h"

namespace bk {

QString stateKey(DeviceState state)
{
    switch (state) {
    case DeviceState::Disabled:
        return QStringLiteral("disabled");
    case DeviceState::Connected:
        return QStringLiteral("connected");
    case DeviceState::Reconnecting:
        return QStringLiteral("reconnecting");
    case DeviceState::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

} // namespace bk
