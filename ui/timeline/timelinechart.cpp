#include "timeline/timelinechart.h"

#include "analysis/eventoverlay.h"
#include "timeline/segmentlookup.h"
#include "timeline/timelinepainter.h"

#include <QAccessible>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyle>

#include <algorithm>
#include <cmath>

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Speaker timeline"));
    setWhatsThis(tr("<p>Who spoke when: one row per participant, bars where they spoke, the Overlap lane "
                    "where two or more spoke at once, and the whole meeting in the strip at the bottom.</p>"
                    "<p><b>Ctrl+wheel</b> or <b>W</b>/<b>S</b> zoom, <b>Shift+wheel</b>, dragging or <b>A</b>/<b>D</b> "
                    "pan, <b>Shift+drag</b> or right-drag zooms to a range, <b>0</b> or <b>Home</b> shows the whole "
                    "meeting. Click a bar to select it; <b>Right</b>/<b>N</b> and <b>Left</b>/<b>P</b> go to the "
                    "next and previous segment of its row, <b>Up</b>/<b>Down</b> change the row, <b>Escape</b> "
                    "clears the selection and the highlight. Hatched bars are still running when the recording "
                    "ended; the shaded part is before the recording started.</p>"
                    "<p>With the participant events, a light tint in a row's colour shows when the participant was "
                    "in the meeting, a solid thin line under the bars when their webcam was on and a dashed one "
                    "when they shared their screen. Diamonds mark chat messages, grey rings other events "
                    "(including actions this version does not know). Hover any of them for details.</p>"));
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, &TimelineChart::setVerticalScroll);
    updateDescription();
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::setDocument(std::shared_ptr<const TimelineDocument> document)
{
    m_document = std::move(document);
    m_events.reset();
    m_revealed.reset();
    m_rows = m_document ? m_document->rowOrder(m_order) : std::vector<int>();
    m_selectedSegment = -1;
    m_selectedRow = -1;
    const bool hadRange = m_selectedRange.has_value();
    m_selectedRange.reset();
    endDrag(); // a drag on the previous document would continue with its anchor
    m_mergedGroups.clear();
    m_scrollY = 0;
    m_nameWidth = m_document ? TimelinePainter::nameColumnWidth(*m_document, font()) : 0;
    relayout();
    m_mapping = TimeMapping(m_document ? m_document->content() : TimeRange {0, 1}, m_layout.plotWidth());
    m_overviewDirty = true;
    update();
    Q_EMIT visibleRangeChanged(m_mapping.visible());
    Q_EMIT selectionChanged(m_selectedSegment, m_selectedRow);
    if (hadRange)
        Q_EMIT selectedRangeChanged();
    updateDescription();
}

void TimelineChart::endDrag()
{
    m_drag = Drag::None;
    m_dragMoved = false;
    if (m_rubberBand) {
        m_rubberBand.reset();
        update();
    }
}

void TimelineChart::hideEvent(QHideEvent *event)
{
    endDrag(); // the release goes to nobody while hidden
    QWidget::hideEvent(event);
}

void TimelineChart::setMergedGroups(std::vector<int> groups)
{
    if (groups == m_mergedGroups)
        return;
    m_mergedGroups = std::move(groups);
    update();
}

void TimelineChart::setSelectedRange(std::optional<TimeRange> range)
{
    if (range && range->end < range->start)
        range = TimeRange {range->end, range->start};
    if (!m_document)
        range.reset();
    const auto same = [](const std::optional<TimeRange> &a, const std::optional<TimeRange> &b) {
        return a.has_value() == b.has_value() && (!a || (a->start == b->start && a->end == b->end));
    };
    if (same(range, m_selectedRange))
        return;
    m_selectedRange = range;
    update();
    Q_EMIT selectedRangeChanged();
}

void TimelineChart::setRowOrder(TimelineDocument::RowOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    if (m_document)
        m_rows = m_document->rowOrder(order);
    m_overviewDirty = true;
    if (m_selectedRow >= 0)
        ensureRowVisible(m_selectedRow);
    update();
    Q_EMIT rowOrderChanged(order);
}

void TimelineChart::setWallClock(bool wallClock)
{
    if (wallClock == m_wallClock)
        return;
    m_wallClock = wallClock;
    update();
}

void TimelineChart::setVisibleRange(TimeRange range)
{
    TimeMapping m = m_mapping;
    m.zoomTo(range);
    applyMapping(m);
}

