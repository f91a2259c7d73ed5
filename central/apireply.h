#pragma once
// The API's JSON answers and refusals, shared by the kiosk API (api.cpp) and the staff
// accounts' API (api_staff.cpp).

#include "central/apitypes.h"
#include "central/outcome.h"
#include "central/wirejson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace bk::central::reply {

/// A JSON answer: `status` and the object, compact.
inline ApiResponse json(int status, const QJsonObject &o)
{
    return ApiResponse{status, compact(o), std::nullopt, {}};
}

/// The answer to a refused request: its status and its Error body.
inline ApiResponse refuse(const Refusal &r)
{
    return json(r.status, r.body());
}

/// A refusal with `status`, the Error's stable `key` and a `detail` naming what was wrong.
inline ApiResponse error(int status, const char *key, const QString &detail)
{
    return refuse(Refusal{status, QString::fromLatin1(key), detail, {}});
}

} // namespace bk::central::reply
