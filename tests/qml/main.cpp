// The Qt Quick Test runner: the kiosk's QML modules plus the test module (Borgerkiosk.Testing)
// with the fixture that builds the service graph.

#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Borgerkiosk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Borgerkiosk_UiPlugin)
Q_IMPORT_QML_PLUGIN(Borgerkiosk_TestingPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // qt_add_qml_module places the modules under qrc:/<URI>/; Qt 6.4 does not look there.
        engine->addImportPath(QStringLiteral("qrc:/"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(borgerkiosk, Setup)

#include "main.moc"
