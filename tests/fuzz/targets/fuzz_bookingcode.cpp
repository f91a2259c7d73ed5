// Fuzzes booking-code normalisation with arbitrary text, and the check rule with codes built
// from the input: every valid code survives printing and re-typing, and every single
// substitution or adjacent transposition of a valid code is refused.

#include "domain/bookingcode.h"
#include "fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace code = bk::bookingcode;

namespace {

void checkNormalise(std::string_view typed)
{
    const code::Normalised n = code::normalise(typed);
    BK_FUZZ_CHECK(n.ok() == !n.error.has_value());
    if (n.ok()) {
        BK_FUZZ_CHECK(code::isValid(n.code));
        const code::Normalised again = code::normalise(code::grouped(n.code));
        BK_FUZZ_CHECK(again.ok() && again.code == n.code);
    } else if (*n.error == code::CodeError::BadCheck) {
        BK_FUZZ_CHECK(n.code.size() == code::kLength && !code::isValid(n.code));
    } else {
        BK_FUZZ_CHECK(n.code.empty());
    }
}

// Every single-symbol change and adjacent swap of a valid code must be refused.
void checkErrorsAreCaught(const std::string &valid)
{
    BK_FUZZ_CHECK(code::isValid(valid));
    for (std::size_t pos = 0; pos < code::kLength; ++pos) {
        for (char s : code::kAlphabet) {
            if (s == valid[pos])
                continue;
            std::string bad = valid;
            bad[pos] = s;
            BK_FUZZ_CHECK(!code::isValid(bad));
        }
        if (pos + 1 < code::kLength && valid[pos] != valid[pos + 1]) {
            std::string swapped = valid;
            std::swap(swapped[pos], swapped[pos + 1]);
            BK_FUZZ_CHECK(!code::isValid(swapped));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    checkNormalise(text);

    // The first seven bytes pick data symbols for a code built by the rule.
    if (size >= code::kDataLength) {
        std::string valid;
        for (std::size_t i = 0; i < code::kDataLength; ++i)
            valid.push_back(code::kAlphabet[data[i] % code::kAlphabet.size()]);
        valid.push_back(code::checkSymbol(valid));
        checkErrorsAreCaught(valid);
        checkNormalise(code::grouped(valid));
    }

    // The input as the random source of generate(): whatever it returns, the code is valid.
    // Once the input is used up the source returns 0, so generation always ends.
    std::size_t next = 0;
    const std::string generated = code::generate([&]() -> std::uint32_t {
        std::uint32_t v = 0;
        for (int b = 0; b < 4; ++b)
            v = (v << 8) | (next < size ? data[next++] : 0u);
        return v;
    });
    checkErrorsAreCaught(generated);
    return 0;
}
