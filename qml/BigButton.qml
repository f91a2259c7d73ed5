import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A large button with one short label: navigation, confirm, keypad actions.
AbstractButton {
    id: root

    property bool primary: false
    property int fontSize: Theme.fontLarge
    /// In a row of buttons: the button keeps its natural width while the row fits, and
    /// narrows, wrapping its words, when a language's words or large text would push the row
    /// off the screen. Never narrower than its longest word (nor than a touch target).
    property bool shrinks: false

    Layout.fillWidth: shrinks
    Layout.maximumWidth: shrinks ? implicitWidth : Infinity
    Layout.minimumWidth: Math.max(Theme.touchMin, longestWord.contentWidth + 2 * Theme.spacing)
    // Never lower than its words. Once a layout has narrowed the button its words may wrap,
    // but a layout ignores a size that changes while it is placing items (Qt Quick Layouts have
    // no height-for-width): the new height is handed to it after that pass, as a minimum.
    onImplicitHeightChanged: heightHandover.restart()
    Component.onCompleted: Layout.minimumHeight = implicitHeight

    implicitHeight: Math.max(Theme.navHeight, contentItem.implicitHeight + Theme.spacing)
    implicitWidth: Math.max(Theme.navWidth, contentItem.implicitWidth + 2 * Theme.spacing)
    Accessible.name: text
    focusPolicy: Qt.NoFocus

    background: Rectangle {
        radius: Theme.radius
        color: !root.enabled ? Theme.closed : (root.down ? Theme.pressed : (root.primary ? Theme.primary : Theme.surface))
        border.width: root.activeFocus ? Theme.focusBorder : Theme.border
        border.color: root.activeFocus ? Theme.focus : (root.enabled ? Theme.outline : Theme.closedOutline)
    }
    contentItem: Label {
        text: root.text
        font.family: Theme.fontFamily
        font.pixelSize: root.fontSize
        font.bold: true
        color: !root.enabled ? Theme.text : (root.down ? Theme.textPressed : (root.primary ? Theme.textPrimary : Theme.text))
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }

    Timer {
        id: heightHandover
        interval: 0
        onTriggered: root.Layout.minimumHeight = root.implicitHeight
    }

    // Measures the longest word of the label: a text one pixel wide wraps after every word.
    Text {
        id: longestWord
        visible: false
        width: 1
        text: root.text
        font.family: Theme.fontFamily
        font.pixelSize: root.fontSize
        font.bold: true
        wrapMode: Text.WordWrap
    }
}
