#pragma once

#include "analysis/meetingfiles.h"

#include <QWidget>

class EmptyState;
class EventFilterProxyModel;
class EventTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QTableView;
class QTimer;

// The meeting's participant events as a table, filtered by action, participant and text, sorted by time.
// Selecting an event (with the mouse or the keyboard) asks for the chart to show its moment and row;
// Ctrl+C copies it.
// Filters belong to one meeting: a new meeting starts from everything, except that the chosen action
// stays when the new meeting has it too.
class EventsPane : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPane(QWidget *parent = nullptr);
    ~EventsPane() override;

    // eventsProblem: why the events file is missing (a failed download, a local timeline opened on its
    // own), shown when meeting.events is null; a general sentence when empty.
    void setMeeting(const MeetingFiles &meeting, const QString &eventsProblem = {});

    QTableView *view() const { return m_view; }
    EventTableModel *model() const { return m_model; }
    EventFilterProxyModel *proxy() const { return m_proxy; }
    QComboBox *actionFilter() const { return m_actionFilter; }
    QComboBox *participantFilter() const { return m_participantFilter; }
    QLineEdit *searchField() const { return m_search; }
    QString countText() const;
    QAction *copyAction() const { return m_copy; }

Q_SIGNALS:
    // The chart should show [from, to] (seconds on its axis) and the timeline row participantIndex
    // (-1: no row, the participant never spoke). from == to for one event.
    void revealRequested(double from, double to, int participantIndex);

private:
    void fillActionFilter(const QString &keep);
    void fillParticipantFilter();
    void applyFilters();
    void updateState();
    void reveal(const QModelIndex &proxyIndex);
    void fitColumns();
    void copyCurrent();
    int columnPadding() const;

    EventTableModel *m_model = nullptr;
    EventFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_actionFilter = nullptr;
    QComboBox *m_participantFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_copy = nullptr;
    QTimer *m_searchDelay = nullptr;
    QString m_eventsProblem;
    bool m_updating = false; // filters and models being replaced: selection changes are not the user's
};
