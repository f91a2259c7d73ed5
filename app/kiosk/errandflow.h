#pragma once
// What the three task flows (check-in, booking, chance ticket) share: the errand they are
// about, its texts in the citizen's current language, the receipt of the slip they print, and
// one `changed` signal for every change, a language switch included; and the errand choice's
// pages, which both the booking and the chance ticket show (ErrandPage.qml).

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
    QML_ELEMENT
    QML_UNCREATABLE("The base of the flows built by the composition root (graph/kioskgraph.h)")
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY changed)
    Q_PROPERTY(QString serviceId READ serviceId NOTIFY changed)
    Q_PROPERTY(QStringList bring READ bring NOTIFY changed)
    Q_PROPERTY(bk::ReceiptStatus *receipt READ receipt CONSTANT)
    Q_PROPERTY(QString spokenText READ spokenText NOTIFY spokenTextChanged)
    Q_PROPERTY(QVariantList errands READ errands NOTIFY changed)
    Q_PROPERTY(QVariantList pageErrands READ pageErrands NOTIFY errandPagingChanged)
    Q_PROPERTY(int errandPage READ errandPage NOTIFY errandPagingChanged)
    Q_PROPERTY(int errandPageCount READ errandPageCount NOTIFY errandPagingChanged)
    Q_PROPERTY(
        int errandsPerPage READ errandsPerPage WRITE setErrandsPerPage NOTIFY errandsPerPageChanged)

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

    /// [{id, name, ...}] of the errands the citizen can choose, in the current language; none
    /// in check-in (the booking names its errand).
    virtual QVariantList errands() const { return {}; }
    /// How many errands one page of the errand choice holds: the page's layout decides from
    /// the Theme's sizes at the current text size and panel (ErrandPage.qml) and sets it;
    /// 0 (the default) = all on one page. A value below 0 counts as 0.
    int errandsPerPage() const { return m_errandsPerPage; }
    void setErrandsPerPage(int count);
    /// The errand page on show, 0 to errandPageCount - 1 (kept there when the page holds
    /// more errands after a switch to normal text or another language).
    int errandPage() const;
    /// Pages of the errand choice, at least 1.
    int errandPageCount() const;
    /// The errands of the page on show: what the page shows and the spoken text reads.
    QVariantList pageErrands() const;
    /// The next or the previous page of errands; nothing at the last or the first.
    Q_INVOKABLE void moreErrands();
    Q_INVOKABLE void previousErrands();
    /// What a turn of the errand page says: "Page 2 of 3" and the errands of the page now on
    /// show, from the page's own strings (kiosk/spokentext.cpp).
    QString spokenErrandPage() const;

signals:
    void changed();
    void spokenTextChanged();
    /// The citizen turned the errand page (moreErrands, previousErrands): the graph stops the
    /// voice, and in the non-visual mode reads the new page.
    void errandPageTurned();
    /// The errand page's layout found another number of errands per page (its first layout, a
    /// switch of text size or language): the pages and what the page says changed with it.
    void errandsPerPageChanged();
    /// The errand page on show, the number of pages or the errands on the page changed (with
    /// every `changed` too). Not `changed` itself: the page's layout sets errandsPerPage from
    /// the errands' names, and must not hear its own write as a change of the errands.
    void errandPagingChanged();

protected:
    ErrandFlow(Translations &translations, SlipPrinter &printer, QObject *parent);
    /// The citizen's language now ("da", "en", ...): screen texts and slips follow it.
    QString language() const;
    /// The receipt's status line as ReceiptNote.qml shows it, then the receipt itself read
    /// from the data the printer got (ReceiptStatus::spokenText); empty before a print.
    /// `failedText` is the page's "remember your number" sentence.
    QString spokenReceipt(const QString &failedText) const;
    /// The errand choice's page as its screen shows it: "Page 1 of 3" and the errands of the
    /// page on show, with the two paging buttons when there is more than one page.
    QString spokenErrandChoice() const;
    /// Back to the first page of errands (a new visit to the choice); no signal.
    void firstErrandPage() { m_errandPage = 0; }

    Translations &m_translations;
    ReceiptStatus *m_receipt;
    Service m_service; ///< the chosen errand; a default Service before one is chosen

private:
    int m_errandsPerPage = 0;
    int m_errandPage = 0;
};

} // namespace bk
