// The victim of tst_store_crash: issues check-ins and chance tickets as fast as it can until
// it is killed, and reports each one only after its transaction has committed.
//   store_crash_child <db path> <first booking index> <booking count> <now, ISO 8601 UTC>

#include "store/cachestore.h"
#include "storetestdata.h"

#include <QDateTime>
#include <QString>

#include <cstdio>

using namespace bk;
using namespace bk::storetest;

namespace {

void report(const char *kind, const IssuedTicket &t)
{
    // One write plus a flush per line: a line in the pipe means the commit had returned.
    std::printf("COMMITTED %s %s %s %s\n", kind, qPrintable(t.opId), qPrintable(t.ticket.label()),
                qPrintable(t.ticket.businessDay.toString(Qt::ISODate)));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: store_crash_child DB FIRST COUNT NOW\n");
        return 64;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    qint64 next = QByteArray(argv[2]).toLongLong();
    const qint64 count = QByteArray(argv[3]).toLongLong();
    const QDateTime now = QDateTime::fromString(QString::fromLatin1(argv[4]), Qt::ISODate);

    CacheStore store;
    CacheStore::Options options;
    options.blockSize = 10; // small blocks: a kill often lands while a block is allocated
    if (Status s = store.open(path, options); !s) {
        std::fprintf(stderr, "ERROR open: %s\n", qPrintable(s.error()));
        return 2;
    }
    for (quint64 round = 0;; ++round) {
        if (round % 2 == 0 && next < count) {
            const Result<CheckInResult> r = store.checkIn(code(next++), kSite, now);
            if (!r) {
                std::fprintf(stderr, "ERROR checkin: %s\n", qPrintable(r.error()));
                return 3;
            }
            if (r->issued)
                report("checkin", *r->issued);
        } else {
            const Result<IssuedTicket> t = store.issueChanceTicket(kSite, kPas, u'K', now);
            if (!t) {
                std::fprintf(stderr, "ERROR ticket: %s\n", qPrintable(t.error()));
                return 4;
            }
            report("ticket", *t);
        }
    }
}
