#pragma once
// Draws a Receipt as the thermal printer would print it: black on white, one image pixel per
// printer dot (203 dpi). Used by the simulated printer and by anything that shows a receipt
// on screen.

#include "drivers/receipt.h"

#include <QImage>
#include <QStringList>

namespace bk {

/// Printable width of 80 mm paper at 203 dpi (72 mm of print, Epson TM-T20 and most clones;
/// the 180-dpi TM-T88 series has 512, see EscPosSetup).
inline constexpr int kPaper80mmDots = 576;
/// Printable width of 58 mm paper at 203 dpi.
inline constexpr int kPaper58mmDots = 384;
/// Blank dots kept at the left and right edge of the printable area.
inline constexpr int kReceiptMarginDots = 8;
/// Pixel height of the normal font: ESC/POS font A is 12 x 24 dots.
inline constexpr int kNormalTextDots = 24;
/// Smallest QR module; below 6 dots (0.75 mm) phone cameras and 2D readers start to fail.
inline constexpr int kQrMinModuleDots = 6;

/// Dots per QR module for a symbol of `modules` on paper `widthDots` wide: as large as fits
/// (quiet zone included) up to 10, never below kQrMinModuleDots; 0 if it does not fit at all.
int qrModuleDots(int modules, int widthDots);

/// The font families a receipt in `language` is drawn with, in the order Qt tries them for
/// each character (QFont::setFamilies): Noto Sans Arabic (fonts-noto-core), whose Arabic is
/// drawn for print, first for Arabic; DejaVu Sans (fonts-dejavu-core: Latin with Danish,
/// Turkish and Polish letters, Cyrillic) for everything. tests/unit/i18n/tst_fonts checks that
/// these cover every character of every catalogue.
QStringList receiptFontFamilies(const QString &language);

/// The receipt as an image `widthDots` wide (RGB32, white paper), as tall as it needs. Text in
/// a right-to-left language (receipt.language "ar") is laid out right to left: its Left
/// alignment is the right edge, and Qt shapes and orders it (QTextLayout, Unicode bidi).
QImage renderReceipt(const Receipt &receipt, int widthDots = kPaper80mmDots);

} // namespace bk
