#include "kiosk/errandflow.h"

#include "kiosk/servicetext.h"
#include "kiosk/translations.h"

#include <algorithm>

namespace bk {

ErrandFlow::ErrandFlow(Translations &translations, SlipPrinter &printer, QObject *parent)
    : QObject(parent), m_translations(translations), m_receipt(new ReceiptStatus(printer, this))
{
    // Day names and errand names follow the language at once.
    connect(&m_translations, &Translations::languageChanged, this, &ErrandFlow::changed);
    connect(this, &ErrandFlow::changed, this, &ErrandFlow::errandPagingChanged);
    connect(this, &ErrandFlow::errandPagingChanged, this, &ErrandFlow::spokenTextChanged);
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

void ErrandFlow::setErrandsPerPage(int count)
{
    count = std::max(0, count);
    if (count == m_errandsPerPage)
        return;
    m_errandsPerPage = count;
    emit errandsPerPageChanged();
    emit errandPagingChanged();
}

int ErrandFlow::errandPageCount() const
{
    const qsizetype n = errands().size();
    if (m_errandsPerPage <= 0 || n <= m_errandsPerPage)
        return 1;
    return int((n + m_errandsPerPage - 1) / m_errandsPerPage);
}

int ErrandFlow::errandPage() const
{
    return std::min(m_errandPage, errandPageCount() - 1);
}

QVariantList ErrandFlow::pageErrands() const
{
    const QVariantList all = errands();
    if (m_errandsPerPage <= 0)
        return all;
    return all.mid(qsizetype(errandPage()) * m_errandsPerPage, m_errandsPerPage);
}

void ErrandFlow::moreErrands()
{
    const int page = errandPage();
    if (page + 1 < errandPageCount()) {
        m_errandPage = page + 1;
        emit errandPagingChanged();
        emit errandPageTurned();
    }
}

void ErrandFlow::previousErrands()
{
    const int page = errandPage();
    if (page > 0) {
        m_errandPage = page - 1;
        emit errandPagingChanged();
        emit errandPageTurned();
    }
}

} // namespace bk
