#pragma once

#include "timeline/participantfiles.h"
#include "timeline/timelinedocument.h"

#include <memory>
#include <optional>

// The open meeting as the analysis sees it: the speaker timeline, and the participants and participant
// events files when they could be read (each may be missing: a file that failed to download, or a
// local timeline opened on its own). Everything is shared and immutable; copies are cheap.
// Times are seconds on the timeline's axis (since the recording started, negative before it); rows
// are participant indexes of the speaker timeline (TimelineDocument rows).
struct MeetingFiles
{
    std::shared_ptr<const TimelineDocument> document;
    std::shared_ptr<const ParticipantsFile> participants; // null: not read (yet)
    std::shared_ptr<const ParticipantEventsFile> events; // null: not read (yet)

    bool hasTimeline() const { return document != nullptr; }
    const SpeakerTimeline &timeline() const; // an empty one when there is no document

    // An event's time on the axis: its relative time, or its absolute time minus the timeline's anchor
    // (absolute minus relative of its first segment that has both); nullopt when it has neither.
    std::optional<double> eventTime(const ParticipantEvent &event) const;
    // The timeline row of a participant of the events file (by id); nullopt when they never spoke
    // (or there is no timeline).
    std::optional<qsizetype> rowOfEventParticipant(quint32 eventParticipant) const;
    // The timeline row of a participant of the participants file (by id); nullopt as above.
    std::optional<qsizetype> rowOfListedParticipant(qsizetype participantsIndex) const;
};
