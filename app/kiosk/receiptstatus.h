#pragma once
// The state of one flow's receipt, for the screen: the screen keeps the code or ticket shown
// and says so when the paper did not come out.

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace bk {

class SlipPrinter;
struct Slip;

class ReceiptStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a flow")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State { None, Printing, Printed, Failed };
    Q_ENUM(State)

    explicit ReceiptStatus(SlipPrinter &printer, QObject *parent = nullptr);

    State state() const { return m_state; }
    /// Prints `slip`; the state goes Printing, then Printed or Failed. Ignored while a print
    /// is under way (one tap, one receipt) and for a slip that is not complete().
    void print(const Slip &slip);
    /// Back to None; a job still running is forgotten.
    void reset();

signals:
    void stateChanged();

private:
    void setState(State s);

    SlipPrinter &m_printer;
    quint64 m_job = 0;
    State m_state = State::None;
};

} // namespace bk
