#pragma once
// The technician's printer test page: everything that goes wrong when a printer profile
// ([printer] in kiosk.conf) does not match the printer, on one slip, next to the profile's
// values, so a mismatch is seen at a glance: Danish letters (code page and its ESC t number),
// "@[]{}" (the international character set), a ruler exactly one line long (dots, columns),
// a QR code (native or raster) and a Code 128 (module width, or "too wide").

#include "drivers/escposreceipt.h"
#include "drivers/receipt.h"

#include <QDateTime>
#include <QStringList>

namespace bk {

/// The QR payload and Code 128 payload the test page prints.
inline constexpr char kTestPageQrPayload[] = "https://www.borger.dk";
inline constexpr char kTestPageBarcode[] = "BK-TEST-0123";

/// The profile in words, one value a line ("dots: 512", "columns: 42", "code page: PC865
/// (ESC t 5)", "QR: raster (GS v 0)", "Code 128: 2 dots/module" or "Code 128: too wide
/// for 384 dots"), as printed on the test page and by --print-test-page.
QStringList printerProfileLines(const EscPosSetup &setup);

/// The test page for `setup`, headed by the site's name and the time `at`.
Receipt printerTestPage(const EscPosSetup &setup, const QString &siteName, const QDateTime &at);

} // namespace bk
