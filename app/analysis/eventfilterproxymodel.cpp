#include "eventfilterproxymodel.h"

#include "analysis/eventtablemodel.h"

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventTableModel::TimeRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void EventFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_events = qobject_cast<const EventTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void EventFilterProxyModel::setActions(const QSet<QString> &actions)
{
    if (actions == m_actions)
        return;
    m_actions = actions;
    invalidateFilter();
}

void EventFilterProxyModel::setParticipants(const QSet<qint64> &ids)
{
    if (ids == m_participants)
        return;
    m_participants = ids;
    invalidateFilter();
}

void EventFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void EventFilterProxyModel::clearFilters()
{
    if (m_actions.isEmpty() && m_participants.isEmpty() && m_text.isEmpty())
        return;
    m_actions.clear();
    m_participants.clear();
    m_text.clear();
    invalidateFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_events || sourceParent.isValid())
        return true;
    if (!m_participants.isEmpty() && !m_participants.contains(m_events->participantId(sourceRow)))
        return false;
    if (!m_actions.isEmpty() && !m_actions.contains(m_events->action(sourceRow)))
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
    if (has(m_events->details(sourceRow)) || has(m_events->participantName(sourceRow))
        || has(m_events->action(sourceRow)))
        return true;
    const QModelIndex action = m_events->index(sourceRow, EventTableModel::ActionColumn);
    return has(action.data().toString());
}

bool EventFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_events)
        return QSortFilterProxyModel::lessThan(left, right);
    const int a = left.row();
    const int b = right.row();
    if (left.column() != EventTableModel::TimeColumn) {
        const int c = QString::localeAwareCompare(left.data().toString(), right.data().toString());
        if (c != 0)
            return c < 0;
    }
    const std::optional<double> ta = m_events->time(a);
    const std::optional<double> tb = m_events->time(b);
    // Qt reverses the comparison for a descending sort; events without a time stay last either way.
    if (ta.has_value() != tb.has_value())
        return ta.has_value() != (sortOrder() == Qt::DescendingOrder);
    if (ta && tb && *ta != *tb)
        return *ta < *tb;
    return a < b;
}
