#include "timeline/coverage.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;
using Interval = CoverageLevels::Interval;
using Span = CoverageLevels::Span;

Q_DECLARE_METATYPE(std::vector<Interval>)

namespace {

// The reference: draw every interval with the rule CoverageLevels promises, pixel by pixel.
QList<Span> bruteForce(const std::vector<Interval> &intervals, const TimeMapping &m, int width)
{
    std::vector<bool> covered(size_t(std::max(width, 0)), false);
    for (const Interval &i : intervals) {
        if (!std::isfinite(i.start) || !std::isfinite(i.end))
            continue;
        const double first = std::floor(m.x(i.start));
        const double last = std::max(first, std::ceil(m.x(std::max(i.start, i.end))) - 1);
        for (double p = std::max(first, 0.0); p <= std::min(last, double(width) - 1); ++p)
            covered[size_t(p)] = true;
    }
    QList<Span> spans;
    for (int p = 0; p < width; ++p) {
        if (!covered[size_t(p)])
            continue;
        if (!spans.isEmpty() && spans.last().x1 == p)
            spans.last().x1 = p + 1;
        else
            spans.append({p, p + 1});
    }
    return spans;
}

QString describe(const QList<Span> &spans)
{
    QStringList parts;
    for (const Span &s : spans.first(std::min<qsizetype>(spans.size(), 12)))
        parts << QStringLiteral("[%1,%2)").arg(s.x0).arg(s.x1);
    return parts.join(u' ') + QStringLiteral(" (%1 spans)").arg(spans.size());
}

// A row like a long meeting's: mostly short turns with pauses, some long ones, overlaps,
// sub-millisecond and zero-length segments, and a part before the recording started.
std::vector<Interval> randomRow(quint32 seed, int count, double duration, bool longOverlaps = true)
{
    QRandomGenerator rng(seed);
    std::vector<Interval> row;
    row.reserve(size_t(count));
    double t = -duration * 0.02;
    const double meanStep = duration / count;
    for (int i = 0; i < count; ++i) {
        t += rng.generateDouble() * 2 * meanStep;
        double length = 0;
        switch (rng.bounded(8)) {
        case 0:
            length = 0;
            break;
        case 1:
            length = rng.generateDouble() * 1e-4;
            break;
        case 2:
            if (longOverlaps) {
                length = rng.generateDouble() * meanStep * 20; // overlaps the next ones
                break;
            }
            [[fallthrough]];
        default:
            length = rng.generateDouble() * meanStep * 0.8;
        }
        row.push_back({t, t + length});
    }
    return row;
}

// Views of a row: fitted, and zoomed to several spans around several points.
QList<TimeMapping> viewsOf(TimeRange content, int width, quint32 seed)
{
    QList<TimeMapping> views;
    TimeMapping fitted(content, width);
    views << fitted;
    QRandomGenerator rng(seed);
    for (double span : {content.duration() / 3, 600.0, 60.0, 7.3, 0.25, 0.01, 0.001}) {
        for (int i = 0; i < 3; ++i) {
            TimeMapping m = fitted;
            const double at = content.start + rng.generateDouble() * content.duration();
            m.zoomTo({at - span / 2, at + span / 2});
            views << m;
        }
    }
    TimeMapping overshoot = fitted; // the margins on both sides
    overshoot.zoomAround(width / 2.0, 0.01);
    views << overshoot;
    return views;
}

template <typename F> double medianMicroseconds(F &&f, int repeats)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1000);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handMade_data();
    void handMade();
    void unsortedAndInvalidInput();
    void equalsBruteForceOnRandomRows_data();
    void equalsBruteForceOnRandomRows();
    void levelsStayWithinMemoryBound();
    void printTimes();
};

