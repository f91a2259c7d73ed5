import QtQuick
import QtQuick.Controls

// A paragraph of body text: large, dark, wrapped, never cut off.
Label {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text
    wrapMode: Text.WordWrap
    lineHeight: Theme.lineHeight
}
