#pragma once

#include "analysis/intervalset.h"

#include <QList>
#include <QStringView>

#include <optional>
#include <span>
#include <vector>

class SpeakerTimeline;

// What support staff answer customers with ("the bot says Ana spoke 3 minutes, she says 20"): per
// speaker talk time, share, turns, longest turn, overlap, first and last speech, for the whole meeting
// or any range of it, with totals (length, silence, overlap). Built once per timeline in
// O(n log n); each range then costs O(rows · log n), so a million segments stay interactive.
//
// Speech is counted as time, not as segments: a speaker's own segments that overlap or touch join into
// one turn and count once (files repeat segments); segments that end before they start or have no
// length count nothing (the data checks name them). Open-ended segments count up to the recording's
// end and mark what they touch as estimated; speech before the recording started (negative times)
// counts and is marked too. Overlap is time this speaker speaks while at least one other does.
class SpeakerStats
{
public:
    struct Row
    {
        qsizetype row = 0; // participant index in the timeline (the first member of a merged row)
        QList<qsizetype> members; // the participant indexes counted here: one, or several merged
        double talk = 0; // seconds
        double share = 0; // of all rows' talk in the range, 0..1
        int turns = 0; // stretches of speech meeting the range
        double longestTurn = 0; // seconds, clipped to the range
        double overlap = 0; // seconds spoken while someone else speaks
        std::optional<double> firstSpeech; // clipped to the range
        std::optional<double> lastSpeech;
        bool estimated = false; // an open-ended segment counts in the range
        bool beforeRecording = false; // speech before 0 counts in the range
    };
    struct Totals
    {
        double from = 0;
        double to = 0;
        double length = 0; // to - from
        double speech = 0; // time anyone speaks
        double silence = 0; // length - speech
        double overlap = 0; // time two or more speak at once
        bool estimated = false;
    };
    struct Result
    {
        QList<Row> rows; // one per participant (or merged group), in the order of their first member
        Totals totals;
    };

    SpeakerStats() = default;
    explicit SpeakerStats(const SpeakerTimeline &timeline);
    // Rows merged: groupOf[row] names the group of each participant index (any ints; rows with the same
    // value count as one speaker; -1 or rows past the end stay alone). A merged speaker's own segments
    // that overlap count once and are no overlap with anyone else.
    SpeakerStats(const SpeakerTimeline &timeline, std::span<const int> groupOf);

    // Groups for the constructor above: participant indexes that share a non-empty name (one person
    // who left and rejoined gets a new id) get the same group, the first such index; others -1.
    static std::vector<int> sameNameGroups(const SpeakerTimeline &timeline);
    // "1:02:03.5", "62:03", "-0:00:12", "75" or "75.5" (seconds; a decimal comma works too) as seconds;
    // nullopt for anything else.
    static std::optional<double> parseTime(QStringView text);

    // The whole meeting: from the earliest speech (or 0, whichever is earlier) to the recording's end.
    double meetingStart() const { return m_meetingStart; }
    double meetingEnd() const { return m_meetingEnd; }
    Result whole() const { return compute(m_meetingStart, m_meetingEnd); }
    // Only what lies in [from, to] (swapped when given the other way round).
    Result compute(double from, double to) const;

private:
    struct RowData
    {
        IntervalSet speech; // this row's segments, united
        IntervalSet overlap; // the parts of speech where another row speaks too
        IntervalSet openEnded; // the spans of its open-ended segments
        QList<qsizetype> members;
    };
    std::vector<RowData> m_rows;
    IntervalSet m_anyone; // someone speaks
    IntervalSet m_several; // two or more speak
    double m_meetingStart = 0;
    double m_meetingEnd = 0;
};
