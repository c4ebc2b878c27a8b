#include "timeline/eventlookup.h"

#include "core/shorttext.h"
#include "timeline/timelineeventpainter.h"
#include "timeline/timeticks.h"

#include <QStringList>

#include <cmath>

namespace {

constexpr int maxChatChars = 200;

} // namespace

QString EventLookup::time(double seconds)
{
    return TimeTicks::relativeLabel(seconds, 1);
}

std::span<const EventOverlay::Marker> EventLookup::markersNear(
    const EventOverlay &overlay, int row, const TimeMapping &mapping, double x)
{
    // A marker is drawn at the pixel column its time falls in, so this takes whole columns either side.
    const double slack = TimelineEventPainter::hoverSlack;
    const double from = mapping.seconds(std::floor(x) - slack);
    const double to = mapping.seconds(std::floor(x) + slack + 1);
    return overlay.markersIn(row, from, to);
}

QString EventLookup::markerText(
    const EventOverlay &overlay, const QString &rowLabel, const EventOverlay::Marker &marker)
{
    const QString at = time(marker.at);
    switch (marker.kind) {
    case EventOverlay::MarkerKind::Chat: {
        const QString text = ShortText::cut(ShortText::oneLine(overlay.chatText(marker)), maxChatChars);
        switch (overlay.recipient(marker)) {
        case EventOverlay::Recipient::Everyone:
            //: chat message: sender, time, text
            return tr("%1 · %2 · to everyone: %3").arg(rowLabel, at, text);
        case EventOverlay::Recipient::OnlyBot:
            //: chat message sent only to the recording bot: sender, time, text
            return tr("%1 · %2 · to the bot only: %3").arg(rowLabel, at, text);
        case EventOverlay::Recipient::Other:
            //: chat message: sender, time, recipient as the file has it, text
            return tr("%1 · %2 · to %3: %4").arg(rowLabel, at, overlay.recipientText(marker), text);
        case EventOverlay::Recipient::None:
            break;
        }
        //: chat message without a recipient: sender, time, text
        return tr("%1 · %2 · chat: %3").arg(rowLabel, at, text);
    }
    case EventOverlay::MarkerKind::Update:
        //: an "update" event (the participant's details changed): action, participant, time
        return tr("%1 (details changed) · %2 · %3").arg(overlay.actionText(marker), rowLabel, at);
    case EventOverlay::MarkerKind::Unknown:
        break;
    }
    //: an event whose action this version does not know, shown as sent: action, participant, time
    return tr("%1 (unknown action) · %2 · %3").arg(overlay.actionText(marker), rowLabel, at);
}

QString EventLookup::markersToolTip(
    const EventOverlay &overlay, const QString &rowLabel, std::span<const EventOverlay::Marker> markers)
{
    QStringList lines;
    for (size_t i = 0; i < markers.size() && i < size_t(maxListed); ++i)
        lines.append(markerText(overlay, rowLabel, markers[i]));
    if (markers.size() > size_t(maxListed))
        lines.append(tr("and %n more", nullptr, int(markers.size()) - maxListed));
    return lines.join(u'\n');
}

QString EventLookup::laneToolTip(Lane lane, const QString &rowLabel, const Presence::Span &span)
{
    const QString range = time(span.from) + u'\u2013' + time(span.to);
    QStringList notes;
    if (lane == Lane::Webcam) {
        notes.append(tr("solid line under the bars"));
        if (span.openStart)
            notes.append(tr("no webcam_on seen: on from the start"));
        if (span.openEnd)
            notes.append(tr("no webcam_off seen: on to the end"));
        //: participant, time range, notes
        return tr("%1 · Webcam on %2 (%3)").arg(rowLabel, range, notes.join(u"; "));
    }
    notes.append(tr("dashed line under the bars"));
    if (span.openStart)
        notes.append(tr("no screenshare_on seen: sharing from the start"));
    if (span.openEnd)
        notes.append(tr("no screenshare_off seen: sharing to the end"));
    //: participant, time range, notes
    return tr("%1 · Screen shared %2 (%3)").arg(rowLabel, range, notes.join(u"; "));
}

QString EventLookup::presenceToolTip(const QString &rowLabel, const Presence::Span &span)
{
    const QString range = time(span.from) + u'\u2013' + time(span.to);
    const QString joined = span.openStart ? tr("no join seen: present from the start") : tr("joined");
    const QString left = span.openEnd ? tr("no leave seen: present to the end") : tr("left");
    //: participant, time range, how it started; how it ended
    return tr("%1 · Present %2 (%3; %4)").arg(rowLabel, range, joined, left);
}
