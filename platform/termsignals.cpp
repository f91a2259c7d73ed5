#include "platform/termsignals.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSignals, "bk.signals")

namespace bk {

namespace {

int g_pipe[2] = {-1, -1};

extern "C" void onTermSignal(int signo)
{
    const int saved = errno;
    const char byte = char(signo);
    (void)!::write(g_pipe[1], &byte, 1);
    errno = saved;
}

} // namespace

void quitOnTermSignals(QObject *context)
{
    if (g_pipe[0] >= 0)
        return;
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcSignals) << "no pipe for SIGTERM: it will end the program without cleanup";
        return;
    }
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
        char byte = 0;
        while (::read(g_pipe[0], &byte, 1) == 1) {
        }
        qCInfo(lcSignals).noquote() << "signal" << int(byte) << "received: quitting";
        QCoreApplication::quit();
    });
    struct sigaction sa
    {};
    sa.sa_handler = onTermSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}

} // namespace bk
