#include "support/appscanparser.h"

#include "domain/scanpayload.h"

#include <string_view>

namespace bk::testing {

bool appAcceptsScan(const QByteArray &raw)
{
    return bk::parseScan(std::string_view(raw.constData(), std::size_t(raw.size()))).ok();
}

} // namespace bk::testing
