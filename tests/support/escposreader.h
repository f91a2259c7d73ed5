#pragma once
// A reader of ESC/POS byte streams, for tests (test support, not product code): a test captures
// what CUPS sent to the printer and reads it back as text, QR payloads, barcodes, images and
// cuts. It understands what Encoder emits plus the common TM commands around it; anything
// else is reported as a problem with its offset. It never reads past the end and never
// throws, whatever the bytes.

#include "protocol/codepage.h"
#include "protocol/escpos.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bk::escpos {

/// A run of text printed with one set of attributes.
struct TextRun
{
    QString text; ///< decoded, '\n' for each line feed
    bool bold = false;
    int width = 1;  ///< GS ! width factor
    int height = 1; ///< GS ! height factor
    Align align = Align::Left;
    std::optional<CodePage> codePage; ///< none: the printer's default table
};

/// Something in the stream the reader did not understand.
struct ReadProblem
{
    qsizetype offset = 0; ///< of the first byte concerned
    QString what;         ///< e.g. "unknown command ESC 0x7A"
};

/// What a print job contains, in stream order within each list.
struct PrintJob
{
    QString text;                 ///< all text runs concatenated
    QList<TextRun> runs;          ///< the same text, split where the attributes change
    QList<QByteArray> qrPayloads; ///< data stored with GS ( k fn 180
    int qrPrints = 0;             ///< GS ( k fn 181 commands
    QList<QByteArray> code128;    ///< Code 128 data, "{B" and "{{" escapes undone
    QList<int> code128ModuleDots; ///< per code128 entry: the GS w in effect, 0 = none sent
    QList<QImage> images;         ///< GS v 0 images, adjacent bands of one width joined
    int cuts = 0;                 ///< GS V commands
    int inits = 0;                ///< ESC @ commands
    QList<ReadProblem> problems;  ///< unknown or truncated commands, undecodable bytes
    /// The text split into printed lines (a trailing unterminated line included).
    QStringList lines() const;
};

/// Reads a captured ESC/POS stream. `startPage` is the table assumed before any ESC t (none:
/// bytes 0x80-0xFF before ESC t decode as U+FFFD and are reported); `numbers` says which page
/// each ESC t n selects on the printer the stream was made for (Epson's by default).
PrintJob readEscPos(QByteArrayView stream, std::optional<CodePage> startPage = std::nullopt,
                    const CodePageNumbers &numbers = {});

/// A QR symbol's modules as read off a printed image.
struct SampledQr
{
    int size = 0;       ///< modules per side
    int moduleDots = 0; ///< dots/module
    QByteArray modules; ///< size * size bytes, row by row; 1 = dark
};

/// Reads the module grid of the one QR symbol in `image` (a GS v 0 image, 1 = dark): finds the
/// top-left finder pattern (its first dark run is 7 modules wide), derives the module size and
/// the symbol's extent from it, and samples each module at its centre. None when no square
/// symbol of 21..177 modules (versions 1..40) with a finder pattern is found. It does not
/// decode the data: a test compares the grid with libqrencode's matrix of the payload.
std::optional<SampledQr> sampleQr(const QImage &image);

} // namespace bk::escpos
