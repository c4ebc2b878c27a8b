#pragma once

#include "analysis/meetingfiles.h"
#include "demo/meetinggenerator.h"
#include "timeline/participantfiles.h"
#include "timeline/timelinedocument.h"
#include "timeline/timelineparser.h"
#include "timelinefixture.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// A whole meeting (timeline, participants and participant events files) for the analysis tests, as
// real JSON read by the real parsers: written by hand in a few words, or generated like the demo's.
namespace MeetingFixture {

inline constexpr qint64 recordingStartUs = TimelineFixture::recordingStartUs; // 2025-07-17T00:00:00Z

// "100=Ana Silva;101=Bo;102=;103": names by id (102 has an empty name, 103 a null one).
inline QHash<qint64, std::optional<QString>> namesOf(const QString &people)
{
    QHash<qint64, std::optional<QString>> names;
    for (const QString &item : people.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        names.insert(item.left(eq).trimmed().toLongLong(), eq < 0 ? std::nullopt : std::optional(item.mid(eq + 1)));
    }
    return names;
}

inline QByteArray participantJson(qint64 id, const QHash<qint64, std::optional<QString>> &names)
{
    const std::optional<QString> name = names.value(id, std::nullopt);
    QByteArray nameJson = "null";
    if (name) {
        QString escaped = *name;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        nameJson = '"' + escaped.toUtf8() + '"';
    }
    return "{\"id\":" + QByteArray::number(id) + ",\"name\":" + nameJson
        + ",\"is_host\":false,\"platform\":\"desktop\",\"extra_data\":null}";
}

inline QByteArray stamp(double relative)
{
    return "{\"absolute\":null,\"relative\":" + QByteArray::number(relative, 'g', 12) + '}';
}

// "100:0-10 101:5- 100:-70--65": id:start-end, an empty end is open-ended.
inline QByteArray timelineJson(const QString &segments, const QHash<qint64, std::optional<QString>> &names)
{
    QByteArrayList items;
    for (const QString &item : segments.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = item.indexOf(u':');
        const QString times = item.mid(colon + 1);
        // The separator is the '-' that follows a digit: "-3-2" is -3 to 2.
        qsizetype dash = -1;
        for (qsizetype i = 1; i < times.size() && dash < 0; ++i) {
            if (times.at(i) == u'-' && times.at(i - 1).isDigit())
                dash = i;
        }
        const QString end = times.mid(dash + 1);
        items.append("{\"participant\":" + participantJson(item.left(colon).toLongLong(), names)
            + ",\"start_timestamp\":" + stamp(times.left(dash).toDouble())
            + ",\"end_timestamp\":" + (end.isEmpty() ? QByteArray("null") : stamp(end.toDouble())) + '}');
    }
    return '[' + items.join(',') + ']';
}

// "100 101": the participants file's ids.
inline QByteArray participantsJson(const QString &ids, const QHash<qint64, std::optional<QString>> &names)
{
    QByteArrayList items;
    for (const QString &id : ids.split(u' ', Qt::SkipEmptyParts))
        items.append(participantJson(id.toLongLong(), names));
    return '[' + items.join(',') + ']';
}

// "join 100 0; leave 100 50.5; webcam_on 101 3": action, id, relative time.
inline QByteArray eventsJson(const QString &events, const QHash<qint64, std::optional<QString>> &names)
{
    QByteArrayList items;
    int n = 0;
    for (const QString &item : events.split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u' ', Qt::SkipEmptyParts);
        items.append("{\"id\":\"e" + QByteArray::number(++n) + "\",\"action\":\"" + parts.value(0).toUtf8()
            + "\",\"participant\":" + participantJson(parts.value(1).toLongLong(), names)
            + ",\"timestamp\":" + stamp(parts.value(2).toDouble()) + ",\"data\":null}");
    }
    return '[' + items.join(',') + ']';
}

inline std::shared_ptr<const TimelineDocument> documentOf(QByteArray json)
{
    TimelineParser::Result result = TimelineParser::parse(std::move(json));
    if (!result.ok())
        return {};
    std::optional<TimelineDocument> doc = TimelineDocument::build(std::move(result.timeline));
    return doc ? std::make_shared<const TimelineDocument>(std::move(*doc)) : nullptr;
}

inline MeetingFiles fromJson(
    QByteArray timeline, std::optional<QByteArray> participants, std::optional<QByteArray> events)
{
    MeetingFiles meeting;
    meeting.document = documentOf(std::move(timeline));
    if (participants) {
        auto parsed = ParticipantFilesParser::parseParticipants(std::move(*participants));
        meeting.participants = std::make_shared<const ParticipantsFile>(std::move(parsed.file));
    }
    if (events) {
        auto parsed = ParticipantFilesParser::parseEvents(std::move(*events));
        meeting.events = std::make_shared<const ParticipantEventsFile>(std::move(parsed.file));
    }
    return meeting;
}

// A meeting written by hand (see the functions above); "none" for a file the meeting does not have.
inline MeetingFiles handMade(
    const QString &people, const QString &segments, const QString &participantIds, const QString &events)
{
    const auto names = namesOf(people);
    const auto file = [](const QString &spec, auto write) -> std::optional<QByteArray> {
        if (spec == u"none")
            return std::nullopt;
        return write(spec);
    };
    return fromJson(timelineJson(segments, names),
        file(participantIds, [&](const QString &s) { return participantsJson(s, names); }),
        file(events, [&](const QString &s) { return eventsJson(s, names); }));
}

inline Meeting demoMeeting(quint16 features, int participants = 6, qint64 durationUs = 20 * 60 * qint64(1000000),
    quint64 seed = 7, MeetingPlatform platform = MeetingPlatform::Zoom)
{
    return generateMeeting(TimelineFixture::demoSpec(platform, participants, durationUs, features, seed));
}

// The demo server's three files of a generated meeting, parsed.
inline MeetingFiles demo(const Meeting &meeting)
{
    return fromJson(
        speakerTimelineFileJson(meeting), participantsFileJson(meeting), participantEventsFileJson(meeting));
}

} // namespace MeetingFixture
