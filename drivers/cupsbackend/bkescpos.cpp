// bkescpos: a CUPS backend for a network ESC/POS receipt printer (raw TCP, usually port 9100)
// that asks the printer for its paper before and after the receipt, so that the kiosk can tell
// "printed" from "sent". Installed as /usr/lib/cups/backend/bkescpos (mode 0755: cupsd runs it
// as lp); a queue uses it with  lpadmin -p borgerkiosk -E -v bkescpos://HOST:9100 -m raw
//
// Before the data: DLE EOT 4 (10 04 04, "transmit real-time status, roll paper sensor"); the
// printer answers one byte at once, even while busy: bits 2-3 (0x0C) paper near its end, bits
// 5-6 (0x60) paper end (Epson ESC/POS Application Programming Guide, DLE EOT n). Paper end: no
// data is sent, "STATE: +media-empty-error" and exit 5 (CUPS_BACKEND_CANCEL: the job is
// cancelled, the kiosk reports it failed; the queue stays enabled, so the next receipt asks
// again and prints once a roll is in, without a cupsenable by hand).
// After the data: GS r 1 (1D 72 01, "transmit paper sensor status"), which the printer
// answers only once it has processed the bytes before it, i.e. after the receipt: bits 0-1
// (0x03) near end, bits 2-3 (0x0C) paper end (ESC/POS reference, GS r n). Paper end: the
// receipt may be cut short: "STATE: +media-empty-error" and exit 5 (CUPS_BACKEND_CANCEL).
// Paper there: "STATE: +com.borgerkiosk-paper-ok-report", which the kiosk reads as "the paper
// came out" when it sees the job completed. No answer within 3 s (a printer without the back
// channel): the reason is left cleared, so the job counts as sent, not printed.
//
// A printer that cannot be reached: "STATE: +connecting-to-device" and the words of CUPS's
// socket backend ("Connecting to printer.", "The printer is in use." / "The printer is
// unreachable at this time."), retried every 5 s, so the kiosk's unreachable rule applies.

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kBackendOk = 0;
constexpr int kBackendFailed = 1;
constexpr int kBackendStop = 4;
constexpr int kBackendCancel = 5;
constexpr char kPaperOk[] = "com.borgerkiosk-paper-ok-report";

void say(const char *line)
{
    std::fprintf(stderr, "%s\n", line);
    std::fflush(stderr);
}

/// "bkescpos://host:port[/?wait=SECONDS]" → host, port (default 9100) and how long to wait for
/// the paper answer after the receipt (default 15 s); false when malformed.
bool parseUri(const std::string &uri, std::string *host, std::string *port, int *waitMs)
{
    const std::string scheme = "bkescpos://";
    if (uri.rfind(scheme, 0) != 0)
        return false;
    std::string rest = uri.substr(scheme.size());
    const std::size_t wait = rest.find("?wait=");
    *waitMs = wait == std::string::npos ? 15000 : std::atoi(rest.c_str() + wait + 6) * 1000;
    rest = rest.substr(0, rest.find_first_of("/?"));
    const std::size_t colon = rest.rfind(':');
    *host = colon == std::string::npos ? rest : rest.substr(0, colon);
    *port = colon == std::string::npos ? "9100" : rest.substr(colon + 1);
    return !host->empty() && !port->empty();
}

/// Connects, retrying every 5 s with the socket backend's words; -1 when the name is unknown.
int connectPrinter(const std::string &host, const std::string &port)
{
    say("STATE: +connecting-to-device");
    say("INFO: Connecting to printer.");
    for (;;) {
        addrinfo hints{};
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *found = nullptr;
        if (getaddrinfo(host.c_str(), port.c_str(), &hints, &found) != 0) {
            say("ERROR: Unable to locate printer.");
            return -1;
        }
        int error = 0;
        for (addrinfo *a = found; a; a = a->ai_next) {
            const int fd = ::socket(a->ai_family, a->ai_socktype, a->ai_protocol);
            if (fd < 0)
                continue;
            if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0) {
                freeaddrinfo(found);
                say("STATE: -connecting-to-device");
                say("INFO: Connected to printer.");
                return fd;
            }
            error = errno;
            ::close(fd);
        }
        freeaddrinfo(found);
        std::fprintf(stderr, "DEBUG: Connection error: %s\n", std::strerror(error));
        say(error == ECONNREFUSED ? "WARNING: The printer is in use."
                                  : "WARNING: The printer is unreachable at this time.");
        ::sleep(5);
    }
}

