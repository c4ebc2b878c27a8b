#pragma once

#include "analysis/meetingfiles.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What support questions usually hide in the data of one meeting ("she says she spoke, the bot says she
// was not there"): each check looks for one kind of oddity and gives how often it occurs, where (times
// and rows the chart can move to) and what it usually means. Checks only read: the files stay as they
// are. A check that needs a file the meeting does not have is not applicable and says why.
// run() is O(n log n) in segments and events (about a tenth of a second on a million segments), has no
// widgets and no threads, and may run in a worker thread on a copy of the meeting (it is shared and
// immutable).
class DataChecks
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)
public:
    enum class Kind {
        SpeechOutsidePresence, // speech before the first join, after the last leave, or between leave and rejoin
        EndBeforeStart, // end timestamp earlier than the start
        ZeroLength, // start == end (not open-ended)
        RepeatedSegments, // same row, same start and end as an earlier segment: each extra copy counts
        SpeakerMissingFromParticipants, // a timeline id the participants file does not list
        ParticipantNeverSpoke, // in the participants or events file, no segment
        OpenEnded, // end_timestamp null: the turn runs to the recording's end
        EarlySpeech, // starting more than Options::earlySpeechBefore before the recording
        LongSilence, // nobody speaks for longer than Options::silenceLongerThan
        SharedName, // several ids with the same non-empty name: each id involved counts
    };
    static constexpr int kindCount = 10;

    struct Options
    {
        double silenceLongerThan = 120; // seconds
        double earlySpeechBefore = 60; // seconds before the recording's start (relative 0)
        // Join and leave events are a little late or early against the audio: speech within this many
        // seconds of being present is not reported.
        double presenceTolerance = 1;
        qsizetype maxLocations = 1000; // per finding; the count stays the true count
    };

    // One place a finding occurs: where the chart goes when it is chosen.
    struct Location
    {
        double from = 0; // seconds on the timeline's axis
        double to = 0;
        qsizetype row = -1; // timeline row (participant index); -1 when none
        qsizetype segment = -1; // index into SpeakerTimeline::segments(); -1 when none
        qsizetype event = -1; // index into ParticipantEventsFile::events; -1 when none
        QString what; // "Ana Silva 0:03:10.0–0:03:12.5"
    };

    struct Finding
    {
        Kind kind = Kind::SpeechOutsidePresence;
        QString title;
        QString explanation; // what it usually means, in one or two sentences
        qsizetype count = 0; // the true count, even when locations were capped
        QList<Location> locations; // at most Options::maxLocations, in time order within a row
        bool applicable = true;
        QString reason; // why the check could not run, when not applicable
    };

    // Every check, one finding each, in the order of Kind.
    static QList<Finding> run(const MeetingFiles &meeting, const Options &options);
    static QList<Finding> run(const MeetingFiles &meeting) { return run(meeting, Options {}); }

    // The title names the options' thresholds where it has one.
    static QString title(Kind kind, const Options &options);
    static QString explanation(Kind kind);
};
