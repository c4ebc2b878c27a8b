#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QTimeZone>

#include <random>

// The benchmarks' speaker timeline files (bench_timeline, bench_timelinechart): the demo's shape at any
// size, written in chunks so a million segments never sit in memory as JSON twice.
namespace TimelineBenchData {

using namespace Qt::StringLiterals;

inline QByteArray iso(qint64 epochUs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochUs / 1000, QTimeZone::utc());
    QByteArray text = t.toString(u"yyyy-MM-ddTHH:mm:ss"_s).toLatin1();
    text.append('.').append(QByteArray::number(epochUs % 1000000).rightJustified(6, '0')).append('Z');
    return text;
}

// The demo's speaker timeline shape (meetingjson.cpp, compact, keys sorted as QJsonDocument writes
// them): 40 Zoom participants, short segments with gaps, some open-ended, the first before 0.
inline void writeTimeline(QFile &file, int segments)
{
    std::mt19937_64 rng(segments);
    constexpr int people = 40;
    QList<QByteArray> participant;
    for (int p = 0; p < people; ++p) {
        participant.append(R"({"email":"person)" + QByteArray::number(p)
            + R"(@example.com","extra_data":{"zoom":{"user_id":")" + QByteArray::number(16778240 + p * 7919)
            + R"("}},"id":)" + QByteArray::number(100 + p) + R"(,"is_host":)" + (p == 0 ? "true" : "false")
            + R"(,"name":"Speaker Number )" + QByteArray::number(p) + R"( Ruiz","platform":"desktop"})");
    }
    const qint64 recordingStartUs = 1752710400000000;
    qint64 atUs = -1500000;
    const auto stamp = [&](qint64 relativeUs) {
        QByteArray text(R"({"absolute":")");
        text.append(iso(recordingStartUs + relativeUs)).append(R"(","relative":)");
        text.append(QByteArray::number(double(relativeUs) / 1e6, 'g', 12)).append('}');
        return text;
    };
    QByteArray chunk;
    file.write("[");
    for (int i = 0; i < segments; ++i) {
        const int who = int(rng() % people);
        const qint64 length = 300000 + qint64(rng() % 6000000);
        const bool open = rng() % 5000 == 0;
        if (i)
            chunk += ',';
        chunk.append(R"({"end_timestamp":)").append(open ? QByteArray("null") : stamp(atUs + length));
        chunk.append(R"(,"participant":)").append(participant[who]);
        chunk.append(R"(,"start_timestamp":)").append(stamp(atUs)).append('}');
        atUs += length / 2 + qint64(rng() % 1000000);
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    chunk += ']';
    file.write(chunk);
}

} // namespace TimelineBenchData
