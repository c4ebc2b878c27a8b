#pragma once

// A span of time in seconds relative to the recording start (negative before it).
struct TimeRange
{
    double start = 0;
    double end = 0;
    double duration() const { return end - start; }
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

// Time <-> pixel for one view of the speaker timeline: the visible range [start, end] spread over
// `width` pixels, inside the content range (the whole meeting, which may start before 0).
// A pure value type: the widgets own one and copy it freely; nothing here knows about painting.
// Every change is clamped: the visible span stays between minSpan and the content plus a margin on
// each side, and the view never leaves the content by more than that margin. Clamping wins over
// "keep the time under the cursor fixed" at the edges, so zooming out near an edge never shows
// more empty space than the margin.
// x() and seconds() work from the visible start and a precomputed scale, so round trips stay exact
// to far below a pixel both at 1 ms over 1920 px late in a 4-hour meeting and at 4 h over 100 px.
class TimeMapping
{
public:
    static constexpr double minSpan = 1e-3; // seconds: the deepest zoom
    static constexpr double marginFraction = 0.05; // of the content duration, on each side
    static constexpr double minMargin = 1.0; // seconds, so a tiny meeting still has some room

    TimeMapping() = default;
    // Fitted to the content.
    TimeMapping(TimeRange content, double widthPx);

    TimeRange content() const { return m_content; }
    TimeRange visible() const { return {m_start, m_start + m_span}; }
    double width() const { return m_width; }
    double margin() const;
    // The outermost range the view may show.
    TimeRange bounds() const;
    double maxSpan() const { return bounds().duration(); }
    double pixelsPerSecond() const { return m_scale; }
    double secondsPerPixel() const { return m_span / m_width; }

    double x(double seconds) const { return (seconds - m_start) * m_scale; }
    double seconds(double x) const { return m_start + x / m_scale; }

    // Keeps the visible range; widths below one pixel count as one.
    void setWidth(double widthPx);
    // Keeps the visible range as far as the new content allows.
    void setContent(TimeRange content);
    // factor > 1 zooms in. The time under pixel x stays under it unless clamping moves the view.
    void zoomAround(double xPx, double factor);
    // Positive moves the view later in time (what dragging the chart to the left does).
    void panByPixels(double dx);
    void panBySeconds(double ds);
    void fit();
    // Shows `range` (for instance a rubber band), clamped; a reversed range is taken as its mirror.
    void zoomTo(TimeRange range);

    friend bool operator==(const TimeMapping &, const TimeMapping &) = default;

private:
    void setVisible(double start, double span);

    TimeRange m_content {0, 1};
    double m_width = 1;
    double m_start = 0;
    double m_span = 1;
    double m_scale = 1; // pixels per second, m_width / m_span
};
