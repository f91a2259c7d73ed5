// A snapshot applied page by page (CacheStore::beginSnapshot / applySnapshotPage /
// finishSnapshot): the "replace" holds across pages, a crash between pages leaves a usable
// cache and says where to resume, check-ins and unsent local bookings survive.

#include "store/cachestore.h"
#include "storetestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bk;
using namespace bk::storetest;

class TestStoreSnapshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    const QDateTime m_start = local(2024, 3, 5, 9, 10);
    const QDateTime m_now = local(2024, 3, 5, 9, 0);

    QString newPath() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_files)); }

    static CacheStore::SyncMemo memo(const QString &cursor)
    {
        CacheStore::SyncMemo m;
        m.cursor = cursor;
        m.hoursJson = R"({"weekly":[]})";
        m.chanceQueueLetter = u'K';
        return m;
    }

    QList<Booking> bookings(int from, int to) const
    {
        QList<Booking> out;
        for (int i = from; i < to; ++i)
            out.append(booking(i, m_start));
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pagesReplaceTheSiteButKeepLocalWork()
    {
        CacheStore store;
        QVERIFY(store.open(newPath()));
        QVERIFY(store.upsertServices(kSite, {pasService()}));
        QVERIFY(store.upsertBookings(bookings(0, 6))); // 0..5 cached from an earlier sync
        QVERIFY(store.setSyncMemo(memo(u"7"_qs)));
        // A check-in made here, not yet pushed; a booking made here, not yet pushed.
        auto in = store.checkIn(code(1), kSite, m_now);
        QVERIFY2(in && in->decision.admits(), qPrintable(store.lastError()));
        const Booking local = booking(20, m_start);
        QVERIFY(store.insertBookingLocal(local, m_now));

        // The central now has 1..3 and 7..8 (0, 4, 5 gone), in three pages.
        auto begun = store.beginSnapshot(kSite, {pasService()}, memo(u"42"_qs));
        QVERIFY2(begun, qPrintable(begun.error()));
        CacheStore::SnapshotProgress p = *begun;
        QVERIFY(p.generation > 0);
        QCOMPARE(store.syncMemo()->cursor, QString()); // no changes onto half a snapshot
        QVERIFY(store.applySnapshotPage(p, bookings(1, 3), code(2)));
        // A check-in between pages, of a booking its page has not brought yet.
        auto mid = store.checkIn(code(3), kSite, m_now);
        QVERIFY(mid && mid->decision.admits());
        QVERIFY(store.applySnapshotPage(p, bookings(3, 4), code(3)));
        QVERIFY(store.applySnapshotPage(p, bookings(7, 9), QString()));
        QCOMPARE(p.pages, 3);
        // Before the sweep the old bookings are all still there: a usable cache.
        QVERIFY(store.findBooking(code(0)));
        auto removed = store.finishSnapshot(kSite, p, 1); // one row per transaction
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(*removed, 3); // 0, 4, 5
        for (int gone : {0, 4, 5})
            QVERIFY(store.findBooking(code(gone)).isNotFound());
        for (int kept : {1, 2, 3, 7, 8})
            QVERIFY(store.findBooking(code(kept)));
        // "booked" from the central did not undo the check-ins; their tickets are queued.
        QCOMPARE(store.findBooking(code(1))->status, BookingStatus::CheckedIn);
        QCOMPARE(store.findBooking(code(3))->status, BookingStatus::CheckedIn);
        QVERIFY(store.findBooking(local.code)); // its push is still queued
        QCOMPARE(store.outboxDepth(), 3);       // the booking and the two check-ins
        QCOMPARE(store.syncMemo()->cursor, u"42"_qs);
        QVERIFY(!store.snapshotInProgress()->has_value());

        // The next snapshot removes what the central dropped since, by its newer generation.
        auto again = store.beginSnapshot(kSite, {}, memo(u"50"_qs));
        QVERIFY(again && again->generation > p.generation);
        QVERIFY(store.applySnapshotPage(*again, bookings(7, 8), QString()));
        QVERIFY(store.finishSnapshot(kSite, *again));
        QVERIFY(store.findBooking(code(7)));
        QVERIFY(store.findBooking(code(8)).isNotFound());
        QVERIFY(store.findService(kSite, kPas).isNotFound()); // services replaced too
    }

    void aPageLargerThanOneTransactionIsWrittenWhole()
    {
        CacheStore store;
        QVERIFY(store.open(newPath()));
        auto begun = store.beginSnapshot(kSite, {pasService()}, memo(u"9"_qs));
        QVERIFY(begun);
        CacheStore::SnapshotProgress p = *begun;
        const int n = 2 * CacheStore::kSnapshotRowsPerTransaction + 17; // three transactions
        QVERIFY(store.applySnapshotPage(p, bookings(0, n), code(n - 1)));
        QCOMPARE(p.pages, 1);
        QCOMPARE(p.after, code(n - 1));
        for (int i : {0, CacheStore::kSnapshotRowsPerTransaction, n - 1})
            QVERIFY(store.findBooking(code(i)));
        QCOMPARE((*store.snapshotInProgress())->after, code(n - 1));
        // The chunks before the page's last committed at synchronous NORMAL; the connection is
        // at FULL again for the check-ins after the page.
        QCOMPARE(store.pragmas()->synchronous, 2);
        QVERIFY(store.applySnapshotPage(p, {}, QString())); // an empty last page
        QCOMPARE(p.pages, 2);
        QCOMPARE(*store.finishSnapshot(kSite, p), 0);
    }

    // A page that fails in its first chunk (a booking without a code) leaves the progress
    // where it was and the connection at FULL.
    void aFailedPageLeavesTheCacheDurable()
    {
        CacheStore store;
        QVERIFY(store.open(newPath()));
        auto begun = store.beginSnapshot(kSite, {pasService()}, memo(u"9"_qs));
        QVERIFY(begun);
        CacheStore::SnapshotProgress p = *begun;
        QList<Booking> page = bookings(0, 2 * CacheStore::kSnapshotRowsPerTransaction);
        page[3].code.clear();
        const Status s = store.applySnapshotPage(p, page, code(page.size() - 1));
        QVERIFY(!s);
        QCOMPARE(s.errorKind(), StoreErrorKind::Invalid);
        QCOMPARE(p.pages, 0);
        QCOMPARE(store.pragmas()->synchronous, 2);
        QVERIFY(!store.findBooking(code(0))); // the chunk was rolled back
    }

    // The sync engine books online while a snapshot is paged (bookOnce writes the central's
    // answer): a booking whose page has passed is not swept at the end.
    void aBookingWrittenDuringTheSnapshotIsNotSwept()
    {
        CacheStore store;
        QVERIFY(store.open(newPath()));
        QVERIFY(store.upsertBookings(bookings(0, 2))); // from an earlier sync; 0 is gone since
        auto begun = store.beginSnapshot(kSite, {pasService()}, memo(u"9"_qs));
        QVERIFY(begun);
        CacheStore::SnapshotProgress p = *begun;
        QVERIFY(p.begunMs > 0);
        QVERIFY(store.applySnapshotPage(p, bookings(1, 2), code(1)));
        QTest::qWait(2); // a later millisecond than the snapshot's start
        QVERIFY(store.upsertBookings(bookings(7, 8))); // booked online, its page had passed
        QVERIFY(store.applySnapshotPage(p, {}, QString()));
        QCOMPARE(*store.finishSnapshot(kSite, p), 1);
        QVERIFY(store.findBooking(code(0)).isNotFound());
        QVERIFY(store.findBooking(code(1)));
        QVERIFY(store.findBooking(code(7)));
    }

    void crashBetweenPagesResumes()
    {
        const QString path = newPath();
        CacheStore::SnapshotProgress before;
        {
            CacheStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.upsertBookings(bookings(0, 4)));
            QVERIFY(store.setSyncMemo(memo(u"7"_qs)));
            auto begun = store.beginSnapshot(kSite, {pasService()}, memo(u"42"_qs));
            QVERIFY(begun);
            before = *begun;
            QVERIFY(store.applySnapshotPage(before, bookings(2, 4), code(3)));
            // The process dies here: nothing more is written.
        }
        CacheStore store;
        QVERIFY(store.open(path));
        auto pending = store.snapshotInProgress();
        QVERIFY(pending && pending->has_value());
        CacheStore::SnapshotProgress p = **pending;
        QCOMPARE(p.generation, before.generation);
        QCOMPARE(p.pages, 1);
        QCOMPARE(p.after, code(3));
        QCOMPARE(p.memo.cursor, u"42"_qs);
        QCOMPARE(p.memo.chanceQueueLetter, std::optional<QChar>(u'K'));
        QCOMPARE(store.syncMemo()->cursor, QString()); // the engine resumes, not pulls changes
        for (int i = 0; i < 4; ++i) // every booking as before or as the central sent it
            QVERIFY(store.findBooking(code(i)));
        QVERIFY(store.applySnapshotPage(p, bookings(4, 5), QString()));
        QCOMPARE(*store.finishSnapshot(kSite, p), 2); // 0 and 1
        QVERIFY(store.findBooking(code(1)).isNotFound());
        QVERIFY(store.findBooking(code(4)));
        QCOMPARE(store.syncMemo()->cursor, u"42"_qs);
    }

    void crashBeforeTheFirstPageTakesItAgain()
    {
        CacheStore store;
        QVERIFY(store.open(newPath()));
        QVERIFY(store.upsertBookings(bookings(0, 2)));
        QVERIFY(store.beginSnapshot(kSite, {pasService()}, memo(u"42"_qs)));
        auto pending = store.snapshotInProgress();
        QVERIFY(pending && pending->has_value());
        QCOMPARE((*pending)->pages, 0); // the engine starts from the first page again
        QVERIFY(store.findBooking(code(0)));
    }
};

QTEST_GUILESS_MAIN(TestStoreSnapshot)
#include "tst_store_snapshot.moc"
