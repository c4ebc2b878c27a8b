#pragma once

#include "analysis/meetingfiles.h"

#include <QList>

#include <optional>
#include <vector>

// When each participant was in the meeting, had their webcam on and shared their screen, paired from
// the participant events file (join → leave, webcam_on → webcam_off, screenshare_on → screenshare_off).
// Pairing is per participant id in time order and forgiving, because real files are not tidy:
//   - an "off" with nothing open before it opens at the meeting's start (they were there, or sharing,
//     before the bot saw it) and is marked openStart; after an earlier "off" it opens there instead,
//     so a participant's spans never overlap;
//   - an "on" never closed runs to the meeting's end and is marked openEnd;
//   - an "on" while already on is a repeat: the span stays open from the first one.
// The meeting is the timeline's content range when there is a timeline, else from the earliest to the
// latest event time (and never ends before 0). Events without a usable time are skipped and counted.
class Presence
{
public:
    struct Span
    {
        double from = 0;
        double to = 0;
        bool openStart = false; // no "on" before it: from is the meeting's start
        bool openEnd = false; // no "off" after it: to is the meeting's end
        qsizetype startEvent = -1; // index into ParticipantEventsFile::events; -1 when openStart
        qsizetype endEvent = -1; // -1 when openEnd
    };
    struct Participant
    {
        qint64 id = 0;
        quint32 eventParticipant = 0; // index into ParticipantEventsFile::participants
        std::optional<qsizetype> row; // the timeline row, when they spoke
        std::vector<Span> present;
        std::vector<Span> webcam;
        std::vector<Span> screenshare;
    };

    Presence() = default;
    static Presence build(const MeetingFiles &meeting);

    bool hasEvents() const { return m_hasEvents; }
    double meetingStart() const { return m_meetingStart; }
    double meetingEnd() const { return m_meetingEnd; }
    // One per participant of the events file, in its order.
    const std::vector<Participant> &participants() const { return m_participants; }
    // The participant whose id is the timeline row's; nullptr when the events file does not have them.
    const Participant *forRow(qsizetype row) const;
    // Events the pairing could not place in time (neither a relative nor a usable absolute time).
    qsizetype eventsWithoutTime() const { return m_withoutTime; }

private:
    std::vector<Participant> m_participants;
    std::vector<int> m_byRow; // timeline row -> index into m_participants, -1 for none
    double m_meetingStart = 0;
    double m_meetingEnd = 0;
    qsizetype m_withoutTime = 0;
    bool m_hasEvents = false;
};
