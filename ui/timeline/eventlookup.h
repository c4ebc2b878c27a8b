#pragma once

#include "analysis/eventoverlay.h"

#include <QCoreApplication>
#include <QString>

#include <span>

class TimeMapping;

// The chart's hover texts for participant events: markers (one, or a cluster of those within a few
// pixels), the webcam and screenshare lanes and presence. Plain text, one line per event.
class EventLookup
{
    Q_DECLARE_TR_FUNCTIONS(EventLookup)
public:
    static constexpr int maxListed = 5; // events a cluster's tooltip lists before "and N more"
    enum class Lane { Webcam, Screenshare };

    // The markers of `row` within TimelineEventPainter::hoverSlack pixels of plot x; empty for none.
    static std::span<const EventOverlay::Marker> markersNear(
        const EventOverlay &overlay, int row, const TimeMapping &mapping, double x);
    // Each marker on a line, at most maxListed and "and N more"; empty for none.
    static QString markersToolTip(
        const EventOverlay &overlay, const QString &rowLabel, std::span<const EventOverlay::Marker> markers);
    // "Ana · 0:12:03 · to everyone: text", "raise_hand (unknown action) · Ana · 0:05:00".
    static QString markerText(const EventOverlay &overlay, const QString &rowLabel, const EventOverlay::Marker &marker);
    // "Ana · Webcam on 0:01:00–0:20:00 (upper line under the bars)", with what was not seen.
    static QString laneToolTip(Lane lane, const QString &rowLabel, const Presence::Span &span);
    // "Ana · Present 0:00:10–0:45:00 (joined; left)", or what was not seen.
    static QString presenceToolTip(const QString &rowLabel, const Presence::Span &span);
    // "0:12:03" on the recording's axis.
    static QString time(double seconds);
};
