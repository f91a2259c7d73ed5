#include "kiosk/calloutmodel.h"

#include <algorithm>

namespace bk {

CalloutModel::CalloutModel(int rows, QObject *parent)
    : QAbstractListModel(parent), m_rows(std::max(1, rows))
{}

int CalloutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant CalloutModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Callout &c = m_callouts.at(index.row());
    switch (role) {
    case TicketRole:
    case Qt::DisplayRole:
        return c.ticket;
    case CounterRole:
        return c.counter;
    case CalledAtRole:
        return c.at;
    default:
        return {};
    }
}

QHash<int, QByteArray> CalloutModel::roleNames() const
{
    return {{TicketRole, "ticket"}, {CounterRole, "counter"}, {CalledAtRole, "calledAt"}};
}

void CalloutModel::add(const Callout &callout)
{
    const int before = count();
    if (m_callouts.size() >= m_rows) {
        const int first = m_rows - 1;
        const int last = int(m_callouts.size()) - 1;
        beginRemoveRows({}, first, last);
        m_callouts.remove(first, last - first + 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_callouts.prepend(callout);
    endInsertRows();
    if (count() != before)
        emit countChanged();
    emit calloutsChanged(m_callouts);
}

} // namespace bk