void TimelineChart::fit()
{
    TimeMapping m = m_mapping;
    m.fit();
    applyMapping(m);
}

void TimelineChart::zoom(double factor)
{
    TimeMapping m = m_mapping;
    m.zoomAround(m.width() / 2, factor);
    applyMapping(m);
}

void TimelineChart::pan(double pixels)
{
    TimeMapping m = m_mapping;
    m.panByPixels(pixels);
    applyMapping(m);
}

void TimelineChart::applyMapping(const TimeMapping &mapping)
{
    if (mapping == m_mapping)
        return;
    const bool moved = !(mapping.visible() == m_mapping.visible());
    m_mapping = mapping;
    update();
    if (moved) {
        Q_EMIT visibleRangeChanged(m_mapping.visible());
        updateDescription();
    }
}

void TimelineChart::setSelectedSegment(qsizetype segment)
{
    if (!m_document || segment < 0 || segment >= m_document->timeline().segmentCount()) {
        applySelection(-1, m_selectedRow);
        return;
    }
    applySelection(segment, int(m_document->timeline().segments()[size_t(segment)].participant));
    ensureRowVisible(m_selectedRow);
    ensureSegmentVisible(segment);
}

void TimelineChart::setSelectedRow(int participantIndex)
{
    if (!m_document || participantIndex < 0 || participantIndex >= m_document->rowCount())
        participantIndex = -1;
    if (participantIndex == m_selectedRow)
        return;
    applySelection(-1, participantIndex);
    if (participantIndex >= 0)
        ensureRowVisible(participantIndex);
}

void TimelineChart::applySelection(qsizetype segment, int row)
{
    if (segment == m_selectedSegment && row == m_selectedRow)
        return;
    m_selectedSegment = segment;
    m_selectedRow = row;
    update();
    Q_EMIT selectionChanged(segment, row);
    updateDescription();
    QAccessibleEvent event(this, QAccessible::Selection);
    QAccessible::updateAccessibility(&event);
}

bool TimelineChart::selectNeighbour(int step)
{
    if (!m_document || m_rows.empty())
        return false;
    if (m_selectedSegment < 0) {
        // Nothing selected yet: start from the selected (or first) row, at the view's start or end.
        const int row = m_selectedRow >= 0 ? m_selectedRow : m_rows.front();
        const TimeRange v = m_mapping.visible();
        const std::optional<qsizetype> near = SegmentLookup::segmentNear(*m_document, row, step > 0 ? v.start : v.end);
        if (!near) {
            setSelectedRow(row);
            return false;
        }
        setSelectedSegment(*near);
        return true;
    }
    const std::optional<qsizetype> next = SegmentLookup::neighbour(*m_document, m_selectedSegment, step);
    if (!next)
        return false;
    setSelectedSegment(*next);
    return true;
}

void TimelineChart::ensureSegmentVisible(qsizetype segment)
{
    const TimelineSegment &s = m_document->timeline().segments()[size_t(segment)];
    const TimeRange v = m_mapping.visible();
    const double end = std::max(s.start, s.end);
    if (s.start >= v.start && end <= v.end)
        return;
    const double span = v.duration();
    TimeMapping m = m_mapping;
    if (end - s.start <= span * 0.9) {
        m.panBySeconds((s.start + end) / 2 - (v.start + v.end) / 2);
    } else {
        if (s.start >= v.start && s.start <= v.end)
            return; // longer than the view and its start already shows
        m.panBySeconds(s.start - span * 0.05 - v.start);
    }
    applyMapping(m);
}

void TimelineChart::ensureRowVisible(int participantIndex)
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), participantIndex);
    if (it == m_rows.end())
        return;
    const int top = int(it - m_rows.begin()) * m_layout.rowHeight;
    if (top < m_scrollY)
        setVerticalScroll(top);
    else if (top + m_layout.rowHeight > m_scrollY + m_layout.rows.height())
        setVerticalScroll(top + m_layout.rowHeight - m_layout.rows.height());
}

