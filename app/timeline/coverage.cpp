#include "timeline/coverage.h"

#include <algorithm>
#include <cmath>

namespace {

// Gaps this close to a pixel are not trusted to round to "contiguous".
constexpr double pixelSlack = 1e-3;
// Stop refining levels below this gap: the deepest zoom (1 ms) over a wide screen.
constexpr double finestGap = TimeMapping::minSpan / 8192;

} // namespace

CoverageLevels::CoverageLevels(std::span<const Interval> intervals)
{
    std::vector<Interval> sorted;
    if (!std::is_sorted(intervals.begin(), intervals.end(),
            [](const Interval &a, const Interval &b) { return a.start < b.start; })) {
        sorted.assign(intervals.begin(), intervals.end());
        std::stable_sort(
            sorted.begin(), sorted.end(), [](const Interval &a, const Interval &b) { return a.start < b.start; });
        intervals = sorted;
    }
    for (const Interval &i : intervals) {
        if (!std::isfinite(i.start) || !std::isfinite(i.end))
            continue;
        const double end = std::max(i.start, i.end);
        if (!m_runs.empty() && i.start <= m_runs.back().end) {
            Run &r = m_runs.back();
            r.end = std::max(r.end, end);
            r.lastStart = i.start;
        } else {
            m_runs.push_back({i.start, end, i.start});
        }
    }
    m_runs.shrink_to_fit();
    if (m_runs.size() < 2)
        return;

    const double duration = m_runs.back().end - m_runs.front().start;
    // From fine to coarse, keeping a level only when it halves the runs of the last kept one.
    std::vector<Level> fineToCoarse;
    size_t lastKept = m_runs.size();
    double gap = duration;
    int k = 0;
    while (gap > finestGap && k < 62) {
        gap /= 2;
        ++k;
    }
    for (; k >= 0; --k, gap *= 2) {
        Level level;
        level.maxGap = gap;
        for (size_t i = 0; i + 1 < m_runs.size(); ++i) {
            if (m_runs[i + 1].start - m_runs[i].end >= gap)
                level.lastRun.push_back(quint32(i));
        }
        level.lastRun.push_back(quint32(m_runs.size() - 1));
        if (level.lastRun.size() * 2 <= lastKept) {
            lastKept = level.lastRun.size();
            level.lastRun.shrink_to_fit();
            fineToCoarse.push_back(std::move(level));
        }
    }
    m_levels.assign(std::make_move_iterator(fineToCoarse.rbegin()), std::make_move_iterator(fineToCoarse.rend()));
}

qsizetype CoverageLevels::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_runs.capacity() * sizeof(Run));
    for (const Level &l : m_levels)
        bytes += qsizetype(l.lastRun.capacity() * sizeof(quint32) + sizeof(Level));
    return bytes;
}

QList<CoverageLevels::Span> CoverageLevels::pixelSpans(const TimeMapping &mapping, int widthPx) const
{
    QList<Span> spans;
    if (widthPx <= 0 || m_runs.empty())
        return spans;
    const double width = widthPx;

    // The coarsest level whose merged gaps are all narrower than a pixel, with some slack.
    const Level *level = nullptr;
    const double gapLimit = (1 - pixelSlack) / mapping.pixelsPerSecond();
    for (const Level &l : m_levels) {
        if (l.maxGap <= gapLimit) {
            level = &l;
            break;
        }
    }
    const size_t count = level ? level->lastRun.size() : m_runs.size();
    const auto firstOf
        = [&](size_t i) -> const Run & { return level ? m_runs[i == 0 ? 0 : level->lastRun[i - 1] + 1] : m_runs[i]; };
    const auto lastOf = [&](size_t i) -> const Run & { return level ? m_runs[level->lastRun[i]] : m_runs[i]; };
    // The last pixel a run covers, as a double so far-away runs cannot overflow an int.
    const auto lastPixel = [&](size_t i) {
        const Run &r = lastOf(i);
        return std::max(std::ceil(mapping.x(r.end)) - 1, std::floor(mapping.x(r.lastStart)));
    };

    // Runs end in ascending order too: binary search the first that reaches pixel 0.
    size_t lo = 0;
    size_t hi = count;
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (lastPixel(mid) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < count; ++i) {
        const double first = std::floor(mapping.x(firstOf(i).start));
        if (first >= width)
            break;
        const int x0 = int(std::max(first, 0.0));
        const int x1 = int(std::min(lastPixel(i), width - 1)) + 1;
        if (!spans.isEmpty() && x0 <= spans.last().x1)
            spans.last().x1 = std::max(spans.last().x1, x1);
        else
            spans.append({x0, x1});
    }
    return spans;
}
