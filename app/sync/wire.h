#pragma once
// The kiosk's reading of the central's JSON (central/openapi.json): snapshot, changes, booking
// answers and number blocks turned into domain types. Every reader is strict: a missing or
// mistyped field makes the whole answer unusable, with a message naming the field, so a
// broken central is noticed instead of half-applied.

#include "domain/ticketnumber.h"
#include "domain/types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace bk::sync {

/// A parsed value or the message naming what was wrong.
template <typename T> using Parsed = std::variant<T, QString>;

/// GET /v1/sites/{site}/snapshot.
struct Snapshot
{
    QString cursor;
    QChar chanceQueueLetter = u'K';
    QList<Service> services;
    QList<Booking> bookings;
    QByteArray hoursJson; ///< kept as the central sent it (compact JSON)
    /// The central's public address for the queue page ("https://host[:port]"); empty when it
    /// sent none (an older central, or none configured).
    QString publicBaseUrl;
    /// Asked with a limit: the code to ask the next page after; empty = this was the last.
    QString next;
};

/// GET /v1/sites/{site}/snapshot/bookings: one further page of a paged snapshot.
struct SnapshotBookings
{
    QList<Booking> bookings;
    QString next; ///< as in Snapshot
};

/// One entry of GET /v1/sites/{site}/changes.
struct Change
{
    enum class Entity { Booking, Service, Hours };
    Entity entity = Entity::Booking;
    bool deleted = false;
    QString key;
    std::optional<Booking> booking;
    std::optional<Service> service;
    QByteArray hoursJson;
    std::optional<QChar> chanceQueueLetter; ///< with Hours: the site's letter, when sent
};

/// A page of changes.
struct ChangePage
{
    QString cursor;
    bool more = false;
    QList<Change> changes;
    QString publicBaseUrl; ///< as in Snapshot: sent with every page; empty = none
};

/// One operation's recorded answer from POST /v1/outbox.
struct OpResult
{
    QString opId;
    QByteArray answer; ///< the OpAnswer object, compact JSON, stored verbatim
    bool applied = false;
    QString error; ///< the rejection key ("ticket-number-taken", ...), empty when applied
};

Parsed<Snapshot> parseSnapshot(const QByteArray &body);
Parsed<SnapshotBookings> parseSnapshotBookings(const QByteArray &body);
Parsed<ChangePage> parseChanges(const QByteArray &body);
Parsed<QList<OpResult>> parseOutboxResults(const QByteArray &body);
Parsed<NumberBlock> parseNumberBlock(const QByteArray &body);

/// The wire form of a moment: RFC 3339 UTC, seconds precision.
QString toWire(const QDateTime &utc);
/// A date-time with Z or an offset; invalid QDateTime otherwise.
QDateTime dateTimeFromWire(const QString &s);

/// The error key of an error body ({"error": "...", "detail": "..."}), or empty.
QString errorKey(const QByteArray &body);

} // namespace bk::sync
