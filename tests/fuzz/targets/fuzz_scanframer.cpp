// libFuzzer target: ScanFramer and DuplicateFilter on arbitrary byte streams, split and timed
// by the input. Invariants: no scan longer than the cap, no CR/LF inside a scan, no empty
// scan, and, when no pause reaches the silence, any split gives the same scans as one feed.
// Built by tests/fuzz/targets/CMakeLists.txt (label fuzz).

#include "protocol/scanframer.h"

#include <cstddef>
#include <cstdint>

using bk::scanner::DuplicateFilter;
using bk::scanner::Scan;
using bk::scanner::ScanFramer;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

void checkScans(const QList<Scan> &scans, qsizetype cap)
{
    for (const Scan &s : scans) {
        check(!s.bytes.isEmpty());
        check(s.bytes.size() <= cap);
        check(!s.bytes.contains('\r') && !s.bytes.contains('\n'));
        check(!s.overflow || s.bytes.size() == cap);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype cap = 1 + data[0] % 64; // small caps reach the overflow path often
    const bool quick = data[1] & 1;         // all pauses below the silence
    const qint64 silence = 80;
    QByteArrayView rest(reinterpret_cast<const char *>(data) + 2, qsizetype(size) - 2);

    ScanFramer framer(cap, silence);
    DuplicateFilter duplicates(2000);
    QList<Scan> split;
    QByteArray stream;
    qint64 now = 0;
    while (!rest.isEmpty()) {
        // One control byte per chunk: low 4 bits = chunk length - 1, high 4 bits = pause.
        const auto control = quint8(rest.front());
        rest = rest.sliced(1);
        const qsizetype n = std::min<qsizetype>(rest.size(), 1 + (control & 0x0F));
        now += quick ? (control >> 4) * 5 : (control >> 4) * 20; // quick: at most 75 ms
        if (!quick && (control >> 4) == 0x0F)
            checkScans(framer.flush(now), cap);
        const QList<Scan> got = framer.feed(rest.first(n), now);
        checkScans(got, cap);
        for (const Scan &s : got)
            duplicates.accept(s.bytes, now);
        split += got;
        stream += rest.first(n).toByteArray();
        rest = rest.sliced(n);
    }
    const QList<Scan> last = framer.flush(now + silence);
    checkScans(last, cap);
    split += last;
    check(!framer.deadline());

    if (quick) {
        ScanFramer whole(cap, silence);
        QList<Scan> once = whole.feed(stream, 0);
        once += whole.flush(silence);
        check(once == split);
    }
    return 0;
}
