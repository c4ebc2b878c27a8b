#include "timeline/segmentlookup.h"

#include "timeline/timelinedocument.h"
#include "timeline/timeticks.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

std::optional<qsizetype> SegmentLookup::segmentAt(
    const TimelineDocument &document, int row, double seconds, double slack)
{
    const SpeakerTimeline &t = document.timeline();
    if (row < 0 || row >= t.rowCount())
        return std::nullopt;
    const std::span<const TimelineSegment> segments = t.row(row);
    // The first segment starting after the time plus slack; candidates lie before it.
    const auto after = std::upper_bound(segments.begin(), segments.end(), seconds + slack,
        [](double s, const TimelineSegment &segment) { return s < segment.start; });
    std::optional<size_t> nearest;
    double nearestDistance = slack;
    size_t i = size_t(after - segments.begin());
    const qsizetype first = t.rowBegin(row);
    // Back from there while an earlier segment can still reach the time: exact, and short unless
    // the row really has many segments under the cursor.
    while (i > 0 && document.reach(first + qsizetype(i) - 1) >= seconds - slack) {
        --i;
        const TimelineSegment &s = segments[i];
        const double end = std::max(s.start, s.end);
        if (s.start <= seconds && seconds <= end)
            return t.rowBegin(row) + qsizetype(i);
        const double distance = seconds < s.start ? s.start - seconds : seconds - end;
        if (distance <= nearestDistance) {
            nearestDistance = distance;
            nearest = i;
        }
    }
    if (!nearest)
        return std::nullopt;
    return t.rowBegin(row) + qsizetype(*nearest);
}

std::optional<qsizetype> SegmentLookup::segmentNear(const TimelineDocument &document, int row, double seconds)
{
    const SpeakerTimeline &t = document.timeline();
    if (row < 0 || row >= t.rowCount() || t.row(row).empty())
        return std::nullopt;
    const std::span<const TimelineSegment> segments = t.row(row);
    const auto it = std::lower_bound(segments.begin(), segments.end(), seconds,
        [](const TimelineSegment &segment, double s) { return std::max(segment.start, segment.end) < s; });
    // Ends are not sorted, so lower_bound only narrows it down; a segment ending late is fine too.
    const size_t i = it == segments.end() ? segments.size() - 1 : size_t(it - segments.begin());
    return t.rowBegin(row) + qsizetype(i);
}

std::optional<qsizetype> SegmentLookup::neighbour(const TimelineDocument &document, qsizetype segment, int step)
{
    const SpeakerTimeline &t = document.timeline();
    if (segment < 0 || segment >= t.segmentCount())
        return std::nullopt;
    const quint32 row = t.segments()[size_t(segment)].participant;
    const qsizetype next = segment + step;
    if (next < t.rowBegin(row) || next >= t.rowBegin(row) + qsizetype(t.row(row).size()))
        return std::nullopt;
    return next;
}

QString SegmentLookup::relative(double seconds)
{
    return TimeTicks::relativeLabel(seconds, 0.001);
}

QString SegmentLookup::wallClock(const TimelineDocument &document, qsizetype segment, bool end)
{
    const SpeakerTimeline &t = document.timeline();
    const TimelineSegment &s = t.segments()[size_t(segment)];
    QDateTime utc = (end && s.has(TimelineSegment::OpenEnded)) ? QDateTime() : t.wallClock(segment, end);
    if (!utc.isValid() && t.anchorUs()) {
        const double at = end ? s.end : s.start;
        utc = QDateTime::fromMSecsSinceEpoch(*t.anchorUs() / 1000 + qint64(std::llround(at * 1000)), QTimeZone::utc());
    }
    if (!utc.isValid())
        return {};
    return utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

QString SegmentLookup::toolTip(const TimelineDocument &document, qsizetype segment)
{
    const SpeakerTimeline &t = document.timeline();
    if (segment < 0 || segment >= t.segmentCount())
        return {};
    const TimelineSegment &s = t.segments()[size_t(segment)];
    const bool open = s.has(TimelineSegment::OpenEnded);
    QStringList lines;
    lines << document.rowName(s.participant);
    lines << tr("Participant id: %1").arg(t.participants().at(s.participant).id);
    lines << tr("Start: %1").arg(relative(s.start));
    if (open)
        //: The end of a segment whose end_timestamp is null; %1 is the recording's end
        lines << tr("End: open-ended, still speaking when the recording ended (%1)").arg(relative(s.end));
    else
        lines << tr("End: %1").arg(relative(s.end));
    lines << tr("Duration: %1").arg(relative(std::max(0.0, s.end - s.start)));
    const QString from = wallClock(document, segment, false);
    const QString to = wallClock(document, segment, true);
    if (!from.isEmpty())
        //: Local wall-clock start and end of a segment
        lines << tr("Wall clock: %1 to %2").arg(from, to.isEmpty() ? tr("(open-ended)") : to);
    if (s.has(TimelineSegment::NegativeStart))
        lines << tr("Started before the recording did");
    return lines.join(u'\n');
}

QString SegmentLookup::summary(const TimelineDocument &document, qsizetype segment)
{
    const SpeakerTimeline &t = document.timeline();
    if (segment < 0 || segment >= t.segmentCount())
        return {};
    const TimelineSegment &s = t.segments()[size_t(segment)];
    if (s.has(TimelineSegment::OpenEnded))
        return tr("%1, %2 to the end of the recording (open-ended)")
            .arg(document.rowName(s.participant), relative(s.start));
    return tr("%1, %2 to %3").arg(document.rowName(s.participant), relative(s.start), relative(s.end));
}
