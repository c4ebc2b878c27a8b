#pragma once

#include <QList>
#include <QString>

// Edge cases the generated workspace is guaranteed to contain, each on a fixed artifact (the table
// is in democatalog.cpp). Tests and manual QA ask DemoServer::artifactIdWithQuirk() for the id.
enum class DemoQuirk {
    Processing, // status processing, no download URLs
    LargeMeeting, // the one 4-hour, 40-speaker Zoom meeting
    ZoomLike, // short segments with silent gaps, extra_data {"zoom": ...}
    NegativeStart, // first segment starts at relative -4.5 s
    ChatMessages, // chat_message events to "everyone" and to "only_bot"
    DialIn, // a participant with platform "dial-in"
    MissingEmail, // "email" absent on some participants, present on others
    MeetLike, // back-to-back segments, extra_data {"google_meet": {"static_participant_id": ...}}
    OpenEndedSegment, // last segment has end_timestamp null
    Rejoin, // one person leaves and rejoins under a new participant id (same name)
    UpdateEvent, // an "update" event
    UnknownAction, // events whose action the spec does not list ("raise_hand", "breakout_room_join")
    TeamsLike, // back-to-back segments, extra_data {"microsoft_teams": ...}
    SameName, // two different participant ids with the same name
    NullName, // a participant whose name is null
    Overlap, // two speakers' segments overlap in time
    UnsortedTimeline, // timeline segments grouped by speaker, not chronological
    Failed, // status failed with sub_code "recording_too_short"
    FailedWithoutSubCode, // status failed with sub_code null
    Deleted, // status deleted
    LongMetadataValue, // a metadata value of exactly 500 characters
    NullMetadataValue, // a metadata key whose value is null
    SharedRecording, // its recording owns three artifacts
    NullRecordingMetadata, // recording.metadata is null
};

// Readable names for test rows and the standalone server's listing.
QString demoQuirkName(DemoQuirk quirk);
QList<DemoQuirk> allDemoQuirks();
