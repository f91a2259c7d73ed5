// The start bench's floor program: Floor.qml, a plain Qt Quick window of the kiosk's size and
// about home's content. With --exit-at-first-frame it prints what the kiosk prints at its
// first frame (platform/startmeasure.h) once its first frame is swapped, then exits 0.

#include "platform/startmeasure.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>
#include <utility>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const bool measure = QCoreApplication::arguments().contains(u"--exit-at-first-frame"_qs);
    QQmlApplicationEngine engine;
    engine.load(QUrl(u"qrc:/floor/Floor.qml"_qs));
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fputs("bench_start_floor: Floor.qml did not load\n", stderr);
        return 1;
    }
    if (measure) {
        // As in the kiosk: frameSwapped comes from the render thread, queued to this one.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [done = false]() mutable {
                // Swaps queued before the exit still arrive: one line is enough.
                if (std::exchange(done, true))
                    return;
                std::fputs(bk::firstFrameLine().constData(), stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::QueuedConnection);
        window->requestUpdate();
    }
    return QGuiApplication::exec();
}
