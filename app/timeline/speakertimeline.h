#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <span>
#include <vector>

// One speaker of the timeline: a row of the chart. Rows are keyed by id, never by name (two people can
// share a name; a null name stays distinct from an empty one).
struct TimelineParticipant
{
    qint64 id = 0;
    std::optional<QString> name;
    std::optional<bool> isHost;
    QString platform; // empty when null or missing
    bool operator==(const TimelineParticipant &) const = default;
};

// One segment of speech in 32 bytes, so a million of them cost 32 MB.
struct TimelineSegment
{
    enum Flag : quint32 {
        OpenEnded = 1 << 0, // end_timestamp null or missing: `end` is the recording's end
        NegativeStart = 1 << 1, // spoke before the recording started
        StartAbsoluteMissing = 1 << 2, // no usable start_timestamp.absolute
        EndAbsoluteMissing = 1 << 3, // no usable end_timestamp.absolute (always set when open-ended)
        StartFromAbsolute = 1 << 4, // start.relative was missing: derived from absolute and the file's anchor
        EndFromAbsolute = 1 << 5,
        EndBeforeStart = 1 << 6, // as sent; kept, drawing decides
    };

    double start = 0; // relative seconds
    double end = 0; // relative seconds; for OpenEnded segments the recording's end
    quint32 participant = 0; // index into SpeakerTimeline::participants()
    quint32 flags = 0;
    // Where the segment's object starts in SpeakerTimeline::source(): absolute times are read from
    // there only when asked for (tooltips), so parsing never converts a million ISO strings.
    quint64 sourceOffset = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
};
static_assert(sizeof(TimelineSegment) <= 32, "a segment must stay at most 32 bytes");

// The parsed speaker timeline file: a participant table and segments grouped by row (participant
// index) and sorted by start within a row. Immutable once built; cheap to move.
class SpeakerTimeline
{
public:
    SpeakerTimeline() = default;
    // segments may come in any order; their participant indexes must be valid. source is the
    // file's bytes (followed by simdjson's padding) that sourceOffset points into.
    SpeakerTimeline(QList<TimelineParticipant> participants, std::vector<TimelineSegment> segments, QByteArray source,
        std::optional<qint64> anchorUs);

    const QList<TimelineParticipant> &participants() const { return m_participants; }
    qsizetype rowCount() const { return m_participants.size(); }
    // The segments of one row, sorted by start.
    std::span<const TimelineSegment> row(qsizetype participantIndex) const;
    // Every segment, row after row; indexes into this are segment indexes.
    std::span<const TimelineSegment> segments() const { return m_segments; }
    qsizetype segmentCount() const { return static_cast<qsizetype>(m_segments.size()); }
    // The first segment index of a row (row(i) starts there).
    qsizetype rowBegin(qsizetype participantIndex) const { return m_rowBegin.at(participantIndex); }
    std::optional<qsizetype> rowOf(qint64 participantId) const;

    bool isEmpty() const { return m_segments.empty(); }
    double minStart() const { return m_minStart; } // 0 when empty
    // The recording's end: the largest end or start of all segments; open-ended segments end here.
    double recordingEnd() const { return m_recordingEnd; }

    // The wall-clock time of a segment's start or end as the file has it (an ISO string with up to
    // microseconds or epoch seconds): microseconds since the epoch, nullopt when the file has none.
    std::optional<qint64> wallClockUs(qsizetype segmentIndex, bool end) const;
    // The same as a UTC QDateTime (milliseconds); invalid when the file has none.
    QDateTime wallClock(qsizetype segmentIndex, bool end) const;
    // Absolute minus relative of the first segment that has both: maps the relative axis to wall-clock
    // time (for the axis, and segments without an absolute time of their own).
    std::optional<qint64> anchorUs() const { return m_anchorUs; }

    const QByteArray &source() const { return m_source; }

private:
    QList<TimelineParticipant> m_participants;
    std::vector<TimelineSegment> m_segments;
    std::vector<qsizetype> m_rowBegin; // rowCount() + 1 entries
    QByteArray m_source;
    std::optional<qint64> m_anchorUs;
    double m_minStart = 0;
    double m_recordingEnd = 0;
};
