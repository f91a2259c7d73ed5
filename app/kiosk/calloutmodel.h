#pragma once
// The latest call-outs ("A042 → Skranke 3"): the one list that home's "now serving" panel shows
// and the ticket display follows.

#include "domain/types.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace bk {

class CalloutModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the composition root (graph/kioskgraph.h)")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    /// The roles QML delegates read: `ticket` ("A042"), `counter` ("Skranke 3"), `calledAt`
    /// (UTC QDateTime, invalid when the central sent none).
    enum Role { TicketRole = Qt::UserRole + 1, CounterRole, CalledAtRole };
    Q_ENUM(Role)

    /// Keeps the latest `rows` call-outs (at least one).
    explicit CalloutModel(int rows = 5, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_callouts.size()); }
    int rows() const { return m_rows; }
    /// The call-outs, newest first.
    QList<Callout> latestFirst() const { return m_callouts; }

    /// A ticket was called at a counter: it goes first, the oldest beyond `rows` drops off. A
    /// ticket called again (to the same or another counter) is listed again, as every call-out
    /// is: the citizen may have missed the first one.
    void add(const Callout &callout);

signals:
    /// After every add(): the list as it is now, newest first (what the ticket display shows).
    void calloutsChanged(const QList<bk::Callout> &latestFirst);
    void countChanged();

private:
    int m_rows;
    QList<Callout> m_callouts; ///< newest first
};

} // namespace bk
