#pragma once
// An errand's texts in the citizen's language, the same on every screen and receipt: its name,
// what to bring, its entry in an errand list.

#include "domain/types.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace bk::ui {

/// The errand's name in `language` ("da", "en", ...), the Danish name when it has none in that
/// language; empty for no errand (a default Service, empty id).
QString serviceName(const Service &service, const QString &language);
/// What to bring in `language`, the Danish list when the errand has none in that language (an
/// empty list given for the language stays empty: nothing to bring).
QStringList bringList(const Service &service, const QString &language);
/// The errand as one entry of an errand list on screen: {id, name}, the name in `language`.
QVariantMap errandEntry(const Service &service, const QString &language);

} // namespace bk::ui
