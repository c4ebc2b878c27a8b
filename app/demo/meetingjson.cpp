#include "demorandom.h"
#include "demotime.h"
#include "meetinggenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

// Serialisation of a generated meeting into Recall's three download files (see the spec section
// "Downloads"). Kept apart from the simulation so each stays readable.

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject participantJson(const MeetingParticipant &p)
{
    QJsonObject object {{u"id"_s, p.id}, {u"name"_s, stringOrNull(p.name)},
        {u"is_host"_s, p.isHost ? QJsonValue(*p.isHost) : QJsonValue(QJsonValue::Null)},
        {u"platform"_s, stringOrNull(p.platform)}, {u"extra_data"_s, p.extraData}};
    // "email" may be absent, null or a string in real files; all three must survive parsing.
    if (p.emailForm == MeetingParticipant::EmailForm::Null)
        object.insert(u"email"_s, QJsonValue::Null);
    else if (p.emailForm == MeetingParticipant::EmailForm::Present)
        object.insert(u"email"_s, p.email);
    return object;
}

QList<QJsonObject> participantObjects(const Meeting &meeting)
{
    QList<QJsonObject> objects;
    objects.reserve(meeting.participants.size());
    for (const MeetingParticipant &p : meeting.participants)
        objects.append(participantJson(p));
    return objects;
}

QJsonObject timestampJson(const Meeting &meeting, qint64 relativeUs)
{
    return QJsonObject {{u"absolute"_s, DemoTime::isoMicros(meeting.spec.recordingStartUs + relativeUs)},
        {u"relative"_s, static_cast<double>(relativeUs) / 1e6}};
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray participantsFileJson(const Meeting &meeting)
{
    QJsonArray array;
    for (const QJsonObject &object : participantObjects(meeting))
        array.append(object);
    return compact(array);
}

QByteArray speakerTimelineFileJson(const Meeting &meeting)
{
    const QList<QJsonObject> people = participantObjects(meeting);
    QList<MeetingSegment> segments = meeting.segments;
    const bool grouped = (meeting.spec.features & UnsortedTimelineFeature) != 0;
    // Recall does not promise any order; one quirk artifact groups segments by speaker so that
    // clients which assume chronological order get caught.
    std::stable_sort(segments.begin(), segments.end(), [grouped](const MeetingSegment &a, const MeetingSegment &b) {
        if (grouped && a.participant != b.participant)
            return a.participant > b.participant;
        return a.startUs < b.startUs;
    });
    QJsonArray array;
    for (const MeetingSegment &segment : segments) {
        array.append(QJsonObject {{u"participant"_s, people[segment.participant]},
            {u"start_timestamp"_s, timestampJson(meeting, segment.startUs)},
            {u"end_timestamp"_s,
                segment.endUs ? QJsonValue(timestampJson(meeting, *segment.endUs)) : QJsonValue(QJsonValue::Null)}});
    }
    return compact(array);
}

QByteArray participantEventsFileJson(const Meeting &meeting)
{
    const QList<QJsonObject> people = participantObjects(meeting);
    // Event ids only need to be unique and stable; derive them from the spec seed.
    DemoRng rng(meeting.spec.seed, 0x6576656e7473);
    QJsonArray array;
    for (const MeetingEvent &event : meeting.events) {
        array.append(QJsonObject {{u"id"_s, rng.uuid()}, {u"action"_s, event.action},
            {u"participant"_s, people[event.participant]}, {u"timestamp"_s, timestampJson(meeting, event.atUs)},
            {u"data"_s, event.data}});
    }
    return compact(array);
}

QString meetingFileName(MeetingFile file)
{
    switch (file) {
    case MeetingFile::Participants:
        return u"participants"_s;
    case MeetingFile::ParticipantEvents:
        return u"participant_events"_s;
    case MeetingFile::SpeakerTimeline:
        return u"speaker_timeline"_s;
    }
    return {};
}

std::optional<MeetingFile> meetingFileFromName(QStringView name)
{
    for (const MeetingFile file :
        {MeetingFile::Participants, MeetingFile::ParticipantEvents, MeetingFile::SpeakerTimeline}) {
        if (name == meetingFileName(file))
            return file;
    }
    return std::nullopt;
}

QByteArray meetingFileJson(const Meeting &meeting, MeetingFile file)
{
    switch (file) {
    case MeetingFile::Participants:
        return participantsFileJson(meeting);
    case MeetingFile::ParticipantEvents:
        return participantEventsFileJson(meeting);
    case MeetingFile::SpeakerTimeline:
        return speakerTimelineFileJson(meeting);
    }
    return {};
}
