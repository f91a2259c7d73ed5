#pragma once
// What the serial customer/ticket display is sent: whole screens as bytes, for the two command
// sets such displays speak (CD5220, and Epson's ESC/POS for customer displays, DM-D series).
// Pure: the driver writes the bytes. Text is reduced to what a small character display can be
// trusted to show: ASCII and the Danish letters, everything else spelled in ASCII or '?'.

#include "protocol/codepage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bk::display {

/// The display's command set.
enum class Protocol {
    CD5220,      ///< ESC Q A / ESC Q B string lines (2 rows)
    EpsonDisplay ///< Epson ESC/POS display commands: US $ x y cursor, ESC t n code table
};

/// Most rows and columns rendered; larger requests are capped to these.
inline constexpr int kMaxRows = 4;
inline constexpr int kMaxColumns = 40;

/// `text` as the display can show it: ASCII and æøåÆØÅ (when `page` has them) kept, other
/// letters transliterated (é -> e, ü -> u, ß -> ss, → -> "->"), anything else '?', control
/// characters dropped (tab, CR and LF become a space). Not yet fitted to a width.
QString displayable(QStringView text, escpos::CodePage page = escpos::CodePage::PC865);

/// displayable(text), truncated or padded with spaces to exactly `columns` (capped 1..40).
QString fitToColumns(QStringView text, int columns,
                     escpos::CodePage page = escpos::CodePage::PC865);

/// A whole screen: initialise and clear, then each of `rows` rows (missing lines blank, extra
/// lines ignored) fitted to `columns`. CD5220 has two rows at most. The display must be set to
/// `page` (CD5220: by its own setup; Epson: selected here with ESC t).
QByteArray renderLines(const QStringList &lines, int rows, int columns, Protocol protocol,
                       escpos::CodePage page = escpos::CodePage::PC865);

} // namespace bk::display
