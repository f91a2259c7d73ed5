import QtQuick
import QtTest
import Borgerkiosk.Kiosk
import Borgerkiosk.Testing
import Borgerkiosk.Ui
import "../qml"

// The screen audit's measures and helpers; tst_screens.qml walks the screens with them. Every
// citizen screen (home, each step of each task, results, messages, the "still there?" dialog)
// for every language in `languages`, in portrait 1080x1920 and landscape
// 1920x1080, in each display mode (normal, large text, high contrast, both). A PNG of each
// (BK_SCREENSHOT_DIR: <lang>_<orientation>_<mode>_<screen>.png) and checks of every visible
// text and button from the item tree, in mm on the configured panel (ui.panel_width_mm):
// - cap height (QFontMetricsF::capHeight of the font drawn) >= 4.8 mm, >= 7.3 mm in large text
//   (EN 301 549 5.1.4; 0.7 degree at 600 mm);
// - contrast (WCAG 2 relative luminance) >= 7:1 between the text and the opaque colour behind it;
// - nothing truncated or elided, no text wider or taller than its box, outside its button, a
//   clipping parent or the screen;
// - every button at least 20 mm in both directions, inside the screen;
// - reading order: Back is at the start of the line (left; right in a right-to-left language).
// The technician's screens are audited in the normal look, which they always open in.
KioskTestCase {
    id: test

    // One line per language. `rtl` languages are checked for mirrored layouts; `landscape` ones
    // are audited on the landscape panel too (da, en and Arabic, the right-to-left one).
    readonly property var languages: [
        {
            code: "da",
            rtl: false,
            landscape: true
        },
        {
            code: "en",
            rtl: false,
            landscape: true
        },
        {
            code: "ar",
            rtl: true,
            landscape: true
        },
        {
            code: "tr",
            rtl: false,
            landscape: false
        },
        {
            code: "pl",
            rtl: false,
            landscape: false
        },
        {
            code: "uk",
            rtl: false,
            landscape: false
        },
        {
            code: "de",
            rtl: false,
            landscape: false
        }
    ]
    readonly property var modes: [
        {
            tag: "normal",
            largeText: false,
            highContrast: false
        },
        {
            tag: "large",
            largeText: true,
            highContrast: false
        },
        {
            tag: "contrast",
            largeText: false,
            highContrast: true
        },
        {
            tag: "large_contrast",
            largeText: true,
            highContrast: true
        }
    ]

    readonly property real minTouchMm: 20
    readonly property real minContrast: 7
    readonly property real minCapMm: 4.8
    readonly property real minLargeCapMm: 7.3
    property var problems: []
    property var current: null
    property int screens: 0

    function luminance(c) {
        function lin(v) {
            return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
    }

    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function isRectangle(it) {
        return it.radius !== undefined && it.border !== undefined && it.color !== undefined && it.text === undefined;
    }

    /// The opaque colour drawn behind `item`: its own or an ancestor's background, else the window.
    function backgroundOf(item) {
        for (let it = item; it; it = it.parent) {
            const bg = it.background;
            if (bg && bg.visible && bg.color !== undefined && bg.color.a > 0.99)
                return bg.color;
            if (it !== item && isRectangle(it) && it.visible && it.color.a > 0.99)
                return it.color;
        }
        return test.window.color;
    }

    function describe(it) {
        const name = it.objectName ? it.objectName : (it.text !== undefined ? "\"" + String(it.text).substring(0, 40) + "\"" : String(it));
        return name;
    }

    /// The panel's pixels per mm, from the configuration the kiosk runs with.
    function pxPerMm() {
        return KioskFixture.kiosk.pixelsPerMm;
    }

    /// The nearest ancestor of `item` that clips its children, or null.
    function clipperOf(item) {
        for (let it = item.parent; it; it = it.parent) {
            if (it.clip)
                return it;
        }
        return null;
    }

    function audit(screen, w, h, largeText) {
        const rootItem = test.window.contentItem.parent;
        const found = [];
        const ppm = pxPerMm();
        const minTouch = test.minTouchMm * ppm;
        const minCap = largeText ? test.minLargeCapMm : test.minCapMm;
        const outside = (x, y, ww, hh, bx, by, bw, bh) => x < bx - 0.5 || y < by - 0.5 || x + ww > bx + bw + 0.5 || y + hh > by + bh + 0.5;
        // Touch targets by layer: the page, or a sheet over it (the language sheet, a popup in
        // the window's overlay). Only the topmost layer's targets are checked for overlaps.
        const targets = {
            page: [],
            sheet: []
        };
        const isSheet = it => it.objectName === "languageChooser" || (it.parent && String(it.parent).startsWith("QQuickOverlay"));
        // `button`: the nearest interactive item around `it`, whose box its text must stay in.
        const walk = (it, button, layer) => {
            if (!it || !it.visible || it.opacity === 0)
                return;
            const p = it.mapToItem(rootItem, 0, 0);
            const interactive = typeof it.clicked === "function" && it.width > 0;
            if (interactive && (it.width < minTouch - 0.5 || it.height < minTouch - 0.5))
                found.push(screen + ": touch target " + describe(it) + " is " + (it.width / ppm).toFixed(1) + " x " + (it.height / ppm).toFixed(1) + " mm");
            const isText = it.truncated !== undefined && it.elide !== undefined;
            if (isText && String(it.text).length > 0) {
                if (it.truncated)
                    found.push(screen + ": text truncated " + describe(it));
                if (it.elide !== Text.ElideNone && it.contentWidth >= it.width - 0.5 && it.implicitWidth > it.width + 0.5)
                    found.push(screen + ": text elided " + describe(it));
                if (it.contentWidth > it.width + 1)
                    found.push(screen + ": text wider than its box " + describe(it) + " " + Math.round(it.contentWidth) + ">" + Math.round(it.width));
                if (it.contentHeight > it.height + 1)
                    found.push(screen + ": text taller than its box " + describe(it) + " " + Math.round(it.contentHeight) + ">" + Math.round(it.height));
                const left = p.x + (it.width - it.contentWidth) * (it.horizontalAlignment === Text.AlignHCenter ? 0.5 : it.horizontalAlignment === Text.AlignRight ? 1 : 0);
                const shownHeight = Math.min(it.height, it.contentHeight);
                if (outside(left, p.y, it.contentWidth, shownHeight, 0, 0, w, h))
                    found.push(screen + ": text outside the screen " + describe(it) + " at " + Math.round(p.x) + "," + Math.round(p.y));
                if (button) {
                    const b = button.mapToItem(rootItem, 0, 0);
                    if (outside(left, p.y, it.contentWidth, shownHeight, b.x, b.y, button.width, button.height))
                        found.push(screen + ": text spills out of its button " + describe(it) + " in " + describe(button));
                }
                const clipper = clipperOf(it);
                if (clipper) {
                    const c = clipper.mapToItem(rootItem, 0, 0);
                    if (outside(left, p.y, it.contentWidth, shownHeight, c.x, c.y, clipper.width, clipper.height))
                        found.push(screen + ": text cut off by a clipping parent " + describe(it));
                }
                const ratio = contrast(it.color, backgroundOf(it));
                if (ratio < test.minContrast)
                    found.push(screen + ": contrast " + ratio.toFixed(2) + ":1 for " + describe(it));
                const capMm = KioskFixture.capHeightPixels(it.font) / ppm;
                if (capMm < minCap - 0.005)
                    found.push(screen + ": cap height " + capMm.toFixed(2) + " mm < " + minCap + " mm for " + describe(it));
            }
            if (interactive && outside(p.x, p.y, it.width, it.height, 0, 0, w, h))
                found.push(screen + ": button outside the screen " + describe(it));
            const here = isSheet(it) ? "sheet" : layer;
            // A touch area over the whole screen (a sheet's blocker, the non-visual mode's
            // explore layer) is a layer, not a target.
            const layerArea = it.width >= w - 1 && it.height >= h - 1;
            if (interactive && !button && !layerArea)
                targets[here].push({
                    item: it,
                    x: p.x,
                    y: p.y,
                    w: it.width,
                    h: it.height
                });
            const kids = it.children;
            for (let i = 0; i < kids.length; ++i)
                walk(kids[i], interactive ? it : button, here);
        };
        // An open sheet covers the page: only what is on it (and above it) is seen.
        const sheet = findVisible(rootItem, "languageChooser");
        walk(sheet ? sheet : rootItem, null, sheet ? "sheet" : "page");
        // Two touch targets on top of each other: one hides the other, or a list ran under the
        // bottom row (the large-text errand list did in Ukrainian).
        const top = targets.sheet.length > 0 ? targets.sheet : targets.page;
        for (let i = 0; i < top.length; ++i) {
            for (let j = i + 1; j < top.length; ++j) {
                const a = top[i], b = top[j];
                const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
                const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
                if (dx > 1 && dy > 1)
                    found.push(screen + ": touch targets overlap " + describe(a.item) + " and " + describe(b.item));
            }
        }
        // Reading order: Back starts the bottom line, "Start again" ends it (mirrored in RTL).
        const back = findVisible(rootItem, "backButton"), home = findVisible(rootItem, "homeButton");
        if (back && home && test.current) {
            const bx = back.mapToItem(rootItem, 0, 0).x, hx = home.mapToItem(rootItem, 0, 0).x;
            if (test.current.rtl ? bx < hx : bx > hx)
                found.push(screen + ": Back is on the wrong side for the reading direction");
        }
        return found;
    }

    /// The variant's display modes, switched on with home's toggles (the citizen's way); the
    /// session turns them off whenever the citizen goes home, so tests call this again there.
    function applyModes() {
        const m = test.current;
        if (KioskFixture.session.largeText === m.largeText && KioskFixture.session.highContrast === m.highContrast)
            return;
        expectPage("home");
        if (KioskFixture.session.largeText !== m.largeText)
            touch("toggle_largeText");
        if (KioskFixture.session.highContrast !== m.highContrast)
            touch("toggle_highContrast");
        compare(KioskFixture.session.largeText, m.largeText, "large text toggled");
        compare(KioskFixture.session.highContrast, m.highContrast, "high contrast toggled");
    }

    /// Opens the kiosk for the current variant with its modes on.
    function begin(data) {
        test.current = data;
        start(data.lang, data.landscape);
        applyModes();
    }

    /// Fails the row when the audit found anything. Each problem goes to the log on its own
    /// line and the failure message stays short: QtTest 6.4 overflows a stack buffer when a
    /// failed compare() formats a long array ("stack smashing detected").
    function reportProblems() {
        for (const p of test.problems)
            console.warn("audit: " + p);
        verify(test.problems.length === 0, test.problems.length + " problems found by the audit (the lines 'audit:' above)");
    }

    function shot(prefix, screen) {
        // grabWindow() renders the scene itself; first every layout of the new screen settles.
        laidOut();
        const w = test.window.screenWidth, h = test.window.screenHeight;
        compare(test.window.width, w, "no demo panel in the screen tests");
        const admin = test.window.pageName.startsWith("admin");
        // A citizen's screen keeps the citizen's modes for the whole task.
        if (!admin) {
            compare(KioskFixture.session.largeText, test.current.largeText, screen + ": large text kept");
            compare(KioskFixture.session.highContrast, test.current.highContrast, screen + ": high contrast kept");
        }
        const name = prefix + "_" + screen;
        test.problems = test.problems.concat(audit(name, w, h, !admin && test.current.largeText));
        KioskFixture.saveScreenshot(test.window, name);
        ++test.screens;
    }

    /// Every language x orientation x display mode; `adminModes` limits the modes (the
    /// technician's screens open in the normal look whatever the citizen chose).
    function variants(modeTags) {
        const out = [];
        for (const lang of test.languages) {
            for (const landscape of lang.landscape ? [false, true] : [false]) {
                for (const m of test.modes) {
                    if (modeTags && modeTags.indexOf(m.tag) < 0)
                        continue;
                    out.push({
                        tag: lang.code + "_" + (landscape ? "landscape" : "portrait") + "_" + m.tag,
                        lang: lang.code,
                        rtl: lang.rtl,
                        landscape: landscape,
                        largeText: m.largeText,
                        highContrast: m.highContrast
                    });
                }
            }
        }
        return out;
    }
}
