#pragma once
// The pieces every staff page is built of (staffpages.cpp), shared with the pages of
// preparing the day (staffpages_prepare.cpp). Private to the central.

#include "central/staffpages.h"

namespace bk::central::pages::parts {

/// HTML-escaped text.
QString esc(const QString &s);
/// A UTC time as the site's local "HH:mm".
QString hhmm(const QDateTime &utc);
/// A role as staff read it.
QString roleName(Lang l, const QString &role);
/// An errand's name in `l` (Danish when missing), or its id when unknown.
QString serviceName(Lang l, const QList<Service> &services, const QString &id);
/// The hidden form field with the session's CSRF token.
QString csrfField(const StaffSession &s);
/// One action button in its own form: a POST to /staff/counter/<action> with the CSRF token.
QString actionForm(const StaffSession &s, const QString &action, const QString &label,
                   const QString &cls, const QString &extra = {});
/// A whole HTML document around `body`.
QByteArray page(Lang l, const QString &title, const QString &body, const QString &bodyAttrs = {});
/// The link to the other language.
QString languageLink(Lang l);
/// The top bar: where, who (role), the role's pages, language, log out.
QString header(Lang l, const StaffSession &s, const QString &where);

} // namespace bk::central::pages::parts
