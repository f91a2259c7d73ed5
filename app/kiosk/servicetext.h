#pragma once
// The site's texts in the citizen's language, the same on every screen and receipt: an errand's
// name, what to bring, its entry in an errand list; why a day is closed.

#include "domain/types.h"
#include "kiosk/bookingbackend.h"

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

/// Why `day` is closed, in `language`, for the day screen: a holiday's name translated into
/// every UI language (the catalogues' context "HolidayText", with the current UI language's
/// translator); a site's own exception in Danish or English as the site gave it, Danish for
/// the other languages (the site's language of record, as for errand names). Empty when no
/// reason is known.
QString closedReason(const DayAvailability &day, const QString &language);
/// True when `nameEn` (calendar.h's Holiday::nameEn) has an entry in the "HolidayText"
/// catalogue context, so that closedReason() can translate it.
bool hasHolidayText(const QString &nameEn);

} // namespace bk::ui
