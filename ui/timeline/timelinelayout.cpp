#include "timeline/timelinelayout.h"

#include <QFontMetrics>

#include <algorithm>

int TimelineLayout::preferredRowHeight(const QFontMetrics &metrics)
{
    return std::max(metrics.height() + 10, 18);
}

TimelineLayout TimelineLayout::compute(
    QSize size, const QFontMetrics &metrics, int nameWidth, int rowCount, RowFit fit, int rightReserve)
{
    TimelineLayout l;
    const int width = std::max(size.width(), 1);
    const int height = std::max(size.height(), 1);
    nameWidth = std::clamp(nameWidth, 0, width - 1);
    const int plotLeft = nameWidth;
    const int plotWidth = std::max(width - nameWidth - std::max(rightReserve, 0), 1);
    const int axisHeight = metrics.height() + 12; // labels over 6-pixel major ticks
    const int preferred = preferredRowHeight(metrics);
    const int overlapHeight = std::max(preferred * 3 / 4, 10);
    const int overviewHeight = std::max(metrics.height() * 2, 28);
    constexpr int gap = 4;

    int top = 0;
    l.axis = QRect(plotLeft, top, plotWidth, axisHeight);
    l.header = QRect(0, top, nameWidth, axisHeight);
    top += axisHeight;
    l.overlap = QRect(plotLeft, top, plotWidth, overlapHeight);
    l.overlapName = QRect(0, top, nameWidth, overlapHeight);
    top += overlapHeight + gap;
    const int overviewTop = std::max(top + 1, height - overviewHeight);
    const int rowsHeight = std::max(overviewTop - gap - top, 1);
    l.rows = QRect(plotLeft, top, plotWidth, rowsHeight);
    l.names = QRect(0, top, nameWidth, rowsHeight);
    l.overview = QRect(plotLeft, overviewTop, plotWidth, std::max(height - overviewTop, 1));
    l.overviewName = QRect(0, overviewTop, nameWidth, l.overview.height());

    l.rowHeight = preferred;
    // A file shows every row: they shrink to fit, and a few rows grow (up to three times) so that an
    // image of a small meeting is not mostly blank.
    if (fit == RowFit::Shrink && rowCount > 0)
        l.rowHeight = std::clamp(rowsHeight / rowCount, 3, preferred * 3);
    return l;
}
