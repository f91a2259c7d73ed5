import QtQuick
import Borgerkiosk.Kiosk

// The technician's way in, on home only: hold the top-left corner for 3 s, then within 5 s the
// bottom-right corner for 3 s. Both areas are invisible and give no feedback a citizen could
// notice; their handlers grab passively, so a button under a corner still gets its tap.
Item {
    id: root

    required property AdminController admin

    visible: root.admin.gestureEnabled

    Item {
        objectName: "adminCornerTopLeft"
        anchors.left: parent.left
        anchors.top: parent.top
        width: Theme.adminCorner
        height: Theme.adminCorner
        PointHandler {
            onActiveChanged: active ? root.admin.cornerPressed("top-left") : root.admin.cornerReleased("top-left")
        }
    }
    Item {
        objectName: "adminCornerBottomRight"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: Theme.adminCorner
        height: Theme.adminCorner
        PointHandler {
            onActiveChanged: active ? root.admin.cornerPressed("bottom-right") : root.admin.cornerReleased("bottom-right")
        }
    }
}
