// Speaker timeline parsing at 10k, 100k and 1M segments in the demo's shape (about 376 bytes each):
// a bare simdjson On-Demand scan, TimelineParser into SpeakerTimeline, and QJsonDocument, side by side,
// with the store's bytes per segment, and the peak memory of a parse and of the whole loader path (read
// the file, parse, build the TimelineDocument), each measured in a fresh process (median of 3), so that
// heap kept from an earlier step cannot hide it. Not a test: it asserts nothing and is not registered
// with ctest, because its figures are wall-clock times of this machine.
//
//   bench_timeline [--sizes 10000,100000,1000000] [--window BYTES]
//   bench_timeline --peak parse|load FILE [--window BYTES]   (one measurement: prints "peak-kB base-kB")
#include "timeline/timelineloader.h"
#include "timeline/timelineparser.h"
#include "timelinebenchdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
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

using TimelineBenchData::writeTimeline;

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

// The child's side: one load in this fresh process, its peak RSS above the RSS it started with.
int measurePeak(const QString &mode, const QString &path, qsizetype windowBytes)
{
    const qint64 baseKb = statusKb("VmRSS:");
    resetPeak();
    qsizetype segments = 0;
    if (mode == u"parse") {
        TimelineParser::Options options;
        options.windowBytes = windowBytes;
        const TimelineParser::Result result = TimelineParser::parse(readPadded(path), options);
        segments = result.ok() ? result.timeline.segmentCount() : -1;
    } else {
        TimelineLoading::Options options;
        options.windowBytes = windowBytes;
        const std::optional<TimelineLoadResult> result = TimelineLoading::loadFile(path, options);
        segments = result && result->ok() ? result->document->timeline().segmentCount() : -1;
    }
    const qint64 peakKb = statusKb("VmHWM:");
    std::printf("%lld %lld %lld\n", static_cast<long long>(peakKb), static_cast<long long>(baseKb),
        static_cast<long long>(segments));
    return segments < 0 ? 1 : 0;
}

// Peak MB above the start in fresh processes: the median of three.
double childPeakMb(const QString &mode, const QString &path, qsizetype windowBytes)
{
    QList<double> peaks;
    for (int r = 0; r < 3; ++r) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            {u"--peak"_s, mode, path, u"--window"_s, QString::number(windowBytes)});
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            return -1;
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() < 2)
            return -1;
        peaks.append(double(fields.at(0).toLongLong() - fields.at(1).toLongLong()) / 1024.0);
    }
    return median(peaks);
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
    if (const qsizetype at = args.indexOf(u"--peak"_s); at >= 0 && at + 2 < args.size())
        return measurePeak(args.at(at + 1), args.at(at + 2), options.windowBytes);
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
    std::printf("window: %lld bytes; peaks are MiB above the file's size, the median of 3 fresh processes\n",
        static_cast<long long>(options.windowBytes));
    std::printf("%9s %8s %9s %9s %10s %11s %10s %7s %12s %11s %9s\n", "segments", "MB", "scan ms", "parse ms",
        "QJsonDoc ms", "parse/scan", "QJD/parse", "B/seg", "parse peak+", "load peak+", "load/file");
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

        const qsizetype fileSize = QFileInfo(path).size();
        qsizetype storeBytes = 0;
        {
            const TimelineParser::Result result = TimelineParser::parse(readPadded(path), options);
            if (!result.ok() || result.timeline.segmentCount() != count) {
                std::fprintf(stderr, "parse failed: %s\n", qPrintable(result.error ? result.error->message : u"?"_s));
                return 1;
            }
            storeBytes = qsizetype(sizeof(TimelineSegment)) * result.timeline.segmentCount()
                + result.timeline.rowCount() * qsizetype(sizeof(TimelineParticipant) + sizeof(qsizetype));
        }
        const double fileMiB = double(fileSize) / (1024.0 * 1024.0);
        const double parsePeak = childPeakMb(u"parse"_s, path, options.windowBytes);
        const double loadPeak = childPeakMb(u"load"_s, path, options.windowBytes);

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
        std::printf("%9d %8.1f %9.1f %9.1f %10.1f %10.2fx %9.1fx %7.1f %12.1f %11.1f %8.2fx\n", count, mb, scan, parse,
            qjd, parse / scan, qjd / parse, double(storeBytes) / count, parsePeak - fileMiB, loadPeak - fileMiB,
            loadPeak / fileMiB);
        std::fflush(stdout);
        QFile::remove(path);
    }
    std::printf("targets: parse/scan <= 2x, QJsonDocument/parse >= 15x, load peak <= file + 150 MB "
                "(peaks counted from the RSS before reading the file)\n");
    return 0;
}
