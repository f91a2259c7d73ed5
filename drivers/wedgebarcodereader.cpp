#include "drivers/wedgebarcodereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWedge, "bk.drivers.wedge")

namespace bk {

namespace {

// More than any scan the parser accepts; a machine streaming keys is not buffered without end.
constexpr qsizetype kMaxHeldEvents = 4 * (scanner::kDefaultMaxScanBytes + 1);
// Bursts shorter than this are a person's keys, not worth a log line when dropped.
constexpr int kLoggedBurstKeys = 2;

bool isModifierKey(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt ||
           key == Qt::Key_AltGr || key == Qt::Key_Meta || key == Qt::Key_CapsLock;
}

bool isEnter(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

// Keys that only modify the next character on the kiosk's keymap (the Danish acute accent key
// where a US reader types '='): no text of their own.
bool isDeadKey(int key)
{
    return key >= Qt::Key_Dead_Grave && key <= Qt::Key_Dead_Longsolidusoverlay;
}

bool isPrintable(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
}

/// Whether `a` and `b` hold the same letters and digits in the same order (case aside):
/// they differ only in punctuation, which is what a keymap mismatch does to a bare code
/// between the layouts that share their letters (us, da, sv, no, uk).
bool sameLettersAndDigits(QStringView a, QStringView b)
{
    const auto alnum = [](QStringView s) {
        QString out;
        for (const QChar c : s)
            if (c.isLetterOrNumber())
                out += c.toUpper();
        return out;
    };
    return alnum(a) == alnum(b);
}

} // namespace

std::optional<int> scanCodeOffsetFor(QStringView platformName)
{
    if (platformName == u"xcb" || platformName.startsWith(u"wayland"))
        return keylayout::kXkbKeycodeOffset;
    return std::nullopt;
}

WedgeBarcodeReader::WedgeBarcodeReader(QObject *watched, const WedgeOptions &options, Clock clock,
                                       QObject *parent)
    : BarcodeReader(parent), m_watched(watched), m_options(options), m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
    m_options.maxGapMs = std::max(1, m_options.maxGapMs);
    m_giveUp.setSingleShot(true);
    m_giveUp.setInterval(2 * m_options.maxGapMs);
    connect(&m_giveUp, &QTimer::timeout, this, &WedgeBarcodeReader::onSilence);
    if (m_watched)
        m_watched->installEventFilter(this);
}

WedgeBarcodeReader::~WedgeBarcodeReader()
{
    if (m_watched)
        m_watched->removeEventFilter(this);
}

DeviceStatus WedgeBarcodeReader::status() const
{
    return {DeviceState::Connected, {}};
}

bool WedgeBarcodeReader::eventFilter(QObject *receiver, QEvent *event)
{
    // Key events reach a window first and are passed on to its items from there; looking at
    // windows only sees each key once.
    if (m_replaying || !receiver->isWindowType() ||
        (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease))
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);

    if (event->type() == QEvent::KeyRelease) {
        if (m_swallowRelease != 0 && key->key() == m_swallowRelease) {
            m_swallowRelease = 0;
            return true;
        }
        if (m_held.empty())
            return false;
        hold(receiver, key);
        return true;
    }

    if (isModifierKey(key->key())) {
        // Readers press Shift for capitals: part of the burst, but not a character.
        if (m_held.empty())
            return false;
        hold(receiver, key);
        return true;
    }
    const Stamp now = stampOf(key);
    if (!m_held.empty() && gapMs(m_lastPress, now) > m_options.maxGapMs) {
        // A person typing, or a scan split by a pause: a reader too slow for the setting.
        drop(m_keys >= m_options.minChars ? "gap" : nullptr,
             "a slow (Bluetooth) reader needs a larger scanner.wedge_max_gap_ms");
    }

    if (isTerminator(key->key())) {
        if (m_held.empty())
            return false;
        if (m_keys < m_options.minChars) {
            drop(m_keys >= kLoggedBurstKeys ? "too-short" : nullptr);
            return false;
        }
        finishScan(now.clockMs);
        m_swallowRelease = key->key();
        return true;
    }

