#pragma once

#include "analysis/meetingfiles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// The participant events file as a read-only table, one row per event in file order: time on the
// chart's axis, participant, action, details. Files can hold hundreds of thousands of events, so
// setMeeting() only precomputes a few numbers per event (its time, its participant's timeline row);
// every text is made in data() for the rows a view asks for. An action this version does not know is
// shown as sent and marked, never dropped.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { TimeColumn, ParticipantColumn, ActionColumn, DetailsColumn, ColumnCount };
    Q_ENUM(Columns)

    enum Roles {
        TimeRole = Qt::UserRole, // double seconds on the axis; an invalid QVariant when the event has no time
        TimelineRowRole, // int: the participant's timeline row, -1 when they never spoke
        ActionRole, // QString: the action as sent ("speech_on", or an unknown one)
        ParticipantIdRole, // qint64
        EventIndexRole, // int: index into ParticipantEventsFile::events (the source row)
        KnownActionRole, // bool: false for an action this version does not know
    };
    Q_ENUM(Roles)

    // One action present in the file, for a filter: how often it occurs.
    struct ActionCount
    {
        QString action; // as sent
        QString label; // readable ("Joined"); the raw action for unknown ones
        qsizetype count = 0;
        bool known = true;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setMeeting(const MeetingFiles &meeting);
    const MeetingFiles &meeting() const { return m_meeting; }
    bool hasEvents() const { return m_meeting.events != nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Typed access for the proxy's sorting and filtering, without a QVariant per row.
    std::optional<double> time(int row) const;
    qint64 participantId(int row) const;
    QString action(int row) const;
    QString details(int row) const; // whole (not cut to one line)
    QString participantName(int row) const;

    // Known actions in their usual order, then unknown ones as first seen; only those present.
    QList<ActionCount> actionCounts() const;
    // "Joined" for join; the action itself for one this version does not know.
    static QString actionLabel(ParticipantEvent::Action action);
    // "(no name) #12" for a null or blank name, as the chart's rows read.
    static QString displayName(const TimelineParticipant &participant);

private:
    const ParticipantEvent &eventAt(int row) const { return m_meeting.events->events[size_t(row)]; }
    QVariant displayData(int row, int column) const;
    QString toolTip(int row, int column) const;
    QString timeToolTip(int row) const;
    QString participantToolTip(const ParticipantEvent &event) const;
    QString chatText(const ParticipantEvent &event, bool whole) const;
    QString eventDataText(int row) const;

    MeetingFiles m_meeting;
    std::vector<double> m_times; // per event; NaN when it has no usable time
    std::vector<int> m_rows; // per events participant: timeline row or -1
    // The `data` member of update and unknown events, read from the file the first time it is shown.
    mutable QHash<int, QString> m_dataText;
};
