#pragma once
// What the citizen takes home on paper, as plain data: the flows fill a Slip, and a SlipPrinter
// lays it out as a receipt in the citizen's language and prints it. Keeping the flows on this
// small seam lets them be tested without a printer driver.

#include "domain/queuetoken.h"
#include "domain/types.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace bk {

struct Slip
{
    enum class Kind {
        QueueTicket,  ///< checked in with a booking: ticket number
        ChanceTicket, ///< walk-in without a booking: ticket number and the honest estimate
        Booking,      ///< a new booking: code (QR + text), day, time, what to bring
        SelfService   ///< the borger.dk page where the errand can be done at home
    };
    Kind kind = Kind::QueueTicket;
    QString language; ///< "da", "en": the UI language when the citizen asked
    QString siteName;
    QString serviceName;                 ///< in `language`
    QString ticket;                      ///< "A042" for the ticket kinds
    QString code;                        ///< canonical booking code for Booking
    QDateTime start;                     ///< UTC booked time (QueueTicket, Booking)
    std::optional<QDateTime> expectedAt; ///< UTC estimate for ChanceTicket; none = no promise
    QStringList bring;                   ///< what to bring, in `language`
    QString url;                         ///< SelfService page
    /// The ticket kinds: "<publicBaseUrl>/q/<token>", the ticket's "your place in the queue"
    /// page (domain/queuetoken.h), printed as a QR code; empty = no QR (no public address).
    QString queuePageUrl;
    QDateTime issuedAt; ///< UTC

    /// Whether the slip carries what its kind exists for: a ticket number for the ticket
    /// kinds, a booking code for Booking, a URL for SelfService. A slip without it is never
    /// printed (a "ticket" with no number sends the citizen nowhere).
    bool complete() const
    {
        switch (kind) {
        case Kind::QueueTicket:
        case Kind::ChanceTicket:
            return !ticket.isEmpty();
        case Kind::Booking:
            return !code.isEmpty();
        case Kind::SelfService:
            return !url.isEmpty();
        }
        return false;
    }
};

/// The queue-page address a ticket's slip carries: the page of `token` under the address
/// `base` gives now; empty without a base, an address or a token (the slip then has no QR).
inline QString queuePageUrl(const std::function<QString()> &base, const QString &token)
{
    return base && !token.isEmpty() ? queuetoken::pageUrl(base(), token) : QString();
}

/// Prints slips and says how each job ended.
class SlipPrinter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// How a slip's job ended: the paper surely came out, the printer took it but cannot say
    /// (no paper sensor: keep the code on screen), or no paper (none will come later).
    enum class Outcome { Failed, Sent, Printed };
    Q_ENUM(Outcome)

    /// Whether a job sent now is expected to print (paper, online).
    virtual bool ready() const = 0;
    /// Starts printing; returns the job id (never 0). jobFinished follows later (never from
    /// inside print()), also when the printer refuses the job.
    virtual quint64 print(const Slip &slip) = 0;
    /// The receipt `slip` prints as, read aloud: its text lines in print order, in the
    /// language installed now (the same layout the paper gets).
    virtual QString spokenText(const Slip &slip) const = 0;

signals:
    void jobFinished(quint64 job, bk::SlipPrinter::Outcome outcome);
    void readyChanged();
};

} // namespace bk
