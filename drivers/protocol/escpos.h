#pragma once
// ESC/POS receipt encoding: a builder that turns layout calls into the bytes an Epson TM
// compatible printer reads. Pure: no I/O, no printer state read back. Every parameter is capped
// or refused here, so no call can emit a byte sequence the printer would misread as another
// command. Byte sequences follow Epson's "ESC/POS Application Programming Guide / Command
// Reference" (TM series); each is cited where it is built.

#include "protocol/codepage.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace bk::escpos {

/// Horizontal justification (ESC a n).
enum class Align { Left, Center, Right };

/// QR error correction level (GS ( k fn 169): L 7 %, M 15 %, Q 25 %, H 30 %.
enum class ErrorCorrection { L, M, Q, H };

/// How a grey or colour image is reduced to black and white dots.
enum class Dither { Threshold, FloydSteinberg };

/// Why a barcode or image was not emitted (nothing at all is emitted then).
enum class Refusal {
    EmptyPayload,      ///< QR or Code 128 without data
    PayloadTooLong,    ///< QR over kQrMaxPayload bytes, Code 128 over what GS k n can count
    NotPrintableAscii, ///< Code 128 function B takes 0x20-0x7E only
    EmptyImage,        ///< null or zero-sized image
    ImageTooWide,      ///< wider than kRasterMaxWidthBytes * 8 dots
};

/// Most data GS ( k fn 180 stores: (pL + pH*256) - 3 <= 7089 (the QR numeric-mode maximum).
inline constexpr int kQrMaxPayload = 7089;
/// GS k m=73: n counts "{B" plus data (escaped "{" doubled) and n <= 255.
inline constexpr int kCode128MaxEncoded = 255 - 2;
/// GS v 0: 1 <= xL + xH*256 <= 128 bytes per row.
inline constexpr int kRasterMaxWidthBytes = 128;
/// GS w n: Code 128 module width in dots, 2 <= n <= 6 (Epson TM series).
inline constexpr int kBarcodeMinModuleDots = 2;
inline constexpr int kBarcodeMaxModuleDots = 6;
/// Rows per GS v 0 command. The command allows 4095, but printers with small receive or
/// image buffers (several TM models and most clones) drop or garble tall blocks, so tall
/// images go out as bands of at most this many rows, printed back to back without gaps.
inline constexpr int kRasterBandRows = 256;

/// Builds one print job; each call appends its command bytes to bytes().
class Encoder
{
public:
    /// ESC @ then ESC R 0: resets the printer's modes (code page back to the printer default)
    /// and selects the U.S.A. international character set, because ESC @ restores the set
    /// the printer is configured with, and with Denmark (ESC R 4) 0x40, 0x5B-0x5E, 0x60
    /// and 0x7B-0x7E print as É Æ Ø Å Ü é æ ø å ü, so "@[]{}" would not print as sent.
    Encoder &init();
    /// ESC t n: selects the code page text() encodes in, with Epson's number for it.
    Encoder &codePage(CodePage page);
    /// ESC t n with this printer's number `n` for `page` (see CodePageNumbers).
    Encoder &codePage(CodePage page, quint8 n);
    /// ESC a n.
    Encoder &align(Align align);
    /// ESC E n: emphasised (bold) on or off.
    Encoder &bold(bool on);
    /// GS ! n: character magnification, each factor capped to 1..8.
    Encoder &size(int width, int height);
    /// Appends text in the selected code page ('\n' = LF). All or nothing: if any character
    /// cannot be encoded (or no code page was selected and it is not ASCII), nothing is
    /// appended and the unencodable characters are returned (and kept in unencodable()), so
    /// the caller can print that text as an image instead. Returns an empty string on success.
    QString text(const QString &text);
    /// ESC d n: prints the buffer and feeds `lines` lines (capped to 0..255).
    Encoder &feed(int lines);
    /// GS V 66 n: feeds to the cutter (plus `extraDots`, capped 0..255) and cuts partially.
    Encoder &cut(int extraDots = 0);
    /// GS ( k: QR model 2, module size (capped 1..16), error correction, store, print.
    std::optional<Refusal> qr(const QByteArray &payload, int moduleSize = 6,
                              ErrorCorrection ec = ErrorCorrection::M);
    /// GS k m=73: Code 128 in code set B of printable ASCII. With `moduleDots` > 0 it is
    /// preceded by GS w n (n capped to kBarcodeMinModuleDots..kBarcodeMaxModuleDots), so the
    /// width no longer depends on the printer's default; 0 sends no GS w.
    std::optional<Refusal> code128(const QByteArray &payload, int moduleDots = 0);
    /// GS v 0: the image as 1-bit raster in bands of at most kRasterBandRows rows.
    std::optional<Refusal> raster(const QImage &image, Dither dither = Dither::FloydSteinberg);

    /// The job so far.
    const QByteArray &bytes() const { return m_bytes; }
    /// Every character text() could not encode since construction, once each.
    const QString &unencodable() const { return m_unencodable; }
    /// Every refusal since construction, in order.
    const QList<Refusal> &refusals() const { return m_refusals; }
    /// The page selected by codePage(); none before it and after init().
    std::optional<CodePage> currentCodePage() const { return m_page; }

private:
    std::optional<Refusal> refuse(Refusal why);

    QByteArray m_bytes;
    QString m_unencodable;
    QList<Refusal> m_refusals;
    std::optional<CodePage> m_page;
};

/// The image as Format_Mono (most significant bit leftmost, as in GS v 0), colour index
/// 1 = black = a printed dot; transparent pixels count as white paper.
QImage toMonochrome(const QImage &image, Dither dither);

/// A stable ASCII id for a refusal ("qr-too-long"), for logs.
const char *refusalKey(Refusal refusal);

} // namespace bk::escpos
