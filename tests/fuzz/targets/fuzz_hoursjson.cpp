// Fuzzes parseOpeningHours() with arbitrary bytes, as the cache could hold them from a broken
// or hostile central: no crash, no undefined behaviour, and hours that keep the promises the
// booking backend relies on (seven days; what is written reads back the same).

#include "domain/hoursjson.h"
#include "fuzz_check.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const bk::HoursParse parsed = bk::parseOpeningHours(raw);
    if (const auto *error = std::get_if<QString>(&parsed)) {
        BK_FUZZ_CHECK(error->startsWith(QLatin1String("hours")));
        return 0;
    }
    const bk::OpeningHours &h = std::get<bk::OpeningHours>(parsed);
    BK_FUZZ_CHECK(size <= std::size_t(bk::kMaxHoursJsonBytes));
    BK_FUZZ_CHECK(h.exceptions.size() <= bk::kMaxHoursExceptions);
    for (const auto &day : h.weekly)
        BK_FUZZ_CHECK(!day || (day->open.isValid() && day->close.isValid()));
    for (const bk::DayException &e : h.exceptions) {
        BK_FUZZ_CHECK(e.date.isValid());
        BK_FUZZ_CHECK(e.reasonDa.size() <= bk::kMaxHoursReasonLength);
        BK_FUZZ_CHECK(e.reasonEn.size() <= bk::kMaxHoursReasonLength);
        // Every accepted day gives a status without trouble.
        (void)bk::dayStatus(h, e.date);
    }
    // The central's writing of the parsed hours is accepted and reads back the same.
    const QByteArray again =
        QJsonDocument(bk::openingHoursToJson(h)).toJson(QJsonDocument::Compact);
    const bk::HoursParse reparsed = bk::parseOpeningHours(again);
    BK_FUZZ_CHECK(std::holds_alternative<bk::OpeningHours>(reparsed));
    BK_FUZZ_CHECK(QJsonDocument(bk::openingHoursToJson(std::get<bk::OpeningHours>(reparsed)))
                      .toJson(QJsonDocument::Compact) == again);
    return 0;
}
