#include "kiosk/qrcodeitem.h"

#include <QPainter>

#include <qrencode.h>

namespace bk {

QrCodeItem::QrCodeItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_size = 0;
    m_modules.clear();
    if (!m_text.isEmpty()) {
        const QByteArray utf8 = m_text.toUtf8();
        // Level M: survives a crease or a smudge on a printed letter.
        if (QRcode *qr = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M)) {
            m_size = qr->width;
            m_modules.resize(size_t(m_size) * size_t(m_size));
            for (size_t i = 0; i < m_modules.size(); ++i)
                m_modules[i] = (qr->data[i] & 1) != 0;
            QRcode_free(qr);
        }
    }
    emit textChanged();
    update();
}

void QrCodeItem::setDark(const QColor &c)
{
    if (c == m_dark)
        return;
    m_dark = c;
    emit colorsChanged();
    update();
}

void QrCodeItem::setLight(const QColor &c)
{
    if (c == m_light)
        return;
    m_light = c;
    emit colorsChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    const int total = modules();
    if (total == 0)
        return;
    // Whole pixels per module keep every module the same size, which scanners need.
    const int side = int(std::min(width(), height()));
    const int unit = std::max(1, side / total);
    const int offsetX = (int(width()) - unit * total) / 2;
    const int offsetY = (int(height()) - unit * total) / 2;
    painter->fillRect(QRect(offsetX, offsetY, unit * total, unit * total), m_light);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (m_modules[size_t(y) * size_t(m_size) + size_t(x)])
                painter->fillRect(QRect(offsetX + (x + kQuietZone) * unit,
                                        offsetY + (y + kQuietZone) * unit, unit, unit),
                                  m_dark);
}

} // namespace bk
