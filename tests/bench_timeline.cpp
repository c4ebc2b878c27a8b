// Speaker timeline parsing at 10k, 100k and 1M segments in the demo's shape (about 376 bytes each):
// a bare simdjson On-Demand scan, TimelineParser into SpeakerTimeline, and QJsonDocument, side by side,
// with the store's bytes per segment and the peak memory of a parse. Not a test: it asserts nothing and
// is not registered with ctest, because its figures are wall-clock times of this machine.
//
//   bench_timeline [--sizes 10000,100000,1000000]
#include "timeline/timelineparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <random>

#define PI_STRINGIFY_(x) #x
#define PI_STRINGIFY(x) PI_STRINGIFY_(x)

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

qint64 statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Resets VmHWM to the current RSS (Linux 4.0+), so the peak of one step can be read.
void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

QByteArray iso(qint64 epochUs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochUs / 1000, QTimeZone::utc());
    QByteArray text = t.toString(u"yyyy-MM-ddTHH:mm:ss"_s).toLatin1();
    text.append('.').append(QByteArray::number(epochUs % 1000000).rightJustified(6, '0')).append('Z');
    return text;
}

// The demo's speaker timeline shape (meetingjson.cpp, compact, keys sorted as QJsonDocument writes
// them): 40 Zoom participants, short segments with gaps, some open-ended, the first before 0.
void writeTimeline(QFile &file, int segments)
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

QByteArray readPadded(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes;
    bytes.reserve(file.size() + TimelineParser::padding);
    bytes.resize(file.size());
    file.read(bytes.data(), bytes.size());
    return bytes;
}

// The floor: walks every segment and reads the participant id and both relative times, nothing else.
double bareScan(const QByteArray &padded, qsizetype size, qint64 &count)
{
    namespace od = simdjson::ondemand;
    od::parser parser;
    od::document doc;
    double sum = 0;
    count = 0;
    if (parser.iterate(padded.constData(), std::size_t(size), std::size_t(padded.capacity())).get(doc))
        return -1;
    od::array array;
    if (doc.get_array().get(array))
        return -1;
    for (auto item : array) {
        od::object segment;
        if (item.get_object().get(segment))
            return -1;
        int64_t id = 0;
        double start = 0, end = 0;
        od::value endStamp;
        if (segment.find_field_unordered("participant").find_field_unordered("id").get_int64().get(id)
            || segment.find_field_unordered("start_timestamp").find_field_unordered("relative").get_double().get(start)
            || segment.find_field_unordered("end_timestamp").get(endStamp))
            return -1;
        if (!endStamp.is_null() && endStamp.find_field_unordered("relative").get_double().get(end))
            return -1;
        sum += double(id) + start + end;
        ++count;
    }
    return sum;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes {10000, 100000, 1000000};
    const QStringList args = app.arguments();
    TimelineParser::Options options;
    if (const qsizetype at = args.indexOf(u"--window"_s); at >= 0 && at + 1 < args.size())
        options.windowBytes = args.at(at + 1).toLongLong();
    if (const qsizetype at = args.indexOf(u"--sizes"_s); at >= 0 && at + 1 < args.size()) {
        sizes.clear();
        for (const QString &n : args.at(at + 1).split(u','))
            sizes.append(n.toInt());
    }
    QTemporaryDir dir;
    // Stage 1 (indexing) is dispatched at run time; the On-Demand walk itself is compiled inline here.
    std::printf("simdjson %d.%d.%d, stage 1: %s, On-Demand walk: %s\n", int(simdjson::SIMDJSON_VERSION_MAJOR),
        int(simdjson::SIMDJSON_VERSION_MINOR), int(simdjson::SIMDJSON_VERSION_REVISION),
        simdjson::get_active_implementation()->name().c_str(), PI_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION));
    std::printf("%9s %8s %9s %9s %10s %11s %10s %9s %10s %16s\n", "segments", "MB", "scan ms", "parse ms",
        "QJsonDoc ms", "parse/scan", "QJD/parse", "B/seg", "peak MB", "peak - file MB");
    for (const int count : sizes) {
        const QString path = dir.filePath(u"timeline-%1.json"_s.arg(count));
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            writeTimeline(file, count);
        }
        const int repeats = count >= 1000000 ? 3 : count >= 100000 ? 5 : 9;
        const int qjdRepeats = count >= 1000000 ? 1 : count >= 100000 ? 3 : 5;

        // Peak memory of what the app does: read the file into a padded buffer and parse it in place.
        const qint64 baseKb = statusKb("VmRSS:");
        resetPeak();
        qsizetype fileSize = 0;
        qsizetype storeBytes = 0;
        qint64 peakKb = 0;
        {
            QByteArray bytes = readPadded(path);
            fileSize = bytes.size();
            const TimelineParser::Result result = TimelineParser::parse(std::move(bytes));
            peakKb = statusKb("VmHWM:");
            if (!result.ok() || result.timeline.segmentCount() != count) {
                std::fprintf(stderr, "parse failed: %s\n", qPrintable(result.error ? result.error->message : u"?"_s));
                return 1;
            }
            storeBytes = qsizetype(sizeof(TimelineSegment)) * result.timeline.segmentCount()
                + result.timeline.rowCount() * qsizetype(sizeof(TimelineParticipant) + sizeof(qsizetype));
        }

        QByteArray padded = readPadded(path);
        QList<double> scanMs, parseMs, qjdMs;
        for (int r = 0; r < repeats; ++r) {
            qint64 seen = 0;
            QElapsedTimer timer;
            timer.start();
            const double sum = bareScan(padded, padded.size(), seen);
            scanMs.append(double(timer.nsecsElapsed()) / 1e6);
            if (sum < 0 || seen != count)
                return 2;
        }
        for (int r = 0; r < repeats; ++r) {
            QByteArray copy = padded;
            copy.detach(); // not timed: parse() takes the buffer over in place, as the app's reader does
            copy.reserve(copy.size() + TimelineParser::padding);
            QElapsedTimer timer;
            timer.start();
            const TimelineParser::Result result = TimelineParser::parse(std::move(copy), options);
            parseMs.append(double(timer.nsecsElapsed()) / 1e6);
            if (result.timeline.segmentCount() != count)
                return 3;
        }
        for (int r = 0; r < qjdRepeats; ++r) {
            QElapsedTimer timer;
            timer.start();
            const QJsonDocument doc = QJsonDocument::fromJson(padded);
            qjdMs.append(double(timer.nsecsElapsed()) / 1e6);
            if (doc.array().size() != count)
                return 4;
        }
        const double scan = median(scanMs), parse = median(parseMs), qjd = median(qjdMs);
        const double mb = double(fileSize) / 1e6;
        std::printf("%9d %8.1f %9.1f %9.1f %10.1f %10.2fx %9.1fx %9.1f %10.1f %16.1f\n", count, mb, scan, parse, qjd,
            parse / scan, qjd / parse, double(storeBytes) / count, double(peakKb - baseKb) / 1024.0,
            double(peakKb - baseKb) / 1024.0 - double(fileSize) / (1024.0 * 1024.0));
        std::fflush(stdout);
        QFile::remove(path);
    }
    std::printf("targets: parse/scan <= 2x, QJsonDocument/parse >= 15x, peak <= file + 150 MB "
                "(peak counted from the RSS before reading the file)\n");
    return 0;
}
