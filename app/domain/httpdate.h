#pragma once
// The HTTP Date header (RFC 9110 5.6.7, IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"). The
// central stamps every answer with its clock; the kiosk reads it to notice a wrong clock of its
// own. Qt 6.4's RFC 2822 parser does not take "GMT", hence these two functions.

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace bk {

/// `t` as IMF-fixdate, in English whatever the locale; empty for an invalid `t`.
QString formatHttpDate(const QDateTime &t);

/// An IMF-fixdate as UTC; invalid for anything else (the obsolete RFC 850 and asctime forms
/// are not sent by our central and are not read).
QDateTime parseHttpDate(QStringView text);

} // namespace bk
