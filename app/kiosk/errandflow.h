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
    Q_PROPERTY(QString spokenText READ spokenText NOTIFY spokenTextChanged)

public:
    /// The errand's name in the current language; empty before one is chosen.
    QString serviceName() const;
    QString serviceId() const { return m_service.id; }
    /// What to bring for the errand, in the current language.
    QStringList bring() const;
    /// The state of the flow's last slip (ticket, booking, address) on the printer.
    ReceiptStatus *receipt() const { return m_receipt; }
    /// What "Listen" reads on the flow's page now: its title, essential text and choices,
    /// from the same translated strings the page shows (kiosk/spokentext.cpp). A typed code
    /// or phone number is never in it (only how many symbols are typed).
    virtual QString spokenText() const = 0;

signals:
    void changed();
    void spokenTextChanged();

protected:
    ErrandFlow(Translations &translations, SlipPrinter &printer, QObject *parent);
    /// The citizen's language now ("da", "en", ...): screen texts and slips follow it.
    QString language() const;
    /// The receipt's status line as ReceiptNote.qml shows it, then the receipt itself read
    /// from the data the printer got (ReceiptStatus::spokenText); empty before a print.
    /// `failedText` is the page's "remember your number" sentence.
    QString spokenReceipt(const QString &failedText) const;

    Translations &m_translations;
    ReceiptStatus *m_receipt;
    Service m_service; ///< the chosen errand; a default Service before one is chosen
};

} // namespace bk
