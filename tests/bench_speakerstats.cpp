// Speaker statistics on large timelines: how long SpeakerStats takes to build, and how long one range
// takes to recompute every column (the target: 50 ms or less at a million segments, so that dragging
// a range selection stays interactive). Not a test: its figures are wall-clock times of this machine.
//
//   bench_speakerstats [--segments N[,N...]] [--ranges R]
//
// Baselines measured in the same run: the brute force a view without prefix sums would do for one
// range (every segment clipped and summed, per row), and the parse of the file the stats are built
// from. Figures are medians over the ranges, with the spread. The data checks of the same timeline
// (every check the timeline alone allows) are timed too, against the same two baselines.
#include "analysis/datachecks.h"
#include "analysis/speakerstats.h"
#include "timeline/timelineparser.h"
#include "timelinebenchdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// What a view without prefix sums does for one range: every segment, clipped, summed per row.
double bruteRange(const SpeakerTimeline &timeline, double from, double to, std::vector<double> &talk)
{
    std::fill(talk.begin(), talk.end(), 0.0);
    for (const TimelineSegment &s : timeline.segments()) {
        const double a = std::max(from, s.start);
        const double b = std::min(to, s.end);
        if (b > a)
            talk[s.participant] += b - a;
    }
    double sum = 0;
    for (double t : talk)
        sum += t;
    return sum;
}

void run(int segments, int ranges)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"timeline.json"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        TimelineBenchData::writeTimeline(file, segments);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QByteArray bytes = file.readAll();
    bytes.reserve(bytes.size() + TimelineParser::padding);

    QElapsedTimer timer;
    timer.start();
    const TimelineParser::Result parsed = TimelineParser::parse(bytes);
    const double parseMs = msSince(timer);
    if (!parsed.ok())
        qFatal("the benchmark's file did not parse");
    const SpeakerTimeline &timeline = parsed.timeline;

    timer.restart();
    const SpeakerStats stats(timeline);
    const double buildMs = msSince(timer);

    std::mt19937 rng(segments);
    const double start = stats.meetingStart();
    const double end = stats.meetingEnd();
    std::vector<double> rangeMs;
    std::vector<double> bruteMs;
    std::vector<double> talk(static_cast<size_t>(timeline.rowCount()));
    double check = 0;
    for (int i = 0; i < ranges; ++i) {
        double from = std::uniform_real_distribution<double>(start, end)(rng);
        double to = std::uniform_real_distribution<double>(start, end)(rng);
        if (to < from)
            std::swap(from, to);
        timer.restart();
        const SpeakerStats::Result result = stats.compute(from, to);
        rangeMs.push_back(msSince(timer));
        timer.restart();
        check += bruteRange(timeline, from, to, talk);
        bruteMs.push_back(msSince(timer));
        check += result.totals.speech;
    }
    timer.restart();
    const SpeakerStats::Result whole = stats.whole();
    const double wholeMs = msSince(timer);
    const auto [lo, hi] = std::minmax_element(rangeMs.cbegin(), rangeMs.cend());
    const double range = median(rangeMs);
    const double brute = median(bruteMs);
    std::printf("%8d segments, %lld rows: parse %.1f ms, build %.1f ms (%.2fx the parse)\n", segments,
        static_cast<long long>(timeline.rowCount()), parseMs, buildMs, buildMs / std::max(parseMs, 1e-9));
    std::printf("          one range, every column: median %.3f ms (%.3f–%.3f) over %d ranges, target 50 ms; "
                "brute force of talk alone %.2f ms (%.0fx slower); whole meeting %.3f ms\n",
        range, *lo, *hi, ranges, brute, brute / std::max(range, 1e-9), wholeMs);
    std::printf("          (checksum %.0f, talk of the first row %.0f s)\n", check, whole.rows.value(0).talk);

    std::optional<TimelineDocument> document = TimelineDocument::build(timeline);
    if (!document)
        qFatal("the benchmark's document did not build");
    MeetingFiles meeting;
    meeting.document = std::make_shared<const TimelineDocument>(std::move(*document));
    std::vector<double> checksMs;
    qsizetype found = 0;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const QList<DataChecks::Finding> findings = DataChecks::run(meeting);
        checksMs.push_back(msSince(timer));
        found = 0;
        for (const DataChecks::Finding &f : findings)
            found += f.count;
    }
    const double checks = median(checksMs);
    std::printf("          data checks: median %.1f ms over 5 runs (%.2fx the parse, %.2fx the stats' build), "
                "%lld findings\n",
        checks, checks / std::max(parseMs, 1e-9), checks / std::max(buildMs, 1e-9), static_cast<long long>(found));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption segmentsOption(u"segments"_s,
        u"Timeline sizes, comma separated (default 10000,100000,1000000)."_s, u"list"_s, u"10000,100000,1000000"_s);
    const QCommandLineOption rangesOption(u"ranges"_s, u"Random ranges per size (default 200)."_s, u"n"_s, u"200"_s);
    parser.addOptions({segmentsOption, rangesOption});
    parser.process(app);
    const int ranges = std::max(1, parser.value(rangesOption).toInt());
    for (const QString &size : parser.value(segmentsOption).split(u',', Qt::SkipEmptyParts))
        run(std::max(1, size.toInt()), ranges);
    return 0;
}
