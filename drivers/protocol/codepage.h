#pragma once
// The character code tables the receipt printer and the customer display are driven with, as
// exact Unicode <-> byte tables. The printer cannot be asked what it holds, so a character that
// a table lacks is reported to the caller (who can print it as an image instead), never dropped
// or replaced behind its back.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace bk::escpos {

/// Code pages used: PC865 (DOS Nordic: has æøåÆØÅ) and WPC1252 (Windows Latin-1, has €).
enum class CodePage { PC865, WPC1252 };

/// The n of `ESC t n` that selects `page` on Epson TM printers (PC865 = 5, WPC1252 = 16).
quint8 codePageNumber(CodePage page);

/// The page `ESC t n` selects on Epson TM printers, or none for a table this code has no
/// mapping for.
std::optional<CodePage> codePageFromNumber(int n);

/// The n of `ESC t n` for each code page on one printer model. Epson numbers its tables
/// PC865 = 5, WPC1252 = 16 (ESC/POS command reference, ESC t); many clones number the same
/// tables differently, and their self-test print lists the numbers they use.
struct CodePageNumbers
{
    quint8 pc865 = 5;
    quint8 wpc1252 = 16;

    /// The n that selects `page`.
    quint8 of(CodePage page) const { return page == CodePage::PC865 ? pc865 : wpc1252; }
    /// The page `n` selects on this printer, or none (an n both pages share reads as PC865).
    std::optional<CodePage> pageOf(int n) const;

    friend bool operator==(const CodePageNumbers &, const CodePageNumbers &) = default;
};

/// Text encoded for a code page, and what could not be.
struct EncodedText
{
    QByteArray bytes;    ///< the encodable characters, in order
    QString unencodable; ///< each code point the page lacks, once, in order of first appearance
    /// True when every character was encoded.
    bool ok() const { return unencodable.isEmpty(); }
};

/// The code points of `text` (a lone surrogate stands for itself). Unlike QString::toUcs4()
/// this keeps a leading U+FEFF, which would otherwise vanish from what is checked.
QList<char32_t> codePoints(QStringView text);

/// One code point as a QString (QString::fromUcs4() would drop a U+FEFF).
QString codePointString(char32_t codePoint);

/// The byte for one code point in `page`: printable ASCII (0x20-0x7E) and the page's upper
/// half; none for control characters and anything the page lacks.
std::optional<char> encodeChar(char32_t codePoint, CodePage page);

/// Encodes `text` in `page`; '\n' becomes LF, every other control character is unencodable.
EncodedText encodeText(QStringView text, CodePage page);

/// The character a byte of `page` prints as; U+FFFD for control bytes and unassigned bytes.
char32_t decodeByte(quint8 byte, CodePage page);

/// Decodes bytes of `page` to Unicode (LF becomes '\n'; other control bytes U+FFFD).
QString decodeText(QByteArrayView bytes, CodePage page);

} // namespace bk::escpos
