#include "drivers/code128.h"

#include <algorithm>
#include <array>

namespace bk::code128 {

namespace {

// Bar/space widths of symbol values 0..106, from the ISO/IEC 15417 symbol table (also printed
// in the Wikipedia "Code 128" article); 106 is the stop pattern including its final bar.
constexpr std::array<const char *, 107> kPatterns = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312",  "132212",
    "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122",  "123221",
    "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122",  "321221",
    "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123",  "131321",
    "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331",  "132131",
    "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311",  "213131",
    "311123", "311321", "331121", "312113", "312311", "332111", "314111", "221411",  "431111",
    "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412",  "122114",
    "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",  "111242",
    "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211",  "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113",  "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
};

} // namespace

std::optional<QList<int>> symbols(QByteArrayView payload)
{
    if (payload.isEmpty() || payload.size() > kMaxPayload)
        return std::nullopt;
    QList<int> out;
    out.reserve(payload.size() + 3);
    out.append(kStartB);
    int sum = kStartB;
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const auto c = static_cast<unsigned char>(payload[i]);
        if (c < 0x20 || c > 0x7E)
            return std::nullopt;
        const int value = c - 0x20; // code set B: value = ASCII - 32
        out.append(value);
        sum += value * int(i + 1); // weights 1, 2, 3, ... ; the start symbol weighs 1
    }
    out.append(sum % 103);
    out.append(kStop);
    return out;
}

QList<int> widths(const QList<int> &symbolValues)
{
    QList<int> out;
    out.reserve(symbolValues.size() * 6 + 1);
    for (int s : symbolValues) {
        if (s < 0 || s >= int(kPatterns.size()))
            continue;
        for (const char *p = kPatterns[size_t(s)]; *p; ++p)
            out.append(*p - '0');
    }
    return out;
}

std::optional<QList<int>> encode(QByteArrayView payload)
{
    const auto values = symbols(payload);
    if (!values)
        return std::nullopt;
    return widths(*values);
}

int totalModules(QByteArrayView payload)
{
    const auto bars = encode(payload);
    if (!bars)
        return 0;
    int modules = 2 * kQuietZone;
    for (int w : *bars)
        modules += w;
    return modules;
}

int moduleDots(QByteArrayView payload, int widthDots)
{
    const int modules = totalModules(payload);
    if (modules == 0)
        return 0;
    const int fit = std::min(kPreferredModuleDots, widthDots / modules);
    return fit >= kMinModuleDots ? fit : 0;
}

} // namespace bk::code128
