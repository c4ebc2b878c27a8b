#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class TimelineDocument;

// Finding and describing segments for the chart's hover, click and keyboard navigation. Rows are
// sorted by start, so lookups are binary searches; nothing here is per frame.
class SegmentLookup
{
    Q_DECLARE_TR_FUNCTIONS(SegmentLookup)
public:
    // The segment of `row` (participant index) under `seconds`, give or take `slack` seconds (the
    // time of a few pixels, so a bar one pixel wide can be hovered): the latest-starting one that
    // contains the time, else the nearest within the slack. A segment index, or nullopt.
    static std::optional<qsizetype> segmentAt(const TimelineDocument &document, int row, double seconds, double slack);
    // The first segment of the row that ends at or after `seconds` (for Up/Down: the segment in the
    // new row next to where the selection was), or the row's last one; nullopt for an empty row.
    static std::optional<qsizetype> segmentNear(const TimelineDocument &document, int row, double seconds);
    // The next or previous segment in the same row; nullopt at either end.
    static std::optional<qsizetype> neighbour(const TimelineDocument &document, qsizetype segment, int step);

    // "Dana Ruiz" / start, end, duration, wall clock: the tooltip, several lines of plain text.
    static QString toolTip(const TimelineDocument &document, qsizetype segment);
    // One line for the accessible description: "Dana Ruiz, 0:00:04.500 to 0:00:35.890".
    static QString summary(const TimelineDocument &document, qsizetype segment);
    // "h:mm:ss.mmm" relative to the recording start.
    static QString relative(double seconds);
    // Local wall-clock time of a relative time via the file's anchor; empty without one.
    static QString wallClock(const TimelineDocument &document, qsizetype segment, bool end);
};
