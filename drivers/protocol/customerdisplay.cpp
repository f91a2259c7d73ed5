#include "protocol/customerdisplay.h"

#include <algorithm>

namespace bk::display {

namespace {

using escpos::CodePage;

// Letters whose compatibility decomposition does not lead to ASCII, and symbols people write.
const char *spelled(char32_t c)
{
    switch (c) {
    case U'ß':
        return "ss";
    case U'Œ':
        return "OE";
    case U'œ':
        return "oe";
    case U'Ð':
    case U'Đ':
        return "D";
    case U'ð':
    case U'đ':
        return "d";
    case U'Þ':
        return "Th";
    case U'þ':
        return "th";
    case U'Ł':
        return "L";
    case U'ł':
        return "l";
    case U'→':
        return "->";
    case U'←':
        return "<-";
    case U'‐':
    case U'–':
    case U'—':
    case U'−':
        return "-";
    case U'‘':
    case U'’':
    case U'‚':
        return "'";
    case U'“':
    case U'”':
    case U'„':
    case U'«':
    case U'»':
        return "\"";
    case U'…':
        return "...";
    case U'•':
    case U'·':
        return "*";
    case U'€':
        return "EUR";
    case U'×':
        return "x";
    case U'\u00A0':
        return " ";
    default:
        return nullptr;
    }
}

bool isDanishLetter(char32_t c)
{
    return c == U'æ' || c == U'ø' || c == U'å' || c == U'Æ' || c == U'Ø' || c == U'Å';
}

void appendDisplayable(QString &out, char32_t c, CodePage page)
{
    if (c == '\t' || c == '\n' || c == '\r') {
        out += QLatin1Char(' ');
        return;
    }
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return; // a control byte on the line would be read as a display command
    if (c < 0x7F || (isDanishLetter(c) && escpos::encodeChar(c, page))) {
        out += QChar(char16_t(c));
        return;
    }
    if (const char *s = spelled(c)) {
        out += QLatin1String(s);
        return;
    }
    // é -> e + combining acute: keep the ASCII base letters of the compatibility decomposition.
    const QString decomposed = escpos::codePointString(c).normalized(QString::NormalizationForm_KD);
    QString base;
    for (QChar d : decomposed) {
        if (d.unicode() >= 0x20 && d.unicode() < 0x7F) {
            base += d;
        } else if (!d.isMark()) {
            base.clear(); // not a Latin letter with accents: no honest ASCII spelling
            break;
        }
    }
    out += base.isEmpty() ? QStringLiteral("?") : base;
}

} // namespace

QString displayable(QStringView text, CodePage page)
{
    QString out;
    out.reserve(text.size());
    for (char32_t c : escpos::codePoints(text))
        appendDisplayable(out, c, page);
    return out;
}

QString fitToColumns(QStringView text, int columns, CodePage page)
{
    const int width = std::clamp(columns, 1, kMaxColumns);
    // Every character displayable() returns is one UTF-16 unit, so size() counts cells.
    QString fitted = displayable(text, page).left(width);
    return fitted.leftJustified(width, QLatin1Char(' '));
}

QByteArray renderLines(const QStringList &lines, int rows, int columns, Protocol protocol,
                       CodePage page)
{
    const int width = std::clamp(columns, 1, kMaxColumns);
    const int height = std::clamp(rows, 1, protocol == Protocol::CD5220 ? 2 : kMaxRows);
    auto row = [&](int i) {
        const QString line = i < lines.size() ? lines.at(i) : QString();
        // fitToColumns leaves only characters the page holds, so nothing is lost here.
        return escpos::encodeText(fitToColumns(line, width, page), page).bytes;
    };

    QByteArray out;
    if (protocol == Protocol::CD5220) {
        // CD5220 command list (CD5220 user's manual, "CD5220 standard mode command list"):
        // CLR (0C) clears the screen and leaves string mode, which must come first because
        // while ESC Q A/B string mode is active the display ignores other commands (manual's
        // remark); then ESC @ (1B 40) initialises. ESC Q A <text> CR (1B 51 41 .. 0D) writes
        // the upper line, ESC Q B <text> CR (1B 51 42 .. 0D) the lower line.
        out.append('\x0C').append("\x1B@");
        for (int i = 0; i < height; ++i)
            out.append("\x1BQ").append(char('A' + i)).append(row(i)).append('\r');
        return out;
    }
    // Epson ESC/POS for customer displays (DM-D series command reference): ESC @ (1B 40)
    // initialises, ESC R 0 (1B 52 00) selects the USA international character set (a display
    // set to Denmark would show @ [ ] { } as other letters), ESC t n (1B 74 n) selects the
    // character code table (same numbers as the
    // printers: 5 = PC865, 16 = WPC1252), US MD1 (1F 01) selects overwrite mode so writing the
    // last cell never scrolls, CLR (0C) clears, US $ x y (1F 24 x y) moves the cursor to column
    // x, row y (1-based).
    out.append("\x1B@");
    out.append("\x1BR").append('\0');
    out.append("\x1Bt").append(char(escpos::codePageNumber(page)));
    out.append("\x1F\x01");
    out.append('\x0C');
    for (int i = 0; i < height; ++i)
        out.append("\x1F$\x01").append(char(i + 1)).append(row(i));
    return out;
}

} // namespace bk::display
