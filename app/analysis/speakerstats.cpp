#include "speakerstats.h"

#include "timeline/speakertimeline.h"

#include <QHash>

#include <algorithm>
#include <cmath>

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
    : SpeakerStats(timeline, {})
{ }

SpeakerStats::SpeakerStats(const SpeakerTimeline &timeline, std::span<const int> groupOf)
{
    const qsizetype rowCount = timeline.rowCount();
    // Every row its own group unless told otherwise; a group is as early as its first member.
    std::vector<int> group(static_cast<size_t>(rowCount));
    int groups = 0;
    for (qsizetype r = 0; r < rowCount; ++r) {
        const bool given = static_cast<size_t>(r) < groupOf.size() && groupOf[static_cast<size_t>(r)] >= 0;
        group[static_cast<size_t>(r)] = given ? groupOf[static_cast<size_t>(r)] : -1;
    }
    QHash<int, int> renumbered;
    for (qsizetype r = 0; r < rowCount; ++r) {
        int &g = group[static_cast<size_t>(r)];
        if (g < 0) {
            g = groups++;
            continue;
        }
        const auto found = renumbered.constFind(g);
        g = found != renumbered.cend() ? *found : renumbered.insert(g, groups++).value();
    }

    std::vector<std::vector<Interval>> raw(static_cast<size_t>(groups));
    std::vector<std::vector<Interval>> open(static_cast<size_t>(groups));
    m_rows.resize(static_cast<size_t>(groups));
    for (qsizetype r = 0; r < rowCount; ++r) {
        const auto g = static_cast<size_t>(group[static_cast<size_t>(r)]);
        m_rows[g].members.append(r);
        const auto segments = timeline.row(r);
        raw[g].reserve(raw[g].size() + segments.size());
        for (const TimelineSegment &s : segments) {
            raw[g].push_back({s.start, s.end});
            if (s.has(TimelineSegment::OpenEnded))
                open[g].push_back({s.start, s.end});
        }
    }
    std::vector<std::vector<Interval>> united(static_cast<size_t>(groups));
    for (size_t g = 0; g < united.size(); ++g) {
        united[g] = IntervalSet::unite(std::move(raw[g]));
        m_rows[g].openEnded = IntervalSet(IntervalSet::unite(std::move(open[g])));
    }
    std::vector<Interval> several = coveredBy(united, 2);
    m_anyone = IntervalSet(coveredBy(united, 1));
    for (size_t g = 0; g < united.size(); ++g) {
        RowData &row = m_rows[g];
        row.overlap = IntervalSet(IntervalSet::intersect(united[g], several));
        row.speech = IntervalSet(std::move(united[g]));
    }
    m_several = IntervalSet(std::move(several));
    m_meetingStart = std::min(0.0, timeline.isEmpty() ? 0.0 : timeline.minStart());
    m_meetingEnd = std::max(m_meetingStart, timeline.recordingEnd());
}

std::vector<int> SpeakerStats::sameNameGroups(const SpeakerTimeline &timeline)
{
    std::vector<int> groups(static_cast<size_t>(timeline.rowCount()), -1);
    QHash<QString, int> first;
    for (qsizetype r = 0; r < timeline.rowCount(); ++r) {
        const std::optional<QString> &name = timeline.participants().at(r).name;
        if (!name || name->trimmed().isEmpty())
            continue;
        const auto found = first.constFind(*name);
        if (found == first.cend()) {
            first.insert(*name, int(r));
            continue;
        }
        groups[static_cast<size_t>(*found)] = *found;
        groups[static_cast<size_t>(r)] = *found;
    }
    return groups;
}

std::optional<double> SpeakerStats::parseTime(QStringView text)
{
    text = text.trimmed();
    // A decimal comma (as German and French write it) reads like a point.
    QString decimalPoint;
    if (text.contains(u',') && !text.contains(u'.')) {
        decimalPoint = text.toString().replace(u',', u'.');
        text = decimalPoint;
    }
    const bool negative = text.startsWith(u'-') || text.startsWith(u'\u2212');
    if (negative)
        text = text.mid(1).trimmed();
    const QList<QStringView> parts = text.split(u':');
    if (parts.isEmpty() || parts.size() > 3)
        return std::nullopt;
    double seconds = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const bool last = i == parts.size() - 1;
        const double value = last ? parts.at(i).toDouble(&ok) : double(parts.at(i).toUInt(&ok));
        // Minutes and seconds after a colon stay below 60; the first part may be anything.
        if (!ok || value < 0 || !std::isfinite(value) || (i > 0 && value >= 60))
            return std::nullopt;
        seconds = seconds * 60 + value;
    }
    return negative ? -seconds : seconds;
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
        row.row = data.members.value(0);
        row.members = data.members;
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
