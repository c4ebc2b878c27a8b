#pragma once

#include "timeline/timelinedocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>
#include <vector>

class EventOverlay;
class TimelineChart;
struct TimelineFrame;

// Draws the speaker timeline into a file without a window, for `--render`: the same TimelinePainter
// as the widget, fitted to the whole meeting, every row shrunk to fit the height, rows in the given
// order. Needs a QGuiApplication (fonts), nothing else; writes nothing on failure.
class TimelineRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TimelineRenderer)
public:
    struct Options
    {
        QSize size {1600, 900};
        bool dark = false;
        TimelineDocument::RowOrder order = TimelineDocument::RowOrder::FirstSpeech;
        bool wallClock = false;
        // Participant events to draw over the rows, built for the same document; null for none. Not
        // owned: it must outlive the call.
        const EventOverlay *events = nullptr;
        // The current view of a chart instead of the whole meeting: its visible range, and its rows
        // in its order (participant indexes, top to bottom; empty: all rows in `order`).
        std::optional<TimeRange> visible;
        std::vector<int> rows;
    };
    // The chart's view as it is now: visible range, row order, axis and the events it shows, at the given
    // size. options.events points into the chart: use the options while the chart keeps its events.
    static Options currentView(const TimelineChart &chart, QSize size, bool dark);

    // outputPath ends in .png or .svg (case-insensitive). False with a message in *error (when given)
    // for an unknown extension, a size that is not positive, or a file that cannot be written.
    static bool render(
        const TimelineDocument &document, const QString &outputPath, QSize size, bool dark, QString *error);
    static bool render(
        const TimelineDocument &document, const QString &outputPath, const Options &options, QString *error);

    // The chart as an image (ARGB32 premultiplied, device pixel ratio 1).
    static QImage image(const TimelineDocument &document, const Options &options);
    // The frame a file shows: the whole meeting (or the visible range), every row fitted into size.
    static TimelineFrame fittedFrame(const TimelineDocument &document, const Options &options, const QFont &font);
};
