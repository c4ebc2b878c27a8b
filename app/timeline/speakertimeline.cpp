#include "speakertimeline.h"

#include "timelinejson_p.h"

#include <QTimeZone>

#include <algorithm>

SpeakerTimeline::SpeakerTimeline(QList<TimelineParticipant> participants, std::vector<TimelineSegment> segments,
    QByteArray source, std::optional<qint64> anchorUs)
    : m_participants(std::move(participants))
    , m_source(std::move(source))
    , m_anchorUs(anchorUs)
{
    // Rows by a counting sort on the participant index (one pass, no comparisons), then each row by
    // start. Files are mostly chronological, so a row is usually sorted already and costs one check.
    const auto rows = static_cast<std::size_t>(m_participants.size());
    m_rowBegin.assign(rows + 1, 0);
    for (const TimelineSegment &segment : segments)
        ++m_rowBegin[segment.participant + 1];
    for (std::size_t row = 0; row < rows; ++row)
        m_rowBegin[row + 1] += m_rowBegin[row];
    if (rows == 1) {
        m_segments = std::move(segments);
    } else {
        std::vector<qsizetype> next(m_rowBegin.begin(), m_rowBegin.end() - 1);
        m_segments.resize(segments.size());
        for (const TimelineSegment &segment : segments)
            m_segments[static_cast<std::size_t>(next[segment.participant]++)] = segment;
        std::vector<TimelineSegment>().swap(segments);
    }
    const auto byStart = [](const TimelineSegment &a, const TimelineSegment &b) { return a.start < b.start; };
    for (std::size_t row = 0; row < rows; ++row) {
        const auto first = m_segments.begin() + m_rowBegin[row];
        const auto last = m_segments.begin() + m_rowBegin[row + 1];
        if (!std::is_sorted(first, last, byStart))
            std::stable_sort(first, last, byStart);
    }

    if (m_segments.empty())
        return;
    m_minStart = m_segments.front().start;
    m_recordingEnd = m_segments.front().start;
    for (const TimelineSegment &segment : m_segments) {
        m_minStart = std::min(m_minStart, segment.start);
        m_recordingEnd = std::max(m_recordingEnd, segment.start);
        if (!segment.has(TimelineSegment::OpenEnded))
            m_recordingEnd = std::max(m_recordingEnd, segment.end);
    }
    for (TimelineSegment &segment : m_segments) {
        if (segment.has(TimelineSegment::OpenEnded))
            segment.end = m_recordingEnd;
    }
}

std::span<const TimelineSegment> SpeakerTimeline::row(qsizetype participantIndex) const
{
    const auto begin = static_cast<std::size_t>(m_rowBegin.at(participantIndex));
    const auto end = static_cast<std::size_t>(m_rowBegin.at(participantIndex + 1));
    return std::span<const TimelineSegment>(m_segments).subspan(begin, end - begin);
}

std::optional<qsizetype> SpeakerTimeline::rowOf(qint64 participantId) const
{
    for (qsizetype i = 0; i < m_participants.size(); ++i) {
        if (m_participants.at(i).id == participantId)
            return i;
    }
    return std::nullopt;
}

std::optional<qint64> SpeakerTimeline::wallClockUs(qsizetype segmentIndex, bool end) const
{
    if (segmentIndex < 0 || segmentIndex >= segmentCount())
        return std::nullopt;
    const TimelineSegment &segment = m_segments[static_cast<std::size_t>(segmentIndex)];
    if (segment.has(end ? TimelineSegment::EndAbsoluteMissing : TimelineSegment::StartAbsoluteMissing))
        return std::nullopt;
    // m_source ends in simdjson's padding (TimelineParser puts it there), so a slice of it can be
    // iterated in place: only this one segment's bytes are looked at.
    const char *bufferEnd = m_source.constData() + m_source.size();
    const char *object = m_source.constData() + segment.sourceOffset;
    const char *objectEnd = object < bufferEnd ? TimelineJson::containerEnd(object, bufferEnd) : nullptr;
    if (!objectEnd || bufferEnd - objectEnd < static_cast<qsizetype>(simdjson::SIMDJSON_PADDING))
        return std::nullopt;
    namespace od = TimelineJson::od;
    od::parser parser;
    od::document doc;
    od::value stamp;
    od::value absolute;
    if (parser
            .iterate(object, static_cast<std::size_t>(objectEnd - object), static_cast<std::size_t>(bufferEnd - object))
            .get(doc)
        || doc.find_field_unordered(end ? "end_timestamp" : "start_timestamp").get(stamp)
        || stamp.find_field_unordered("absolute").get(absolute))
        return std::nullopt;
    return TimelineJson::absoluteUs(absolute.raw_json_token());
}

QDateTime SpeakerTimeline::wallClock(qsizetype segmentIndex, bool end) const
{
    const std::optional<qint64> us = wallClockUs(segmentIndex, end);
    if (!us)
        return {};
    // Floor to milliseconds, so a time never shows later than it was.
    const qint64 ms = *us >= 0 ? *us / 1000 : -((-*us + 999) / 1000);
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}
