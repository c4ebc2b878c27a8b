#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// A simulated meeting: who was there, when they spoke, what happened. The catalog describes each
// "done" artifact by a MeetingSpec; the download listener turns the spec into the three Recall files
// on demand, so a 100 000-artifact workspace stores a few bytes per meeting instead of megabytes.

enum class MeetingPlatform : quint8 { Zoom, GoogleMeet, MicrosoftTeams, Other };

// Things a generated meeting is guaranteed to contain (the catalog sets them on specific artifacts,
// see democatalog.cpp). Random meetings get some of them by chance as well.
enum MeetingFeature : quint16 {
    NegativeStartFeature = 1 << 0, // the first segment starts before the recording (relative < 0)
    OpenEndedFeature = 1 << 1, // the last segment has end_timestamp null
    RejoinFeature = 1 << 2, // one person leaves and comes back under a new id
    SameNameFeature = 1 << 3, // two different participants share a name
    OverlapFeature = 1 << 4, // speech of two participants overlaps
    ChatFeature = 1 << 5, // chat_message events to everyone and to only_bot
    NullNameFeature = 1 << 6, // a participant whose name is null
    DialInFeature = 1 << 7, // a phone participant (platform "dial-in", no email member)
    UpdateEventFeature = 1 << 8, // an "update" event
    UnsortedTimelineFeature = 1 << 9, // timeline grouped by participant instead of by time
    UnknownActionFeature = 1 << 10, // events with actions the spec does not list ("raise_hand", ...)
};

struct MeetingSpec
{
    quint64 seed = 0;
    MeetingPlatform platform = MeetingPlatform::Zoom;
    int participantCount = 2;
    qint64 durationUs = 0;
    quint16 features = 0;
    qint64 recordingStartUs = 0; // absolute epoch time of relative 0
};

struct MeetingParticipant
{
    enum class EmailForm : quint8 { Absent, Null, Present };

    int id = 0;
    QString name; // a null QString is written as JSON null
    std::optional<bool> isHost;
    QString platform; // null QString -> JSON null
    QJsonValue extraData;
    EmailForm emailForm = EmailForm::Absent;
    QString email;
    qint64 joinUs = 0; // relative to the recording start
    qint64 leaveUs = 0;
    double talkWeight = 1.0;
};

struct MeetingSegment
{
    int participant = 0; // index into Meeting::participants
    qint64 startUs = 0;
    std::optional<qint64> endUs; // nullopt: still speaking when the recording ended
};

struct MeetingEvent
{
    QString action;
    int participant = 0;
    qint64 atUs = 0;
    QJsonValue data;
};

struct Meeting
{
    MeetingSpec spec;
    QList<MeetingParticipant> participants;
    QList<MeetingSegment> segments;
    QList<MeetingEvent> events; // sorted by time
};

Meeting generateMeeting(const MeetingSpec &spec);

// The three download files of a "done" artifact.
enum class MeetingFile : quint8 { Participants, ParticipantEvents, SpeakerTimeline };

// "participants", "participant_events", "speaker_timeline": the file name stem in download URLs.
QString meetingFileName(MeetingFile file);
std::optional<MeetingFile> meetingFileFromName(QStringView name);

// Compact JSON arrays; byte-identical for the same spec.
QByteArray meetingFileJson(const Meeting &meeting, MeetingFile file);
QByteArray participantsFileJson(const Meeting &meeting);
QByteArray speakerTimelineFileJson(const Meeting &meeting);
QByteArray participantEventsFileJson(const Meeting &meeting);
