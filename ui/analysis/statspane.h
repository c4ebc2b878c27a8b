#pragma once

#include "timeline/timemapping.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QUndoStack;
class SpeakerStatsModel;
class TimelineDocument;

// The statistics beside the chart: a sortable table per speaker (talk, share, turns, longest turn,
// overlap, first and last speech) with a totals row, for the whole meeting or a range. The range comes
// from the chart (dragging on its axis) or is typed here ("0:10:00" to "0:20:00", Enter applies, Clear
// or Esc returns to the whole meeting). Rows that share a name can be merged into one speaker (a person
// who left and rejoined gets a new id) and unmerged (Ctrl+G / Ctrl+Shift+G in the pane); both are
// undoable with the pane's Undo and Redo buttons, or Ctrl+Z and Ctrl+Shift+Z while the pane has focus. Merging changes
// only what is counted here, never the data.
class StatsPane : public QWidget
{
    Q_OBJECT
public:
    explicit StatsPane(QWidget *parent = nullptr);
    ~StatsPane() override;

    // A new meeting: the whole meeting, nothing merged, an empty undo history.
    void setDocument(std::shared_ptr<const TimelineDocument> document);
    // The range the chart shows as chosen; nullopt: the whole meeting. Does not emit rangeEdited.
    void setRange(std::optional<TimeRange> range);
    std::optional<TimeRange> range() const;

    SpeakerStatsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *mergeAction() const { return m_merge; }
    QAction *unmergeAction() const { return m_unmerge; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    // What a problem with the typed range says; empty when none.
    QString rangeProblem() const;

public Q_SLOTS:
    // Merges every group of rows that share a name (one undo step); nothing when none do.
    void mergeSameNames();
    // Unmerges the selected merged row, or every merged row when none is selected (one undo step).
    void unmerge();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The user typed a range (or cleared it): the chart should show it.
    void rangeEdited(std::optional<TimeRange> range);
    // A speaker row was chosen: the chart selects that participant's row.
    void rowActivated(int participantIndex);

private:
    class GroupsCommand;
    void applyTypedRange();
    void clearRange();
    void setGroups(std::vector<int> groups, const QString &text);
    void updateActions();
    void updateSummary();
    int selectedSourceRow() const;

    SpeakerStatsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QToolButton *m_mergeButton = nullptr;
    QToolButton *m_unmergeButton = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_unmerge = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QUndoStack *m_undo = nullptr;
};
