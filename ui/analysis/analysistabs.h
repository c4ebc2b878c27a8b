#pragma once

#include "analysis/meetingfiles.h"

#include <QTabWidget>

class DataChecksPane;
class EventsPane;
class ParticipantsPane;
class StatsPane;
class TimelineChart;

// The tabs beside the speaker timeline's chart: Statistics, Events, Participants and Data checks, wired
// to the chart they describe. The chart's range drives the statistics and a typed range the chart;
// merged rows are marked on it; choosing an event, a participant or a finding shows it there.
// setMeeting() tells each pane only of the files it shows, so a file that arrives later leaves the
// others' state (filters, expansion, selection) alone. The current tab is remembered.
class AnalysisTabs : public QTabWidget
{
    Q_OBJECT
public:
    AnalysisTabs(TimelineChart *chart, QWidget *parent = nullptr);

    // eventsProblem: why there is no events file (its download failed), for the Events tab.
    void setMeeting(const MeetingFiles &meeting, const QString &eventsProblem = {});

    StatsPane *statsPane() const { return m_stats; }
    EventsPane *eventsPane() const { return m_events; }
    ParticipantsPane *participantsPane() const { return m_participants; }
    DataChecksPane *checksPane() const { return m_checks; }

private:
    void reveal(double from, double to, int participantIndex);

    TimelineChart *m_chart = nullptr;
    StatsPane *m_stats = nullptr;
    EventsPane *m_events = nullptr;
    ParticipantsPane *m_participants = nullptr;
    DataChecksPane *m_checks = nullptr;
    MeetingFiles m_shown; // what the panes were last told
    QString m_eventsProblem;
};
