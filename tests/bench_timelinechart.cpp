// The speaker timeline chart's frame times at 10k, 100k and 1M segments (40 speakers, the demo's Zoom
// shape): a 1920x1080 repaint of the widget fitted to the whole meeting (median of several), the
// 1M / 10k ratio, and frames while zooming in step by step and panning at several zoom levels (median
// and max). Not a test: it asserts nothing and is not registered with ctest, because its figures are
// wall-clock times of this machine. Runs on the offscreen platform unless told otherwise.
//
//   bench_timelinechart [--sizes 10000,100000,1000000] [--snapshots DIR]
//
// --snapshots DIR also renders demo meetings (Zoom-like and Meet-like, light and dark) to PNG there.
#include "timeline/timelinechart.h"
#include "timeline/timelineloader.h"
#include "timeline/timelinerenderer.h"
#include "timelinebenchdata.h"
#include "timelinefixture.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

std::shared_ptr<const TimelineDocument> load(const QString &path)
{
    const std::optional<TimelineLoadResult> result = TimelineLoading::loadFile(path);
    return result && result->ok() ? result->document : nullptr;
}

double frameMs(TimelineChart &chart, QImage &image)
{
    QElapsedTimer timer;
    timer.start();
    // As on screen: the chart paints every pixel itself (WA_OpaquePaintEvent), so no background first.
    chart.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    return double(timer.nsecsElapsed()) / 1e6;
}

int snapshots(const QString &dir)
{
    QDir().mkpath(dir);
    struct Meeting
    {
        const char *name;
        MeetingPlatform platform;
        int people;
        qint64 minutes;
    };
    const quint16 features
        = NegativeStartFeature | OpenEndedFeature | OverlapFeature | NullNameFeature | SameNameFeature | RejoinFeature;
    for (const Meeting &m : {Meeting {"zoom", MeetingPlatform::Zoom, 9, 40},
             Meeting {"meet", MeetingPlatform::GoogleMeet, 7, 55}, Meeting {"zoom40", MeetingPlatform::Zoom, 40, 90}}) {
        const auto doc = TimelineFixture::demoMeeting(m.platform, m.people, m.minutes * 60 * 1000000, features, 5);
        if (!doc)
            return 1;
        for (const bool dark : {false, true}) {
            const QString path
                = dir + u"/timeline-%1-%2.png"_s.arg(QLatin1StringView(m.name), dark ? u"dark"_s : u"light"_s);
            QString error;
            if (!TimelineRenderer::render(*doc, path, QSize(1600, m.people > 20 ? 1000 : 520), dark, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            std::printf("wrote %s (%lld segments)\n", qPrintable(path), qlonglong(doc->timeline().segmentCount()));
        }
    }
    // Three speakers, every feature at a readable scale: speech before the recording, an overlap, an
    // open-ended last segment.
    using TimelineFixture::Segment;
    const auto small = TimelineFixture::fromJson(TimelineFixture::handWritten({{0, 10, 20}, {0, 40, 55}, {0, 100, 180},
        {1, -12, 5}, {1, 50, 60}, {1, 120, 131}, {2, 70, 90}, {2, 125, 128}, {2, 150, std::nullopt}}));
    for (const bool dark : {false, true}) {
        const QString path = dir + u"/timeline-features-%1.png"_s.arg(dark ? u"dark"_s : u"light"_s);
        QString error;
        if (!small || !TimelineRenderer::render(*small, path, QSize(1000, 260), dark, &error))
            return 1;
        std::printf("wrote %s\n", qPrintable(path));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(u"--snapshots"_s); at >= 0 && at + 1 < args.size())
        return snapshots(args.at(at + 1));
    QList<int> sizes {10000, 100000, 1000000};
    if (const qsizetype at = args.indexOf(u"--sizes"_s); at >= 0 && at + 1 < args.size()) {
        sizes.clear();
        for (const QString &n : args.at(at + 1).split(u','))
            sizes.append(n.toInt());
    }
    QTemporaryDir dir;
    const QSize size(1920, 1080);
    std::printf("1920x1080 widget repaints (TimelineChart::render into an ARGB32 image), 40 speakers\n");
    std::printf("%9s %12s %12s %14s %14s %14s %14s\n", "segments", "fitted ms", "fitted max", "zoom med ms",
        "zoom max ms", "pan med ms", "pan max ms");
    double fitted10k = 0;
    double fitted1M = 0;
    for (const int count : sizes) {
        const QString path = dir.filePath(u"timeline-%1.json"_s.arg(count));
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            TimelineBenchData::writeTimeline(file, count);
        }
        const auto doc = load(path);
        QFile::remove(path);
        if (!doc || doc->timeline().segmentCount() != count)
            return 2;
        TimelineChart chart;
        chart.resize(size);
        chart.setDocument(doc);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        frameMs(chart, image); // warm up: fonts, glyph caches

        QList<double> fitted;
        for (int r = 0; r < 21; ++r)
            fitted.append(frameMs(chart, image));

        // Zooming in around the middle, 1.25x a frame, from the whole meeting down to the deepest zoom.
        QList<double> zooming;
        for (int step = 0; step < 70; ++step) {
            chart.zoom(1.25);
            zooming.append(frameMs(chart, image));
        }
        // Panning by a twentieth of the width at several levels.
        QList<double> panning;
        std::printf("%9s", "");
        for (const double level : {1.0, 8.0, 100.0, 3000.0, 100000.0}) {
            chart.fit();
            chart.zoom(level);
            QList<double> here;
            for (int step = 0; step < 30; ++step) {
                chart.pan(chart.mapping().width() / 20 * (step < 15 ? 1 : -1));
                here.append(frameMs(chart, image));
            }
            std::printf("  pan x%g: %.2f/%.2f", level, median(here), maximum(here));
            panning += here;
        }
        std::printf("  (median/max ms)\n");
        const double f = median(fitted);
        if (count == 10000)
            fitted10k = f;
        if (count == 1000000)
            fitted1M = f;
        std::printf("%9d %12.2f %12.2f %14.2f %14.2f %14.2f %14.2f\n", count, f, maximum(fitted), median(zooming),
            maximum(zooming), median(panning), maximum(panning));
        std::fflush(stdout);
    }
    if (fitted10k > 0 && fitted1M > 0)
        std::printf("fitted 1M / 10k: %.2fx\n", fitted1M / fitted10k);
    std::printf("targets: fitted <= 4 ms at 1M, 1M <= 2x 10k, zoom and pan frames <= 16 ms\n");
    return 0;
}
