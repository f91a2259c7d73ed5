#include "platform/sqlrows.h"

#include "platform/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bk::sql {

Booking readBooking(const Statement &st, int first)
{
    Booking b;
    b.code = st.text(first);
    b.siteId = st.text(first + 1);
    b.serviceId = st.text(first + 2);
    b.start = fromMs(st.int64(first + 3));
    b.status = bookingStatusFromColumn(st.text(first + 4));
    b.checkedInAt = optionalTime(st, first + 5);
    b.phone = st.text(first + 6);
    b.name = st.text(first + 7);
    return b;
}

BookingStatus bookingStatusFromColumn(QStringView text)
{
    if (text == u"checked_in" || text == u"checked-in")
        return BookingStatus::CheckedIn;
    if (text == u"cancelled")
        return BookingStatus::Cancelled;
    if (text == u"settled_by_phone")
        return BookingStatus::SettledByPhone;
    if (text == u"moved_to_self_service")
        return BookingStatus::MovedToSelfService;
    return BookingStatus::Booked;
}

QJsonObject namesToJson(const QHash<QString, QString> &names)
{
    QJsonObject o;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QHash<QString, QString> namesFromJson(const QJsonObject &o)
{
    QHash<QString, QString> names;
    for (auto it = o.begin(); it != o.end(); ++it)
        names.insert(it.key(), it.value().toString());
    return names;
}

QJsonObject bringToJson(const QHash<QString, QStringList> &bring)
{
    QJsonObject o;
    for (auto it = bring.cbegin(); it != bring.cend(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return o;
}

QHash<QString, QStringList> bringFromJson(const QJsonObject &o)
{
    QHash<QString, QStringList> bring;
    for (auto it = o.begin(); it != o.end(); ++it) {
        QStringList items;
        for (const QJsonValue &v : it.value().toArray())
            items.append(v.toString());
        bring.insert(it.key(), items);
    }
    return bring;
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject jsonObjectColumn(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace bk::sql
