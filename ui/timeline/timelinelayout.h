#pragma once

#include <QRect>
#include <QSize>

class QFontMetrics;

// Where the parts of the speaker timeline go in a widget or image of a given size. The name column
// and the axis stay put; only the rows scroll. Plot rectangles (axis, overlap lane, rows, overview)
// share the same columns, so one TimeMapping of plotWidth() pixels serves them all:
//
//   +-----------+----------------------------+
//   | (header)  | axis                       |
//   | Overlap   | overlap lane               |
//   | names ... | rows (scroll vertically)   |
//   | (label)   | overview (whole meeting)   |
//   +-----------+----------------------------+
struct TimelineLayout
{
    enum class RowFit {
        Scroll, // rows keep their preferred height and scroll when they do not fit
        Shrink, // rows shrink (to a few pixels) so that all of them fit, and a few grow (up to three times
                // their height) to fill the image: for rendering to a file
    };

    int rowHeight = 0;
    QRect names; // the name column beside the rows
    QRect header; // the name column beside the axis
    QRect overlapName;
    QRect overviewName;
    QRect axis;
    QRect overlap;
    QRect rows;
    QRect overview;

    int plotLeft() const { return rows.left(); }
    int plotWidth() const { return rows.width(); }
    // Pixels the rows need in all; more than rows.height() means they scroll.
    int contentHeight(int rowCount) const { return rowCount * rowHeight; }
    int maxScroll(int rowCount) const { return qMax(0, contentHeight(rowCount) - rows.height()); }

    static int preferredRowHeight(const QFontMetrics &metrics);
    // rightReserve: pixels kept free at the right edge (a vertical scroll bar).
    static TimelineLayout compute(
        QSize size, const QFontMetrics &metrics, int nameWidth, int rowCount, RowFit fit, int rightReserve = 0);
};
