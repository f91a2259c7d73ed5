#pragma once
// Test data for the cache tests (unit, crash, bench): valid booking codes, a service, times.

#include "domain/bookingcode.h"
#include "domain/clock.h"
#include "domain/types.h"

#include <QDateTime>
#include <QString>

#include <string>

namespace bk::storetest {

inline const SiteId kSite = QStringLiteral("site-aarhus");
inline const ServiceId kPas = QStringLiteral("pas");

/// The i-th of 31^7 distinct valid booking codes; a multiplier coprime to 31^7 scatters
/// neighbouring i over the code space so that lookups do not walk the index in order.
inline QString code(qint64 i)
{
    constexpr qint64 space = 27512614111LL; // 31^7
    qint64 v = (i * 1000003LL + 12345) % space;
    std::string data(7, '0');
    for (int p = 6; p >= 0; --p) {
        data[std::size_t(p)] = bookingcode::kAlphabet[std::size_t(v % 31)];
        v /= 31;
    }
    return QString::fromStdString(data + bookingcode::checkSymbol(data));
}

/// A local (Europe/Copenhagen) time on a date, in UTC.
inline QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), siteTimeZone()).toUTC();
}

/// Passport errand, queue B, the default check-in window (30 min before .. 15 min after).
inline Service pasService()
{
    Service s;
    s.id = kPas;
    s.names = {{QStringLiteral("da"), QStringLiteral("Pas")},
               {QStringLiteral("en"), QStringLiteral("Passport")}};
    s.bring = {{QStringLiteral("da"), {QStringLiteral("Gammelt pas"), QStringLiteral("Foto")}}};
    s.queueLetter = u'B';
    s.durationMinutes = 15;
    return s;
}

/// A booked appointment at kSite for the pas errand.
inline Booking booking(qint64 i, const QDateTime &startUtc)
{
    Booking b;
    b.code = code(i);
    b.siteId = kSite;
    b.serviceId = kPas;
    b.start = startUtc;
    b.phone = QStringLiteral("+45 12 34 56 %1").arg(i % 100, 2, 10, QChar(u'0'));
    b.name = QStringLiteral("Borger %1").arg(i);
    return b;
}

} // namespace bk::storetest
