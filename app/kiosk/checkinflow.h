#pragma once
// "I have a booking": the code typed on a keypad that offers only the code's alphabet, or
// scanned on any screen; then one screen per check-in outcome, each with its next step, and
// the queue ticket printed.

#include "kiosk/errandflow.h"

#include "domain/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace bk {

class CacheStore;
class Clock;
class SlipPrinter;
class Translations;

// The base by its full name: Qt 6.4's qmltyperegistrar finds it (and so QML its properties)
// only that way.
class CheckInFlow : public bk::ErrandFlow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the composition root (graph/kioskgraph.h)")
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(QStringList keys READ keys CONSTANT)
    Q_PROPERTY(int codeLength READ codeLength CONSTANT)
    Q_PROPERTY(QString typed READ typed NOTIFY typedChanged)
    Q_PROPERTY(int typedCount READ typedCount NOTIFY typedChanged)
    Q_PROPERTY(Problem problem READ problem NOTIFY changed)
    Q_PROPERTY(bool fromScan READ fromScan NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString ticket READ ticket NOTIFY changed)
    Q_PROPERTY(QString bookedTime READ bookedTime NOTIFY changed)
    Q_PROPERTY(QString bookedDay READ bookedDay NOTIFY changed)
    Q_PROPERTY(QString comeBackAt READ comeBackAt NOTIFY changed)
    Q_PROPERTY(int minutesToWait READ minutesToWait NOTIFY changed)
    Q_PROPERTY(bool seeStaff READ seeStaff NOTIFY changed)
    Q_PROPERTY(bool canReprint READ canReprint NOTIFY changed)

public:
    /// One screen per step; every check-in outcome has its own.
    enum class Step {
        Entry,              ///< the keypad
        Invalid,            ///< typed or scanned input is not a readable code (see problem)
        NotFound,           ///< a valid code that this site does not know
        OnTime,             ///< checked in: ticket
        LateAccepted,       ///< checked in although late: ticket
        Early,              ///< come back at comeBackAt
        TooLate,            ///< offer a chance-queue ticket, or see staff
        WrongDay,           ///< the booking is on bookedDay
        WrongSite,          ///< booked at another citizen service centre
        Cancelled,          ///< the booking was cancelled
        SettledByPhone,     ///< staff settled the errand by phone: ask staff, or a chance ticket
        MovedToSelfService, ///< the errand can be done online: ask staff, or a chance ticket
        AlreadyCheckedIn,   ///< reprint the ticket
        Unavailable         ///< the kiosk could not check in (cache error, clock wrong): see staff
    };
    Q_ENUM(Step)

    /// Why typed or scanned input was refused, in terms a citizen can be told.
    enum class Problem {
        None,
        TooShort,   ///< typed fewer than 8 symbols
        WrongCheck, ///< one symbol is wrong (typed) or misread (scanned)
        NotOurCode, ///< the scan is some other barcode
        Unreadable  ///< the scan was empty, garbled or far too long
    };
    Q_ENUM(Problem)

    struct Options
    {
        SiteId site;
        QString siteName;
        /// Asked before every decision: false while the system clock is implausible (then no
        /// check-in is decided: "please ask at the counter"). Empty = always trusted.
        std::function<bool()> clockTrusted = {};
        /// The central's public address for the queue page ("https://kø.example.dk"), asked
        /// for each ticket; empty (or no source) = the receipt carries no queue-page QR code.
        std::function<QString()> queuePageBase = {};
    };

    CheckInFlow(Options options, CacheStore &store, const Clock &clock, Translations &translations,
                SlipPrinter &printer, QObject *parent = nullptr);

    Step step() const { return m_step; }
    QString spokenText() const override;
    QStringList keys() const;
    int codeLength() const;
    /// What has been typed, grouped as printed ("K7M3-Q").
    QString typed() const;
    int typedCount() const { return int(m_typed.size()); }
    /// The typed symbols one by one, for the read-back the citizen asks for ("K 7 M 3"); the
    /// only place the typed code is spoken whole.
    Q_INVOKABLE QString typedReadBack() const;
    Problem problem() const { return m_problem; }
    bool fromScan() const { return m_fromScan; }
    /// The looked-up code, grouped.
    QString code() const;
    QString ticket() const { return m_ticket; }
    QString bookedTime() const;
    QString bookedDay() const;
    QString comeBackAt() const;
    /// Minutes until the booked time (0 when it has passed); -1 when no booking is shown.
    int minutesToWait() const;
    bool seeStaff() const { return m_seeStaff; }
    /// True when "print my number again" has a number to print: checked in here now, or
    /// already checked in with a ticket this kiosk issued. Checked in at another stander,
    /// there is no number here to print.
    bool canReprint() const;

    /// Back to an empty keypad.
    Q_INVOKABLE void start();
    /// Adds one keypad symbol (ignored when not in the alphabet or the code is complete).
    Q_INVOKABLE void press(const QString &key);
    /// Removes the last typed symbol.
    Q_INVOKABLE void erase();
    /// Checks the typed code (on the keypad only: a second tap once a result shows is ignored).
    Q_INVOKABLE void submit();
    /// From any result screen back to the keypad ("try again").
    Q_INVOKABLE void tryAgain();
    /// Prints the ticket again when canReprint (and no print is under way).
    Q_INVOKABLE void reprint();
    /// Forgets everything the citizen typed, scanned or was shown.
    Q_INVOKABLE void reset();

public slots:
    /// A scan from the barcode reader, on any screen.
    void scanned(const QByteArray &raw);

signals:
    void typedChanged();
    /// A scan arrived: the check-in screen must be shown, whatever screen was up.
    void scanArrived();

private:
    void lookUp(const QString &code);
    void show(Step step);
    void printTicket();

    Options m_options;
    CacheStore &m_store;
    const Clock &m_clock;

    Step m_step = Step::Entry;
    QString m_typed;
    Problem m_problem = Problem::None;
    bool m_fromScan = false;
    QString m_code;
    QString m_ticket;
    QString m_queueToken; ///< the ticket's queue-page token
    QDateTime m_start;
    QDate m_bookedDay;
    QDateTime m_earliest;
    bool m_seeStaff = false;
};

} // namespace bk
