#include "drivers/ticketdisplay.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace bk {

namespace {

using CodePoints = QList<char32_t>;

/// `text` as the display spells it, as code points (one per cell).
CodePoints spelled(const QString &text, const DisplaySpelling &spelling)
{
    CodePoints out;
    const QString shown = spelling ? spelling(text) : text;
    for (char32_t c : shown.toUcs4()) {
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

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

QList<CodePoints> words(const CodePoints &cps)
{
    QList<CodePoints> out;
    CodePoints word;
    for (char32_t c : cps) {
        if (c != U' ') {
            word.append(c);
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

CodePoints joined(const QList<CodePoints> &ws)
{
    CodePoints out;
    for (const CodePoints &w : ws) {
        if (!out.isEmpty())
            out.append(U' ');
        out.append(w);
    }
    return out;
}

/// A counter split into its name, the number citizens look for and what follows it: the
/// number is the last word that holds a digit ("Skranke 12", "Lokale 3B") with any one- or
/// two-letter words after it ("Skranke 12 A"), else trailing digits ("Skranke12"); words after
/// the number ("(stuen)") are `extra`, the first thing to go when room is short.
struct Counter
{
    QList<CodePoints> name;
    CodePoints number;
    QList<CodePoints> extra;
};

Counter splitCounter(const CodePoints &counter)
{
    Counter out{words(counter), {}, {}};
    if (out.name.isEmpty())
        return out;
    const auto hasDigit = [](const CodePoints &w) {
        return std::any_of(w.cbegin(), w.cend(), isDigit);
    };
    qsizetype at = out.name.size() - 1;
    while (at >= 0 && !hasDigit(out.name.at(at)))
        --at;
    if (at >= 0) {
        QList<CodePoints> all = out.name;
        out.name = all.first(at);
        QList<CodePoints> numberWords{all.at(at)};
        qsizetype next = at + 1;
        while (next < all.size() && all.at(next).size() <= 2 &&
               std::all_of(all.at(next).cbegin(), all.at(next).cend(),
                           [](char32_t c) { return c < 0x80 && std::isalnum(int(c)); }))
            numberWords.append(all.at(next++));
        out.number = joined(numberWords);
        out.extra = all.mid(next);
        return out;
    }
    CodePoints &last = out.name.last();
    qsizetype start = last.size();
    while (start > 1 && isDigit(last.at(start - 1)))
        --start;
    if (start < last.size()) {
        out.number = last.mid(start);
        last.resize(start);
    }
    return out;
}

/// The counter in at most `room` cells, its number whole; none when not even that fits.
std::optional<CodePoints> fitCounter(const Counter &c, qsizetype room)
{
    const auto withNumber = [&c](CodePoints name) {
        if (c.number.isEmpty())
            return name;
        if (!name.isEmpty())
            name.append(U' ');
        return name + c.number;
    };
    // Whole with what follows the number ("(stuen)"), then without it.
    if (!c.extra.isEmpty()) {
        CodePoints whole = withNumber(joined(c.name));
        whole.append(U' ');
        whole.append(joined(c.extra));
        if (whole.size() <= room)
            return whole;
    }
    // Whole, then without leading words: the last word ("skranke") names the kind of counter.
    for (qsizetype from = 0; from < c.name.size(); ++from) {
        const CodePoints candidate = withNumber(joined(c.name.mid(from)));
        if (candidate.size() <= room)
            return candidate;
        if (c.number.isEmpty())
            break; // no number to keep: abbreviate the whole name instead
    }
    // Abbreviated: "skra. 12", or without a number "Informatione."
    const CodePoints name = c.number.isEmpty() ? joined(c.name) : c.name.value(c.name.size() - 1);
    const qsizetype numberCells = c.number.isEmpty() ? 0 : c.number.size() + 1;
    const qsizetype keep = room - numberCells - 1; // room for the '.'
    if (!name.isEmpty() && keep >= 1)
        return withNumber(name.first(std::min(keep, name.size())) + CodePoints{U'.'});
    if (!c.number.isEmpty() && c.number.size() <= room)
        return c.number;
    if (c.number.isEmpty() && !name.isEmpty() && room >= 1)
        return name.first(std::min(room, name.size()));
    return std::nullopt;
}

QString fitLine(const Callout &c, int columns, const DisplaySpelling &spelling)
{
    const CodePoints ticket = joined(words(spelled(c.ticket, spelling)));
    const Counter counter = splitCounter(spelled(c.counter, spelling));
    const CodePoints ticketOnly = ticket.first(std::min<qsizetype>(ticket.size(), columns));
    if (counter.name.isEmpty() && counter.number.isEmpty())
        return toString(ticketOnly);
    const QList<CodePoints> arrows = {spelled(QStringLiteral(" → "), spelling),
                                      spelled(QStringLiteral("→"), spelling), CodePoints{U' '}};
    for (const CodePoints &arrow : arrows) {
        const qsizetype room = columns - ticket.size() - arrow.size();
        if (room < 1)
            continue;
        if (const auto fitted = fitCounter(counter, room))
            return toString(ticket + arrow + *fitted);
    }
    return toString(ticketOnly);
}

} // namespace

QStringList formatCallouts(const QList<Callout> &latestFirst, int rows, int columns,
                           const DisplaySpelling &spelling)
{
    QStringList out;
    if (columns <= 0)
        return out;
    for (const Callout &c : latestFirst) {
        if (out.size() >= rows)
            break;
        out.append(fitLine(c, columns, spelling));
    }
    return out;
}

DeviceStatus NullTicketDisplay::status() const
{
    return {DeviceState::Disabled, QStringLiteral("no ticket display configured"),
            QStringLiteral("not-configured")};
}

} // namespace bk
