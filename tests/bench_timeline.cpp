// Speaker timeline parsing at 10k, 100k and 1M segments in the demo's shape (about 376 bytes each):
// a bare simdjson On-Demand scan, TimelineParser into SpeakerTimeline, and QJsonDocument, side by side,
// with the store's bytes per segment, and the peak memory of a parse and of the whole loader path (read
// the file, parse, build the TimelineDocument), each measured in a fresh process (median of 3), so that
// heap kept from an earlier step cannot hide it. Not a test: it asserts nothing and is not registered
// with ctest, because its figures are wall-clock times of this machine.
//
// With an app (--app PATH, by default the participant-inspector built beside it) it also runs the real
// `participant-inspector --render FILE --output chart.png --size 1920x1080` on each file: the whole
// process's wall time (median of 3) against the bare scan of the same file measured in the same run,
// and the process's own peak RSS (all of it: Qt, fonts, the file, the chart) above the file's size.
// The render is started by a small relay process of this benchmark (--render-child) that reads the
// render's ru_maxrss with wait4(): a process started straight from this one would inherit this one's
// high-water mark across exec (Linux keeps the larger of the two), and this one holds the file.
//
//   bench_timeline [--sizes 10000,100000,1000000] [--window BYTES] [--app PATH | --no-app]
//   bench_timeline --peak parse|load FILE [--window BYTES]   (one measurement: prints "peak-kB base-kB")
//   bench_timeline --render-child APP FILE OUTPUT   (one render: prints "wall-ms peak-kB relay-peak-kB exit")
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
#include <cstring>
#include <fcntl.h>
#include <random>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

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

// The relay's side, before any QCoreApplication so that it stays small: spawns one render with its
// stdout on /dev/null and stderr shared, and reports the render's own figures from wait4().
int renderChild(char *app, char *input, char *output)
{
    char render[] = "--render", out[] = "--output", size[] = "--size", wxh[] = "1920x1080";
    char *const args[] = {app, render, input, out, output, size, wxh, nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    // This process's own high-water mark (VmHWM, of its address space only: its ru_maxrss would also
    // count what it inherited at its own exec from the benchmark, which holds the file).
    const long relayKb = long(statusKb("VmHWM:"));
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, app, &actions, nullptr, args, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", app, std::strerror(spawned));
        return 1;
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return 1;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const int exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::printf("%.3f %ld %ld %d\n", ms, usage.ru_maxrss, relayKb, exitCode);
    return 0;
}

struct RenderFigures
{
    double ms = -1;
    double peakMiB = -1;
    bool relayBound = false; // the peak is no more than the relay's: it may not be the render's own
};

// Three renders of path, each through a fresh relay: the median wall time and peak.
RenderFigures renderFigures(const QString &app, const QString &path, const QString &output)
{
    QList<double> times, peaks;
    RenderFigures figures;
    for (int r = 0; r < 3; ++r) {
        QFile::remove(output);
        QProcess relay;
        relay.start(QCoreApplication::applicationFilePath(), {u"--render-child"_s, app, path, output});
        if (!relay.waitForFinished(600000) || relay.exitCode() != 0) {
            std::fprintf(stderr, "render relay failed: %s\n", relay.readAllStandardError().constData());
            return {};
        }
        const QList<QByteArray> fields = relay.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() < 4 || fields.at(3).toInt() != 0 || !QFileInfo(output).size()) {
            std::fprintf(stderr, "render of %s failed (exit %s): %s\n", qPrintable(path), fields.value(3).constData(),
                relay.readAllStandardError().constData());
            return {};
        }
        times.append(fields.at(0).toDouble());
        peaks.append(double(fields.at(1).toLongLong()) / 1024.0);
        figures.relayBound = figures.relayBound || fields.at(1).toLongLong() <= fields.at(2).toLongLong();
    }
    QFile::remove(output);
    figures.ms = median(times);
    figures.peakMiB = median(peaks);
    return figures;
}

struct RenderRow
{
    int segments = 0;
    double fileMiB = 0;
    double scanMs = 0;
    RenderFigures render;
};

void printRenderTable(const QString &app, double basePeakMiB, const QList<RenderRow> &rows)
{
    std::printf("\n%s --render FILE --output chart.png --size 1920x1080, the whole process (median of 3);\n"
                "peak: its own ru_maxrss above the file's size (a render of a 1-segment file peaks at %.1f MiB);\n"
                "targets: render/scan <= 4x for the 1M file, render peak <= file + 150 MB\n",
        qPrintable(app), basePeakMiB);
    std::printf("%9s %8s %9s %10s %12s %7s %13s %9s\n", "segments", "MiB", "scan ms", "render ms", "render/scan",
        "target", "render peak+", "target");
    for (const RenderRow &row : rows) {
        const RenderFigures &r = row.render;
        const double ratio = r.ms / row.scanMs;
        const double above = r.peakMiB - row.fileMiB;
        // The time target is the 1M file's; smaller files are shown for the trend (start-up dominates).
        const char *timeVerdict = row.segments < 1000000 ? "  " : ratio <= 4 ? "ok" : "NO";
        std::printf("%9d %8.1f %9.1f %10.1f %11.2fx %2s <=4x %13.1f %2s <=150%s\n", row.segments, row.fileMiB,
            row.scanMs, r.ms, ratio, timeVerdict, above, above <= 150 ? "ok" : "NO",
            r.relayBound ? "  (no more than the relay's own peak: not the render's figure)" : "");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // The relay runs without a QCoreApplication: its own high-water mark bounds the render's figure.
    if (argc == 5 && std::strcmp(argv[1], "--render-child") == 0)
        return renderChild(argv[2], argv[3], argv[4]);
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
#ifdef PI_APP_PATH
    QString appPath = QString::fromUtf8(PI_APP_PATH);
#else
    QString appPath;
#endif
    if (const qsizetype at = args.indexOf(u"--app"_s); at >= 0 && at + 1 < args.size())
        appPath = args.at(at + 1);
    if (args.contains(u"--no-app"_s))
        appPath.clear();
    if (!appPath.isEmpty() && !QFileInfo(appPath).isExecutable()) {
        std::fprintf(stderr, "not an executable: %s (--app PATH, or --no-app)\n", qPrintable(appPath));
        return 1;
    }
    QTemporaryDir dir;
    const QString chartPath = dir.filePath(u"chart.png"_s);
    double basePeakMiB = -1;
    if (!appPath.isEmpty()) {
        const QString tiny = dir.filePath(u"timeline-1.json"_s);
        QFile file(tiny);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        writeTimeline(file, 1);
        file.close();
        basePeakMiB = renderFigures(appPath, tiny, chartPath).peakMiB;
    }
    QList<RenderRow> renderRows;
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
        if (!appPath.isEmpty()) {
            padded = QByteArray(); // not held while the render runs beside this process
            renderRows.append({count, fileMiB, scan, renderFigures(appPath, path, chartPath)});
            if (renderRows.constLast().render.ms < 0)
                return 5;
        }
        QFile::remove(path);
    }
    std::printf("targets: parse/scan <= 2x, QJsonDocument/parse >= 15x, load peak <= file + 150 MB "
                "(peaks counted from the RSS before reading the file)\n");
    if (!appPath.isEmpty())
        printRenderTable(appPath, basePeakMiB, renderRows);
    return 0;
}