    const QString text = key->text();
    const std::optional<QChar> positional = byPosition(key);
    const bool printable = isPrintable(text);
    if (key->isAutoRepeat() || (!printable && !positional && !isDeadKey(key->key()))) {
        // Another key (an arrow, Backspace, an Enter the settings do not expect): typing.
        drop(m_keys >= m_options.minChars ? "other-key" : nullptr,
             "set scanner.wedge_terminator to what the reader sends after a code");
        return false;
    }
    hold(receiver, key);
    addKey(printable ? text : QString(), positional);
    m_lastPress = now;
    m_rearmed = false;
    m_giveUp.start();
    return true;
}

WedgeBarcodeReader::Stamp WedgeBarcodeReader::stampOf(const QKeyEvent *event) const
{
    // Gaps are measured when the keys were pressed, as the window system stamped them, not when
    // this thread got round to them: a stalled GUI thread delivers a burst late and all at once.
    // Synthesized events carry no timestamp (0): the clock is all there is.
    Stamp s;
    s.clockMs = m_clock();
    if (event->timestamp() != 0) {
        s.fromEvent = true;
        s.eventMs = qint64(event->timestamp());
    }
    return s;
}

qint64 WedgeBarcodeReader::gapMs(const Stamp &from, const Stamp &to) const
{
    // X11 timestamps are 32-bit ms and wrap after 49 days; a gap backwards is no measure.
    if (from.fromEvent && to.fromEvent && to.eventMs >= from.eventMs)
        return to.eventMs - from.eventMs;
    return to.clockMs - from.clockMs;
}

bool WedgeBarcodeReader::isTerminator(int key) const
{
    switch (m_options.terminator) {
    case WedgeTerminator::Enter:
        return isEnter(key);
    case WedgeTerminator::Tab:
        return key == Qt::Key_Tab;
    case WedgeTerminator::None:
        return isEnter(key) || key == Qt::Key_Tab;
    }
    return false;
}

std::optional<QChar> WedgeBarcodeReader::byPosition(const QKeyEvent *event) const
{
    if (!m_options.scanCodeOffset || event->nativeScanCode() == 0)
        return std::nullopt;
    const int code = int(event->nativeScanCode()) - *m_options.scanCodeOffset;
    return keylayout::character(m_options.readerLayout,
                                {code, event->modifiers().testFlag(Qt::ShiftModifier)});
}

void WedgeBarcodeReader::hold(QObject *receiver, const QKeyEvent *event)
{
    if (qsizetype(m_held.size()) < kMaxHeldEvents)
        m_held.push_back({receiver, std::unique_ptr<QKeyEvent>(event->clone())});
}

void WedgeBarcodeReader::addKey(const QString &text, std::optional<QChar> positional)
{
    ++m_keys;
    if (m_text.size() <= scanner::kDefaultMaxScanBytes)
        m_text += text;
    if (!positional)
        m_positionalComplete = false;
    else if (m_positional.size() <= scanner::kDefaultMaxScanBytes)
        m_positional += *positional;
}

void WedgeBarcodeReader::finishScan(qint64 nowMs)
{
    QByteArray code = readText().toUtf8();
    const bool overlong = code.size() > scanner::kDefaultMaxScanBytes;
    code.truncate(scanner::kDefaultMaxScanBytes + 1);
    const int keys = m_keys;
    m_held.clear();
    m_text.clear();
    m_positional.clear();
    m_positionalComplete = true;
    m_keys = 0;
    m_giveUp.stop();
    if (overlong) {
        // Passed on all the same: the app refuses it with a message to the citizen.
        qCInfo(lcWedge) << "wedge scan over-long:" << keys << "keys";
    }
    if (!m_duplicates.accept(code, nowMs)) {
        qCInfo(lcWedge) << "wedge scan dropped: duplicate (the same code again within 2 s)";
        return;
    }
    emit scanned(code);
}

