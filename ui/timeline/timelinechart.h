#pragma once

#include "timeline/timelinedocument.h"
#include "timeline/timelineeventpainter.h"
#include "timeline/timelinelayout.h"
#include "timeline/timemapping.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QScrollBar;
struct TimelineFrame;

// The speaker timeline as a Gantt chart: one row per participant id (name or "(no name) #id", host
// badge, platform), bars in the speaker's colour, an overlap lane, a time axis (relative or local wall
// clock) and an overview strip of the whole meeting. Painting is TimelinePainter's, so a frame costs
// pixels, not segments; this class owns the view state (the TimeMapping, row order, vertical scroll,
// selection) and turns input into changes of it:
//   Ctrl+wheel zooms around the cursor; wheel and Shift+wheel pan (the plain wheel scrolls the rows
//   instead when they do not all fit); dragging pans; Shift+drag or right-drag zooms to a range;
//   W/S zoom, A/D pan, 0 or Home fits; dragging in the overview moves the visible window;
//   a click selects a segment, Right/N and Left/P move to the next / previous segment of the row and
//   keep it in view, Up/Down change the selected row, Escape clears the selection.
// Hovering a bar shows its speaker, start, end, duration and wall-clock time.
// With the participant events (setEvents) each row also shows when the participant was present (a
// tint), their webcam and screen sharing (thin lanes under the bars) and markers for chat messages and
// other events, each explained on hover. Other panes bring a time or range into view with reveal().
// The document is shared and never changed here; a chart without one shows a short notice.
class TimelineChart : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);
    ~TimelineChart() override;

    // Shows the whole meeting, clears the selection, the vertical scroll, the events and what was
    // revealed; the row order stays.
    void setDocument(std::shared_ptr<const TimelineDocument> document);
    std::shared_ptr<const TimelineDocument> document() const { return m_document; }

    // The participant events to draw over the rows; null for none. Call after setDocument(): an overlay
    // built for another document is not drawn.
    void setEvents(std::shared_ptr<const EventOverlay> events);
    std::shared_ptr<const EventOverlay> events() const { return m_events; }
    // Shows or hides the events (default shown) without dropping them.
    void setEventsVisible(bool visible);
    bool eventsVisible() const { return m_eventsVisible; }

    // Brings [from, to] (seconds; from == to for an instant) into view: centred at the current zoom when
    // it fits, else zoomed out to it with a margin. participantIndex >= 0 also selects that row and
    // scrolls it into view. The time stays highlighted until the next reveal(), a new document, Escape
    // or clearRevealed().
    void reveal(double from, double to, int participantIndex = -1);
    void clearRevealed();
    std::optional<TimeRange> revealed() const { return m_revealed; }

    void setRowOrder(TimelineDocument::RowOrder order);
    TimelineDocument::RowOrder rowOrder() const { return m_order; }
    // Participant indexes, top to bottom.
    const std::vector<int> &rows() const { return m_rows; }

    // Axis labels in local wall-clock time (when the file has absolute times) instead of h:mm:ss.
    void setWallClock(bool wallClock);
    bool isWallClock() const { return m_wallClock; }

    const TimeMapping &mapping() const { return m_mapping; }
    TimeRange visibleRange() const { return m_mapping.visible(); }
    void setVisibleRange(TimeRange range);
    void fit();
    // factor > 1 zooms in, around the middle of the plot.
    void zoom(double factor);
    // Positive moves the view later in time.
    void pan(double pixels);

    // -1 when nothing is selected.
    qsizetype selectedSegment() const { return m_selectedSegment; }
    int selectedRow() const { return m_selectedRow; }
    // Selects a segment (its row too) and brings it into view; -1 clears the segment, keeping the row.
    void setSelectedSegment(qsizetype segment);
    void setSelectedRow(int participantIndex);
    // The next (step 1) or previous (-1) segment of the selected row; false at either end.
    bool selectNeighbour(int step);

    // The range the statistics are for, chosen by dragging on the axis (a click on the axis clears it) or
    // set from outside; drawn as a band over the axis and the rows. nullopt: the whole meeting.
    std::optional<TimeRange> selectedRange() const { return m_selectedRange; }
    void setSelectedRange(std::optional<TimeRange> range);

    // Rows the statistics count as one speaker (SpeakerStats groups): marked "merged" in the name
    // column. A new document clears them.
    void setMergedGroups(std::vector<int> groups);
    const std::vector<int> &mergedGroups() const { return m_mergedGroups; }

    int verticalScroll() const { return m_scrollY; }
    void setVerticalScroll(int pixels);

    // Geometry for the hosting panel and for tests, in widget coordinates.
    TimelineLayout chartLayout() const { return m_layout; }
    // The band of a row in the plot; empty when the row is scrolled out or unknown.
    QRect rowRect(int participantIndex) const;
    int xOf(double seconds) const;
    double secondsAt(double x) const;
    std::optional<qsizetype> segmentAt(QPoint pos) const;
    // The tooltip text for a position: a marker (or a cluster of them), a webcam or screenshare lane, a
    // segment, or presence, in that order; empty where there is none of them.
    QString toolTipAt(QPoint pos) const;
    // The participant index of the row at a y, or -1.
    int rowAt(int y) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void visibleRangeChanged(TimeRange visible);
    void selectionChanged(qsizetype segment, int participantIndex);
    void rowOrderChanged(TimelineDocument::RowOrder order);
    // selectedRange() changed: by a drag on the axis, a click there, a new document or setSelectedRange.
    void selectedRangeChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Pan, RubberBand, Overview, AxisRange };

    TimelineFrame frame() const;
    void endDrag();
    void relayout();
    void applyMapping(const TimeMapping &mapping);
    void applySelection(qsizetype segment, int row);
    void ensureSegmentVisible(qsizetype segment);
    void ensureRowVisible(int participantIndex);
    void moveRow(int step);
    void updateDescription();
    // What a hover over the events needs: the row under the cursor, its geometry and the time.
    struct EventHover
    {
        const EventOverlay *events = nullptr;
        int row = -1;
        RowGeometry geometry;
        double seconds = 0;
        QString label;
    };
    std::optional<int> rowTop(int participantIndex) const;
    const EventOverlay *shownEvents() const;
    std::optional<EventHover> eventHoverAt(QPoint pos) const;
    // Markers and the webcam and screenshare lanes: before segments, since they are drawn over them.
    QString markToolTipAt(QPoint pos) const;
    // Presence: after segments, since it is drawn behind them.
    QString presenceToolTipAt(QPoint pos) const;
    TimeMapping overviewMapping() const;
    void moveOverviewWindow(double x);

    std::shared_ptr<const TimelineDocument> m_document;
    std::shared_ptr<const EventOverlay> m_events;
    bool m_eventsVisible = true;
    std::optional<TimeRange> m_revealed;
    TimelineDocument::RowOrder m_order = TimelineDocument::RowOrder::FirstSpeech;
    std::vector<int> m_rows;
    TimeMapping m_mapping;
    TimelineLayout m_layout;
    int m_nameWidth = 0;
    int m_scrollY = 0;
    bool m_wallClock = false;
    qsizetype m_selectedSegment = -1;
    int m_selectedRow = -1;
    QScrollBar *m_scrollBar = nullptr;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    double m_lastX = 0;
    bool m_dragMoved = false;
    double m_overviewGrab = 0; // seconds between the window's start and the grabbed point
    std::optional<std::pair<int, int>> m_rubberBand;
    std::optional<TimeRange> m_selectedRange;
    std::vector<int> m_mergedGroups;
    double m_rangeAnchor = 0; // seconds where an axis drag started
    // The overview's bars: redrawn only when the document, row order, size or palette change.
    QImage m_overviewCache;
    bool m_overviewDirty = true;
};
