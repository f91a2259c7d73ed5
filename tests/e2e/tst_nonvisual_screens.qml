import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing
import Borgerkiosk.Ui
import "../qml"

// The non-visual mode's focus ring and band under a real X server, in each display mode (normal,
// large text, high contrast) and in Arabic: a PNG of each (BK_SCREENSHOT_DIR:
// nonvisual_<lang>_<mode>_<screen>.png), the ring at least 3 mm wide, drawn in the theme's focus
// colour all round the focused item (read back from the window's pixels) and at least 3:1
// against the page (WCAG 2.1 1.4.11), the band's text at least 7:1.
KioskTestCase {
    id: test
    name: "NonVisualScreens"

    function luminance(c) {
        const lin = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
    function sameColour(a, b) {
        return Math.abs(a.r - b.r) < 0.02 && Math.abs(a.g - b.g) < 0.02 && Math.abs(a.b - b.b) < 0.02;
    }

    function test_focusRing_data() {
        return [{tag: "da_normal", language: "da", large: false, contrast: false},
                {tag: "da_large", language: "da", large: true, contrast: false},
                {tag: "da_contrast", language: "da", large: false, contrast: true},
                {tag: "ar_normal", language: "ar", large: false, contrast: false}];
    }

    function test_focusRing(data) {
        start(data.language, false);
        KioskFixture.session.largeText = data.large;
        KioskFixture.session.highContrast = data.contrast;
        KioskFixture.session.nonVisual = true;
        const layer = findVisible(test.window.contentItem.parent, "nonVisualLayer");
        for (const screen of ["home", "checkin-entry"]) {
            if (screen === "checkin-entry") {
                KioskFixture.session.startCheckIn();
                expectPage("checkin-entry");
            }
            waitForItemPolished(test.window.contentItem);
            // Three steps on from the first item: a choice on home, a key on the keypad.
            layer.move(1);
            layer.move(1);
            layer.move(1);
            const target = layer.current;
            verify(target !== null);
            const ring = item("focusRing");
            const band = item("nonVisualBand");
            renderedFrame();
            const shot = KioskFixture.saveScreenshot(test.window, "nonvisual_" + data.tag + "_" + screen);
            verify(shot.length > 0, "screenshot saved");

            const mm = Theme.pixelsPerMm;
            verify(ring.border.width / mm >= 3 - 0.01, "ring " + (ring.border.width / mm).toFixed(2) + " mm wide");
            verify(contrast(Theme.focus, Theme.background) >= 3, "ring against the page: " + contrast(Theme.focus, Theme.background).toFixed(2));
            verify(contrast(Theme.background, Theme.text) >= 7, "band text");
            verify(band.visible);
            // The ring's pixels: in the middle of its stroke on all four sides of the item.
            const img = grabImage(test.window.contentItem);
            const p = target.mapToItem(test.window.contentItem, 0, 0);
            const half = ring.border.width / 2;
            const probes = [[p.x + target.width / 2, p.y - half], [p.x + target.width / 2, p.y + target.height + half],
                            [p.x - half, p.y + target.height / 2], [p.x + target.width + half, p.y + target.height / 2]];
            for (const [x, y] of probes) {
                const c = img.pixel(Math.round(x), Math.round(y));
                verify(sameColour(c, Theme.focus), screen + ": the ring is drawn at " + Math.round(x) + "," + Math.round(y) + " (" + c + " vs " + Theme.focus + ")");
            }
            // Nothing of the focused item is hidden: the ring lies outside it, on the screen.
            verify(ring.x >= 0 && ring.y >= 0 && ring.x + ring.width <= test.window.screenWidth && ring.y + ring.height <= test.window.screenHeight, "ring on screen");
        }
    }
}