void TimelineChart::moveRow(int step)
{
    if (!m_document || m_rows.empty())
        return;
    const auto it = std::find(m_rows.begin(), m_rows.end(), m_selectedRow);
    int position = it == m_rows.end() ? (step > 0 ? -1 : int(m_rows.size())) : int(it - m_rows.begin());
    position = std::clamp(position + step, 0, int(m_rows.size()) - 1);
    const int row = m_rows[size_t(position)];
    if (row == m_selectedRow)
        return;
    // Stay near the same time: the segment of the new row next to the old selection (or the view).
    const double reference = m_selectedSegment >= 0 ? m_document->timeline().segments()[size_t(m_selectedSegment)].start
                                                    : (m_mapping.visible().start + m_mapping.visible().end) / 2;
    const std::optional<qsizetype> near = SegmentLookup::segmentNear(*m_document, row, reference);
    if (near && m_selectedSegment >= 0)
        setSelectedSegment(*near);
    else
        setSelectedRow(row);
    ensureRowVisible(row);
}

void TimelineChart::setVerticalScroll(int pixels)
{
    const int rowCount = int(m_rows.size());
    pixels = std::clamp(pixels, 0, m_layout.maxScroll(rowCount));
    if (pixels == m_scrollY)
        return;
    m_scrollY = pixels;
    m_scrollBar->setValue(pixels);
    update();
}

QRect TimelineChart::rowRect(int participantIndex) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), participantIndex);
    if (it == m_rows.end())
        return {};
    const QRect band(m_layout.rows.left(),
        m_layout.rows.top() + int(it - m_rows.begin()) * m_layout.rowHeight - m_scrollY, m_layout.rows.width(),
        m_layout.rowHeight);
    return band.intersected(m_layout.rows);
}

int TimelineChart::rowAt(int y) const
{
    if (y < m_layout.rows.top() || y > m_layout.rows.bottom() || m_layout.rowHeight <= 0)
        return -1;
    const int position = (y - m_layout.rows.top() + m_scrollY) / m_layout.rowHeight;
    return position < int(m_rows.size()) ? m_rows[size_t(position)] : -1;
}

int TimelineChart::xOf(double seconds) const
{
    // At the deepest zoom a time hours away is billions of pixels off: clamp before converting (a double
    // outside int's range is undefined behaviour, in practice INT_MIN, which would put it far left).
    constexpr double farAway = 1 << 28;
    const double x = std::clamp(std::floor(m_mapping.x(seconds)), -farAway, farAway);
    return m_layout.plotLeft() + int(std::isnan(x) ? 0 : x);
}

double TimelineChart::secondsAt(double x) const
{
    return m_mapping.seconds(x - m_layout.plotLeft());
}

std::optional<qsizetype> TimelineChart::segmentAt(QPoint pos) const
{
    if (!m_document || pos.x() < m_layout.rows.left() || pos.x() > m_layout.rows.right())
        return std::nullopt;
    const int row = rowAt(pos.y());
    if (row < 0)
        return std::nullopt;
    // A pixel column holds [seconds(x), seconds(x + 1)); allow one more pixel either side.
    const double t = secondsAt(pos.x() + 0.5);
    return SegmentLookup::segmentAt(*m_document, row, t, 1.5 * m_mapping.secondsPerPixel());
}

QString TimelineChart::toolTipAt(QPoint pos) const
{
    if (m_document && m_layout.axis.contains(pos) && pos.x() >= m_layout.plotLeft()) {
        return m_selectedRange ? tr("Drag on the axis to choose another range for the statistics; a click or Esc "
                                    "returns to the whole meeting")
                               : tr("Drag on the axis to choose a range for the statistics");
    }
    if (QString mark = markToolTipAt(pos); !mark.isEmpty())
        return mark;
    if (const std::optional<qsizetype> segment = segmentAt(pos))
        return SegmentLookup::toolTip(*m_document, *segment);
    return presenceToolTipAt(pos);
}

QSize TimelineChart::sizeHint() const
{
    return {900, 480};
}

QSize TimelineChart::minimumSizeHint() const
{
    return {320, 200};
}

TimelineFrame TimelineChart::frame() const
{
    TimelineFrame f;
    f.layout = m_layout;
    f.mapping = m_mapping;
    f.rows = m_rows;
    f.scrollY = m_scrollY;
    f.selectedSegment = m_selectedSegment;
    f.selectedRow = m_selectedRow;
    f.wallClock = m_wallClock;
    f.rubberBand = m_rubberBand;
    f.selectedRange = m_selectedRange;
    f.mergedGroups = m_mergedGroups;
    f.events = shownEvents();
    f.revealed = m_revealed;
    return f;
}

