#include "kiosk/receiptstatus.h"

#include "kiosk/slip.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReceiptStatus, "bk.receipt.status")

namespace bk {

namespace {

/// What makes two slips the same request: their kind and what they carry.
QString slipKey(const Slip &slip)
{
    return QString::number(int(slip.kind)) + u'|' + slip.ticket + u'|' + slip.code + u'|' +
           slip.url;
}

} // namespace

ReceiptStatus::ReceiptStatus(SlipPrinter &printer, QObject *parent)
    : QObject(parent), m_printer(printer)
{
    connect(&m_printer, &SlipPrinter::jobFinished, this,
            [this](quint64 job, SlipPrinter::Outcome outcome) {
                if (job != m_job || m_job == 0)
                    return;
                m_job = 0;
                switch (outcome) {
                case SlipPrinter::Outcome::Printed:
                    setState(State::Printed);
                    return;
                case SlipPrinter::Outcome::Sent:
                    setState(State::Sent);
                    return;
                case SlipPrinter::Outcome::Failed:
                    setState(State::Failed);
                    return;
                }
            });
}

void ReceiptStatus::print(const Slip &slip)
{
    // One tap, one receipt: the same slip asked for again while it is under way (a double
    // tap, a bouncing panel, touch plus synthesised mouse) is the same request. Another slip
    // (the booking after the self-service link) is printed.
    const QString key = slipKey(slip);
    if (m_state == State::Printing && key == m_printingKey)
        return;
    if (!slip.complete()) {
        qCWarning(lcReceiptStatus)
            << "receipt not printed: slip kind" << int(slip.kind) << "has nothing to print";
        return;
    }
    m_printingKey = key;
    m_slip = slip;
    setState(State::Printing);
    m_job = m_printer.print(slip);
}

void ReceiptStatus::reset()
{
    m_job = 0;
    m_printingKey.clear();
    m_slip.reset();
    setState(State::None);
}

QString ReceiptStatus::spokenText() const
{
    return m_slip ? m_printer.spokenText(*m_slip) : QString();
}

void ReceiptStatus::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged();
}

} // namespace bk
