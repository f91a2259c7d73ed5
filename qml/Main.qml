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
            initialItem: homePage
        }

        Loader {
            Layout.preferredWidth: Theme.demoPanelWidth
            Layout.fillHeight: true
            active: root.demo !== null
            visible: active
            sourceComponent: DemoPanel {
                demo: root.demo
            }
        }
    }

    Component {
        id: homePage
        HomePage {
            kiosk: root.kiosk
        }
    }
}
