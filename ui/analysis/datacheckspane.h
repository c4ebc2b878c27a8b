#pragma once

#include "analysis/datachecks.h"
#include "analysis/meetingfiles.h"

#include <QWidget>

class DataCheckModel;
class QLabel;
class QModelIndex;
class QSpinBox;
class QTreeView;

// The data checks of the open meeting: a summary line, the silence threshold, the findings as a tree
// (each check with its count, its locations below) and what the selected finding usually means.
// Selecting or activating a location (or a check: its first location) asks the chart to go there.
// Checks of a big meeting run in a worker thread; a result that arrives after the meeting or the
// threshold changed is dropped. The pane never changes the meeting's data.
class DataChecksPane : public QWidget
{
    Q_OBJECT
public:
    explicit DataChecksPane(QWidget *parent = nullptr);
    ~DataChecksPane() override;

    // Runs the checks on this meeting (an empty one clears the pane).
    void setMeeting(const MeetingFiles &meeting);
    void clear();

    int silenceSeconds() const;
    void setSilenceSeconds(int seconds); // persisted under analysis/silenceSeconds
    // Meetings with more segments and events than this are checked in a worker thread.
    void setWorkerThreshold(qsizetype items) { m_workerThreshold = items; }
    bool isChecking() const { return m_checking; }

    DataCheckModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QSpinBox *silenceBox() const { return m_silence; }
    QString summaryText() const;
    QString explanationText() const;

Q_SIGNALS:
    // Where the chart should go: a time range and a timeline row (-1: no row).
    void revealRequested(double from, double to, int participantIndex);
    // New findings are shown.
    void checked();

private:
    void run();
    void present(QList<DataChecks::Finding> findings, quint64 generation);
    void updateSummary();
    void onCurrentChanged(const QModelIndex &current);
    void reveal(const QModelIndex &index);

    DataCheckModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QSpinBox *m_silence = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_explanation = nullptr;

    MeetingFiles m_meeting;
    quint64 m_generation = 0; // a worker's result counts only while this is still its number
    qsizetype m_workerThreshold = 100000;
    bool m_checking = false;
    bool m_restoring = false; // re-selecting after new findings: no reveal
};
