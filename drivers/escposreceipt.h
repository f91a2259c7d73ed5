#pragma once
// A Receipt document as the ESC/POS bytes the real printer is sent. Text goes out in the
// printer's code page, word-wrapped to the paper's columns; a text block holding any character
// the page lacks (Greek, Arabic, Ukrainian, an emoji) is drawn with Qt exactly as the
// simulated printer draws it and sent as a raster image instead, so every UI language prints.

#include "drivers/receipt.h"
#include "drivers/receiptrenderer.h"
#include "protocol/codepage.h"

#include <QByteArray>

namespace bk {

/// How a QR code reaches the paper.
enum class QrMode {
    Native, ///< GS ( k: the printer draws the symbol (Epson TM and most clones)
    Raster  ///< GS v 0: drawn here as an image, for printers without native QR
};

/// The printer profile: what differs between real printers, each a [printer] key.
struct EscPosSetup
{
    escpos::CodePage codePage = escpos::CodePage::PC865;
    int widthDots = kPaper80mmDots; ///< printable dots per line: 576, 512, 384, ...
    int columns = 0;                ///< font A characters per line; 0 = widthDots / 12
    QrMode qr = QrMode::Native;
    escpos::CodePageNumbers codePageNumbers = {}; ///< the n of ESC t n; Epson's by default

    friend bool operator==(const EscPosSetup &, const EscPosSetup &) = default;
};

/// Characters per line of the printer's font A (12 dots wide) at `widthDots` and magnification
/// `factor`: 48 on 80 mm paper, 32 on 58 mm.
int escPosColumns(int widthDots, int factor = 1);

/// Characters per line of `setup` at magnification `factor`: setup.columns / factor when the
/// profile names its columns (42 on a 512-dot printer), else escPosColumns(widthDots, factor).
int escPosColumns(const EscPosSetup &setup, int factor = 1);

/// `text` broken at spaces (a word longer than a line anywhere) into lines of at most
/// `columns` code points; existing line breaks kept.
QStringList wrapColumns(const QString &text, int columns);

/// The whole job for `receipt`: ESC @, ESC t, then each block. Pure and deterministic (the same
/// receipt and setup give the same bytes), so a test can compare what CUPS delivered.
QByteArray encodeEscPosReceipt(const Receipt &receipt, const EscPosSetup &setup = {});

} // namespace bk
