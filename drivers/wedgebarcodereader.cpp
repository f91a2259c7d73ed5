#include "wedgebarcodereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace bk {

namespace {

// More than any scan the parser accepts; a machine streaming keys is not buffered without end.
constexpr qsizetype kMaxHeldEvents = 4 * (scanner::kDefaultMaxScanBytes + 1);

bool isModifierKey(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt ||
           key == Qt::Key_AltGr || key == Qt::Key_Meta || key == Qt::Key_CapsLock;
}

bool isEnter(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

WedgeBarcodeReader::WedgeBarcodeReader(QObject *watched, const WedgeOptions &options, Clock clock,
                                       QObject *parent)
    : BarcodeReader(parent), m_watched(watched), m_options(options), m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
    m_giveUp.setSingleShot(true);
    m_giveUp.setInterval(2 * m_options.maxGapMs);
    connect(&m_giveUp, &QTimer::timeout, this, &WedgeBarcodeReader::replay);
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
        if (m_swallowEnterRelease && isEnter(key->key())) {
            m_swallowEnterRelease = false;
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
    const qint64 now = m_clock();
    if (!m_held.empty() && now - m_lastPressMs > m_options.maxGapMs)
        replay(); // the gap says a person is typing

    if (isEnter(key->key())) {
        if (m_held.empty() || m_text.size() < m_options.minChars) {
            replay();
            return false;
        }
        QByteArray code = m_text.toUtf8().left(scanner::kDefaultMaxScanBytes + 1);
        m_held.clear();
        m_text.clear();
        m_giveUp.stop();
        m_swallowEnterRelease = true;
        if (m_duplicates.accept(code, now))
            emit scanned(code);
        return true;
    }

    const QString text = key->text();
    const bool printable = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(),
                                                          [](QChar c) { return c.isPrint(); });
    if (!printable || key->isAutoRepeat()) {
        replay();
        return false;
    }
    hold(receiver, key);
    if (m_text.size() <= scanner::kDefaultMaxScanBytes)
        m_text += text;
    m_lastPressMs = now;
    m_giveUp.start();
    return true;
}

void WedgeBarcodeReader::hold(QObject *receiver, const QKeyEvent *event)
{
    if (qsizetype(m_held.size()) < kMaxHeldEvents)
        m_held.push_back({receiver, std::unique_ptr<QKeyEvent>(event->clone())});
}

void WedgeBarcodeReader::replay()
{
    m_giveUp.stop();
    std::vector<Held> held;
    held.swap(m_held);
    m_text.clear();
    m_replaying = true;
    for (const Held &h : held)
        if (h.receiver)
            QCoreApplication::sendEvent(h.receiver, h.event.get());
    m_replaying = false;
}

} // namespace bk
