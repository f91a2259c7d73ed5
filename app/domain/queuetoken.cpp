#include "domain/queuetoken.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace bk::queuetoken {

QString make()
{
    quint32 words[4];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    const QByteArray raw(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isWellFormed(const QString &text)
{
    if (text.size() != kLength)
        return false;
    for (QChar c : text)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    // 128 bits fill 21 characters and 2 bits of the 22nd: its low 4 bits are zero (A, Q, g, w).
    const QChar last = text.back();
    return last == u'A' || last == u'Q' || last == u'g' || last == u'w';
}

QString pageUrl(const QString &base, const QString &token)
{
    if (base.isEmpty())
        return {};
    QString b = base;
    while (b.endsWith(u'/'))
        b.chop(1);
    return b + QStringLiteral("/q/") + token;
}

} // namespace bk::queuetoken
