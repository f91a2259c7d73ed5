import QtQuick

// The start bench's floor: a plain Qt Quick window of the kiosk's size (portrait, 1080 x 1920)
// with about as much on it as home: the site's line and clock, a greeting, three choices of
// two lines each, four called numbers, seven language buttons and three display toggles.
// Only QtQuick: what any Qt Quick program pays before its first frame.
Window {
    id: root

    width: 1080
    height: 1920
    visible: true
    color: "#f4f1ea"

    Column {
        anchors.fill: parent
        anchors.margins: 40
        spacing: 30

        Row {
            width: parent.width
            Text {
                width: parent.width - clock.width
                text: "Borgerservice Demo"
                font.pixelSize: 48
                font.bold: true
            }
            Text {
                id: clock
                text: "10:42"
                font.pixelSize: 48
            }
        }
        Text {
            width: parent.width
            text: "Velkommen. Hvad vil du?"
            font.pixelSize: 64
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: [["Jeg har en tid", "Scan eller tast din kode"],
                ["Bestil en tid", "Vælg ærinde, dag og tid"],
                ["Træk et nummer", "Uden tid: vent på din tur"]]
            Rectangle {
                required property var modelData
                width: parent.width
                height: 220
                radius: 16
                color: "#1d4e89"
                Column {
                    anchors.centerIn: parent
                    Text {
                        text: modelData[0]
                        color: "white"
                        font.pixelSize: 60
                        font.bold: true
                    }
                    Text {
                        text: modelData[1]
                        color: "white"
                        font.pixelSize: 36
                    }
                }
            }
        }
        Text {
            text: "Nu betjenes"
            font.pixelSize: 40
            font.bold: true
        }
        Repeater {
            model: ["A042 → Skranke 3", "B007 → Skranke 12", "A041 → Skranke 1", "K003 → Skranke 5"]
            Text {
                required property string modelData
                text: modelData
                font.pixelSize: 40
            }
        }
        Flow {
            width: parent.width
            spacing: 16
            Repeater {
                model: ["Dansk", "English", "العربية", "Türkçe", "Polski", "Українська", "Deutsch"]
                Rectangle {
                    required property string modelData
                    width: 300
                    height: 100
                    radius: 12
                    border.width: 3
                    Text {
                        anchors.centerIn: parent
                        text: modelData
                        font.pixelSize: 36
                    }
                }
            }
        }
        Row {
            spacing: 16
            Repeater {
                model: ["Lyt", "Stor tekst", "Høj kontrast"]
                Rectangle {
                    required property string modelData
                    width: 320
                    height: 100
                    radius: 12
                    border.width: 3
                    Text {
                        anchors.centerIn: parent
                        text: modelData
                        font.pixelSize: 36
                    }
                }
            }
        }
    }
}