void TestCoverage::handMade_data()
{
    QTest::addColumn<std::vector<Interval>>("intervals");
    QTest::addColumn<TimeRange>("visible");
    QTest::addColumn<int>("width");
    QTest::addColumn<QList<Span>>("expected");

    // Content [0, 100] over 100 px: one pixel per second.
    const TimeRange all {0, 100};
    QTest::newRow("empty") << std::vector<Interval> {} << all << 100 << QList<Span> {};
    QTest::newRow("one second") << std::vector<Interval> {{10, 11}} << all << 100 << QList<Span> {{10, 11}};
    QTest::newRow("zero length marks its pixel")
        << std::vector<Interval> {{10.5, 10.5}} << all << 100 << QList<Span> {{10, 11}};
    QTest::newRow("zero length on a pixel edge")
        << std::vector<Interval> {{10, 10}} << all << 100 << QList<Span> {{10, 11}};
    QTest::newRow("sub-pixel") << std::vector<Interval> {{20.2, 20.3}} << all << 100 << QList<Span> {{20, 21}};
    QTest::newRow("two sub-pixel in one pixel")
        << std::vector<Interval> {{20.1, 20.2}, {20.7, 20.8}} << all << 100 << QList<Span> {{20, 21}};
    QTest::newRow("gap of a whole pixel stays")
        << std::vector<Interval> {{10, 11}, {12, 13}} << all << 100 << QList<Span> {{10, 11}, {12, 13}};
    QTest::newRow("sub-pixel gap closes")
        << std::vector<Interval> {{10, 11.2}, {11.8, 13}} << all << 100 << QList<Span> {{10, 13}};
    QTest::newRow("touching") << std::vector<Interval> {{10, 11}, {11, 12}} << all << 100 << QList<Span> {{10, 12}};
    QTest::newRow("overlapping, nested") << std::vector<Interval> {{10, 30}, {12, 14}, {20, 25}, {40, 41}} << all << 100
                                         << QList<Span> {{10, 30}, {40, 41}};
    QTest::newRow("zero length at the end of a run")
        << std::vector<Interval> {{10, 12}, {12, 12}} << all << 100 << QList<Span> {{10, 13}};
    QTest::newRow("clipped on both sides")
        << std::vector<Interval> {{-50, 5}, {95, 500}} << all << 100 << QList<Span> {{0, 5}, {95, 100}};
    QTest::newRow("before 0") << std::vector<Interval> {{-3, -2}, {-1.5, -1.5}} << TimeRange {-5, 5} << 10
                              << QList<Span> {{2, 4}};
    QTest::newRow("one interval across a zoomed view")
        << std::vector<Interval> {{0, 100}} << TimeRange {50, 50.001} << 1920 << QList<Span> {{0, 1920}};
    QTest::newRow("1 ms view between segments")
        << std::vector<Interval> {{0, 50}, {51, 100}} << TimeRange {50.2, 50.201} << 1920 << QList<Span> {};
}

void TestCoverage::handMade()
{
    QFETCH(std::vector<Interval>, intervals);
    QFETCH(TimeRange, visible);
    QFETCH(int, width);
    QFETCH(QList<Span>, expected);
    TimeMapping m({-10, 110}, width);
    m.zoomTo(visible);
    QCOMPARE(bruteForce(intervals, m, width), expected); // the reference itself follows the rule
    const CoverageLevels levels(intervals);
    QCOMPARE(levels.pixelSpans(m, width), expected);
}

void TestCoverage::unsortedAndInvalidInput()
{
    const std::vector<Interval> unsorted {{30, 31}, {10, 11}, {20, 19}, {std::nan(""), 5}, {40, HUGE_VAL}};
    const CoverageLevels levels(unsorted);
    const TimeMapping m({0, 100}, 100);
    QCOMPARE(levels.pixelSpans(m, 100), (QList<Span> {{10, 11}, {20, 21}, {30, 31}}));
    QCOMPARE(levels.pixelSpans(m, 0), QList<Span> {});
    QCOMPARE(CoverageLevels().pixelSpans(m, 100), QList<Span> {});
}

