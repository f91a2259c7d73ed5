#pragma once
// The central's configuration file: one `key = value` per line, '#' comments. Every key is
// documented in central/README.md with its default; a bad value names the key, the value and
// what is allowed, and the server refuses to start.

#include <QString>

#include <cstdint>
#include <optional>

namespace bk::central {

/// Everything the server and its store are configured with.
struct Config
{
    QString listenAddress = QStringLiteral("127.0.0.1");
    std::uint16_t listenPort = 8443; ///< 0 = pick a free port (printed on stdout)
    QString database = QStringLiteral("/var/lib/borgerkiosk-central/central.db");
    QString tlsCert;           ///< PEM certificate chain of the server
    QString tlsKey;            ///< PEM private key of the server
    bool devPlainHttp = false; ///< serve plain HTTP (development only; logged loudly)
    /// The address citizens' phones reach this server at ("https://kø.example.dk", no path):
    /// sent to kiosks, which print `<publicBaseUrl>/q/<token>` as a QR code on each ticket.
    /// Empty = none: tickets carry no QR code. https only (http with devPlainHttp).
    QString publicBaseUrl;
    int maxBodyBytes = 1024 * 1024;
    int maxHeaderBytes = 16 * 1024;
    int ioTimeoutSeconds = 30; ///< per read/write/handshake
    /// Password checks (staff logins) waiting or running at once; a login beyond it is answered
    /// 503 with Retry-After: 5 rather than queued.
    int maxPendingChecks = 32;
    int changeHistory = 10000; ///< changes kept per site before old cursors expire
    int numberBlockSize = 100; ///< ticket numbers per granted block
    /// First ticket number the central hands out; kiosks number offline below it (their
    /// static_number_limit, 500 by default), so that no number is issued twice.
    int numberBlockBase = 501;
    int maxTicketNumber = 999; ///< no block reaches past this number
    int snapshotDays = 14;     ///< bookings from today up to this many days ahead
    int slotDays = 7;          ///< days of advisory slot counts in a snapshot
    int bookingDays = 60;      ///< how far ahead a booking may be made
    /// A kiosk whose latest heartbeat is older than this is flagged silent in the fleet view
    /// (kiosks send one every sync round, 30 s by default).
    int silentAfterSeconds = 180;
    /// Days after a booking's slot after which its phone number and name are deleted (the
    /// anonymous events stay).
    int retentionDays = 30;
    /// Statistics cells of 1 .. this-1 citizens are shown as "< N" (central/STATISTICS.md).
    int statisticsThreshold = 5;
};

/// The parsed file, or a message naming the line, key and value that is wrong.
struct ConfigResult
{
    std::optional<Config> config;
    QString error;
};

/// Reads and validates a configuration file; keys not given keep their defaults.
ConfigResult loadConfig(const QString &path);

/// Validates a configuration built in code (tests) the same way as a file; empty when fine.
QString validateConfig(const Config &config);

} // namespace bk::central
