#pragma once
// A Receipt document as the ESC/POS bytes the real printer is sent. Text goes out in the
// printer's code page, word-wrapped to the paper's columns; a text block holding any character
// the page lacks (Greek, Arabic, Ukrainian, an emoji) is drawn with Qt exactly as the
// simulated printer draws it and sent as a raster image instead, so every UI language prints.

#include "protocol/codepage.h"
#include "receipt.h"
#include "receiptrenderer.h"

#include <QByteArray>

namespace bk {

/// How the printer is set up: its character table and printable width in dots.
struct EscPosSetup
{
    escpos::CodePage codePage = escpos::CodePage::PC865;
    int widthDots = kPaper80mmDots;

    friend bool operator==(const EscPosSetup &, const EscPosSetup &) = default;
};

/// Characters per line of the printer's font A (12 dots wide) at `widthDots` and magnification
/// `factor`: 48 on 80 mm paper, 32 on 58 mm.
int escPosColumns(int widthDots, int factor = 1);

/// `text` broken at spaces (a word longer than a line anywhere) into lines of at most
/// `columns` code points; existing line breaks kept.
QStringList wrapColumns(const QString &text, int columns);

/// The whole job for `receipt`: ESC @, ESC t, then each block. Pure and deterministic (the same
/// receipt and setup give the same bytes), so a test can compare what CUPS delivered.
QByteArray encodeEscPosReceipt(const Receipt &receipt, const EscPosSetup &setup = {});

} // namespace bk