void TimelineChart::relayout()
{
    const QFontMetrics metrics(font());
    const int rowCount = int(m_rows.size());
    m_layout = TimelineLayout::compute(size(), metrics, m_nameWidth, rowCount, TimelineLayout::RowFit::Scroll);
    const bool scrolls = m_layout.maxScroll(rowCount) > 0;
    // The bar follows m_scrollY, never the other way round here: a range that shrinks below the bar's
    // old value would otherwise clamp it and write that value back into m_scrollY (a new document would
    // open scrolled down).
    const QSignalBlocker quiet(m_scrollBar);
    if (scrolls) {
        const int barWidth = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
        m_layout
            = TimelineLayout::compute(size(), metrics, m_nameWidth, rowCount, TimelineLayout::RowFit::Scroll, barWidth);
        m_scrollBar->setGeometry(m_layout.rows.right() + 1, m_layout.rows.top(), barWidth, m_layout.rows.height());
        m_scrollBar->setRange(0, m_layout.maxScroll(rowCount));
        m_scrollBar->setPageStep(m_layout.rows.height());
        m_scrollBar->setSingleStep(m_layout.rowHeight);
    }
    m_scrollBar->setVisible(scrolls);
    m_scrollY = std::clamp(m_scrollY, 0, m_layout.maxScroll(rowCount));
    m_scrollBar->setValue(m_scrollY);
    m_mapping.setWidth(m_layout.plotWidth());
    m_overviewDirty = true;
}

void TimelineChart::updateDescription()
{
    if (!m_document) {
        setAccessibleDescription(tr("No speaker timeline loaded."));
        return;
    }
    const TimeRange v = m_mapping.visible();
    const TimeRange all = m_document->content();
    QString text = tr("%n speaker(s). Showing %1 to %2 of %3 to %4.", nullptr, int(m_document->rowCount()))
                       .arg(SegmentLookup::relative(v.start), SegmentLookup::relative(v.end),
                           SegmentLookup::relative(all.start), SegmentLookup::relative(all.end));
    if (m_selectedSegment >= 0)
        text += u' ' + tr("Selected: %1.").arg(SegmentLookup::summary(*m_document, m_selectedSegment));
    else if (m_selectedRow >= 0)
        text += u' ' + tr("Selected row: %1.").arg(m_document->rowName(m_selectedRow));
    if (const EventOverlay *events = shownEvents())
        text
            += u' ' + tr("%n participant event(s) shown in view.", nullptr, int(events->markerCountIn(v.start, v.end)));
    if (m_revealed)
        text += u' '
            + (m_revealed->end > m_revealed->start
                    ? tr("Highlighted: %1 to %2.")
                          .arg(SegmentLookup::relative(m_revealed->start), SegmentLookup::relative(m_revealed->end))
                    : tr("Highlighted: %1.").arg(SegmentLookup::relative(m_revealed->start)));
    if (text == accessibleDescription())
        return;
    setAccessibleDescription(text);
    // Qt 6.4 stores the description without telling assistive technologies it changed.
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

TimeMapping TimelineChart::overviewMapping() const
{
    return TimeMapping(m_document ? m_document->content() : TimeRange {0, 1}, m_layout.overview.width());
}

void TimelineChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (!m_document) {
        p.fillRect(rect(), palette().window());
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(rect(), Qt::AlignCenter, tr("No speaker timeline loaded"));
        return;
    }
    const TimelinePainter painter(*m_document, TimelineColors::fromPalette(palette()), font());
    TimelineFrame f = frame();
    if (m_overviewDirty || m_overviewCache.size() != m_layout.overview.size()) {
        m_overviewCache = painter.overviewImage(f);
        m_overviewDirty = false;
    }
    f.overview = &m_overviewCache;
    // The column of the vertical scroll bar, above and below it: the painter draws up to the rows' edge.
    const int edge = m_layout.rows.right() + 1;
    if (edge < width())
        p.fillRect(QRect(edge, 0, width() - edge, height()), palette().window());
    painter.paint(&p, f);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(m_layout.rows.adjusted(0, 0, -1, -1));
    }
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const TimeRange before = m_mapping.visible();
    relayout();
    if (!(before == m_mapping.visible()))
        Q_EMIT visibleRangeChanged(m_mapping.visible());
}

void TimelineChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_overviewDirty = true;
    if (event->type() == QEvent::FontChange) {
        m_nameWidth = m_document ? TimelinePainter::nameColumnWidth(*m_document, font()) : 0;
        relayout();
        update();
    }
}
