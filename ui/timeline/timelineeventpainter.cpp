#include "timeline/timelineeventpainter.h"

#include "timeline/timelinepainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <climits>
#include <cmath>

namespace {

constexpr int dashOn = 4;
constexpr int dashOff = 3;

// Pixel x of a time in the plot, clamped far outside so that a deep zoom never overflows an int.
int plotX(const TimeMapping &mapping, double t)
{
    constexpr double farAway = 1 << 28;
    return int(std::clamp(std::floor(mapping.x(t)), -farAway, farAway));
}

} // namespace

std::pair<int, int> RowGeometry::barExtent(int top, int rowHeight)
{
    const int pad = rowHeight >= 12 ? rowHeight / 5 : rowHeight >= 5 ? 1 : 0;
    return {top + pad, std::max(rowHeight - 2 * pad, 1)};
}

RowGeometry RowGeometry::of(int top, int rowHeight)
{
    RowGeometry g;
    std::tie(g.barTop, g.barHeight) = barExtent(top, rowHeight);
    const int pad = g.barTop - top;
    g.tintTop = rowHeight >= 6 ? top + 1 : top;
    g.tintHeight = rowHeight >= 6 ? rowHeight - 2 : rowHeight;
    g.lanes = pad >= 4;
    g.webcamY = g.barTop + g.barHeight;
    g.screenshareY = g.webcamY + g.laneHeight;
    g.markers = rowHeight >= 10;
    g.markerRadius = std::clamp(rowHeight / 5, 3, 5);
    // On the bars' top edge, but never reaching into the row above (a diamond is a pixel taller).
    g.markerY = std::max(g.barTop, top + g.markerRadius + 2);
    return g;
}

TimelineEventPainter::TimelineEventPainter(const EventOverlay &overlay, const TimelineColors &colors)
    : m_overlay(overlay)
    , m_colors(colors)
{ }

std::vector<std::pair<int, int>> TimelineEventPainter::spanRuns(
    std::span<const Presence::Span> spans, const TimeMapping &mapping)
{
    std::vector<std::pair<int, int>> runs;
    const int width = int(mapping.width());
    // Spans are sorted and never overlap, so their ends are sorted too: start at the first one that
    // reaches the view, and after each run jump past the spans that end on pixels already covered.
    auto it = std::partition_point(
        spans.begin(), spans.end(), [&](const Presence::Span &s) { return s.to < mapping.visible().start; });
    while (it != spans.end() && it->from <= mapping.visible().end) {
        const auto [first, last] = TimelinePainter::pixelRange(mapping, it->from, it->to);
        const int x0 = int(std::clamp(first, 0.0, double(width)));
        const int x1 = int(std::clamp(last + 1, 0.0, double(width)));
        if (x1 > x0) {
            if (!runs.empty() && x0 <= runs.back().second)
                runs.back().second = std::max(runs.back().second, x1);
            else
                runs.emplace_back(x0, x1);
        }
        const double covered = mapping.seconds(runs.empty() ? 0 : runs.back().second);
        it = std::partition_point(std::next(it), spans.end(), [&](const Presence::Span &s) { return s.to < covered; });
    }
    return runs;
}

const Presence::Span *TimelineEventPainter::spanAt(std::span<const Presence::Span> spans, double t, double slack)
{
    const auto it
        = std::partition_point(spans.begin(), spans.end(), [&](const Presence::Span &s) { return s.to < t - slack; });
    return it != spans.end() && it->from <= t + slack ? &*it : nullptr;
}

std::vector<std::pair<int, const EventOverlay::Marker *>> TimelineEventPainter::drawnMarkers(
    const EventOverlay &overlay, int row, const TimeMapping &mapping)
{
    std::vector<std::pair<int, const EventOverlay::Marker *>> drawn;
    const double slack = hoverSlack * mapping.secondsPerPixel();
    const std::span<const EventOverlay::Marker> visible
        = overlay.markersIn(row, mapping.visible().start - slack, mapping.visible().end + slack);
    auto it = visible.begin();
    while (it != visible.end()) {
        const int x = plotX(mapping, it->at);
        drawn.emplace_back(x, &*it);
        // The next marker at least minMarkerGap pixels on: one binary search, however many lie between.
        it = std::partition_point(std::next(it), visible.end(),
            [&](const EventOverlay::Marker &m) { return plotX(mapping, m.at) < x + minMarkerGap; });
    }
    return drawn;
}

