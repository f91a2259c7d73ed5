pragma Singleton
import QtQuick

// Every size, colour and font of the kiosk UI, for each display mode: normal, large text,
// high contrast, and both at once. Pages use only these properties.
//
// Sizes are physical: each is given in mm and turned into pixels with the panel's pixels per mm
// (ui.panel_width_mm; Main.qml binds pixelsPerMm from KioskController). Text sizes are cap
// heights (EN 301 549 5.1.4: 0.7 degree at 600 mm = 7.3 mm for large text; 4.8 mm is the least
// any normal text has); the pixel size comes from the cap-height ratio of the font actually
// used (QFontMetricsF::capHeight through KioskController.capHeightRatio), not from a guess.
QtObject {
    id: theme

    // Inputs, bound by Main.qml: the session's modes and the panel's geometry. The defaults are
    // the 21.5" reference panel (1920 px over 476 mm) and DejaVu Sans (cap height 0.729 em).
    property bool largeText: false
    property bool highContrast: false
    property real pixelsPerMm: 1920 / 476
    property real capHeightRatio: 0.729

    /// Pixels for `mm` millimetres on the panel.
    function mm(millimetres) {
        return Math.round(millimetres * pixelsPerMm);
    }
    /// The pixel size that gives a cap height of at least `capMm` mm in the theme's font.
    function capPixels(capMm) {
        return Math.ceil(capMm * pixelsPerMm / capHeightRatio);
    }

    // Touch targets: at least 20 mm in both directions (the project's rule, for unsteady hands;
    // the e2e audit checks it), 22 mm for the smallest; primary choices larger.
    readonly property int touchMin: mm(22)
    readonly property int choiceHeight: mm(50)
    readonly property int choiceWidth: mm(150)
    readonly property int keyHeight: mm(30)
    readonly property int keyGap: mm(4)
    readonly property int navHeight: mm(25)
    readonly property int navWidth: mm(64)
    readonly property int qrSize: mm(90)
    readonly property int dialogWidth: mm(225)

    // Type, as cap heights in mm: normal text at least 5.4 mm (the floor is 4.8 mm), large text
    // at least 7.5 mm (the floor is 7.3 mm). Large text raises what is below that and no more:
    // titles, keys and numbers are already larger, and every extra mm costs the reflowed pages
    // room (the landscape day page is the tightest).
    readonly property string fontFamily: "DejaVu Sans"
    readonly property string monoFamily: "DejaVu Sans Mono"
    readonly property int fontSmall: capPixels(largeText ? 7.5 : 5.4)
    readonly property int fontBody: capPixels(largeText ? 7.8 : 6.2)
    readonly property int fontLarge: capPixels(largeText ? 8.5 : 8.0)
    readonly property int fontTitle: capPixels(10.8)
    readonly property int fontHuge: capPixels(25)
    readonly property int fontKey: capPixels(9.4)
    readonly property int fontCode: capPixels(14.5)
    readonly property real lineHeight: 1.15
    // Large text reflows grids into fewer columns: this many times the normal columns, at least 1.
    readonly property real columnScale: largeText ? 0.7 : 1

    readonly property int spacing: mm(6)
    readonly property int margin: mm(12)
    readonly property int radius: mm(4.5)
    // Outlines are heavier in high contrast, and a focused item gets a ring twice as heavy.
    readonly property int border: highContrast ? mm(1.5) : mm(1)
    readonly property int focusBorder: 2 * border
    // The non-visual mode's focus ring and frame: at least 3 mm in every mode.
    readonly property int focusRing: Math.ceil(3 * pixelsPerMm) // rounded up, never below 3 mm

    // Colours. Normal: dark on light. High contrast: light on dark, yellow outlines, and a
    // pressed button turns yellow with black text. Every text/background pair is at least 7:1
    // (WCAG 2 relative luminance; the e2e audit measures every text on every screen).
    readonly property color background: highContrast ? "#000000" : "#f4f1ea"
    readonly property color surface: highContrast ? "#141414" : "#ffffff"
    readonly property color text: highContrast ? "#ffffff" : "#1a1a1a"
    readonly property color textMuted: highContrast ? "#e6e6e6" : "#3b3b3b"
    readonly property color primary: highContrast ? "#003a70" : "#0b3d6b"
    readonly property color textPrimary: "#ffffff"
    readonly property color accent: highContrast ? "#00401a" : "#1e5631"
    readonly property color textAccent: "#ffffff"
    readonly property color warning: highContrast ? "#600000" : "#8a1c1c"
    readonly property color textWarning: "#ffffff"
    // A calm notice (not an alarm): a pale blue band with the ordinary text colour.
    readonly property color notice: highContrast ? "#1f2a38" : "#e3ebf3"
    readonly property color textNotice: highContrast ? "#ffffff" : "#1a1a1a"
    readonly property color outline: highContrast ? "#ffff00" : "#0b3d6b"
    readonly property color pressed: highContrast ? "#ffff00" : "#062540"
    readonly property color textPressed: highContrast ? "#000000" : "#ffffff"
    // The ring around the item a navigation keypad has moved to.
    readonly property color focus: highContrast ? "#00e5ff" : "#a63c00"
    readonly property color closed: highContrast ? "#2b2b2b" : "#dedad0"
    // A button that cannot be touched yet: no yellow outline in high contrast.
    readonly property color closedOutline: highContrast ? "#8c8c8c" : "#0b3d6b"
    // A keypad that is locked for a while (the technician's PIN pad) is drawn faded.
    readonly property real lockedOpacity: 0.4
    readonly property color entry: highContrast ? "#000000" : "#ffffff"
    readonly property color dim: highContrast ? "#cc000000" : "#99000000"

    // The technician's status badges: green ok, amber warning, red fault, grey information;
    // always with a word on them (never colour alone), each pair at least 7:1.
    readonly property color statusOk: highContrast ? "#00401a" : "#1e5631"
    readonly property color textStatusOk: "#ffffff"
    readonly property color statusWarning: highContrast ? "#ffd000" : "#f0b400"
    readonly property color textStatusWarning: highContrast ? "#000000" : "#1a1a1a"
    readonly property color statusFault: highContrast ? "#600000" : "#8a1c1c"
    readonly property color textStatusFault: "#ffffff"
    readonly property color statusInfo: highContrast ? "#2b2b2b" : "#dedad0"
    readonly property color textStatusInfo: highContrast ? "#ffffff" : "#1a1a1a"
    // The invisible corners of home that open the technician's PIN pad.
    readonly property int adminCorner: mm(35)

    // The demo side panel (technicians and newcomers only, never on a real stander): not a
    // citizen's screen, so it keeps one look in every mode.
    readonly property int demoPanelWidth: 640
    readonly property color demoBackground: "#262626"
    readonly property color textDemo: "#f2f2f2"
    readonly property color demoScreen: "#000000"
    readonly property color textDemoScreen: "#7cfc00"
    readonly property color demoDivider: "#4a4a4a"
}
