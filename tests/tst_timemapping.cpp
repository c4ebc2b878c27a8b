#include "timeline/timemapping.h"

#include <QTest>

#include <cmath>

namespace {

constexpr double fourHours = 4 * 3600;

// A mapping of `content` over `width` pixels showing `visible`.
TimeMapping mappingShowing(TimeRange content, double width, TimeRange visible)
{
    TimeMapping m(content, width);
    m.zoomTo(visible);
    return m;
}

} // namespace

class TestTimeMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fitsOnConstruction();
    void roundTrip_data();
    void roundTrip();
    void zoomAroundKeepsTimeUnderCursor_data();
    void zoomAroundKeepsTimeUnderCursor();
    void clamping_data();
    void clamping();
    void pan();
    void zoomToRubberBand();
    void resizeKeepsVisibleRange();
    void degenerateInput();
};

void TestTimeMapping::fitsOnConstruction()
{
    const TimeMapping m({-30, fourHours}, 1920);
    QCOMPARE(m.visible(), (TimeRange {-30, fourHours}));
    QCOMPARE(m.x(-30), 0.0);
    QCOMPARE(m.x(fourHours), 1920.0);
    QCOMPARE(m.seconds(0), -30.0);
    QCOMPARE(m.margin(), (fourHours + 30) * TimeMapping::marginFraction);
}

void TestTimeMapping::roundTrip_data()
{
    QTest::addColumn<TimeRange>("content");
    QTest::addColumn<double>("width");
    QTest::addColumn<TimeRange>("visible");

    const TimeRange meeting {-12.5, fourHours};
    QTest::newRow("fitted 4 h over 1920 px") << meeting << 1920.0 << meeting;
    QTest::newRow("4 h over 100 px") << meeting << 100.0 << meeting;
    QTest::newRow("1 ms over 1920 px at the end") << meeting << 1920.0 << TimeRange {fourHours - 0.001, fourHours};
    QTest::newRow("1 ms over 1920 px in the middle")
        << meeting << 1920.0 << TimeRange {7199.123456, 7199.123456 + 0.001};
    QTest::newRow("1 ms over 1920 px before 0") << meeting << 1920.0 << TimeRange {-12.0, -11.999};
    QTest::newRow("10 s over 1 px") << meeting << 1.0 << TimeRange {100, 110};
    QTest::newRow("short meeting") << TimeRange {0, 2} << 800.0 << TimeRange {0.5, 1.5};
}

void TestTimeMapping::roundTrip()
{
    QFETCH(TimeRange, content);
    QFETCH(double, width);
    QFETCH(TimeRange, visible);
    const TimeMapping m = mappingShowing(content, width, visible);
    QVERIFY(std::abs(m.visible().start - visible.start) < 1e-9);
    QVERIFY(std::abs(m.visible().end - visible.end) < 1e-9);
    // Well under a thousandth of a pixel both ways, at every pixel and in between.
    const double spp = m.secondsPerPixel();
    for (int i = 0; i <= 64; ++i) {
        const double x = width * i / 64 + 0.37;
        QVERIFY2(std::abs(m.x(m.seconds(x)) - x) < 1e-3, qPrintable(QString::number(x)));
        const double s = visible.start + visible.duration() * i / 64;
        QVERIFY2(std::abs(m.seconds(m.x(s)) - s) < 1e-3 * spp, qPrintable(QString::number(s, 'g', 17)));
    }
    QVERIFY(std::abs(m.x(visible.start)) < 1e-3);
    QVERIFY(std::abs(m.x(visible.end) - width) < 1e-3);
}

void TestTimeMapping::zoomAroundKeepsTimeUnderCursor_data()
{
    QTest::addColumn<TimeRange>("visible");
    QTest::addColumn<double>("cursor");
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("expectedSpan");

    QTest::newRow("in x2 at the middle") << TimeRange {1000, 2000} << 960.0 << 2.0 << 500.0;
    QTest::newRow("in x10 near the left") << TimeRange {1000, 2000} << 10.0 << 10.0 << 100.0;
    QTest::newRow("out x2 at the right") << TimeRange {1000, 2000} << 1900.0 << 0.5 << 2000.0;
    QTest::newRow("in to 1 ms late in the meeting") << TimeRange {14000, 14001} << 1234.5 << 1000.0 << 0.001;
    QTest::newRow("in past 1 ms stops at 1 ms") << TimeRange {14000, 14000.01} << 500.0 << 1000.0 << 0.001;
    QTest::newRow("out from 1 ms") << TimeRange {7200, 7200.001} << 1919.0 << 0.1 << 0.01;
}