void TimelineEventPainter::paintPresence(QPainter *p, const TimelineFrame &f, const std::vector<int> &rowY) const
{
    const int left = f.layout.rows.left();
    for (size_t row = 0; row < rowY.size(); ++row) {
        if (rowY[row] == INT_MIN)
            continue;
        const std::span<const Presence::Span> present = m_overlay.present(int(row));
        if (present.empty())
            continue;
        const RowGeometry g = RowGeometry::of(rowY[row], f.layout.rowHeight);
        const QColor tint = m_colors.presence(qsizetype(row));
        for (const auto &[x0, x1] : spanRuns(present, f.mapping))
            p->fillRect(QRect(left + x0, g.tintTop, x1 - x0, g.tintHeight), tint);
    }
}

void TimelineEventPainter::paintLane(QPainter *p, int left, int y, int height,
    const std::vector<std::pair<int, int>> &runs, const QColor &color, bool dashed) const
{
    for (const auto &[x0, x1] : runs) {
        if (!dashed) {
            p->fillRect(QRect(left + x0, y, x1 - x0, height), color);
            continue;
        }
        // Dashes on a fixed grid of device x, so they stay put while the run's ends move.
        int x = x0 - (((x0 % (dashOn + dashOff)) + dashOn + dashOff) % (dashOn + dashOff));
        for (; x < x1; x += dashOn + dashOff) {
            const int a = std::max(x, x0);
            const int b = std::min(x + dashOn, x1);
            if (b > a)
                p->fillRect(QRect(left + a, y, b - a, height), color);
        }
    }
}

void TimelineEventPainter::paintLanesAndMarkers(QPainter *p, const TimelineFrame &f, const std::vector<int> &rowY) const
{
    const int left = f.layout.rows.left();
    const int width = f.layout.rows.width();
    for (size_t row = 0; row < rowY.size(); ++row) {
        if (rowY[row] == INT_MIN)
            continue;
        const RowGeometry g = RowGeometry::of(rowY[row], f.layout.rowHeight);
        if (g.lanes) {
            const QColor color = m_colors.lane(qsizetype(row));
            paintLane(p, left, g.webcamY, g.laneHeight, spanRuns(m_overlay.webcam(int(row)), f.mapping), color, false);
            paintLane(p, left, g.screenshareY, g.laneHeight, spanRuns(m_overlay.screenshare(int(row)), f.mapping),
                color, true);
        }
        if (!g.markers)
            continue;
        const auto drawn = drawnMarkers(m_overlay, int(row), f.mapping);
        if (drawn.empty())
            continue;
        p->save();
        p->setRenderHint(QPainter::Antialiasing, true);
        const double r = g.markerRadius + 0.5;
        for (const auto &[x, marker] : drawn) {
            if (x < -g.markerRadius - 1 || x > width + g.markerRadius)
                continue;
            const QPointF c(left + x + 0.5, g.markerY + 0.5);
            if (marker->kind == EventOverlay::MarkerKind::Chat) {
                const QPolygonF diamond {
                    {c.x(), c.y() - r - 1}, {c.x() + r + 1, c.y()}, {c.x(), c.y() + r + 1}, {c.x() - r - 1, c.y()}};
                p->setPen(QPen(m_colors.chatOutline, 1));
                p->setBrush(m_colors.chat);
                p->drawPolygon(diamond);
            } else {
                p->setPen(QPen(m_colors.eventMarker, 1.5));
                p->setBrush(m_colors.base);
                p->drawEllipse(c, r - 0.5, r - 0.5);
            }
        }
        p->restore();
    }
}
