#include "timeline/timemapping.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

TimeRange normalized(TimeRange r)
{
    if (!std::isfinite(r.start) || !std::isfinite(r.end))
        return {0, 0};
    if (r.end < r.start)
        std::swap(r.start, r.end);
    return r;
}

} // namespace

TimeMapping::TimeMapping(TimeRange content, double widthPx)
{
    m_content = normalized(content);
    m_width = std::isfinite(widthPx) ? std::max(1.0, widthPx) : 1.0;
    fit();
}

double TimeMapping::margin() const
{
    return std::max(minMargin, m_content.duration() * marginFraction);
}

TimeRange TimeMapping::bounds() const
{
    const double m = margin();
    return {m_content.start - m, m_content.end + m};
}

void TimeMapping::setWidth(double widthPx)
{
    m_width = std::isfinite(widthPx) ? std::max(1.0, widthPx) : 1.0;
    setVisible(m_start, m_span);
}

void TimeMapping::setContent(TimeRange content)
{
    m_content = normalized(content);
    setVisible(m_start, m_span);
}

void TimeMapping::zoomAround(double xPx, double factor)
{
    if (!(factor > 0) || !std::isfinite(factor) || !std::isfinite(xPx))
        return;
    const double anchor = seconds(xPx);
    const double fraction = xPx / m_width;
    const double span = std::clamp(m_span / factor, minSpan, maxSpan());
    setVisible(anchor - fraction * span, span);
}

void TimeMapping::panByPixels(double dx)
{
    panBySeconds(dx / m_scale);
}

void TimeMapping::panBySeconds(double ds)
{
    if (std::isfinite(ds))
        setVisible(m_start + ds, m_span);
}

void TimeMapping::fit()
{
    const double d = m_content.duration();
    if (d >= minSpan)
        setVisible(m_content.start, d);
    else
        setVisible(m_content.start + d / 2 - minSpan / 2, minSpan);
}

void TimeMapping::zoomTo(TimeRange range)
{
    range = normalized(range);
    const double span = std::max(range.duration(), minSpan);
    const double mid = range.start + range.duration() / 2;
    setVisible(mid - span / 2, span);
}

void TimeMapping::setVisible(double start, double span)
{
    const TimeRange b = bounds();
    span = std::clamp(span, minSpan, b.duration());
    // Right edge first, then left, so a span as wide as the bounds ends exactly on them.
    start = std::min(start, b.end - span);
    start = std::max(start, b.start);
    m_start = start;
    m_span = span;
    m_scale = m_width / m_span;
}
