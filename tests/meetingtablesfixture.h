#pragma once

#include "analysis/meetingfiles.h"
#include "demo/meetinggenerator.h"
#include "timeline/participantfiles.h"
#include "timelinefixture.h"

#include <QByteArray>
#include <QRegularExpression>

#include <memory>

// Meetings for the events and participants tables: one written by hand whose every event a test knows,
// and generated demo meetings with the three files as the demo server serves them.
namespace MeetingTablesFixture {

// JSON written with ' for ", so tests need neither escapes nor raw strings (which moc cannot read).
inline QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// Every file given is parsed as the app would; an empty QByteArray leaves that file out (not loaded).
inline MeetingFiles fromJson(const QByteArray &timeline, const QByteArray &participants, const QByteArray &events)
{
    MeetingFiles meeting;
    if (!timeline.isEmpty())
        meeting.document = TimelineFixture::fromJson(timeline);
    if (!participants.isEmpty()) {
        auto result = ParticipantFilesParser::parseParticipants(participants);
        if (result.ok())
            meeting.participants = std::make_shared<const ParticipantsFile>(std::move(result.file));
    }
    if (!events.isEmpty()) {
        auto result = ParticipantFilesParser::parseEvents(events);
        if (result.ok())
            meeting.events = std::make_shared<const ParticipantEventsFile>(std::move(result.file));
    }
    return meeting;
}

// The timeline of TimelineFixture::handWritten: Dana Ruiz (100) speaks 1.5-4, the nameless 205 speaks
// 2-3, Lee Chen (300) speaks 4-6; relative 0 is TimelineFixture::recordingStartUs.
inline QByteArray timelineJson()
{
    return TimelineFixture::handWritten({{0, 1.5, 4}, {1, 2, 3}, {2, 4, 6}});
}

// Ana Silva (400) is in the events and participants files but never spoke.
inline QByteArray participantsJson()
{
    return json("[{'id':100,'name':'Dana Ruiz','is_host':true,'platform':'desktop','email':'dana@example.com',"
                "'extra_data':{'zoom':{'user_id':'16778240','ids':[1,2,{'x':null}],'flag':true,'n':1.5,'s':''}}},"
                "{'id':205,'name':null,'is_host':false,'platform':'mobile','email':null,'extra_data':null},"
                "{'id':300,'name':'Lee Chen','is_host':false,'platform':null,'extra_data':[]},"
                "{'id':400,'name':'','is_host':null,'platform':'desktop','email':'','extra_data':'plain'}]");
}

// Eight events in file order; sorted by time they are 0, 6, 1, 3, 2, 4, 7, 5.
//   0 join Dana at 0 | 1 speech_on Dana at 1.5 | 2 chat to everyone by Ana at 3 | 3 hand_raise (unknown)
//   by 205 at 2 | 4 update by Lee at 4 with data | 5 leave by Ana with only an absolute time (6 s) |
//   6 webcam_on by 205 with only an absolute time (1 s) | 7 chat to only_bot by Dana at 5
// (The parser drops events without any time; 5 and 6 have none on a timeline without wall-clock times.)
inline QByteArray eventsJson()
{
    return json(
        "[{'id':'e0','action':'join','participant':{'id':100,'name':'Dana Ruiz','is_host':true,'platform':'desktop'},"
        "'timestamp':{'absolute':'2025-07-17T00:00:00.000000Z','relative':0},'data':null},"
        "{'id':'e1','action':'speech_on','participant':{'id':100,'name':'Dana Ruiz'},"
        "'timestamp':{'absolute':'2025-07-17T00:00:01.500000Z','relative':1.5},'data':null},"
        "{'id':'e2','action':'chat_message','participant':{'id':400,'name':'Ana Silva'},"
        "'timestamp':{'absolute':'2025-07-17T00:00:03.000000Z','relative':3},"
        "'data':{'text':'hello there','to':'everyone'}},"
        "{'id':'e3','action':'hand_raise','participant':{'id':205,'name':null,'platform':'mobile'},"
        "'timestamp':{'absolute':'2025-07-17T00:00:02.000000Z','relative':2},'data':null},"
        "{'id':'e4','action':'update','participant':{'id':300,'name':'Lee Chen'},"
        "'timestamp':{'absolute':'2025-07-17T00:00:04.000000Z','relative':4},'data':{'name':'Lee C.'}},"
        "{'id':'e5','action':'leave','participant':{'id':400,'name':'Ana Silva'},"
        "'timestamp':{'absolute':'2025-07-17T00:00:06.000000Z','relative':null},'data':null},"
        "{'id':'e6','action':'webcam_on','participant':{'id':205,'name':null},"
        "'timestamp':{'absolute':'2025-07-17T00:00:01.000000Z'},'data':null},"
        "{'id':'e7','action':'chat_message','participant':{'id':100,'name':'Dana Ruiz'},"
        "'timestamp':{'absolute':'2025-07-17T00:00:05.000000Z','relative':5},"
        "'data':{'text':'secret\\nsecond line','to':'only_bot'}}]");
}

inline MeetingFiles handWritten()
{
    return fromJson(timelineJson(), participantsJson(), eventsJson());
}

// The same timeline without wall-clock times: events with only an absolute time (5 and 6) cannot be
// placed on its axis.
inline QByteArray timelineJsonWithoutWallClock()
{
    QByteArray json = timelineJson();
    static const QRegularExpression absolute(QStringLiteral("\"absolute\":\"[^\"]*\""));
    return QString::fromUtf8(json).replace(absolute, QStringLiteral("\"absolute\":null")).toUtf8();
}

inline MeetingFiles withoutWallClock()
{
    return fromJson(timelineJsonWithoutWallClock(), participantsJson(), eventsJson());
}

inline Meeting demoMeetingData(quint16 features, int participants = 6, quint64 seed = 11)
{
    MeetingSpec spec;
    spec.seed = seed;
    spec.platform = MeetingPlatform::Zoom;
    spec.participantCount = participants;
    spec.durationUs = 20 * 60 * qint64(1000000);
    spec.features = features;
    spec.recordingStartUs = TimelineFixture::recordingStartUs;
    return generateMeeting(spec);
}

// A generated meeting's three files, parsed.
inline MeetingFiles demo(quint16 features, int participants = 6, quint64 seed = 11)
{
    const Meeting m = demoMeetingData(features, participants, seed);
    return fromJson(speakerTimelineFileJson(m), participantsFileJson(m), participantEventsFileJson(m));
}

} // namespace MeetingTablesFixture
