// TimelineChart's input: wheel, mouse, keys and tooltips, each turned into a change of the view state.
#include "timeline/segmentlookup.h"
#include "timeline/timelinechart.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

constexpr double keyZoomFactor = 1.5;
constexpr double wheelZoomBase = 1.2; // per notch (120 eighths of a degree)
constexpr int minRubberBand = 3; // pixels; a narrower band is taken as a click

} // namespace

bool TimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this, QRect(help->pos(), QSize(1, 1)).adjusted(-2, -2, 2, 2));
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineChart::wheelEvent(QWheelEvent *event)
{
    if (!m_document) {
        event->ignore();
        return;
    }
    const QPoint delta = event->angleDelta();
    const double x = event->position().x() - m_layout.plotLeft();
    if (event->modifiers() & Qt::ControlModifier) {
        const int notches = delta.y() != 0 ? delta.y() : delta.x();
        TimeMapping m = m_mapping;
        m.zoomAround(std::clamp(x, 0.0, m.width()), std::pow(wheelZoomBase, notches / 120.0));
        applyMapping(m);
    } else if ((event->modifiers() & Qt::ShiftModifier) || delta.x() != 0
        || m_layout.maxScroll(int(m_rows.size())) == 0) {
        // Some platforms turn Shift+wheel into a horizontal delta; either way it pans.
        const int notches = delta.x() != 0 ? delta.x() : delta.y();
        pan(-notches / 120.0 * m_mapping.width() / 10);
    } else {
        // Three rows per notch; touchpads and smooth wheels send fractions of a notch (a few eighths of a
        // degree at a time), which must scroll by their share rather than round to nothing.
        setVerticalScroll(m_scrollY - delta.y() * 3 * m_layout.rowHeight / 120);
    }
    event->accept();
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    if (!m_document)
        return;
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_lastX = event->position().x();
    m_dragMoved = false;
    const bool inPlot = pos.x() >= m_layout.plotLeft() && pos.x() <= m_layout.rows.right();
    if (inPlot && m_layout.axis.contains(pos) && event->button() == Qt::LeftButton) {
        // Dragging on the axis chooses the statistics' range; a click there clears it.
        m_drag = Drag::AxisRange;
        const TimeRange content = m_document->content();
        m_rangeAnchor = std::clamp(m_mapping.seconds(pos.x() - m_layout.plotLeft()), content.start, content.end);
    } else if (m_layout.overview.contains(pos) && event->button() == Qt::LeftButton) {
        m_drag = Drag::Overview;
        const TimeMapping whole = overviewMapping();
        const TimeRange v = m_mapping.visible();
        const double at = whole.seconds(pos.x() - m_layout.overview.left());
        // Grabbing the window keeps the grabbed point under the mouse; elsewhere the window jumps there.
        m_overviewGrab = (at >= v.start && at <= v.end) ? at - v.start : v.duration() / 2;
        moveOverviewWindow(pos.x());
    } else if (inPlot && pos.y() < m_layout.overview.top()
        && (event->button() == Qt::RightButton
            || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)))) {
        m_drag = Drag::RubberBand;
        const int x = pos.x() - m_layout.plotLeft();
        m_rubberBand = std::make_pair(x, x);
    } else if (event->button() == Qt::LeftButton) {
        m_drag = inPlot ? Drag::Pan : Drag::None;
    }
    event->accept();
}

void TimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    // A drag whose release never came (the chart was hidden or given another document meanwhile) ends
    // here: a hover must not pan or choose a range.
    if (m_drag != Drag::None && (!m_document || !(event->buttons() & (Qt::LeftButton | Qt::RightButton)))) {
        endDrag();
        return;
    }
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_dragMoved = true;
    switch (m_drag) {
    case Drag::Pan:
        if (m_dragMoved) {
            pan(m_lastX - event->position().x());
            m_lastX = event->position().x();
        }
        break;
    case Drag::RubberBand:
        m_rubberBand->second = pos.x() - m_layout.plotLeft();
        update();
        break;
    case Drag::Overview:
        moveOverviewWindow(pos.x());
        break;
    case Drag::AxisRange:
        if (m_dragMoved) {
            const TimeRange content = m_document->content();
            const double at = std::clamp(m_mapping.seconds(pos.x() - m_layout.plotLeft()), content.start, content.end);
            setSelectedRange(TimeRange {std::min(m_rangeAnchor, at), std::max(m_rangeAnchor, at)});
        }
        break;
    case Drag::None:
        break;
    }
}

void TimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (drag == Drag::RubberBand && m_rubberBand) {
        const auto [a, b] = *std::exchange(m_rubberBand, std::nullopt);
        update();
        if (std::abs(b - a) >= minRubberBand)
            setVisibleRange({m_mapping.seconds(std::min(a, b)), m_mapping.seconds(std::max(a, b))});
        return;
    }
    if (drag == Drag::AxisRange) {
        if (!m_dragMoved)
            setSelectedRange(std::nullopt);
        return;
    }
    if (m_dragMoved || event->button() != Qt::LeftButton || !m_document)
        return;
    // A click: select the segment under it, or the row.
    if (const std::optional<qsizetype> segment = segmentAt(pos)) {
        setSelectedSegment(*segment);
    } else if (const int row = rowAt(pos.y()); row >= 0) {
        applySelection(-1, row);
    }
}

void TimelineChart::moveOverviewWindow(double x)
{
    const TimeMapping whole = overviewMapping();
    const double at = whole.seconds(x - m_layout.overview.left());
    const double start = at - m_overviewGrab;
    TimeMapping m = m_mapping;
    m.panBySeconds(start - m.visible().start);
    applyMapping(m);
}

void TimelineChart::keyPressEvent(QKeyEvent *event)
{
    if (!m_document || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_W:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(keyZoomFactor);
        break;
    case Qt::Key_S:
    case Qt::Key_Minus:
        zoom(1 / keyZoomFactor);
        break;
    case Qt::Key_A:
        pan(-m_mapping.width() / 8);
        break;
    case Qt::Key_D:
        pan(m_mapping.width() / 8);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fit();
        break;
    case Qt::Key_Right:
    case Qt::Key_N:
        selectNeighbour(1);
        break;
    case Qt::Key_Left:
    case Qt::Key_P:
        selectNeighbour(-1);
        break;
    case Qt::Key_Down:
        moveRow(1);
        break;
    case Qt::Key_Up:
        moveRow(-1);
        break;
    case Qt::Key_PageDown:
        setVerticalScroll(m_scrollY + m_layout.rows.height());
        break;
    case Qt::Key_PageUp:
        setVerticalScroll(m_scrollY - m_layout.rows.height());
        break;
    case Qt::Key_Escape:
        if (m_selectedSegment < 0 && m_selectedRow < 0 && !m_revealed) {
            // Nothing selected or highlighted: Esc then returns the statistics to the whole meeting.
            if (m_selectedRange) {
                setSelectedRange(std::nullopt);
                break;
            }
            QWidget::keyPressEvent(event);
            return;
        }
        clearRevealed();
        applySelection(-1, -1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}
