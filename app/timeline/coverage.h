#pragma once

#include "timeline/timemapping.h"

#include <QList>

#include <span>
#include <vector>

// One speaker row's level of detail: which pixel columns any of its segments touches, at a cost that
// follows the pixels on screen rather than the number of segments, and exactly equal to drawing every
// segment (a segment narrower than a pixel, even of zero length, still marks the pixel it falls in).
//
// The rule for one interval [start, end] in a mapping: it covers the pixels from floor(x(start)) to
// ceil(x(end)) - 1, and at least floor(x(start)). Overlapping or touching intervals therefore cover
// contiguous pixels, and so do two runs separated by a gap narrower than a pixel. So the row is kept
// as its union (disjoint runs with exact ends), and each coarser level merges the runs across gaps
// shorter than duration / 2^k. A frame uses the coarsest level whose gaps stay under a pixel:
// at most about four runs per visible pixel (two, times two for the levels left out), found by binary
// search, drawn with the same rule, hence the same pixels. Deep zooms use the union itself, which then
// has only a few runs in view.
//
// Memory: 24 bytes per union run (at most one per segment) plus 4 bytes per run of each coarser
// level; a level is kept only if it halves the runs of the finer kept one, so all levels together
// stay under 4 bytes per segment.
class CoverageLevels
{
public:
    struct Interval
    {
        double start = 0;
        double end = 0;
    };
    // Pixel columns [x0, x1) of the view.
    struct Span
    {
        int x0 = 0;
        int x1 = 0;
        friend bool operator==(const Span &, const Span &) = default;
    };

    CoverageLevels() = default;
    // Intervals sorted by start (an unsorted input is sorted on a copy); an end before its start
    // counts as a zero-length interval; non-finite values are ignored.
    explicit CoverageLevels(std::span<const Interval> intervals);

    // Merged pixel runs in [0, widthPx), ascending and separated by at least one uncovered pixel.
    QList<Span> pixelSpans(const TimeMapping &mapping, int widthPx) const;

    int levelCount() const { return int(m_levels.size()); }
    qsizetype unionRunCount() const { return qsizetype(m_runs.size()); }
    qsizetype memoryBytes() const;

private:
    struct Run
    {
        double start = 0;
        double end = 0; // the largest end of the run's intervals
        double lastStart = 0; // the largest start: a zero-length interval at the end marks its pixel
    };
    struct Level
    {
        double maxGap = 0; // runs of the union closer than this are merged
        std::vector<quint32> lastRun; // per merged run: index of its last union run
    };

    std::vector<Run> m_runs;
    std::vector<Level> m_levels; // coarsest first
};