void TestTimeMapping::zoomAroundKeepsTimeUnderCursor()
{
    QFETCH(TimeRange, visible);
    QFETCH(double, cursor);
    QFETCH(double, factor);
    QFETCH(double, expectedSpan);
    TimeMapping m = mappingShowing({0, fourHours}, 1920, visible);
    const double before = m.seconds(cursor);
    m.zoomAround(cursor, factor);
    QVERIFY(std::abs(m.visible().duration() - expectedSpan) < 1e-9 * expectedSpan + 1e-12);
    QVERIFY2(std::abs(m.seconds(cursor) - before) < 1e-3 * m.secondsPerPixel(),
        qPrintable(QString::number(m.seconds(cursor) - before)));
}

void TestTimeMapping::clamping_data()
{
    QTest::addColumn<TimeRange>("asked");
    QTest::addColumn<TimeRange>("expected");

    // Content [-100, 900]: margin 50 s, bounds [-150, 950].
    QTest::newRow("inside") << TimeRange {0, 10} << TimeRange {0, 10};
    QTest::newRow("past the end") << TimeRange {940, 1000} << TimeRange {890, 950};
    QTest::newRow("before the start") << TimeRange {-400, -300} << TimeRange {-150, -50};
    QTest::newRow("wider than the bounds") << TimeRange {-5000, 5000} << TimeRange {-150, 950};
    QTest::newRow("below the minimum span")
        << TimeRange {10, 10.0001} << TimeRange {10.00005 - 0.0005, 10.00005 + 0.0005};
    QTest::newRow("minimum span at the far end") << TimeRange {950, 950} << TimeRange {950 - 0.001, 950};
}

void TestTimeMapping::clamping()
{
    QFETCH(TimeRange, asked);
    QFETCH(TimeRange, expected);
    const TimeMapping m = mappingShowing({-100, 900}, 1000, asked);
    QVERIFY2(std::abs(m.visible().start - expected.start) < 1e-9 && std::abs(m.visible().end - expected.end) < 1e-9,
        qPrintable(QStringLiteral("%1 .. %2").arg(m.visible().start, 0, 'g', 17).arg(m.visible().end, 0, 'g', 17)));
}

void TestTimeMapping::pan()
{
    TimeMapping m = mappingShowing({0, 1000}, 1000, {100, 200}); // 10 px per second
    m.panByPixels(50);
    QCOMPARE(m.visible(), (TimeRange {105, 205}));
    m.panBySeconds(-10);
    QCOMPARE(m.visible(), (TimeRange {95, 195}));
    m.panBySeconds(1e9);
    QCOMPARE(m.visible().end, 1000 + m.margin());
    QCOMPARE(m.visible().duration(), 100.0);
    m.panByPixels(-1e12);
    QCOMPARE(m.visible().start, -m.margin());
    QCOMPARE(m.visible().duration(), 100.0);
    const TimeMapping before = m;
    m.panBySeconds(std::nan(""));
    QCOMPARE(m, before);
}

void TestTimeMapping::zoomToRubberBand()
{
    TimeMapping m({0, fourHours}, 1920);
    m.zoomTo({m.seconds(600), m.seconds(400)}); // dragged right to left
    QVERIFY(std::abs(m.visible().start - 400 * fourHours / 1920) < 1e-9);
    QVERIFY(std::abs(m.visible().end - 600 * fourHours / 1920) < 1e-9);
    m.fit();
    QCOMPARE(m.visible(), (TimeRange {0, fourHours}));
}

void TestTimeMapping::resizeKeepsVisibleRange()
{
    TimeMapping m = mappingShowing({0, 100}, 1000, {10, 20});
    m.setWidth(500);
    QCOMPARE(m.visible(), (TimeRange {10, 20}));
    QCOMPARE(m.pixelsPerSecond(), 50.0);
    m.setWidth(0);
    QCOMPARE(m.width(), 1.0);
    m.setContent({0, 15}); // shrinks the bounds to [-1, 16]
    QCOMPARE(m.visible(), (TimeRange {6, 16}));
}

void TestTimeMapping::degenerateInput()
{
    TimeMapping empty({5, 5}, 100);
    QCOMPARE(empty.visible().duration(), TimeMapping::minSpan);
    QVERIFY(std::abs(empty.visible().start - (5 - TimeMapping::minSpan / 2)) < 1e-12);
    TimeMapping m({0, 100}, 100);
    const TimeMapping before = m;
    m.zoomAround(50, 0);
    m.zoomAround(50, -2);
    m.zoomAround(std::nan(""), 2);
    QCOMPARE(m, before);
    const TimeMapping reversed({100, 0}, 100);
    QCOMPARE(reversed.content(), (TimeRange {0, 100}));
}

QTEST_GUILESS_MAIN(TestTimeMapping)
#include "tst_timemapping.moc"
