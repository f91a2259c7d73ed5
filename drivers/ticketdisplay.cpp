#include "ticketdisplay.h"

namespace bk {

namespace {

using CodePoints = QList<char32_t>;

CodePoints codePoints(const QString &s)
{
    CodePoints out;
    for (char32_t c : s.toUcs4()) {
        // Text from the central goes onto a line display: control characters (a newline in a
        // counter name) would move its cursor, so they become spaces.
        const bool control = c < 0x20 || (c >= 0x7F && c < 0xA0);
        out.append(control ? U' ' : c);
    }
    return out;
}

QString toString(const CodePoints &cps)
{
    return QString::fromUcs4(cps.constData(), cps.size());
}

CodePoints trimmed(CodePoints cps)
{
    while (!cps.isEmpty() && cps.constFirst() == U' ')
        cps.removeFirst();
    while (!cps.isEmpty() && cps.constLast() == U' ')
        cps.removeLast();
    return cps;
}

/// `counter` in at most `n` code points.
CodePoints shorten(const CodePoints &counter, qsizetype n)
{
    if (counter.size() <= n)
        return counter;
    // Split off a trailing number ("Skranke 12" -> "Skranke", "12"): the number is what the
    // citizen looks for on the counters, so it survives the longest.
    qsizetype digitsStart = counter.size();
    while (digitsStart > 0 && counter.at(digitsStart - 1) >= U'0' &&
           counter.at(digitsStart - 1) <= U'9')
        --digitsStart;
    const CodePoints number = counter.mid(digitsStart);
    const CodePoints head = trimmed(counter.first(digitsStart));
    if (!number.isEmpty() && !head.isEmpty()) {
        const qsizetype keep = n - number.size() - 2; // room for ". "
        if (keep >= 1)
            return head.first(keep) + CodePoints{U'.', U' '} + number;
        if (number.size() <= n)
            return number;
    }
    if (n >= 2)
        return counter.first(n - 1) + CodePoints{U'.'};
    return counter.first(n);
}

QString fitLine(const Callout &c, int columns)
{
    const CodePoints ticket = trimmed(codePoints(c.ticket));
    const CodePoints counter = trimmed(codePoints(c.counter));
    if (counter.isEmpty())
        return toString(ticket.first(std::min<qsizetype>(ticket.size(), columns)));
    for (const CodePoints &arrow : {CodePoints{U' ', U'→', U' '}, CodePoints{U'→'}}) {
        const qsizetype room = columns - ticket.size() - arrow.size();
        if (room >= 1)
            return toString(ticket + arrow + shorten(counter, room));
    }
    return toString(ticket.first(std::min<qsizetype>(ticket.size(), columns)));
}

} // namespace

QStringList formatCallouts(const QList<Callout> &latestFirst, int rows, int columns)
{
    QStringList out;
    if (columns <= 0)
        return out;
    for (const Callout &c : latestFirst) {
        if (out.size() >= rows)
            break;
        out.append(fitLine(c, columns));
    }
    return out;
}

DeviceStatus NullTicketDisplay::status() const
{
    return {DeviceState::Disabled, QStringLiteral("no ticket display configured")};
}

} // namespace bk
