#pragma once

#include "analysis/meetingfiles.h"

#include <QWidget>

class EmptyState;
class ParticipantTreeModel;
class QAction;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QTreeView;

// The meeting's participants as a tree: one row per participant, every field of theirs below it, and
// extra_data unfolded. Selecting a participant who spoke asks for the chart to show their first speech;
// Ctrl+C copies the current value.
class ParticipantsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ParticipantsPane(QWidget *parent = nullptr);
    ~ParticipantsPane() override;

    void setMeeting(const MeetingFiles &meeting);

    QTreeView *view() const { return m_view; }
    ParticipantTreeModel *model() const { return m_model; }
    QAction *copyAction() const { return m_copy; }
    // The note above the tree when the participants file is missing; empty otherwise.
    QString noteText() const;

Q_SIGNALS:
    // As EventsPane::revealRequested: [from, to] on the chart's axis and a timeline row.
    void revealRequested(double from, double to, int participantIndex);

private:
    void currentChanged(const QModelIndex &current);
    void copyCurrent();

    ParticipantTreeModel *m_model = nullptr;
    QLabel *m_note = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
    QAction *m_copy = nullptr;
    int m_revealedRow = -1; // the top-level row last revealed: moving among its fields does not move the chart
};