bool writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

/// Sends `query` and waits up to `timeoutMs` for the one-byte answer; -1 when none came.
int ask(int fd, const char *query, std::size_t size, int timeoutMs)
{
    // Anything the printer sent unasked (an automatic status) is not the answer.
    char junk[256];
    while (::recv(fd, junk, sizeof junk, MSG_DONTWAIT) > 0) {
    }
    if (!writeAll(fd, query, size))
        return -1;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0)
        return -1;
    unsigned char answer = 0;
    return ::recv(fd, &answer, 1, 0) == 1 ? int(answer) : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 1) {
        std::printf("network bkescpos \"Unknown\" \"ESC/POS receipt printer with paper status "
                    "(borgerkiosk)\"\n");
        return kBackendOk;
    }
    if (argc < 6 || argc > 7) {
        std::fprintf(stderr, "Usage: %s job-id user title copies options [file]\n", argv[0]);
        return kBackendFailed;
    }
    std::signal(SIGPIPE, SIG_IGN);
    const char *deviceUri = std::getenv("DEVICE_URI");
    std::string host;
    std::string port;
    int waitMs = 0;
    if (!parseUri(deviceUri ? deviceUri : argv[0], &host, &port, &waitMs) || waitMs <= 0) {
        say("ERROR: bad device URI: expected bkescpos://HOST[:PORT][/?wait=SECONDS]");
        return kBackendStop;
    }
    const int input = argc == 7 ? ::open(argv[6], O_RDONLY) : 0;
    if (input < 0) {
        say("ERROR: Unable to open print file");
        return kBackendFailed;
    }
    say("STATE: -com.borgerkiosk-paper-ok-report");
    const int fd = connectPrinter(host, port);
    if (fd < 0)
        return kBackendStop;

    static const char kRealTimeRollStatus[] = {0x10, 0x04, 0x04}; // DLE EOT 4
    const int before = ask(fd, kRealTimeRollStatus, sizeof kRealTimeRollStatus, 3000);
    std::fprintf(stderr, "DEBUG: DLE EOT 4 answer: %d\n", before);
    if (before >= 0 && (before & 0x60) != 0) {
        ::close(fd);
        say("STATE: +media-empty-error");
        say("ERROR: Out of paper: put in a new paper roll.");
        // Cancel this job (its citizen was told to remember the number) but leave the queue
        // enabled: once a roll is put in, the next receipt asks again and prints, without
        // anyone having to run cupsenable.
        return kBackendCancel;
    }
    // One sign per STATE: line: "+a,b" adds both, "-a,b" removes both.
    say("STATE: -media-empty-error");
    say(before >= 0 && (before & 0x0C) != 0 ? "STATE: +media-low-warning"
                                            : "STATE: -media-low-warning");

    say("INFO: Sending data to printer.");
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(input, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            say("ERROR: Unable to read print data.");
            ::close(fd);
            return kBackendFailed;
        }
        if (n == 0)
            break;
        if (!writeAll(fd, buffer, std::size_t(n))) {
            say("ERROR: Unable to send data to printer.");
            ::close(fd);
            return kBackendFailed;
        }
    }

    static const char kPaperSensorStatus[] = {0x1d, 0x72, 0x01}; // GS r 1
    // Answered after the receipt is printed: allow for a long receipt.
    const int after = ask(fd, kPaperSensorStatus, sizeof kPaperSensorStatus, waitMs);
    std::fprintf(stderr, "DEBUG: GS r 1 answer: %d\n", after);
    ::close(fd);
    if (after >= 0 && (after & 0x0C) != 0) {
        say("STATE: +media-empty-error");
        say("ERROR: Paper ran out while printing: the receipt may be cut short.");
        return kBackendCancel;
    }
    if (after < 0) {
        say("INFO: The printer did not report its paper: receipt sent, not confirmed.");
        return kBackendOk;
    }
    if ((after & 0x03) != 0)
        say("STATE: +media-low-warning");
    std::fprintf(stderr, "STATE: +%s\n", kPaperOk);
    say("INFO: Receipt printed.");
    return kBackendOk;
}
