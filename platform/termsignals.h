#pragma once
// SIGTERM and SIGINT as a clean quit: systemd stops a unit with SIGTERM (to every process of
// it, so also the app under cage), and a clean exit closes the cache and tells systemd
// STOPPING=1. The handler only writes a byte to a pipe (async-signal-safe, the self-pipe
// trick from signal-safety(7)); the event loop reads it and calls QCoreApplication::quit().

class QObject;

namespace bk {

/// Installs the handlers; the notifier lives as a child of `context` (a QCoreApplication in
/// the program). Call once, after the application object exists.
void quitOnTermSignals(QObject *context);

} // namespace bk
