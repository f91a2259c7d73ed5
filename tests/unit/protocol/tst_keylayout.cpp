// Keyboard layouts by key position: the tables agree with XKB (libxkbcommon compiling the
// system's xkb-data, as the kiosk's compositor does), and a wedge reader's text received
// through another keymap is read back as the reader typed it.
#include "protocol/keylayout.h"

#include <QTest>

#include <xkbcommon/xkbcommon.h>

#include <memory>

using namespace bk::keylayout;

namespace {

// The XKB layout names of our layouts.
const char *xkbName(Layout layout)
{
    switch (layout) {
    case Layout::Us:
        return "us";
    case Layout::Da:
        return "dk";
    case Layout::De:
        return "de";
    case Layout::Sv:
        return "se";
    case Layout::No:
        return "no";
    case Layout::Uk:
        return "gb";
    }
    return "";
}

struct ContextFree
{
    void operator()(xkb_context *c) const { xkb_context_unref(c); }
};
struct KeymapFree
{
    void operator()(xkb_keymap *k) const { xkb_keymap_unref(k); }
};

} // namespace

class TestKeyLayout : public QObject
{
    Q_OBJECT

private slots:
    void tablesMatchXkb_data()
    {
        QTest::addColumn<int>("layout");
        for (Layout l : all())
            QTest::newRow(xkbName(l)) << int(l);
    }

    void tablesMatchXkb()
    {
        QFETCH(int, layout);
        const auto l = Layout(layout);
        std::unique_ptr<xkb_context, ContextFree> context(xkb_context_new(XKB_CONTEXT_NO_FLAGS));
        QVERIFY(context);
        const xkb_rule_names names{"evdev", "pc105", xkbName(l), "", ""};
        std::unique_ptr<xkb_keymap, KeymapFree> keymap(
            xkb_keymap_new_from_names(context.get(), &names, XKB_KEYMAP_COMPILE_NO_FLAGS));
        QVERIFY2(keymap, "xkb-data has the layout");
        for (int code : tableKeys()) {
            const xkb_keycode_t keycode = xkb_keycode_t(code + kXkbKeycodeOffset);
            for (xkb_level_index_t level : {0u, 1u}) {
                const xkb_keysym_t *syms = nullptr;
                int n = xkb_keymap_key_get_syms_by_level(keymap.get(), keycode, 0, level, &syms);
                if (n == 0 && level == 1) // a one-level key (space): Shift types the same
                    n = xkb_keymap_key_get_syms_by_level(keymap.get(), keycode, 0, 0, &syms);
                QVERIFY2(n == 1, qPrintable(QStringLiteral("key %1").arg(code)));
                char symName[64] = {};
                xkb_keysym_get_name(syms[0], symName, sizeof symName);
                const std::optional<QChar> ours = character(l, {code, level == 1});
                const QString where =
                    QStringLiteral("key %1 level %2 (%3)").arg(code).arg(level + 1).arg(symName);
                if (QByteArrayView(symName).startsWith("dead_")) {
                    QVERIFY2(!ours, qPrintable(where + QStringLiteral(": a dead key")));
                } else {
                    QVERIFY2(ours, qPrintable(where));
                    QCOMPARE(char32_t(ours->unicode()), xkb_keysym_to_utf32(syms[0]));
                }
            }
        }
    }

    void namesAndXkbNames()
    {
        QCOMPARE(name(Layout::Da), QLatin1StringView("da"));
        QCOMPARE(name(Layout::Uk), QLatin1StringView("uk"));
        QCOMPARE(fromXkbName(u"dk"), std::optional(Layout::Da));
        QCOMPARE(fromXkbName(u"dk(nodeadkeys),us"), std::optional(Layout::Da));
        QCOMPARE(fromXkbName(u"fi"), std::optional(Layout::Sv));
        QCOMPARE(fromXkbName(u"gb"), std::optional(Layout::Uk));
        QCOMPARE(fromXkbName(u"fr"), std::optional<Layout>());
        QCOMPARE(fromXkbName(u""), std::optional<Layout>());
    }

