#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

class EventTableModel;

// The events table as the pane shows it: only the chosen actions (raw action strings) and
// participants (ids), optionally only events whose details, participant or action contain a text, sorted
// by time. Events without a usable time sort last in either direction; ties keep the file's order.
// Works with an EventTableModel as its source (typed access, no QVariant per comparison).
class EventFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Empty: every action.
    void setActions(const QSet<QString> &actions);
    QSet<QString> actions() const { return m_actions; }
    // Empty: everyone.
    void setParticipants(const QSet<qint64> &ids);
    QSet<qint64> participants() const { return m_participants; }
    // Case-insensitive, over the details, the participant's name and the action (raw and readable).
    void setText(const QString &text);
    QString text() const { return m_text; }
    // Every filter off.
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const EventTableModel *m_events = nullptr;
    QSet<QString> m_actions;
    QSet<qint64> m_participants;
    QString m_text;
};