QString WedgeBarcodeReader::readText()
{
    using keylayout::Layout;
    const Layout reader = m_options.readerLayout;
    if (m_options.scanCodeOffset && m_positionalComplete) {
        if (m_positional.compare(m_text, Qt::CaseInsensitive) != 0)
            logOnce(QStringLiteral("by-position"),
                    QStringLiteral("wedge reader: the kiosk's keymap types other characters "
                                   "than scanner.wedge_layout = %1; keys are read by their "
                                   "position, nothing to do")
                        .arg(keylayout::name(reader)),
                    QtInfoMsg);
        return m_positional;
    }
    QString expected = m_text;
    if (m_options.kioskKeymap && *m_options.kioskKeymap != reader) {
        if (const std::optional<QString> back =
                keylayout::retype(m_text, *m_options.kioskKeymap, reader))
            expected = *back;
    }
    if (!m_options.accepts || m_options.accepts(expected.toUtf8()))
        return expected;
    // Refused as it came: see whether the kiosk's keymap is another one than configured. A
    // mapping that changes letters or digits (German swaps Y and Z) is taken only on evidence
    // of a mismatch (characters the reader's layout cannot type, such as 'Æ' or 'ß'), and a
    // scan is taken only when exactly one keymap reads it: a plain misread (a wrong check
    // character) must not be "repaired" into another valid code - someone else's booking.
    const bool evidence = !keylayout::canType(reader, expected);
    std::optional<std::pair<Layout, QString>> found;
    for (const Layout keymap : keylayout::all()) {
        const std::optional<QString> back = keylayout::retype(m_text, keymap, reader);
        if (!back || *back == expected || (!evidence && !sameLettersAndDigits(*back, expected)) ||
            !m_options.accepts(back->toUtf8()))
            continue;
        if (found && found->second != *back) {
            logOnce(QStringLiteral("ambiguous"),
                    QStringLiteral("wedge reader: a scan reads differently under keymaps %1 "
                                   "and %2 and is refused; set scanner.wedge_keymap to the "
                                   "kiosk's keymap")
                        .arg(keylayout::name(found->first), keylayout::name(keymap)));
            return expected;
        }
        if (!found)
            found = std::make_pair(keymap, *back);
    }
    if (found) {
        logOnce(QStringLiteral("mapped-%1").arg(keylayout::name(found->first)),
                QStringLiteral("wedge reader: a scan only read after mapping it back from "
                               "keymap %1 to scanner.wedge_layout = %2; set "
                               "scanner.wedge_keymap = %1 (the kiosk's keymap), or set the "
                               "reader to the kiosk's layout")
                    .arg(keylayout::name(found->first), keylayout::name(reader)));
        return found->second;
    }
    if (!keylayout::canType(reader, m_text))
        logOnce(QStringLiteral("untypeable"),
                QStringLiteral("wedge reader: a scan holds characters a reader set to "
                               "scanner.wedge_layout = %1 cannot type; check that setting "
                               "and scanner.wedge_keymap against the reader and the kiosk")
                    .arg(keylayout::name(reader)));
    return expected;
}

void WedgeBarcodeReader::drop(const char *reason, const char *advice)
{
    if (reason) {
        if (advice)
            qCInfo(lcWedge).nospace() << "wedge scan dropped: " << reason << " after " << m_keys
                                      << " keys (" << advice << ")";
        else
            qCInfo(lcWedge).nospace()
                << "wedge scan dropped: " << reason << " after " << m_keys << " keys";
    }
    replay();
}

void WedgeBarcodeReader::onSilence()
{
    // A timer that fires late means the GUI thread was stalled: the rest of the burst may be
    // queued behind it, stamped in time. Wait once more before calling the burst finished.
    const qint64 late = m_clock() - m_lastPress.clockMs - m_giveUp.interval();
    if (!m_rearmed && late > m_options.maxGapMs) {
        m_rearmed = true;
        m_giveUp.start();
        return;
    }
    if (m_options.terminator == WedgeTerminator::None && m_keys >= m_options.minChars) {
        finishScan(m_clock());
        return;
    }
    drop(m_keys >= m_options.minChars ? "no-terminator" : nullptr,
         "set scanner.wedge_terminator to what the reader sends after a code");
}

void WedgeBarcodeReader::logOnce(const QString &kind, const QString &message, QtMsgType type)
{
    if (m_logged.contains(kind))
        return;
    m_logged.insert(kind);
    if (type == QtInfoMsg)
        qCInfo(lcWedge).noquote() << message;
    else
        qCWarning(lcWedge).noquote() << message;
}

void WedgeBarcodeReader::replay()
{
    m_giveUp.stop();
    std::vector<Held> held;
    held.swap(m_held);
    m_text.clear();
    m_positional.clear();
    m_positionalComplete = true;
    m_keys = 0;
    m_replaying = true;
    for (const Held &h : held)
        if (h.receiver)
            QCoreApplication::sendEvent(h.receiver, h.event.get());
    m_replaying = false;
}

} // namespace bk
