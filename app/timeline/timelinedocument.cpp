#include "timeline/timelinedocument.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

using Interval = CoverageLevels::Interval;

// The disjoint union of intervals sorted by start (ends before starts count as zero length).
std::vector<Interval> unionOf(std::span<const Interval> sorted)
{
    std::vector<Interval> runs;
    for (const Interval &i : sorted) {
        const double end = std::max(i.start, i.end);
        if (!runs.empty() && i.start <= runs.back().end)
            runs.back().end = std::max(runs.back().end, end);
        else
            runs.push_back({i.start, end});
    }
    return runs;
}

// The room past the recording's end for open-ended turns whose length is unknown.
double openEndedTail(const TimeRange &content)
{
    return std::max(1.0, content.duration() * 0.02);
}

} // namespace

std::optional<TimelineDocument> TimelineDocument::build(SpeakerTimeline timeline, const std::atomic<bool> *cancel)
{
    TimelineDocument doc;
    doc.m_timeline = std::move(timeline);
    const SpeakerTimeline &t = doc.m_timeline;
    const double start = std::min(0.0, t.minStart());
    doc.m_content = {start, std::max(t.recordingEnd(), start + 1.0)};

    const auto rows = size_t(t.rowCount());
    doc.m_coverage.reserve(rows);
    doc.m_reach.reserve(size_t(t.segmentCount()));
    doc.m_talkTime.reserve(rows);
    // Boundaries of every row's union: +1 at a start, -1 at an end, for the overlap sweep.
    std::vector<std::pair<double, int>> edges;
    std::vector<Interval> intervals;
    for (size_t row = 0; row < rows; ++row) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        const std::span<const TimelineSegment> segments = t.row(qsizetype(row));
        intervals.clear();
        intervals.reserve(segments.size());
        const qsizetype first = t.rowBegin(qsizetype(row));
        for (size_t i = 0; i < segments.size(); ++i) {
            const TimelineSegment &s = segments[i];
            if (!std::isfinite(s.start) || !std::isfinite(s.end))
                continue;
            intervals.push_back({s.start, s.end});
            if (s.has(TimelineSegment::OpenEnded))
                doc.m_openEnded.push_back(first + qsizetype(i));
        }
        doc.m_coverage.emplace_back(intervals);
        double reach = -std::numeric_limits<double>::infinity();
        for (const TimelineSegment &s : segments) {
            reach = std::max({reach, s.start, s.end});
            doc.m_reach.push_back(reach);
        }
        double talk = 0;
        for (const Interval &run : unionOf(intervals)) {
            talk += run.end - run.start;
            if (run.end > run.start) {
                edges.emplace_back(run.start, 1);
                edges.emplace_back(run.end, -1);
            }
        }
        doc.m_talkTime.push_back(talk);
    }

    // Ends sort before starts at the same time: back-to-back turns (Meet, Teams) do not overlap.
    std::sort(edges.begin(), edges.end());
    std::vector<Interval> overlaps;
    int speaking = 0;
    double overlapStart = 0;
    for (const auto &[time, delta] : edges) {
        const int before = speaking;
        speaking += delta;
        if (before < 2 && speaking >= 2)
            overlapStart = time;
        else if (before >= 2 && speaking < 2 && time > overlapStart)
            overlaps.push_back({overlapStart, time});
    }
    for (const Interval &i : overlaps)
        doc.m_overlapSeconds += i.end - i.start;
    doc.m_overlap = CoverageLevels(overlaps);

    // An open-ended turn that nobody spoke after ends where it starts, at the last time the file
    // knows: how long it went on is unknown. The content reaches a little further, so that the whole
    // meeting in view still shows that turn as a stub instead of a pixel at the edge.
    for (const qsizetype index : doc.m_openEnded) {
        const TimelineSegment &s = t.segments()[size_t(index)];
        if (s.end - s.start < openEndedTail(doc.m_content)) {
            doc.m_content.end += openEndedTail(doc.m_content);
            break;
        }
    }
    QHash<QString, int> uses;
    for (qsizetype row = 0; row < t.rowCount(); ++row) {
        doc.m_labels.append(doc.rowName(row));
        ++uses[doc.m_labels.last()];
    }
    for (qsizetype row = 0; row < doc.m_labels.size(); ++row) {
        const qint64 id = t.participants().at(row).id;
        QString &label = doc.m_labels[row];
        if (uses.value(label) > 1 && !label.endsWith(u'#' + QString::number(id)))
            label = QCoreApplication::translate(
                "TimelineDocument", "%1 #%2", "a name several rows share, and the row's participant id")
                        .arg(label)
                        .arg(id);
    }
    return doc;
}

std::optional<double> TimelineDocument::firstSpeech(qsizetype row) const
{
    const std::span<const TimelineSegment> segments = m_timeline.row(row);
    if (segments.empty())
        return std::nullopt;
    return segments.front().start;
}

std::vector<int> TimelineDocument::rowOrder(RowOrder order) const
{
    std::vector<int> rows(static_cast<size_t>(rowCount()));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    const auto silent = [this](int row) { return m_timeline.row(row).empty(); };
    switch (order) {
    case RowOrder::FirstSpeech:
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            if (silent(a) || silent(b))
                return !silent(a) && silent(b);
            return *firstSpeech(a) < *firstSpeech(b);
        });
        break;
    case RowOrder::TalkTime:
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            if (silent(a) || silent(b))
                return !silent(a) && silent(b);
            return talkTime(a) > talkTime(b);
        });
        break;
    case RowOrder::Name: {
        std::vector<QString> keys(rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            keys[i] = rowName(qsizetype(i));
        std::stable_sort(rows.begin(), rows.end(),
            [&](int a, int b) { return QString::localeAwareCompare(keys[size_t(a)], keys[size_t(b)]) < 0; });
        break;
    }
    }
    return rows;
}

QString TimelineDocument::rowName(qsizetype row) const
{
    const TimelineParticipant &p = m_timeline.participants().at(row);
    if (p.name && !p.name->trimmed().isEmpty())
        return *p.name;
    //: A speaker row whose participant has no name; %1 is the participant id
    return QCoreApplication::translate("TimelineDocument", "(no name) #%1").arg(p.id);
}

qsizetype TimelineDocument::memoryBytes() const
{
    qsizetype bytes = m_timeline.segmentCount() * qsizetype(sizeof(TimelineSegment));
    for (const CoverageLevels &c : m_coverage)
        bytes += c.memoryBytes();
    bytes += m_overlap.memoryBytes();
    bytes += qsizetype(m_openEnded.size() * sizeof(qsizetype) + m_talkTime.size() * sizeof(double));
    bytes += qsizetype(m_reach.size() * sizeof(double));
    return bytes;
}
