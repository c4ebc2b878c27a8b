#include "meetingfiles.h"

const SpeakerTimeline &MeetingFiles::timeline() const
{
    static const SpeakerTimeline empty;
    return document ? document->timeline() : empty;
}

std::optional<double> MeetingFiles::eventTime(const ParticipantEvent &event) const
{
    if (event.hasRelative)
        return event.relative;
    const std::optional<qint64> anchor = timeline().anchorUs();
    if (event.hasAbsolute && anchor)
        return double(event.absoluteUs - *anchor) / 1e6;
    return std::nullopt;
}

std::optional<qsizetype> MeetingFiles::rowOfEventParticipant(quint32 eventParticipant) const
{
    if (!events || !document || qsizetype(eventParticipant) >= events->participants.size())
        return std::nullopt;
    return timeline().rowOf(events->participants.at(eventParticipant).id);
}

std::optional<qsizetype> MeetingFiles::rowOfListedParticipant(qsizetype participantsIndex) const
{
    if (!participants || !document || participantsIndex < 0 || participantsIndex >= participants->participants.size())
        return std::nullopt;
    return timeline().rowOf(participants->participants.at(participantsIndex).id);
}
