#pragma once

#include "timeline/coverage.h"
#include "timeline/speakertimeline.h"
#include "timeline/timemapping.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

// A speaker timeline ready to draw: the parsed segments plus what every frame and every sort needs,
// computed once (in the loader's worker thread) instead of per frame. Rows are participant indexes
// of SpeakerTimeline::participants(). Immutable once built; cheap to move.
class TimelineDocument
{
public:
    // How the rows can be ordered.
    enum class RowOrder { FirstSpeech, TalkTime, Name };

    TimelineDocument() = default;
    // Builds the level of detail of every row and the overlap row. Returns nullopt when cancel
    // became true meanwhile (checked between rows).
    static std::optional<TimelineDocument> build(SpeakerTimeline timeline, const std::atomic<bool> *cancel = nullptr);

    const SpeakerTimeline &timeline() const { return m_timeline; }
    qsizetype rowCount() const { return m_timeline.rowCount(); }

    // The whole meeting on the time axis: from the earlier of 0 and the first start (speech before the
    // recording started) to the recording's end; never empty (at least one second). When an open-ended
    // turn starts (almost) at the end, 2% more (at least a second) leave room to show it.
    TimeRange content() const { return m_content; }

    // Per row: exactly the pixels its segments cover (an open-ended one runs to the recording's end).
    const CoverageLevels &coverage(qsizetype row) const { return m_coverage.at(size_t(row)); }
    // Where two or more speakers talk at the same time.
    const CoverageLevels &overlap() const { return m_overlap; }
    double overlapSeconds() const { return m_overlapSeconds; }
    // Segment indexes (into timeline().segments()) whose end_timestamp was null.
    const std::vector<qsizetype> &openEnded() const { return m_openEnded; }

    // The latest end among the segments of its row up to this one (segment index into
    // timeline().segments()): hit testing walks back from a time only while an earlier segment can
    // still reach it, so a long segment under many short ones is always found.
    double reach(qsizetype segment) const { return m_reach.at(size_t(segment)); }

    // Seconds the row's speaker talked (overlaps within the row counted once).
    double talkTime(qsizetype row) const { return m_talkTime.at(size_t(row)); }
    // The start of the row's first segment; nullopt for a participant without segments.
    std::optional<double> firstSpeech(qsizetype row) const;

    // Row indexes in the given order; ties (and rows without speech, which go last) keep the file's
    // participant order, so the order is stable and deterministic.
    std::vector<int> rowOrder(RowOrder order) const;

    // "Dana Ruiz", or "(no name) #123" for a null or empty name.
    QString rowName(qsizetype row) const;
    // Each row's name as the chart and the statistics show it: rowName(), with " #id" added where
    // several rows share a name (one person who rejoined, or two people with one name). Built once.
    const QStringList &rowLabels() const { return m_labels; }

    qsizetype memoryBytes() const;

private:
    SpeakerTimeline m_timeline;
    TimeRange m_content {0, 1};
    std::vector<CoverageLevels> m_coverage;
    CoverageLevels m_overlap;
    double m_overlapSeconds = 0;
    std::vector<qsizetype> m_openEnded;
    std::vector<double> m_talkTime;
    std::vector<double> m_reach; // per segment
    QStringList m_labels;
};
