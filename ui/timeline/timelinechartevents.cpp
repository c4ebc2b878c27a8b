// TimelineChart's participant events: the overlay it draws, their hover texts, and reveal().
#include "analysis/eventoverlay.h"
#include "timeline/eventlookup.h"
#include "timeline/timelinechart.h"
#include "timeline/timelineeventpainter.h"
#include "timeline/timelinepainter.h"

#include <algorithm>
#include <utility>

namespace {

// A range that takes more than this share of the view is zoomed out to instead of centred.
constexpr double fitsShare = 0.9;
// Around a range zoomed out to, on each side, as a share of the range.
constexpr double revealMargin = 0.1;

} // namespace

void TimelineChart::setEvents(std::shared_ptr<const EventOverlay> events)
{
    m_events = std::move(events);
    update();
    updateDescription();
}

void TimelineChart::setEventsVisible(bool visible)
{
    if (visible == m_eventsVisible)
        return;
    m_eventsVisible = visible;
    update();
    updateDescription();
}

const EventOverlay *TimelineChart::shownEvents() const
{
    // An overlay of another document would point into rows this one does not have.
    if (!m_eventsVisible || !m_events || !m_document || m_events->meeting().document != m_document)
        return nullptr;
    return m_events.get();
}

void TimelineChart::reveal(double from, double to, int participantIndex)
{
    if (!m_document)
        return;
    if (to < from)
        std::swap(from, to);
    m_revealed = TimeRange {from, to};
    const TimeRange v = m_mapping.visible();
    TimeMapping m = m_mapping;
    if (to - from <= v.duration() * fitsShare) {
        m.panBySeconds((from + to) / 2 - (v.start + v.end) / 2);
    } else {
        const double margin = (to - from) * revealMargin;
        m.zoomTo({from - margin, to + margin});
    }
    applyMapping(m);
    if (participantIndex >= 0 && participantIndex < m_document->rowCount()) {
        setSelectedRow(participantIndex);
        ensureRowVisible(participantIndex);
    }
    update();
    updateDescription();
}

void TimelineChart::clearRevealed()
{
    if (!m_revealed)
        return;
    m_revealed.reset();
    update();
    updateDescription();
}

std::optional<int> TimelineChart::rowTop(int participantIndex) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), participantIndex);
    if (it == m_rows.end())
        return std::nullopt;
    return m_layout.rows.top() + int(it - m_rows.begin()) * m_layout.rowHeight - m_scrollY;
}

std::optional<TimelineChart::EventHover> TimelineChart::eventHoverAt(QPoint pos) const
{
    const EventOverlay *events = shownEvents();
    if (!events || pos.x() < m_layout.rows.left() || pos.x() > m_layout.rows.right())
        return std::nullopt;
    const int row = rowAt(pos.y());
    const std::optional<int> top = row >= 0 ? rowTop(row) : std::nullopt;
    if (!top)
        return std::nullopt;
    return EventHover {events, row, RowGeometry::of(*top, m_layout.rowHeight), secondsAt(pos.x() + 0.5),
        m_document->rowLabels().value(row)};
}

QString TimelineChart::markToolTipAt(QPoint pos) const
{
    const std::optional<EventHover> h = eventHoverAt(pos);
    if (!h)
        return {};
    const RowGeometry &g = h->geometry;
    if (g.markers && std::abs(pos.y() - g.markerY) <= g.markerRadius + 2) {
        const auto near = EventLookup::markersNear(*h->events, h->row, m_mapping, pos.x() - m_layout.plotLeft());
        if (!near.empty())
            return EventLookup::markersToolTip(*h->events, h->label, near);
    }
    const double slack = 1.5 * m_mapping.secondsPerPixel();
    if (g.lanes && pos.y() >= g.webcamY - 1 && pos.y() < g.webcamY + g.laneHeight) {
        if (const Presence::Span *span = TimelineEventPainter::spanAt(h->events->webcam(h->row), h->seconds, slack))
            return EventLookup::laneToolTip(EventLookup::Lane::Webcam, h->label, *span);
    }
    if (g.lanes && pos.y() >= g.screenshareY && pos.y() <= g.screenshareY + g.laneHeight) {
        if (const Presence::Span *span
            = TimelineEventPainter::spanAt(h->events->screenshare(h->row), h->seconds, slack))
            return EventLookup::laneToolTip(EventLookup::Lane::Screenshare, h->label, *span);
    }
    return {};
}

QString TimelineChart::presenceToolTipAt(QPoint pos) const
{
    const std::optional<EventHover> h = eventHoverAt(pos);
    if (!h)
        return {};
    if (const Presence::Span *span = TimelineEventPainter::spanAt(h->events->present(h->row), h->seconds, 0))
        return EventLookup::presenceToolTip(h->label, *span);
    return {};
}