void TestCoverage::equalsBruteForceOnRandomRows_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("duration");

    QTest::newRow("4 h, 5000 segments") << 1u << 5000 << 4 * 3600.0;
    QTest::newRow("4 h, 25000 segments") << 2u << 25000 << 4 * 3600.0;
    QTest::newRow("1 h, 3000 dense segments") << 3u << 3000 << 3600.0;
    QTest::newRow("10 min, 20000 sub-second segments") << 4u << 20000 << 600.0;
    QTest::newRow("2 s, 2000 segments") << 5u << 2000 << 2.0;
}

void TestCoverage::equalsBruteForceOnRandomRows()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QFETCH(double, duration);
    const std::vector<Interval> row = randomRow(seed, count, duration);
    const CoverageLevels levels(row);
    QVERIFY(levels.levelCount() > 0);
    const TimeRange content {std::min(row.front().start, 0.0), row.back().end};
    for (int width : {1, 7, 100, 333, 1920, 3840}) {
        const QList<TimeMapping> views = viewsOf(content, width, seed * 31 + quint32(width));
        for (const TimeMapping &m : views) {
            const QList<Span> expected = bruteForce(row, m, width);
            const QList<Span> actual = levels.pixelSpans(m, width);
            QVERIFY2(actual == expected,
                qPrintable(QStringLiteral("width %1, view %2 .. %3\nexpected %4\nactual   %5")
                               .arg(width)
                               .arg(m.visible().start, 0, 'g', 17)
                               .arg(m.visible().end, 0, 'g', 17)
                               .arg(describe(expected), describe(actual))));
        }
    }
}

void TestCoverage::levelsStayWithinMemoryBound()
{
    const std::vector<Interval> row = randomRow(7, 100000, 4 * 3600.0);
    const CoverageLevels levels(row);
    // The union (24 bytes per run, at most one run per segment) plus under 4 bytes per segment for
    // every coarser level together.
    QVERIFY(levels.unionRunCount() <= qsizetype(row.size()));
    const qsizetype levelBytes = levels.memoryBytes() - levels.unionRunCount() * 24;
    QVERIFY(levels.levelCount() >= 2);
    QVERIFY2(
        levelBytes <= qsizetype(row.size()) * 4 + 64 * levels.levelCount(), qPrintable(QString::number(levelBytes)));
}

// Not a benchmark (tests never assert times): with PI_PRINT_TIMES set, prints what a fitted frame costs.
void TestCoverage::printTimes()
{
    if (qEnvironmentVariableIsEmpty("PI_PRINT_TIMES"))
        QSKIP("set PI_PRINT_TIMES=1 to print the times");
    // Turns with pauses, and the same with long overlapping segments as in the property test.
    for (const bool overlaps : {false, true}) {
        const std::vector<Interval> row = randomRow(11, 25000, 4 * 3600.0, overlaps);
        QElapsedTimer build;
        build.start();
        const CoverageLevels levels(row);
        const double buildUs = double(build.nsecsElapsed()) / 1000;
        const TimeMapping fitted({row.front().start, row.back().end}, 1920);
        qsizetype sink = 0;
        for (const double span : {0.0, 600.0, 60.0}) {
            TimeMapping m = fitted;
            if (span > 0)
                m.zoomTo({3600, 3600 + span});
            const double lod = medianMicroseconds([&] { sink += levels.pixelSpans(m, 1920).size(); }, 201);
            const double brute = medianMicroseconds([&] { sink += bruteForce(row, m, 1920).size(); }, 51);
            qInfo("25000 intervals%s, %s, 1920 px: pixelSpans %.1f us, brute force %.1f us (median)",
                overlaps ? " with long overlaps" : "",
                span > 0 ? qPrintable(QString::number(span) + u" s"_s) : "fitted", lod, brute);
        }
        qInfo("  build %.0f us, %d levels, %lld union runs, %lld bytes, %lld spans", buildUs, levels.levelCount(),
            qlonglong(levels.unionRunCount()), qlonglong(levels.memoryBytes()), qlonglong(sink));
    }
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
