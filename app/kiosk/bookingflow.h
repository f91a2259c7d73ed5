#pragma once
// "Book a time": errand → the self-service alternative when there is one → day → time →
// optional mobile number → one summary → confirm → code and receipt. Back on every step;
// nothing is booked before confirm.

#include "kiosk/bookingbackend.h"
#include "kiosk/errandflow.h"

#include "domain/types.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace bk {

class BookingBackend;
class Clock;
class SlipPrinter;
class Translations;

// The base by its full name: Qt 6.4's qmltyperegistrar finds it (and so QML its properties)
// only that way.
class BookingFlow : public bk::ErrandFlow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the composition root (graph/kioskgraph.h)")
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(QString selfServiceUrl READ selfServiceUrl NOTIFY changed)
    Q_PROPERTY(QString selfServiceAddress READ selfServiceAddress NOTIFY changed)
    Q_PROPERTY(QVariantList days READ days NOTIFY changed)
    Q_PROPERTY(QString dayText READ dayText NOTIFY changed)
    Q_PROPERTY(QVariantList times READ times NOTIFY changed)
    Q_PROPERTY(int timePage READ timePage NOTIFY changed)
    Q_PROPERTY(int timePageCount READ timePageCount NOTIFY changed)
    Q_PROPERTY(QString timeText READ timeText NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY phoneChanged)
    Q_PROPERTY(int phoneLength READ phoneLength CONSTANT)
    Q_PROPERTY(PhoneProblem phoneProblem READ phoneProblem NOTIFY phoneChanged)
    Q_PROPERTY(bool hasPhone READ hasPhone NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString qrText READ qrText NOTIFY changed)
    Q_PROPERTY(QVariantList alternatives READ alternatives NOTIFY changed)

public:
    enum class Step {
        Errand,      ///< what have you come for
        SelfService, ///< this can be done at home: QR to borger.dk, or "Book anyway"
        Day,         ///< the next days; closed days shown as closed
        Time,        ///< the free times of the chosen day
        Phone,       ///< optional mobile number for an SMS reminder
        Summary,     ///< everything once, and Confirm
        Booking,     ///< waiting for the answer
        Done,        ///< the code, large, with what to bring; receipt printed
        SlotTaken,   ///< the time was just taken: nearby free times
        Unavailable  ///< booking is not possible here now: offer a chance-queue ticket
    };
    Q_ENUM(Step)

    enum class PhoneProblem { None, TooShort, BadStart };
    Q_ENUM(PhoneProblem)

    struct Options
    {
        QString siteName;
        int daysShown = 14;    ///< days on the day screen, today first
        int timesPerPage = 12; ///< times on one page of the time screen
        /// Asked before days are offered: false while the system clock is implausible (the
        /// days would start from a wrong "today"). Empty = always trusted.
        std::function<bool()> clockTrusted = {};
        /// Reports what only the stander knows to the central's statistics (the graph queues
        /// it in the outbox): the self-service pointer shown, its address printed, a booking
        /// made after it, each once per errand and citizen. Empty = not reported.
        std::function<void(StanderEvent, const ServiceId &)> report = {};
    };

    BookingFlow(Options options, BookingBackend &backend, const Clock &clock,
                Translations &translations, SlipPrinter &printer, QObject *parent = nullptr);

    Step step() const { return m_step; }
    QString spokenText() const override;
    /// [{id, name, selfService}] of the bookable errands, in the current language.
    QVariantList errands() const override;
    /// The chosen time (UTC), invalid before one is chosen.
    QDateTime chosenStart() const { return m_start; }
    QString selfServiceUrl() const { return m_service.selfServiceUrl; }
    /// The address as a person types it: "borger.dk/sundhed-og-syg/sundhedskort".
    QString selfServiceAddress() const;
    /// [{index, weekday, date, open, free, reason}]: weekday and date in the current language.
    QVariantList days() const;
    QString dayText() const;
    /// [{index, time, free}] on the current page.
    QVariantList times() const;
    int timePage() const { return m_timePage; }
    int timePageCount() const;
    QString timeText() const;
    /// The typed number, grouped "12 34 56 78".
    QString phone() const;
    int phoneLength() const { return 8; }
    PhoneProblem phoneProblem() const { return m_phoneProblem; }
    bool hasPhone() const { return !m_phone.isEmpty(); }
    /// The typed digits one by one, for the read-back the citizen asks for ("1 2 3 4"); the
    /// only place the number is spoken whole (the summary says only that a reminder is sent).
    Q_INVOKABLE QString phoneReadBack() const;
    /// The new booking code, grouped.
    QString code() const;
    /// What the QR code on the Done screen holds (the code itself, as on every receipt).
    QString qrText() const { return m_code; }
    /// [{index, time}] nearby free times after SlotTaken.
    QVariantList alternatives() const;

    Q_INVOKABLE void chooseErrand(const QString &serviceId);
    /// On the self-service screen: book at the counter after all.
    Q_INVOKABLE void bookAnyway();
    /// On the self-service screen: print the borger.dk address to take home.
    Q_INVOKABLE void printSelfService();
    Q_INVOKABLE void chooseDay(int index);
    Q_INVOKABLE void chooseTime(int index);
    Q_INVOKABLE void laterTimes();
    Q_INVOKABLE void earlierTimes();
    Q_INVOKABLE void pressDigit(const QString &digit);
    Q_INVOKABLE void erasePhone();
    /// Continue from the phone screen: with a valid number, or none at all.
    Q_INVOKABLE void acceptPhone();
    /// Continue without an SMS reminder (clears a typed number).
    Q_INVOKABLE void skipPhone();
    /// On the summary: book it.
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void chooseAlternative(int index);
    /// One step back; from the first step, leave() is emitted.
    Q_INVOKABLE void back();
    Q_INVOKABLE void reprint();
    /// Forgets every choice and the typed number.
    Q_INVOKABLE void reset();

    /// What is said when the time page is turned: "Page 2 of 3" (with pages) and its times.
    QString spokenTimePage() const;

signals:
    void phoneChanged();
    /// laterTimes() or earlierTimes() showed another page of times (the session's page stays).
    void timePageTurned();
    /// Back from the first step: the session shows home.
    void leave();

private:
    void show(Step step);
    /// The days from today, or Unavailable when the backend knows no hours.
    void loadDays();
    void loadTimes();
    void printBooking();
    /// Options::report of `event` for the chosen errand, the first time in this visit.
    void reportOnce(StanderEvent event);

    Options m_options;
    BookingBackend &m_backend;
    const Clock &m_clock;

    Step m_step = Step::Errand;
    QList<DayAvailability> m_days;
    QDate m_day;
    QList<SlotAvailability> m_times;
    int m_timePage = 0;
    QDateTime m_start;
    QString m_phone;
    PhoneProblem m_phoneProblem = PhoneProblem::None;
    QString m_code;
    QList<QDateTime> m_alternatives;
    quint64 m_generation = 0; ///< drops a booking answer that arrives after reset()
    QSet<QString> m_reported; ///< reportOnce()'s "event:errand" keys, until reset()
};

} // namespace bk