    void positions()
    {
        // US reader, Danish kiosk: the keys for '-', '/' and ':' (Shift + ';').
        QCOMPARE(character(Layout::Us, {12, false}), std::optional(QChar(u'-')));
        QCOMPARE(character(Layout::Da, {12, false}), std::optional(QChar(u'+')));
        QCOMPARE(character(Layout::Da, {53, false}), std::optional(QChar(u'-')));
        QCOMPARE(character(Layout::Da, {39, true}), std::optional(QChar(u'Æ')));
        QCOMPARE(character(Layout::Da, {13, false}), std::optional<QChar>()); // dead acute
        QCOMPARE(character(Layout::Us, {28, false}), std::optional<QChar>()); // Enter: no table
        QCOMPARE(strokeFor(Layout::Us, u':'), std::optional(KeyStroke{39, true}));
        QCOMPARE(strokeFor(Layout::Us, u'<'), std::optional(KeyStroke{51, true})); // not 102nd
        QCOMPARE(strokeFor(Layout::Us, u'Æ'), std::optional<KeyStroke>());
    }

    void retype_data()
    {
        QTest::addColumn<int>("received");
        QTest::addColumn<int>("typed");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("meant");
        const auto row = [](const char *name, Layout received, Layout typed, const QString &text,
                            const QString &meant) {
            QTest::newRow(name) << int(received) << int(typed) << text << meant;
        };
        const QString url = QStringLiteral("https://booking.example.dk/b/K7M3-QX9S");
        row("dk code", Layout::Da, Layout::Us, QStringLiteral("K7M3+QX9S"),
            QStringLiteral("K7M3-QX9S"));
        row("dk url", Layout::Da, Layout::Us,
            QStringLiteral("httpsÆ--booking.example.dk-b-K7M3+QX9S"), url);
        row("de url", Layout::De, Layout::Us,
            QStringLiteral("httpsÖ--booking.example.dk-b-K7M3ßQX9S"), url);
        row("de swaps y and z", Layout::De, Layout::Us, QStringLiteral("YZyz"),
            QStringLiteral("ZYzy"));
        row("se url", Layout::Sv, Layout::Us,
            QStringLiteral("httpsÖ--booking.example.dk-b-K7M3+QX9S"), url);
        row("no url", Layout::No, Layout::Us,
            QStringLiteral("httpsØ--booking.example.dk-b-K7M3+QX9S"), url);
        row("uk query", Layout::Uk, Layout::Us, QStringLiteral("a?b=c@d~#"),
            QStringLiteral("a?b=c\"d|\\"));
        row("same layout", Layout::Da, Layout::Da, QStringLiteral("K7M3+QX9S"),
            QStringLiteral("K7M3+QX9S"));
        row("danish reader on a US kiosk", Layout::Us, Layout::Da,
            QStringLiteral("https>&&booking.example.dk&b&K7M3/QX9S"), url);
    }

    void retype()
    {
        QFETCH(int, received);
        QFETCH(int, typed);
        QFETCH(QString, text);
        QFETCH(QString, meant);
        QCOMPARE(bk::keylayout::retype(text, Layout(received), Layout(typed)),
                 std::optional(meant));
    }

    void retypeNeedsEveryCharacterOnAKey()
    {
        QCOMPARE(bk::keylayout::retype(u"K7M3€QX9S", Layout::Da, Layout::Us),
                 std::optional<QString>());
        // '=' on a US kiosk is the Danish dead acute key: nothing a Danish reader types.
        QCOMPARE(bk::keylayout::retype(u"a=b", Layout::Us, Layout::Da), std::optional<QString>());
        QVERIFY(canType(Layout::Us, u"https://x.dk/b/K7M3-QX9S?a=1&b=2#c"));
        QVERIFY(!canType(Layout::Us, u"httpsÆ--x"));
        QVERIFY(canType(Layout::Da, u"httpsÆ--x"));
    }
};

QTEST_APPLESS_MAIN(TestKeyLayout)
#include "tst_keylayout.moc"
