#pragma once

#include "demo/meetinggenerator.h"
#include "timeline/timelinedocument.h"
#include "timeline/timelineparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>
#include <optional>

// Speaker timelines for the chart's tests: a generated demo meeting (Zoom-like short segments with
// gaps, or Meet-like back-to-back turns), or a tiny hand-written file whose every segment a test knows.
namespace TimelineFixture {

inline constexpr qint64 recordingStartUs = 1752710400000000; // 2025-07-17T00:00:00Z

inline std::shared_ptr<const TimelineDocument> fromJson(const QByteArray &json)
{
    TimelineParser::Result result = TimelineParser::parse(json);
    if (!result.ok())
        return {};
    std::optional<TimelineDocument> doc = TimelineDocument::build(std::move(result.timeline));
    return doc ? std::make_shared<const TimelineDocument>(std::move(*doc)) : nullptr;
}

// A demo meeting's description, recorded from recordingStartUs.
inline MeetingSpec demoSpec(
    MeetingPlatform platform, int participants, qint64 durationUs, quint16 features = 0, quint64 seed = 7)
{
    MeetingSpec spec;
    spec.seed = seed;
    spec.platform = platform;
    spec.participantCount = participants;
    spec.durationUs = durationUs;
    spec.features = features;
    spec.recordingStartUs = recordingStartUs;
    return spec;
}

inline std::shared_ptr<const TimelineDocument> demoMeeting(
    MeetingPlatform platform, int participants, qint64 durationUs, quint16 features = 0, quint64 seed = 7)
{
    return fromJson(
        speakerTimelineFileJson(generateMeeting(demoSpec(platform, participants, durationUs, features, seed))));
}

struct Segment
{
    int participant = 0; // index into the participants below
    double start = 0;
    std::optional<double> end; // nullopt: open-ended
};

// Three people: Dana Ruiz (id 100, host, desktop), a participant without a name (id 205, mobile) and
// Lee Chen (id 300, no platform).
inline QByteArray handWritten(const QList<Segment> &segments)
{
    const QList<QByteArray> people {
        R"({"id":100,"name":"Dana Ruiz","is_host":true,"platform":"desktop","extra_data":null})",
        R"({"id":205,"name":null,"is_host":false,"platform":"mobile","extra_data":null})",
        R"({"id":300,"name":"Lee Chen","is_host":false,"platform":null,"extra_data":null})",
    };
    const auto stamp = [](double relative) -> QByteArray {
        const qint64 us = recordingStartUs + qint64(relative * 1e6);
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc());
        return QByteArray(R"({"absolute":")") + t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toLatin1()
            + R"(Z","relative":)" + QByteArray::number(relative, 'g', 12) + '}';
    };
    QByteArray json = "[";
    for (const Segment &s : segments) {
        if (json.size() > 1)
            json += ',';
        json += R"({"participant":)" + people.at(s.participant) + R"(,"start_timestamp":)" + stamp(s.start)
            + R"(,"end_timestamp":)" + (s.end ? stamp(*s.end) : QByteArray("null")) + '}';
    }
    return json + ']';
}

// Rows in file order: 0 Dana Ruiz (host, id 100), 1 "(no name) #205", 2 Lee Chen (id 300). The meeting
// runs from -3 s (the nameless one spoke before the recording) to 180 s. Dana speaks 10-20, 40-55 and
// 100-180; the nameless one -3-5 and 50-60 (over Dana's 40-55); Lee 70-90 and from 150 open-ended.
inline std::shared_ptr<const TimelineDocument> threeSpeakers()
{
    return fromJson(handWritten({
        {0, 10, 20},
        {0, 40, 55},
        {0, 100, 180},
        {1, -3, 5},
        {1, 50, 60},
        {2, 70, 90},
        {2, 150, std::nullopt},
    }));
}

// Writes bytes to name in dir; the path, or empty when it could not be written.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace TimelineFixture
