#pragma once
// A QR code drawn crisp at any size (libqrencode): the booking code on the "done" screen and
// the borger.dk address on the self-service screen.

#include <QColor>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace bk {

class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QColor dark READ dark WRITE setDark NOTIFY colorsChanged)
    Q_PROPERTY(QColor light READ light WRITE setLight NOTIFY colorsChanged)
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QColor dark() const { return m_dark; }
    void setDark(const QColor &c);
    QColor light() const { return m_light; }
    void setLight(const QColor &c);
    /// Modules per side including the quiet zone; 0 when there is nothing to draw.
    int modules() const { return m_size == 0 ? 0 : m_size + 2 * kQuietZone; }

    void paint(QPainter *painter) override;

signals:
    void textChanged();
    void colorsChanged();

private:
    static constexpr int kQuietZone = 4; ///< modules of light border the QR standard asks for

    QString m_text;
    QColor m_dark = Qt::black;
    QColor m_light = Qt::white;
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace bk
