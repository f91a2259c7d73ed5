#include "receiptstatus.h"

#include "slip.h"

namespace bk {

ReceiptStatus::ReceiptStatus(SlipPrinter &printer, QObject *parent)
    : QObject(parent), m_printer(printer)
{
    connect(&m_printer, &SlipPrinter::jobFinished, this, [this](quint64 job, bool ok) {
        if (job == m_job && m_job != 0) {
            m_job = 0;
            setState(ok ? State::Printed : State::Failed);
        }
    });
}

void ReceiptStatus::print(const Slip &slip)
{
    setState(State::Printing);
    m_job = m_printer.print(slip);
}

void ReceiptStatus::reset()
{
    m_job = 0;
    setState(State::None);
}

void ReceiptStatus::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged();
}

} // namespace bk
