#include "speakerstats.h"

#include "timeline/speakertimeline.h"

#include <algorithm>

namespace {

using Interval = IntervalSet::Interval;

// Where at least `least` of the rows speak at once, from each row's united speech.
std::vector<Interval> coveredBy(const std::vector<std::vector<Interval>> &rows, int least)
{
    std::vector<std::pair<double, int>> edges;
    for (const auto &row : rows) {
        for (const Interval &i : row) {
            edges.emplace_back(i.start, +1);
            edges.emplace_back(i.end, -1);
        }
    }
    // Ends before starts at the same instant: touching turns of two speakers are no overlap.
    std::sort(edges.begin(), edges.end());
    std::vector<Interval> out;
    int depth = 0;
    double openedAt = 0;
    for (const auto &[t, step] : edges) {
        const int before = depth;
        depth += step;
        if (before < least && depth >= least)
            openedAt = t;
        else if (before >= least && depth < least && t > openedAt)
            out.push_back({openedAt, t});
    }
    return IntervalSet::unite(std::move(out));
}

} // namespace

SpeakerStats::SpeakerStats(const SpeakerTimeline &timeline)
{
    const qsizetype rowCount = timeline.rowCount();
    std::vector<std::vector<Interval>> united(static_cast<size_t>(rowCount));
    m_rows.resize(static_cast<size_t>(rowCount));
    for (qsizetype r = 0; r < rowCount; ++r) {
        std::vector<Interval> raw;
        std::vector<Interval> open;
        const auto segments = timeline.row(r);
        raw.reserve(segments.size());
        for (const TimelineSegment &s : segments) {
            raw.push_back({s.start, s.end});
            if (s.has(TimelineSegment::OpenEnded))
                open.push_back({s.start, s.end});
        }
        united[static_cast<size_t>(r)] = IntervalSet::unite(std::move(raw));
        m_rows[static_cast<size_t>(r)].openEnded = IntervalSet(IntervalSet::unite(std::move(open)));
    }
    std::vector<Interval> several = coveredBy(united, 2);
    m_anyone = IntervalSet(coveredBy(united, 1));
    for (qsizetype r = 0; r < rowCount; ++r) {
        RowData &row = m_rows[static_cast<size_t>(r)];
        row.overlap = IntervalSet(IntervalSet::intersect(united[static_cast<size_t>(r)], several));
        row.speech = IntervalSet(std::move(united[static_cast<size_t>(r)]));
    }
    m_several = IntervalSet(std::move(several));
    m_meetingStart = std::min(0.0, timeline.isEmpty() ? 0.0 : timeline.minStart());
    m_meetingEnd = std::max(m_meetingStart, timeline.recordingEnd());
}

SpeakerStats::Result SpeakerStats::compute(double from, double to) const
{
    if (to < from)
        std::swap(from, to);
    Result result;
    result.totals.from = from;
    result.totals.to = to;
    result.totals.length = to - from;
    result.totals.speech = m_anyone.measure(from, to);
    result.totals.silence = std::max(0.0, result.totals.length - result.totals.speech);
    result.totals.overlap = m_several.measure(from, to);
    double allTalk = 0;
    result.rows.reserve(static_cast<qsizetype>(m_rows.size()));
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const RowData &data = m_rows[r];
        Row row;
        row.row = static_cast<qsizetype>(r);
        row.talk = data.speech.measure(from, to);
        row.turns = data.speech.count(from, to);
        row.longestTurn = data.speech.longest(from, to);
        row.overlap = data.overlap.measure(from, to);
        double first = 0;
        double last = 0;
        if (data.speech.span(from, to, &first, &last)) {
            row.firstSpeech = first;
            row.lastSpeech = last;
        }
        row.estimated = data.openEnded.measure(from, to) > 0;
        row.beforeRecording = from < 0 && data.speech.measure(from, std::min(to, 0.0)) > 0;
        result.totals.estimated = result.totals.estimated || row.estimated;
        allTalk += row.talk;
        result.rows.append(row);
    }
    if (allTalk > 0) {
        for (Row &row : result.rows)
            row.share = row.talk / allTalk;
    }
    return result;
}
