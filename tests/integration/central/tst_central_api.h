#pragma once
// The central's API over TLS on loopback: one fixture (server + store) per test function,
// every reply checked against openapi.json; the last test checks all documented responses
// were exercised.

#include "centralfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QtTest>

namespace bk::testing {

/// Compact JSON of an object, as a request body.
inline QByteArray body(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// A wire date-time.
inline QString wire(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace bk::testing

#define START_OR_FAIL(f, ...)                                                                      \
    do {                                                                                           \
        const QString startError = (f).start(__VA_ARGS__);                                         \
        QVERIFY2(startError.isEmpty(), qPrintable(startError));                                    \
    } while (false)

#define VERIFY_SPEC(f)                                                                             \
    QVERIFY2((f).violations().isEmpty(), qPrintable((f).violations().join(u'\n')))

class TestCentralApi : public QObject
{
    Q_OBJECT
private slots:
    void health();
    void enrolOnceOnly();
    void wrongTokenIs401();
    void snapshotChangesAndTombstones();
    void snapshotInPages();
    void expiredCursorIs410();
    void bookingHoldsCapacity();
    void outboxAppliesEachOpOnce();
    void outboxRejectsWithoutEffect();
    void numberBlocksNeverOverlap();
    void callNextOrderAndLiveCallouts();
    void liveRefusals();
    void queuePlaceByTicketToken();
    void heartbeatAndKiosks();
    void heartbeatFieldsValidated();
    void fleetShowsDevicesAlertsAndSilence();
    void staffEndpointsNeedAnAdminToken();
    void staffAccountsNeedAnAdminToken();
    void lobbyByDisplayLink();
    void staffPagesMatchTheSpec();
    void counterDisplaysAndPublicPagesMatchTheSpec();
    void garbageAndOversized();
    void tlsPinsTheCa();
    void plainHttpOnlyWithDevFlag();
    void publicBaseUrlSentToKiosks();
    void closedDatabaseIs500Not401();
    void unreadableSiteIs500Not404();
    void unreadableBookingIs500NotARejection();
    void statisticsForManagers();
    void statisticsRollUpFollowsLateEvents();
    void standerEventsReachTheStatistics();
    void retentionKeepsEventsAndFigures();
    void staffBookingsCountAsStaff();
    void everyDocumentedResponseExercised();
};
