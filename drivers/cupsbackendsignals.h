#pragma once
// What CUPS's backends tell about a printer, read from the queue's device-uri and the
// printer-state-message a backend last wrote. Pure functions: no CUPS calls.
//
// The texts are the English source strings of CUPS 2.4's backends (backend/usb-libusb.c,
// socket.c, ipp.c, network.c; the same strings are in Debian 12's /usr/lib/cups/backend/*
// binaries). The driver creates its jobs with attributes-natural-language "en", and cupsd runs
// a job's backend in the job's language, so the messages it sees are these.

#include <QString>
#include <QStringView>

namespace bk {

/// Whether the backend's printer-state-message, seen while the queue processes a job, says
/// the printer cannot be reached or will not take the data (usb: "Waiting for printer to
/// become available."; socket and ipp: "Connecting to printer.", "The printer is in use.",
/// "The printer is unreachable at this time.", ...). False for messages a working printer
/// gives while it takes or finishes the data (usb: "Sending data to printer." for ~8 s after
/// the last byte; socket: "Waiting for printer to finish."; ipp: "Waiting for job to
/// complete.") and for anything unknown (the job timeout covers those).
bool cupsMessageMeansUnreachable(QStringView message);

/// What a completed job on a queue with this device-uri says about the paper.
enum class PaperReport {
    /// The printer itself reports paper and finishes a job only once printed: an IPP printer
    /// (ipp, ipps, http, https: CUPS's ipp backend follows the job at the printer and copies
    /// its media-empty / media-needed reasons).
    Printer,
    /// Our bkescpos backend (drivers/cupsbackend/bkescpos.cpp) asks a network ESC/POS printer
    /// for its paper after each receipt and sets kPaperOkReason when paper was there; a job
    /// completed without it (the printer did not answer) is only sent.
    Backend,
    /// Nobody reports paper: raw socket://, usb://, lpd://, serial:, parallel: and unknown
    /// backends complete the job once the bytes left, paper or not (ESC/POS printers take data
    /// without paper).
    None,
};

/// The printer-state-reason the bkescpos backend sets after a receipt when the printer said its
/// paper was there (and clears when the next job starts).
inline constexpr char16_t kPaperOkReason[] = u"com.borgerkiosk-paper-ok-report";

/// The paper report of a queue whose device is `deviceUri` (e.g. "socket://10.0.0.5:9100").
PaperReport paperReportForDeviceUri(const QString &deviceUri);

} // namespace bk
