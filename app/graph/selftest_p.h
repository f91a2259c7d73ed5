#pragma once
// What the self-test's two files share. Private to the graph.

#include "graph/selftest.h"

namespace bk::selftest {

/// A result for check `id`.
inline SelfTestResult make(const char *id, SelfTestVerdict verdict, const QString &summary,
                           const QString &fix = {}, const QJsonObject &details = {})
{
    return SelfTestResult{QString::fromLatin1(id), verdict, summary, fix, details};
}

} // namespace bk::selftest
