// The sync engine's memo in the cache (CacheStore::syncMemo / setSyncMemo): empty before the
// first sync, every value read back after a reopen, the meta keys caches written before the
// typed API hold (unusable values read as none), and a cache that cannot be read is an error,
// never an empty memo.

#include "store/cachestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bk;

class TestStoreSyncMemo : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void emptyBeforeTheFirstSync()
    {
        CacheStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        const auto memo = store.syncMemo();
        QVERIFY2(memo, qPrintable(memo.error()));
        QVERIFY(memo->cursor.isEmpty());
        QVERIFY(memo->hoursJson.isEmpty());
        QVERIFY(!memo->chanceQueueLetter.has_value());
        QVERIFY(!memo->lastCentralTime.isValid());
    }

    void keptAcrossAReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.sqlite"));
        CacheStore::SyncMemo written;
        written.cursor = QStringLiteral("c-42");
        written.hoursJson = QByteArrayLiteral(R"({"weekly":[null,null,null,null,null,null,null]})");
        written.chanceQueueLetter = u'Q';
        written.publicBaseUrl = QStringLiteral("https://koe.example.dk");
        written.lastCentralTime = QDateTime(QDate(2026, 3, 2), QTime(8, 0, 1, 250), Qt::UTC);
        {
            CacheStore store;
            QVERIFY(store.open(path));
            const Status s = store.setSyncMemo(written);
            QVERIFY2(s, qPrintable(s.error()));
        }
        CacheStore store;
        QVERIFY(store.open(path));
        auto memo = store.syncMemo();
        QVERIFY2(memo, qPrintable(memo.error()));
        QCOMPARE(memo->cursor, written.cursor);
        QCOMPARE(memo->hoursJson, written.hoursJson);
        QCOMPARE(memo->chanceQueueLetter, written.chanceQueueLetter);
        QCOMPARE(memo->publicBaseUrl, written.publicBaseUrl);
        QCOMPARE(memo->lastCentralTime, written.lastCentralTime);
        QCOMPARE(memo->lastCentralTime.timeSpec(), Qt::UTC);

        // Cleared values read as none again (a cursor expired at the central).
        QVERIFY(store.setSyncMemo({}));
        memo = store.syncMemo();
        QVERIFY(memo);
        QVERIFY(memo->cursor.isEmpty());
        QVERIFY(!memo->chanceQueueLetter.has_value());
        QVERIFY(memo->publicBaseUrl.isEmpty());
        QVERIFY(!memo->lastCentralTime.isValid());
    }

    void readsTheKeysOfEarlierCaches()
    {
        // A kiosk updated in place keeps what its last sync wrote under these meta keys.
        CacheStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("earlier.sqlite"))));
        const QList<std::pair<QString, QString>> earlier{
            {QStringLiteral("sync.cursor"), QStringLiteral("c-7")},
            {QStringLiteral("sync.hours"), QStringLiteral(R"({"weekly":[]})")},
            {QStringLiteral("sync.chanceQueueLetter"), QStringLiteral("K")},
            {QStringLiteral("sync.lastCentralTime"),
             QStringLiteral("2026-03-02T09:00:00.000+01:00")}};
        for (const auto &[key, value] : earlier)
            QVERIFY(store.setMeta(key, value));
        auto memo = store.syncMemo();
        QVERIFY2(memo, qPrintable(memo.error()));
        QCOMPARE(memo->cursor, QStringLiteral("c-7"));
        QCOMPARE(memo->hoursJson, QByteArrayLiteral(R"({"weekly":[]})"));
        QCOMPARE(memo->chanceQueueLetter, std::optional<QChar>(u'K'));
        QCOMPARE(memo->lastCentralTime, QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));

        // A letter that is no letter, a time that is no time: none, not made-up values.
        QVERIFY(store.setMeta(QStringLiteral("sync.chanceQueueLetter"), QStringLiteral("7")));
        QVERIFY(store.setMeta(QStringLiteral("sync.lastCentralTime"), QStringLiteral("yesterday")));
        memo = store.syncMemo();
        QVERIFY(memo);
        QVERIFY(!memo->chanceQueueLetter.has_value());
        QVERIFY(!memo->lastCentralTime.isValid());
    }

    void anUnreadableCacheIsAnErrorNotAnEmptyMemo()
    {
        CacheStore closed;
        auto memo = closed.syncMemo();
        QVERIFY(!memo);
        QCOMPARE(memo.errorKind(), StoreErrorKind::Database);
        QVERIFY(!closed.setSyncMemo({}));

        const QString path = m_dir.filePath(QStringLiteral("nometa.sqlite"));
        CacheStore store;
        QVERIFY(store.open(path));
        sqlite3 *db = nullptr; // a technician's mistake, from outside
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TABLE meta", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        memo = store.syncMemo();
        QVERIFY(!memo);
        QCOMPARE(memo.errorKind(), StoreErrorKind::Database);
        QVERIFY2(memo.error().contains(QStringLiteral("meta")), qPrintable(memo.error()));
        const Status written = store.setSyncMemo({});
        QVERIFY(!written);
        QCOMPARE(written.errorKind(), StoreErrorKind::Database);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStoreSyncMemo)
#include "tst_store_syncmemo.moc"
