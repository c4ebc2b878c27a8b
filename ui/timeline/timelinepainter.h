#pragma once

#include "timeline/timelinecolors.h"
#include "timeline/timelinelayout.h"
#include "timeline/timemapping.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QRect>
#include <QStringList>

#include <optional>
#include <vector>

class EventOverlay;
class QFontMetrics;
class QPainter;
class TimelineDocument;

// What one frame of the speaker timeline shows: the widget fills one per paint event, the renderer
// one per file. Plain data, so a test can paint any state without a widget.
struct TimelineFrame
{
    TimelineLayout layout;
    TimeMapping mapping; // of the plot; its width is layout.plotWidth()
    std::vector<int> rows; // participant indexes, top to bottom
    int scrollY = 0; // pixels of the rows scrolled out at the top
    qsizetype selectedSegment = -1; // index into the timeline's segments
    int selectedRow = -1; // participant index
    bool wallClock = false; // axis labels in local wall-clock time instead of relative h:mm:ss
    std::optional<std::pair<int, int>> rubberBand; // plot pixels [x0, x1) being chosen
    std::optional<TimeRange> selectedRange; // the range the statistics are for: a band over axis and rows
    // Per participant index: the group the statistics merged it into, -1 (or past the end) for none;
    // merged rows carry a "merged" chip after their name.
    std::vector<int> mergedGroups;
    // Participant events drawn on the rows (presence, webcam and screenshare lanes, markers); null: none.
    // Built for this frame's document; not owned.
    const EventOverlay *events = nullptr;
    // A time (start == end: a line) or range another pane asked to see: highlighted across the rows.
    std::optional<TimeRange> revealed;
    // The overview's bars as overviewImage() drew them for this document, row order, size and colours
    // (the widget keeps one, since they only change with those); null: draw them.
    const QImage *overview = nullptr;
    // Test and debug only: draw every segment instead of the level of detail (same pixels, slower).
    bool everySegment = false;
};

// Draws the speaker timeline: the widget's paintEvent and the file renderer both use it, so a PNG or
// SVG shows exactly what the screen does. Each row's bars come from CoverageLevels::pixelSpans, so a
// frame costs pixels, not segments; a segment narrower than a pixel still marks its pixel. Bars are
// drawn without antialiasing on whole pixels, following the coverage rule (a segment covers the pixels
// from floor(x(start)) to ceil(x(end)) - 1, at least one), which is what lets a test compare the level
// of detail with drawing every segment pixel for pixel. Never changes the document or the frame.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    TimelinePainter(const TimelineDocument &document, const TimelineColors &colors, const QFont &font);

    void paint(QPainter *painter, const TimelineFrame &frame) const;
    // The overview strip without its visible-window mark, at frame.layout.overview's size.
    QImage overviewImage(const TimelineFrame &frame) const;

    // The width the name column needs for this document's names, badges and platforms (clamped).
    static int nameColumnWidth(const TimelineDocument &document, const QFont &font);
    // The pixel columns [first, last] that [start, end] covers in the mapping, unclipped.
    static std::pair<double, double> pixelRange(const TimeMapping &mapping, double start, double end);

private:
    void paintNames(QPainter *p, const TimelineFrame &f) const;
    void paintAxis(QPainter *p, const TimelineFrame &f) const;
    void paintOverlapLane(QPainter *p, const TimelineFrame &f) const;
    void paintRows(QPainter *p, const TimelineFrame &f) const;
    void paintOverview(QPainter *p, const TimelineFrame &f) const;
    void paintOverviewContent(QPainter *p, const TimelineFrame &f) const;
    void paintBars(
        QPainter *p, int row, int top, int height, const TimeMapping &mapping, int left, bool everySegment) const;
    void paintBeforeStart(QPainter *p, const QRect &plot, const TimeMapping &mapping) const;
    void paintOpenEnded(QPainter *p, const TimelineFrame &f, const std::vector<int> &rowY) const;
    void paintSelection(QPainter *p, const TimelineFrame &f, const std::vector<int> &rowY) const;
    void paintSelectedRange(QPainter *p, const TimelineFrame &f) const;
    void paintRevealed(QPainter *p, const TimelineFrame &f) const;

    const TimelineDocument &m_document;
    TimelineColors m_colors;
    QFont m_font;
    QFont m_smallFont;
    QStringList m_labels;
};
