#include "kiosk/errandflow.h"

#include "kiosk/servicetext.h"
#include "kiosk/translations.h"

namespace bk {

ErrandFlow::ErrandFlow(Translations &translations, SlipPrinter &printer, QObject *parent)
    : QObject(parent), m_translations(translations), m_receipt(new ReceiptStatus(printer, this))
{
    // Day names and errand names follow the language at once.
    connect(&m_translations, &Translations::languageChanged, this, &ErrandFlow::changed);
    connect(this, &ErrandFlow::changed, this, &ErrandFlow::spokenTextChanged);
    connect(m_receipt, &ReceiptStatus::stateChanged, this, &ErrandFlow::spokenTextChanged);
}

QString ErrandFlow::language() const
{
    return m_translations.current();
}

QString ErrandFlow::serviceName() const
{
    return ui::serviceName(m_service, language());
}

QStringList ErrandFlow::bring() const
{
    return ui::bringList(m_service, language());
}

} // namespace bk
