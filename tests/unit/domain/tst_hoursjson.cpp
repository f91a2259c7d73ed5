// Opening hours in the central's wire form (openapi.json, Hours): what the central writes reads
// back the same, and every kind of bad input is refused with a message naming the field.

#include "domain/hoursjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

// Early Mondays, a late Wednesday, a Saturday morning, closed Sundays; a staff day and an
// extra Sunday.
bk::OpeningHours sample()
{
    bk::OpeningHours h;
    h.weekly[0] = bk::TimeRange{QTime(8, 0), QTime(14, 0)};
    h.weekly[1] = bk::TimeRange{QTime(10, 0), QTime(15, 0)};
    h.weekly[2] = bk::TimeRange{QTime(10, 0), QTime(18, 45)};
    h.weekly[3] = h.weekly[1];
    h.weekly[4] = bk::TimeRange{QTime(9, 0), QTime(12, 30)};
    h.weekly[5] = bk::TimeRange{QTime(9, 30), QTime(12, 0)};
    h.exceptions = {
        {QDate(2026, 11, 25), std::nullopt, QStringLiteral("Personaledag"),
         QStringLiteral("Staff day")},
        {QDate(2026, 11, 29), bk::TimeRange{QTime(9, 30), QTime(12, 0)},
         QStringLiteral("Ekstra søndag"), QStringLiteral("Extra Sunday")},
    };
    h.closeOnCustomaryDays = false;
    return h;
}

QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHoursJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const bk::OpeningHours h = sample();
        const QByteArray json = text(bk::openingHoursToJson(h));
        QVERIFY(json.contains(R"("weekly":[{"close":"14:00","open":"08:00"})"));
        QVERIFY(json.contains(R"({"close":"12:00","open":"09:30"},null])"));
        bk::HoursParse parsed = bk::parseOpeningHours(json);
        const QString *error = std::get_if<QString>(&parsed);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        const bk::OpeningHours &back = std::get<bk::OpeningHours>(parsed);
        for (std::size_t i = 0; i < 7; ++i) {
            QCOMPARE(back.weekly[i].has_value(), h.weekly[i].has_value());
            if (h.weekly[i]) {
                QCOMPARE(back.weekly[i]->open, h.weekly[i]->open);
                QCOMPARE(back.weekly[i]->close, h.weekly[i]->close);
            }
        }
        QCOMPARE(back.exceptions.size(), 2);
        QCOMPARE(back.exceptions[0].date, QDate(2026, 11, 25));
        QVERIFY(!back.exceptions[0].hours.has_value());
        QCOMPARE(back.exceptions[1].hours->open, QTime(9, 30));
        QCOMPARE(back.exceptions[1].reasonDa, QStringLiteral("Ekstra søndag"));
        QCOMPARE(back.exceptions[1].reasonEn, QStringLiteral("Extra Sunday"));
        QVERIFY(back.closeOnPublicHolidays);
        QVERIFY(!back.closeOnCustomaryDays);
        // What the parsed hours say about days is what the original says.
        for (QDate d(2026, 11, 23); d <= QDate(2026, 12, 31); d = d.addDays(1))
            QCOMPARE(bk::dayStatus(back, d).open, bk::dayStatus(h, d).open);
    }

    void centralsOwnText()
    {
        // As central/ writes it for the demo site (indented here, which is just as good).
        const QByteArray json = R"({
            "weekly": [{"open": "10:00", "close": "15:00"}, {"open": "10:00", "close": "15:00"},
                       {"open": "10:00", "close": "15:00"}, {"open": "10:00", "close": "17:30"},
                       {"open": "10:00", "close": "13:00"}, null, null],
            "exceptions": [],
            "closeOnPublicHolidays": true,
            "closeOnCustomaryDays": true
        })";
        bk::HoursParse parsed = bk::parseOpeningHours(json);
        QVERIFY(std::holds_alternative<bk::OpeningHours>(parsed));
        const bk::OpeningHours &h = std::get<bk::OpeningHours>(parsed);
        QCOMPARE(h.weekly[3]->close, QTime(17, 30));
        QVERIFY(!bk::dayStatus(h, QDate(2026, 11, 28)).open); // Saturday
        QVERIFY(!bk::dayStatus(h, QDate(2026, 12, 24)).open); // juleaftensdag
        QCOMPARE(bk::dayStatus(h, QDate(2026, 12, 25)).reasonDa, QStringLiteral("Juledag"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // the start of the message

        const QByteArray good = text(bk::openingHoursToJson(sample()));
        const auto with = [&good](const char *key, const QJsonValue &v) {
            QJsonObject o = QJsonDocument::fromJson(good).object();
            if (v.isUndefined())
                o.remove(QLatin1String(key));
            else
                o.insert(QLatin1String(key), v);
            return text(o);
        };
        const QJsonObject range{{QStringLiteral("open"), QStringLiteral("10:00")},
                                {QStringLiteral("close"), QStringLiteral("15:00")}};
        const auto week = [&range](const QJsonValue &monday) {
            QJsonArray a{monday};
            for (int i = 1; i < 7; ++i)
                a.append(range);
            return a;
        };
        const auto exception = [](const char *key, const QJsonValue &v) {
            QJsonObject e{{QStringLiteral("date"), QStringLiteral("2026-11-25")},
                          {QStringLiteral("hours"), QJsonValue::Null},
                          {QStringLiteral("reasonDa"), QStringLiteral("Personaledag")},
                          {QStringLiteral("reasonEn"), QStringLiteral("Staff day")}};
            if (v.isUndefined())
                e.remove(QLatin1String(key));
            else
                e.insert(QLatin1String(key), v);
            return QJsonArray{e};
        };

        QTest::newRow("empty") << QByteArray() << u"hours: not JSON"_qs;
        QTest::newRow("garbage") << QByteArray("\x01\xff{") << u"hours: not JSON"_qs;
        QTest::newRow("truncated") << good.left(good.size() / 2) << u"hours: not JSON"_qs;
        QTest::newRow("array") << QByteArray("[]") << u"hours: not a JSON object"_qs;
        QTest::newRow("too large")
            << QByteArray(bk::kMaxHoursJsonBytes + 1, ' ') << u"hours: the text is larger"_qs;
        QTest::newRow("no weekly")
            << with("weekly", QJsonValue::Undefined) << u"hours.weekly: is missing"_qs;
        QTest::newRow("weekly not a list")
            << with("weekly", QStringLiteral("mon-fri")) << u"hours.weekly: is not a list"_qs;
        QTest::newRow("six days") << with("weekly",
                                          QJsonArray{range, range, range, range, range, range})
                                  << u"hours.weekly: is not a list of 7"_qs;
        QTest::newRow("day a number")
            << with("weekly", week(3)) << u"hours.weekly[0]: is neither null"_qs;
        QTest::newRow("no close") << with("weekly", week(QJsonObject{{u"open"_qs, u"10:00"_qs}}))
                                  << u"hours.weekly[0].close: is missing"_qs;
        QTest::newRow("time without zero")
            << with("weekly",
                    week(QJsonObject{{u"open"_qs, u"9:00"_qs}, {u"close"_qs, u"15:00"_qs}}))
            << u"hours.weekly[0].open: is not a time HH:MM"_qs;
        QTest::newRow("hour 25") << with("weekly", week(QJsonObject{{u"open"_qs, u"25:00"_qs},
                                                                    {u"close"_qs, u"26:00"_qs}}))
                                 << u"hours.weekly[0].open: is not a time HH:MM"_qs;
        QTest::newRow("time a number")
            << with("weekly", week(QJsonObject{{u"open"_qs, 10}, {u"close"_qs, 15}}))
            << u"hours.weekly[0].open: is not a time HH:MM"_qs;
        QTest::newRow("no exceptions")
            << with("exceptions", QJsonValue::Undefined) << u"hours.exceptions: is missing"_qs;
        QTest::newRow("exceptions an object")
            << with("exceptions", QJsonObject{}) << u"hours.exceptions: is not a list"_qs;
        QTest::newRow("exception a string") << with("exceptions", QJsonArray{u"2026-11-25"_qs})
                                            << u"hours.exceptions[0]: is not an object"_qs;
        QTest::newRow("exception bad date")
            << with("exceptions", exception("date", u"2026-02-30"_qs))
            << u"hours.exceptions[0].date: is not a date"_qs;
        QTest::newRow("exception danish date")
            << with("exceptions", exception("date", u"25-11-2026"_qs))
            << u"hours.exceptions[0].date: is not a date"_qs;
        QTest::newRow("exception no hours")
            << with("exceptions", exception("hours", QJsonValue::Undefined))
            << u"hours.exceptions[0].hours: is missing"_qs;
        QTest::newRow("exception hours a string")
            << with("exceptions", exception("hours", u"closed"_qs))
            << u"hours.exceptions[0].hours: is neither null"_qs;
        QTest::newRow("exception no reason")
            << with("exceptions", exception("reasonEn", QJsonValue::Undefined))
            << u"hours.exceptions[0].reasonEn: is missing"_qs;
        QTest::newRow("exception long reason")
            << with("exceptions",
                    exception("reasonDa", QString(bk::kMaxHoursReasonLength + 1, u'x')))
            << u"hours.exceptions[0].reasonDa: is too long"_qs;
        QJsonArray many;
        for (qsizetype i = 0; i <= bk::kMaxHoursExceptions; ++i)
            many.append(exception("date", u"2026-11-25"_qs)[0]);
        QTest::newRow("too many exceptions")
            << with("exceptions", many) << u"hours.exceptions: has too many entries"_qs;
        QTest::newRow("holiday flag a string")
            << with("closeOnPublicHolidays", u"yes"_qs)
            << u"hours.closeOnPublicHolidays: is not true or false"_qs;
        QTest::newRow("no customary flag") << with("closeOnCustomaryDays", QJsonValue::Undefined)
                                           << u"hours.closeOnCustomaryDays: is missing"_qs;
    }

    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const bk::HoursParse parsed = bk::parseOpeningHours(json);
        QVERIFY(std::holds_alternative<QString>(parsed));
        const QString message = std::get<QString>(parsed);
        QVERIFY2(message.startsWith(error), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestHoursJson)
#include "tst_hoursjson.moc"
