#pragma once
// The state of one flow's receipt, for the screen: the screen keeps the code or ticket shown
// and says so when the paper did not come out, or when the printer cannot tell (Sent).

#include <QObject>
#include <QString>

#include "kiosk/slip.h"

#include <QtQml/qqmlregistration.h>
#include <optional>

namespace bk {

class SlipPrinter;

class ReceiptStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a flow")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    /// Printed: paper confirmed. Sent: the printer took it but has no paper sensor the kiosk
    /// can read, so the screen says where the receipt should come out and keeps the code.
    /// Failed: no paper, and none will come out later.
    enum class State { None, Printing, Printed, Sent, Failed };
    Q_ENUM(State)

    explicit ReceiptStatus(SlipPrinter &printer, QObject *parent = nullptr);

    State state() const { return m_state; }
    /// Prints `slip`; the state goes Printing, then Printed, Sent or Failed. Ignored while a
    /// print of the same slip is under way (one tap, one receipt) and for a slip that is not
    /// complete().
    void print(const Slip &slip);
    /// Back to None; a job still running is forgotten.
    void reset();
    /// The last printed slip's receipt as speech, from the printer's own layout of it
    /// (SlipPrinter::spokenText); empty before a print and after reset().
    QString spokenText() const;

signals:
    void stateChanged();

private:
    void setState(State s);

    SlipPrinter &m_printer;
    quint64 m_job = 0;
    QString m_printingKey;      ///< the slip under way (kind and what it carries)
    std::optional<Slip> m_slip; ///< the last slip handed to the printer
    State m_state = State::None;
};

} // namespace bk
