#pragma once

#include <QColor>
#include <QList>

class QPalette;

// Every colour of the speaker timeline, derived once per frame from the widget's palette. Speaker hues
// come from two hand-tuned sets: darker, saturated ones that hold against a light base, and lighter
// ones of the same hues for a dark base, so a speaker keeps "their" colour when the scheme changes.
// A speaker's colour follows its participant index (the file's order), never the row order, so sorting
// the rows does not repaint people.
struct TimelineColors
{
    QColor window; // name column, axis and overview background
    QColor base; // the chart's rows
    QColor alternateBase; // every other row
    QColor text;
    QColor secondaryText;
    QColor grid;
    QColor beforeStart; // shade over the time before the recording started
    QColor overlap; // the overlap lane's bars
    QColor openEndedHatch; // stripes over the part of an open-ended segment
    QColor selection; // outline of the selected segment and the selected row's mark
    QColor visibleWindow; // the overview's visible-window frame
    QColor badge; // the host badge's fill
    QColor badgeText;
    QColor chat; // chat message markers, outlined in chatOutline
    QColor chatOutline;
    QColor eventMarker; // the ring of other event markers (update, unknown actions)
    QColor revealed; // the band or line another pane asked the chart to show
    QList<QColor> speakers;
    bool dark = false;

    QColor speaker(qsizetype participantIndex) const;
    // A light tint of the speaker's colour for the time they were in the meeting: translucent, so the
    // alternating row shading still shows through.
    QColor presence(qsizetype participantIndex) const;
    // The webcam and screenshare lanes under a row's bars.
    QColor lane(qsizetype participantIndex) const;

    static TimelineColors fromPalette(const QPalette &palette);
    // The speaker hues for a light or dark base (14 each, same order).
    static const QList<QColor> &speakerHues(bool dark);
};
