#pragma once
// What the three task flows (check-in, booking, chance ticket) share: the errand they are
// about, its texts in the citizen's current language, the receipt of the slip they print, and
// one `changed` signal for every change, a language switch included.

#include "kiosk/receiptstatus.h"

#include "domain/types.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace bk {

class SlipPrinter;
class Translations;

class ErrandFlow : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY changed)
    Q_PROPERTY(QString serviceId READ serviceId NOTIFY changed)
    Q_PROPERTY(QStringList bring READ bring NOTIFY changed)
    Q_PROPERTY(bk::ReceiptStatus *receipt READ receipt CONSTANT)

public:
    /// The errand's name in the current language; empty before one is chosen.
    QString serviceName() const;
    QString serviceId() const { return m_service.id; }
    /// What to bring for the errand, in the current language.
    QStringList bring() const;
    /// The state of the flow's last slip (ticket, booking, address) on the printer.
    ReceiptStatus *receipt() const { return m_receipt; }

signals:
    void changed();

protected:
    ErrandFlow(Translations &translations, SlipPrinter &printer, QObject *parent);
    /// The citizen's language now ("da", "en", ...): screen texts and slips follow it.
    QString language() const;

    Translations &m_translations;
    ReceiptStatus *m_receipt;
    Service m_service; ///< the chosen errand; a default Service before one is chosen
};

} // namespace bk
