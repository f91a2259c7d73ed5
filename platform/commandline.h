#pragma once
// The kiosk's command line. Parsing never prints or exits: errors come back as values and
// main() decides what to print and which exit code to use.

#include <QString>
#include <QStringList>

namespace bk {

/// What the command line asks for.
struct CommandLine
{
    QString configPath = QStringLiteral("/etc/borgerkiosk/kiosk.conf");
    bool selfTest = false;  ///< check the stander (config ... ui), exit 0, 1 when a check fails
    bool json = false;      ///< with selfTest: one JSON object on stdout instead of lines
    QString screenshotPath; ///< save a PNG of the window once rendered, then quit
    bool exitAtFirstFrame = false; ///< print the time to home's first frame and peak RSS, exit 0
    bool printTestPage = false;    ///< print the printer test page, wait for the job, exit 0/1
    bool checkConfig = false;      ///< validate the configuration (no GUI), exit 0 or 78
    bool enrol = false;            ///< enrol with the central if not enrolled yet, then exit
    bool setAdminPin = false;      ///< read a new admin PIN on stdin, store its hash, exit
    bool help = false;
    bool version = false;
};

/// The options, or an error message for the technician (and a non-zero exit code).
struct CommandLineResult
{
    CommandLine options;
    QString error;    ///< empty when the command line is fine
    int exitCode = 0; ///< 64 (EX_USAGE, sysexits.h) with an error

    bool ok() const { return error.isEmpty(); }
};

/// Parses `args` (args[0] is the program name, as in QCoreApplication::arguments()).
CommandLineResult parseCommandLine(const QStringList &args);

/// The --help text: usage and every option, newline-terminated.
QString helpText();

} // namespace bk
