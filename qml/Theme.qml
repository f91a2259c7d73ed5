pragma Singleton
import QtQuick

// Every size, colour and font of the kiosk UI. Sizes are for the reference panel, a 21.5"
// 1080x1920 portrait touch screen: 1080 px over 268 mm is about 4.0 px per mm.
QtObject {
    readonly property real pxPerMm: 4.03

    // Touch targets: at least 20 mm (81 px) in both directions; primary choices larger.
    readonly property int touchMin: 96
    readonly property int choiceHeight: 200
    readonly property int keyHeight: 120
    readonly property int keyGap: 16
    readonly property int navHeight: 110
    readonly property int navWidth: 260
    readonly property int qrSize: 360

    // Type. DejaVu Sans cap height is 0.73 em, so 34 px gives 24.8 px = 6.2 mm (>= 4.8 mm).
    readonly property string fontFamily: "DejaVu Sans"
    readonly property string monoFamily: "DejaVu Sans Mono"
    readonly property int fontSmall: 30
    readonly property int fontBody: 34
    readonly property int fontLarge: 44
    readonly property int fontTitle: 60
    readonly property int fontHuge: 140
    readonly property int fontKey: 52
    readonly property int fontCode: 80

    readonly property int spacing: 24
    readonly property int margin: 48
    readonly property int radius: 18
    readonly property int border: 4

    // Colours: every text/background pair used is at least 7:1 (checked by the e2e test).
    readonly property color background: "#f4f1ea"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1a1a1a"
    readonly property color textMuted: "#3b3b3b"
    readonly property color primary: "#0b3d6b"
    readonly property color textPrimary: "#ffffff"
    readonly property color accent: "#1e5631"
    readonly property color textAccent: "#ffffff"
    readonly property color warning: "#8a1c1c"
    readonly property color textWarning: "#ffffff"
    // A calm notice (not an alarm): a pale blue band with the ordinary text colour.
    readonly property color notice: "#e3ebf3"
    readonly property color textNotice: "#1a1a1a"
    readonly property color outline: "#0b3d6b"
    readonly property color pressed: "#062540"
    readonly property color closed: "#dedad0"
    readonly property color entry: "#ffffff"
    readonly property color dim: "#99000000"

    // The technician's status badges: green ok, amber warning, red fault, grey information;
    // always with a word on them (never colour alone), each pair at least 7:1.
    readonly property color statusOk: "#1e5631"
    readonly property color textStatusOk: "#ffffff"
    readonly property color statusWarning: "#f0b400"
    readonly property color textStatusWarning: "#1a1a1a"
    readonly property color statusFault: "#8a1c1c"
    readonly property color textStatusFault: "#ffffff"
    readonly property color statusInfo: "#dedad0"
    readonly property color textStatusInfo: "#1a1a1a"
    // The invisible corners of home that open the technician's PIN pad.
    readonly property int adminCorner: 140

    // The demo side panel (technicians and newcomers only, never on a real stander).
    readonly property int demoPanelWidth: 640
    readonly property color demoBackground: "#262626"
    readonly property color textDemo: "#f2f2f2"
}
