#pragma once
// "I have no booking": choose the errand, get a chance-queue ticket with an honest estimate of
// the wait, or the plain truth that no time today can be promised.

#include "kiosk/errandflow.h"

#include "domain/types.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace bk {

class BookingBackend;
class CacheStore;
class Clock;
class SlipPrinter;
class Translations;

// The base by its full name: Qt 6.4's qmltyperegistrar finds it (and so QML its properties)
// only that way.
class ChanceFlow : public bk::ErrandFlow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the composition root (graph/kioskgraph.h)")
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(QString ticket READ ticket NOTIFY changed)
    Q_PROPERTY(bool canPromise READ canPromise NOTIFY changed)
    Q_PROPERTY(QString expectedTime READ expectedTime NOTIFY changed)

public:
    enum class Step {
        Errand,     ///< choose what you have come for
        Ticket,     ///< the ticket and the estimate
        Unavailable ///< no ticket could be issued: see staff
    };
    Q_ENUM(Step)

    /// The site's chance-queue letter as it is now (with a central: the letter it last sent;
    /// none before the first sync). Read at every ticket, so a change applies at once.
    using LetterSource = std::function<std::optional<QChar>()>;
    /// A source that always gives `letter` (the demo site without a central).
    static LetterSource fixedLetter(QChar letter);

    struct Options
    {
        SiteId site;
        QString siteName;
        LetterSource queueLetter; ///< no source, or no letter: no ticket ("see staff")
        /// Asked before every ticket: false while the system clock is implausible (then no
        /// number is issued: the day's numbering depends on it). Empty = always trusted.
        std::function<bool()> clockTrusted = {};
        /// The central's public address for the queue page ("https://kø.example.dk"), asked
        /// for each ticket; empty (or no source) = the receipt carries no queue-page QR code.
        std::function<QString()> queuePageBase = {};
    };

    ChanceFlow(Options options, CacheStore &store, BookingBackend &backend, const Clock &clock,
               Translations &translations, SlipPrinter &printer, QObject *parent = nullptr);

    Step step() const { return m_step; }
    QString spokenText() const override;
    /// [{id, name}] in the current language.
    QVariantList errands() const override;
    QString ticket() const { return m_ticket; }
    /// True when a free time left today makes an estimate honest.
    bool canPromise() const { return m_expected.has_value(); }
    /// "14:20": about when the citizen may be called; empty when canPromise is false.
    QString expectedTime() const;

    /// Issues a ticket for the errand and prints it; only from the errand list (Errand step),
    /// so a second tap cannot issue a second ticket.
    Q_INVOKABLE void choose(const QString &serviceId);
    /// Forgets the ticket and the errand.
    Q_INVOKABLE void reset();

private:
    /// No ticket: "please speak to a member of staff".
    void showUnavailable();

    Options m_options;
    CacheStore &m_store;
    BookingBackend &m_backend;
    const Clock &m_clock;

    Step m_step = Step::Errand;
    QString m_ticket;
    QString m_queueToken; ///< the ticket's queue-page token
    std::optional<QDateTime> m_expected;
};

} // namespace bk
