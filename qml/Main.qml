import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// The kiosk window: the citizen's screens in a stack, and the demo panel beside them in demo mode.
ApplicationWindow {
    id: root

    required property KioskController kiosk
    // Null unless the kiosk runs in demo mode.
    property DemoController demo: null

    readonly property int screenWidth: root.kiosk.landscape ? 1920 : 1080
    readonly property int screenHeight: root.kiosk.landscape ? 1080 : 1920

    width: screenWidth + (demo ? Theme.demoPanelWidth : 0)
    height: screenHeight
    visible: true
    visibility: root.kiosk.fullscreen ? Window.FullScreen : Window.Windowed
    title: qsTr("Citizen service kiosk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    RowLayout {
        anchors.fill: parent
        spacing: 0

        StackView {
            id: stack
            objectName: "pages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: HomePage {
                kiosk: root.kiosk
            }
        }

        Loader {
            id: demoPanel
            Layout.preferredWidth: Theme.demoPanelWidth
            Layout.fillHeight: true
            visible: root.demo !== null
        }
    }

    // setSource() hands the panel its required controller; the panel exists only in demo mode.
    Component.onCompleted: {
        if (root.demo !== null)
            demoPanel.setSource("DemoPanel.qml", {
                "demo": root.demo
            });
    }
}
