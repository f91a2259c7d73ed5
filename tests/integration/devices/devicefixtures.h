#pragma once
// Real device stand-ins started by the integration tests, on free loopback ports and in
// temporary folders, and stopped after: a private cupsd (started by root it drops to lp, see
// DESIGN "Known pitfalls"; started by another user it runs as that user), a TCP listener that
// captures what a socket:// queue sends, and socat pseudo-terminal pairs for serial devices.

#include "support/logcapture.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#include <atomic>
#include <thread>
#include <vector>

namespace bk::testing {

/// A loopback TCP port that was free a moment ago.
quint16 freePort();

/// Runs `program` with `args` to its end (at most 20 s); false with its output in `error`.
bool run(const QString &program, const QStringList &args, QString *error);

/// A cupsd of its own: ServerRoot, spool, cache, state and logs in a temp dir, listening on
/// 127.0.0.1 at a free port, with a ServerBin that links the system's /usr/lib/cups (the real
/// socket backend among them) and adds test backends that print into printedDir():
/// - "bktest": paper out until paperOk(true);
/// - "usb": behaves like CUPS 2.4's usb backend (messages, timings): usb://BK/Receipt?serial=S
///   is unplugged until setFlag("usb-S", true), and stays processing ~8 s after the data;
/// - "ipp": behaves like CUPS 2.4's ipp backend following a job at an IPP printer, which
///   reports media-empty until setFlag("ipp-paper-ok", true).
/// A queue made with the option printer-op-policy=nocancel refuses Cancel-Job.
class PrivateCupsd
{
public:
    PrivateCupsd() = default;
    ~PrivateCupsd();
    PrivateCupsd(const PrivateCupsd &) = delete;
    PrivateCupsd &operator=(const PrivateCupsd &) = delete;

    /// Writes the configuration (plus `extraConf` lines for cupsd.conf, e.g.
    /// "PreserveJobHistory No\n"), starts cupsd and waits until it accepts connections.
    bool start(QString *error, const QByteArray &extraConf = {});
    /// "127.0.0.1:PORT", as printer.server and lpadmin -h take it.
    QString server() const;
    /// lpadmin -h server -p queue -E -v uri -m raw [-o option]...
    bool addRawQueue(const QString &queue, const QString &uri, QString *error,
                     const QStringList &options = {});
    /// Creates (on) or removes a flag file the test backends read.
    void setFlag(const QString &name, bool on);
    /// lpstat -W not-completed -o queue: one line per job CUPS still holds.
    QStringList jobsOn(const QString &queue) const;
    /// cancel -a queue.
    bool cancel(const QString &queue, QString *error);
    /// The jobs the test backends printed (file names = CUPS job ids).
    QStringList printed() const;
    /// Copies the backend program at `path` into ServerBin/backend, mode 0755 (run as lp).
    bool installBackend(const QString &path, QString *error);
    /// cupsenable -h server queue.
    bool enable(const QString &queue, QString *error);
    /// Switches the test backend between paper out (false) and printing (true).
    void setPaperOk(bool ok);
    /// Where the test backend writes each job it printed, as a file named by the CUPS job id.
    QString printedDir() const;
    /// The error log, for a failing test's message.
    QString errorLog() const;

private:
    QTemporaryDir m_dir;
    QProcess m_cupsd;
    quint16 m_port = 0;
};

/// Accepts connections and keeps, per closed connection, every byte it received.
class CaptureServer : public QTcpServer
{
public:
    /// Listens on 127.0.0.1 at `port` (0: a free one).
    bool start(quint16 port = 0);
    /// The bytes of each connection the peer has finished, oldest first.
    QList<QByteArray> finished;

protected:
    void incomingConnection(qintptr handle) override;
};

/// A printer that, like a network printer busy printing, keeps the connection open for
/// `holdMs` after the data ended (the backend's end of data), then closes it. Each connection
/// is served on a thread of its own, since Qt's sockets close at once on end of data.
class HoldingServer : public QTcpServer
{
public:
    explicit HoldingServer(int holdMs) : m_holdMs(holdMs) {}
    /// Waits for the connections still held (at most holdMs plus 20 s each).
    ~HoldingServer() override;
    /// Listens on 127.0.0.1 at a free port.
    bool start();
    /// Connections whose data has ended.
    std::atomic<int> received{0};

protected:
    void incomingConnection(qintptr handle) override;

private:
    int m_holdMs;
    std::vector<std::thread> m_threads;
};

/// A network ESC/POS printer with a paper sensor, as the bkescpos backend meets it: answers
/// DLE EOT 4 (10 04 04) and GS r 1 (1D 72 01) found in the byte stream with the status byte an
/// Epson TM printer gives (Epson ESC/POS reference: DLE EOT 4 bits 2-3 near end, 5-6 paper end,
/// bits 1 and 4 always set; GS r 1 bits 0-1 near end, 2-3 paper end), and keeps every byte
/// per connection. It does not parse ESC/POS, so test receipts must not hold those byte runs.
class EscPosPrinterServer : public QTcpServer
{
public:
    enum class Paper {
        Ok,      ///< paper there before and after
        End,     ///< paper end before the receipt
        RunsOut, ///< paper there before, gone after (the receipt was cut short)
        Silent,  ///< no back channel: never answers
    };
    /// Listens on 127.0.0.1 at a free port.
    bool start();
    Paper paper = Paper::Ok;
    /// The bytes of each connection the peer has closed, oldest first.
    QList<QByteArray> finished;

protected:
    void incomingConnection(qintptr handle) override;
};

/// socat linking two pseudo-terminals at `linkA` and `linkB` (raw, no echo).
class SocatPair
{
public:
    SocatPair(const QString &linkA, const QString &linkB);
    ~SocatPair();
    /// Starts socat and waits until both links exist.
    bool start(QString *error);
    /// Kills socat (the pty pair and both links vanish): an unplugged device.
    void kill();

private:
    QString m_a;
    QString m_b;
    QProcess m_socat;
};

} // namespace bk::testing
