// Fuzzes parseScan() with arbitrary bytes, as a serial reader or keyboard wedge could deliver
// them: no crash, no undefined behaviour, and a result that keeps its promises.

#include "domain/bookingcode.h"
#include "domain/scanpayload.h"
#include "fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    namespace code = bk::bookingcode;
    const std::string_view raw(reinterpret_cast<const char *>(data), size);
    const bk::ScanResult r = bk::parseScan(raw);

    BK_FUZZ_CHECK(r.ok() == !r.rejection.has_value());
    if (r.ok()) {
        BK_FUZZ_CHECK(size <= bk::kMaxScanBytes);
        BK_FUZZ_CHECK(r.code.size() == code::kLength);
        for (char c : r.code)
            BK_FUZZ_CHECK(code::kAlphabet.find(c) != std::string_view::npos);
        BK_FUZZ_CHECK(code::isValid(r.code));
        // The canonical code is itself an accepted scan of the same code.
        const bk::ScanResult again = bk::parseScan(r.code);
        BK_FUZZ_CHECK(again.ok() && again.code == r.code);
        // Behind an ECI header and between invisible code points it is the same code.
        const bk::ScanResult framed =
            bk::parseScan("]Q2\\000026\xef\xbb\xbf" + code::grouped(r.code) + "\xe2\x80\x8b");
        BK_FUZZ_CHECK(framed.ok() && framed.code == r.code);
    } else {
        BK_FUZZ_CHECK(r.code.empty());
        BK_FUZZ_CHECK(!bk::rejectionKey(*r.rejection).empty());
        if (size > bk::kMaxScanBytes)
            BK_FUZZ_CHECK(*r.rejection == bk::ScanRejection::TooLong);
    }
    return 0;
}
