// What "Listen" reads on each citizen screen: the title, the essential text and the choices,
// composed from the SAME source strings and translation contexts the QML pages use
// (QCoreApplication::translate with the page's file name as context, as qsTr in that file
// does), so a translation of the screen is the translation of its speech. Keep each string
// here identical to its page's qsTr() (tests/qml/tst_speech.qml compares both in da and en).
// A typed code or phone number is never composed here: only how many symbols are typed.

#include "kiosk/bookingflow.h"
#include "kiosk/chanceflow.h"
#include "kiosk/checkinflow.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/receiptstatus.h"
#include "kiosk/session.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace bk {

namespace {

/// A string as the page `context` (its QML file name) shows it, in the language installed now.
QString shown(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

/// Lines of speech, one per line of the screen; a line without an end mark gets a full stop
/// so that the voice pauses between a title and the next sentence.
class Spoken
{
public:
    Spoken &operator<<(const QString &line)
    {
        const QString l = line.trimmed();
        if (l.isEmpty())
            return *this;
        const QChar last = l.back();
        const bool ended = last == u'.' || last == u'?' || last == u'!' || last == u':' ||
                           last == u'…' || last == u',';
        m_lines.append(ended ? l : l + u'.');
        return *this;
    }
    QString text() const { return m_lines.join(u'\n'); }

private:
    QStringList m_lines;
};

/// The bottom row of FlowPage.qml.
void flowButtons(Spoken &s, bool back, bool home)
{
    if (back)
        s << shown("FlowPage", "Back");
    if (home)
        s << shown("FlowPage", "Start again");
}

/// ReceiptNote.qml's line for `state`, then the receipt itself.
QString receiptNote(ReceiptStatus::State state, const QString &failedText)
{
    switch (state) {
    case ReceiptStatus::State::None:
        break;
    case ReceiptStatus::State::Printing:
        return shown("ReceiptNote", "Printing your receipt …");
    case ReceiptStatus::State::Printed:
        return shown("ReceiptNote", "Take your receipt from the printer below the screen.");
    case ReceiptStatus::State::Sent:
        return shown("ReceiptNote", "Your receipt was sent to the printer below the screen. If no "
                                    "paper comes out: %1")
            .arg(failedText);
    case ReceiptStatus::State::Failed:
        return shown("ReceiptNote", "The printer is not working, so there is no paper. %1")
            .arg(failedText);
    }
    return {};
}

/// "K 7 M 3 - Q X 9 S": one symbol at a time, so the voice says letters and digits.
QString spelled(const QString &text)
{
    QStringList symbols;
    for (const QChar c : text)
        if (!c.isSpace())
            symbols.append(QString(c));
    return symbols.join(u' ');
}

} // namespace

QString ErrandFlow::spokenReceipt(const QString &failedText) const
{
    Spoken s;
    s << receiptNote(m_receipt->state(), failedText);
    const QString receipt = m_receipt->spokenText();
    if (!receipt.isEmpty()) {
        s << QCoreApplication::translate("Speech", "The receipt says:");
        for (const QString &line : receipt.split(u'\n'))
            s << line;
    }
    return s.text();
}

QString ErrandFlow::spokenErrandPage() const
{
    Spoken s;
    const int pages = errandPageCount();
    if (pages > 1)
        s << shown("ErrandPage", "Page %1 of %2").arg(errandPage() + 1).arg(pages);
    for (const QVariant &e : pageErrands())
        s << e.toMap().value(QStringLiteral("name")).toString();
    return s.text();
}

QString BookingFlow::spokenTimePage() const
{
    Spoken s;
    if (timePageCount() > 1)
        s << shown("TimePage", "Page %1 of %2").arg(m_timePage + 1).arg(timePageCount());
    for (const QVariant &v : times())
        s << v.toMap().value(QStringLiteral("time")).toString();
    return s.text();
}

QString ErrandFlow::spokenErrandChoice() const
{
    Spoken s;
    s << shown("ErrandPage", "What have you come for?");
    s << spokenErrandPage();
    // Both buttons are on screen while there are pages (one greyed out at either end).
    if (errandPageCount() > 1)
        s << shown("ErrandPage", "Previous errands") << shown("ErrandPage", "More errands");
    return s.text();
}

QString KioskController::spokenText() const
{
    Spoken s;
    s << m_options.siteName;
    s << shown("HomePage", "The time is %1").arg(m_clockText);
    s << shown("HomePage", "Welcome");
    s << shown("HomePage", "Touch what you have come for.");
    s << shown("HomePage", "I have a booking")
      << shown("HomePage", "Check in: scan or type the code from your letter or text message");
    s << shown("HomePage", "Book a time")
      << shown("HomePage", "Choose your errand, a day and a time");
    s << shown("HomePage", "I have no booking")
      << shown("HomePage", "Take a ticket and wait for a free time today");
    if (!printerReady())
        s << shown("HomePage", "The printer is not working right now. Your number will be shown "
                               "on the screen.");
    if (m_options.centralOffline && m_options.centralOffline())
        s << shown("HomePage", "You can check in and take a ticket as usual. Booking a new time is "
                               "not possible here right now.");
    s << shown("DisplayToggles", "Larger text") << shown("DisplayToggles", "High contrast");
    s << shown("NowServingPanel", "Now serving");
    const QList<Callout> called = m_nowServing.latestFirst();
    if (called.isEmpty())
        s << shown("NowServingPanel", "Called numbers are shown here.");
    for (const Callout &c : called)
        s << c.ticket + QStringLiteral(", ") + c.counter;
    return s.text();
}

QString CheckInFlow::typedReadBack() const
{
    return spelled(m_typed);
}

QString CheckInFlow::spokenText() const
{
    Spoken s;
    if (m_step == Step::Entry) {
        s << shown("CheckInPage", "Check in");
        s << shown("CheckInPage", "Hold the code from your letter or phone under the scanner. Or "
                                  "type the code here:");
        if (typedCount() < codeLength())
            s << shown("CheckInPage", "The code has %1 characters. %2 left.")
                     .arg(codeLength())
                     .arg(codeLength() - typedCount());
        if (typedCount() > 0)
            s << shown("CheckInPage", "Read the code back");
        if (typedCount() == codeLength())
            s << shown("CheckInPage", "Check in");
        flowButtons(s, true, true);
        return s.text();
    }

    const bool admitted = m_step == Step::OnTime || m_step == Step::LateAccepted;
    const bool hasTicket = !m_ticket.isEmpty();
    const QString time = bookedTime();
    const char *c = "CheckInResultPage";
    switch (m_step) {
    case Step::Entry:
        break;
    case Step::OnTime:
        s << shown(c, "You are checked in");
        s << shown(c,
                   "Please take a seat in the waiting area. When it is your turn, your number is "
                   "shown on the screen with the desk to go to.");
        break;
    case Step::LateAccepted:
        s << shown(c, "You are checked in");
        s << shown(c,
                   "You are a little late, but we can still see you today. Please take a seat in "
                   "the waiting area. Your number is shown on the screen when it is your turn.");
        break;
    case Step::Early:
        s << shown(c, "You are early");
        s << shown(c,
                   "Your time is at %1. You can check in from %2. Please come back to the screen "
                   "then, or take a seat and wait.")
                 .arg(time)
                 .arg(comeBackAt());
        s << shown(c, "Come back at") << comeBackAt();
        break;
    case Step::TooLate:
        s << shown(c, "It is too late to check in");
        s << (m_seeStaff
                  ? shown(c, "Your time was at %1. Please speak to a member of staff about a "
                             "new time.")
                        .arg(time)
                  : shown(c, "Your time was at %1. You can take a ticket and wait for a free "
                             "time today, or book a new time.")
                        .arg(time));
        s << shown(c, "Your time was") << time;
        break;
    case Step::WrongDay:
        s << shown(c, "Your time is on another day");
        s << shown(c, "Your time is %1 at %2. Please come back that day.")
                 .arg(bookedDay())
                 .arg(time);
        s << shown(c, "Your time is") << bookedDay() << time;
        break;
    case Step::WrongSite:
        s << shown(c, "Your time is at another citizen service centre");
        s << shown(c,
                   "Your booking is for a different place. Your letter or text message says where "
                   "to go. Your time is %1 at %2.")
                 .arg(bookedDay())
                 .arg(time);
        s << shown(c, "Your time is") << bookedDay() << time;
        break;
    case Step::Cancelled:
        s << shown(c, "This booking has been cancelled");
        s << shown(c, "You can book a new time, or take a ticket and wait for a free time today.");
        break;
    case Step::SettledByPhone:
        s << shown(c, "Your errand was settled by phone");
        s << shown(c, "A member of staff settled your errand with you by phone, so you do not "
                      "need to come to the counter. If you still need help, please ask a member "
                      "of staff, or take a ticket and wait for a free time today.");
        break;
    case Step::MovedToSelfService:
        s << shown(c, "Your errand can be done online");
        s << shown(c, "A member of staff agreed with you that you can do this errand yourself "
                      "online, so you do not need to come to the counter. If you need help with "
                      "it, please ask a member of staff, or take a ticket and wait for a free "
                      "time today.");
        break;
    case Step::AlreadyCheckedIn:
        s << shown(c, "You are already checked in");
        s << (hasTicket
                  ? shown(c, "You do not need to do anything more. Please take a seat. Your "
                             "number is shown on the screen when it is your turn.")
                  : shown(c, "You checked in earlier. Please take a seat in the waiting area: "
                             "your number is on the ticket you got then, and it is shown on the "
                             "screen when it is your turn. If you do not have that ticket, "
                             "please ask at the counter."));
        break;
    case Step::NotFound:
        s << shown(c, "We cannot find this code");
        // The code the citizen typed or scanned is on screen here; it is read as symbols.
        s << shown(c,
                   "The code %1 is not one of our bookings. Check the code in your letter or text "
                   "message and try again, or ask a member of staff.")
                 .arg(spelled(code()));
        break;
    case Step::Unavailable:
        s << shown(c, "Check-in is not possible right now");
        s << shown(c, "Please speak to a member of staff. They can check you in.");
        break;
    case Step::Invalid:
        switch (m_problem) {
        case Problem::TooShort:
            s << shown(c, "The code is too short");
            s << shown(c, "A code has 8 characters. Please type the whole code.");
            break;
        case Problem::WrongCheck:
            s << (m_fromScan ? shown(c, "The code could not be read")
                             : shown(c, "The code is not right"));
            s << (m_fromScan
                      ? shown(c, "Please try again, or type the code on the keypad.")
                      : shown(c, "One of the characters is not right. Check the code in your "
                                 "letter or text message and type it again."));
            break;
        case Problem::NotOurCode:
            s << shown(c, "This is not a booking code");
            s << shown(c,
                       "Please scan the code from your booking letter or text message, or type it "
                       "on the keypad.");
            break;
        case Problem::None:
        case Problem::Unreadable:
            s << shown(c, "The code could not be read");
            s << shown(c, "Please try again, or type the code on the keypad.");
            break;
        }
        break;
    }
    if (hasTicket && (admitted || m_step == Step::AlreadyCheckedIn))
        s << shown(c, "Your number") << m_ticket;
    if (admitted)
        s << (minutesToWait() > 0
                  ? shown(c, "Your time is %1. Expect to be called at about that time.").arg(time)
                  : shown(c, "Expect to be called soon."));
    s << spokenReceipt(shown(c, "Please remember your number: %1.").arg(m_ticket));
    const bool settled = m_step == Step::SettledByPhone || m_step == Step::MovedToSelfService;
    const bool offerTicket =
        (m_step == Step::TooLate && !m_seeStaff) || m_step == Step::Cancelled || settled;
    if (offerTicket)
        s << shown(c, "Take a ticket for today");
    if (offerTicket && !settled)
        s << shown(c, "Book a new time");
    if (m_step == Step::Invalid || m_step == Step::NotFound)
        s << shown(c, "Try again");
    if (canReprint())
        s << shown(c, "Print my ticket again");
    s << shown(c, "Done");
    return s.text();
}

QString ChanceFlow::spokenText() const
{
    Spoken s;
    const char *c = "ChanceTicketPage";
    switch (m_step) {
    case Step::Errand:
        s << shown("Main", "Take a ticket");
        s << spokenErrandChoice();
        flowButtons(s, true, true);
        return s.text();
    case Step::Ticket:
        s << shown(c, "Here is your ticket");
        s << shown(c, "Your number") << m_ticket;
        s << shown(c, "Errand: %1").arg(serviceName());
        s << (canPromise()
                  ? shown(c, "We expect to call you at about %1, when a time becomes free. "
                             "We cannot promise it.")
                        .arg(expectedTime())
                  : shown(c, "We cannot promise a time today. You will be called if a time "
                             "becomes free."));
        s << shown(c,
                   "Please take a seat in the waiting area. When it is your turn, your number is "
                   "shown on the screen with the desk to go to.");
        break;
    case Step::Unavailable:
        s << shown(c, "We cannot give you a ticket right now");
        s << shown(c, "Please speak to a member of staff.");
        break;
    }
    s << spokenReceipt(shown(c, "Please remember your number: %1.").arg(m_ticket));
    s << shown(c, "Done");
    return s.text();
}

QString BookingFlow::phoneReadBack() const
{
    return spelled(m_phone);
}

QString BookingFlow::spokenText() const
{
    Spoken s;
    const QString step = shown("SummaryPage", "Book a time: %1").arg(serviceName());
    switch (m_step) {
    case Step::Errand:
        s << shown("Main", "Book a time");
        s << spokenErrandChoice();
        flowButtons(s, true, true);
        break;
    case Step::SelfService: {
        const char *c = "SelfServicePage";
        s << shown(c, "Book a time: %1").arg(serviceName());
        s << shown(c, "You can do this at home");
        s << shown(c,
                   "%1 can be done on the internet from home, without coming here. Scan the square "
                   "code with your phone's camera, or take the address home on paper.")
                 .arg(serviceName());
        s << selfServiceAddress();
        s << spokenReceipt(shown(c, "You can write down the address above."));
        s << shown(c, "Print the address") << shown(c, "Book a time anyway");
        flowButtons(s, true, true);
        break;
    }
    case Step::Day: {
        const char *c = "DayPage";
        s << step << shown(c, "Choose a day");
        for (const QVariant &v : days()) {
            const QVariantMap d = v.toMap();
            const QString reason = d.value(QStringLiteral("reason")).toString();
            const int free = d.value(QStringLiteral("free")).toInt();
            const QString status =
                !d.value(QStringLiteral("open")).toBool()
                    ? (reason.isEmpty() ? shown(c, "Closed") : shown(c, "Closed: %1").arg(reason))
                : free > 0 ? shown(c, "Free times: %1").arg(free)
                           : shown(c, "Fully booked");
            s << d.value(QStringLiteral("weekday")).toString() + u' ' +
                     d.value(QStringLiteral("date")).toString() + QStringLiteral(", ") + status;
        }
        flowButtons(s, true, true);
        break;
    }
    case Step::Time: {
        const char *c = "TimePage";
        s << step << shown(c, "Choose a time on %1").arg(dayText());
        for (const QVariant &v : times())
            s << v.toMap().value(QStringLiteral("time")).toString();
        if (timePageCount() > 1) {
            s << shown(c, "Page %1 of %2").arg(m_timePage + 1).arg(timePageCount());
            // Both buttons are on screen (one may be greyed out at either end).
            s << shown(c, "Earlier times") << shown(c, "Later times");
        }
        flowButtons(s, true, true);
        break;
    }
    case Step::Phone: {
        const char *c = "PhonePage";
        s << step << shown(c, "Would you like a reminder by text message?");
        s << shown(c,
                   "Type your mobile number. We only use it to send you a reminder. You can also "
                   "continue without it.");
        // How many digits, never which: the number is read back only on request.
        if (!m_phone.isEmpty())
            s << QCoreApplication::translate("Speech", "%1 of %2 digits typed.")
                     .arg(m_phone.size())
                     .arg(phoneLength());
        if (m_phoneProblem == PhoneProblem::TooShort)
            s << shown(c, "A mobile number has 8 digits. Please type the whole number.");
        else if (m_phoneProblem == PhoneProblem::BadStart)
            s << shown(c, "A Danish mobile number does not start with 0 or 1. Please check the "
                          "number.");
        if (!m_phone.isEmpty())
            s << shown(c, "Read the number back") << shown(c, "Continue with this number");
        s << shown(c, "Continue without a reminder");
        flowButtons(s, true, true);
        break;
    }
    case Step::Summary: {
        const char *c = "SummaryPage";
        s << step << shown(c, "Is this right?");
        s << shown(c, "Errand") << serviceName();
        s << shown(c, "Day") << dayText();
        s << shown(c, "Time") << timeText();
        s << shown(c, "Reminder");
        // The summary shows the number; speech says only that a text message is sent.
        s << (hasPhone() ? QCoreApplication::translate("Speech",
                                                       "A reminder will be sent by text message.")
                         : shown(c, "No reminder"));
        s << shown(c, "If something is wrong, press Back.");
        s << shown(c, "Yes, book this time");
        flowButtons(s, true, true);
        break;
    }
    case Step::Booking:
        s << shown("Main", "Booking your time …") << shown("Main", "Please wait a moment.");
        break;
    case Step::Done: {
        const char *c = "BookingDonePage";
        s << shown(c, "Your time is booked");
        s << shown(c, "%1, %2 at %3").arg(serviceName()).arg(dayText()).arg(timeText());
        s << shown(c, "Your booking code") << spelled(code());
        s << shown(c, "When you come, scan the receipt or type the code here to check in.");
        const QStringList things = bring();
        if (!things.isEmpty()) {
            s << shown(c, "Please bring:");
            for (const QString &b : things)
                s << b;
        }
        s << spokenReceipt(shown(c, "Please write down your code: %1.").arg(code()));
        s << shown(c, "Print again") << shown(c, "Done");
        break;
    }
    case Step::SlotTaken: {
        const char *c = "SlotTakenPage";
        s << step << shown(c, "Sorry, that time has just been taken");
        const QVariantList alt = alternatives();
        s << (alt.isEmpty()
                  ? shown(c, "Someone else booked it a moment ago, and there are no other "
                             "free times that day. Press Back to choose another day.")
                  : shown(c, "Someone else booked it a moment ago. These times on %1 are "
                             "free:")
                        .arg(dayText()));
        for (const QVariant &v : alt)
            s << v.toMap().value(QStringLiteral("time")).toString();
        flowButtons(s, true, true);
        break;
    }
    case Step::Unavailable:
        s << shown("Main", "We cannot book a time here right now");
        s << shown("Main",
                   "Nothing has been booked. You can take a ticket and wait for a free time "
                   "today, or book from home at borger.dk.");
        s << shown("Main", "Take a ticket for today");
        flowButtons(s, false, true);
        break;
    }
    return s.text();
}

namespace {
/// How the non-visual mode is used: touch, keypad, and the way out (context "NonVisual", the
/// same as NonVisualLayer.qml's qsTranslate; QT_TRANSLATE_NOOP so that lupdate finds them).
QString nonVisualUsage()
{
    Spoken s;
    s << shown("NonVisual",
               QT_TRANSLATE_NOOP("NonVisual", "Touch the screen to hear what is under your "
                                              "finger. Tap twice anywhere to choose it."));
    s << shown("NonVisual",
               QT_TRANSLATE_NOOP("NonVisual",
                                 "On the keypad, the arrow keys move from item to item, Enter "
                                 "chooses, Escape goes back, and F1 or the question mark reads "
                                 "the screen and this help."));
    s << shown("NonVisual",
               QT_TRANSLATE_NOOP("NonVisual", "Press and hold Listen to end the non-visual mode."));
    return s.text();
}
} // namespace

QString Session::nonVisualOnText()
{
    return shown("NonVisual", QT_TRANSLATE_NOOP("NonVisual", "Non-visual mode on.")) + u'\n' +
           nonVisualUsage();
}

QString Session::nonVisualOffText()
{
    return shown("NonVisual", QT_TRANSLATE_NOOP("NonVisual", "Non-visual mode off."));
}

QString Session::stillThereText()
{
    Spoken s;
    s << shown("StillThereDialog", "Are you still there?");
    s << shown("StillThereDialog", "Soon the screen starts again, and what you typed is deleted.");
    s << shown("StillThereDialog", "Yes, I am still here");
    return s.text();
}

QString Session::nonVisualHelpText() const
{
    const QString screen = spokenText();
    return screen.isEmpty() ? nonVisualUsage() : screen + u'\n' + nonVisualUsage();
}

QString Session::spokenText() const
{
    switch (m_screen) {
    case Screen::Home:
        return m_homeText ? m_homeText() : QString();
    case Screen::CheckIn:
        return m_checkIn.spokenText();
    case Screen::Booking:
        return m_booking.spokenText();
    case Screen::Chance:
        return m_chance.spokenText();
    case Screen::Admin:
        break; // the technician's screens are not read aloud
    }
    return {};
}

} // namespace bk
