#pragma once

#include "analysis/eventoverlay.h"
#include "timeline/timelinecolors.h"
#include "timeline/timemapping.h"

#include <QRect>

#include <utility>
#include <vector>

class QPainter;
struct TimelineFrame;

// Where the parts of one row band go. The painter and the chart's hover share it, so a tooltip is
// found exactly where its mark is drawn:
//   - presence: a tint over the band (a pixel in from each edge);
//   - markers: centred on the bars' top edge (chat a diamond, anything else a grey ring);
//   - the bars, with room above and below;
//   - two thin lanes in the room below the bars: webcam (solid, upper), screenshare (dashed, lower).
// Small rows (a file render of many people) drop the lanes first, then the markers.
struct RowGeometry
{
    int barTop = 0;
    int barHeight = 1;
    int tintTop = 0;
    int tintHeight = 1;
    bool lanes = false;
    int webcamY = 0; // the lanes' top rows; each laneHeight high
    int screenshareY = 0;
    int laneHeight = 2;
    bool markers = false;
    int markerY = 0; // the markers' centre
    int markerRadius = 0; // half the marker's width

    static RowGeometry of(int top, int rowHeight);
    // A row's bars leave a little room above and below, so neighbouring rows never touch: [top, height].
    static std::pair<int, int> barExtent(int top, int rowHeight);
};

// Draws the participant events of an EventOverlay into the speaker timeline's rows, for
// TimelinePainter (widget and files alike). Costs pixels, not events: spans and markers are found by
// binary search over the visible range, a span run or marker is skipped when it would land on pixels
// already drawn (markers closer than minMarkerGap pixels to the previous one are left out; the
// hover's cluster tooltip lists them).
class TimelineEventPainter
{
public:
    static constexpr int minMarkerGap = 3; // pixels between drawn markers of a row
    static constexpr int hoverSlack = 4; // pixels either side of the cursor a hover looks for markers

    TimelineEventPainter(const EventOverlay &overlay, const TimelineColors &colors);

    // The presence tint behind the bars of the visible rows (rowY: each row's band top, INT_MIN when
    // out of view).
    void paintPresence(QPainter *p, const TimelineFrame &f, const std::vector<int> &rowY) const;
    // Webcam and screenshare lanes and the markers, over the bars.
    void paintLanesAndMarkers(QPainter *p, const TimelineFrame &f, const std::vector<int> &rowY) const;

    // [x0, x1) runs of the spans' pixels in a plot of mapping.width() pixels, merged where they touch.
    static std::vector<std::pair<int, int>> spanRuns(std::span<const Presence::Span> spans, const TimeMapping &mapping);
    // The span (sorted, non-overlapping) that contains t within slack seconds; nullptr for none.
    static const Presence::Span *spanAt(std::span<const Presence::Span> spans, double t, double slack);
    // The x (plot pixels) of each marker drawn for a row, in order, and the marker it stands for.
    static std::vector<std::pair<int, const EventOverlay::Marker *>> drawnMarkers(
        const EventOverlay &overlay, int row, const TimeMapping &mapping);

private:
    void paintLane(QPainter *p, int left, int y, int height, const std::vector<std::pair<int, int>> &runs,
        const QColor &color, bool dashed) const;

    const EventOverlay &m_overlay;
    TimelineColors m_colors;
};
