#include "timeline/timeticks.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A monospace-like font: 7 px per character.
double sevenPerChar(const QString &text)
{
    return 7.0 * double(text.size());
}

TimeTicks::Options relativeOptions()
{
    TimeTicks::Options o;
    o.labelWidth = sevenPerChar;
    return o;
}

TimeMapping showing(TimeRange visible, double width)
{
    TimeMapping m({-60, 4 * 3600}, width);
    m.zoomTo(visible);
    return m;
}

// Every promise that holds for any mapping: ticks inside the view, strictly increasing, at pixel
// positions of the mapping, on multiples of their step, and labels that never overlap.
void checkInvariants(const TimeMapping &m, const TimeTicks &t, const TimeTicks::Options &o)
{
    const TimeRange v = m.visible();
    QVERIFY(t.majorStep() > 0);
    for (const QList<TimeTicks::Tick> *list : {&t.majors(), &t.minors()}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            const TimeTicks::Tick &tick = list->at(i);
            QVERIFY2(tick.seconds >= v.start && tick.seconds <= v.end, qPrintable(QString::number(tick.seconds)));
            QCOMPARE(tick.x, m.x(tick.seconds));
            if (i > 0)
                QVERIFY(tick.seconds > list->at(i - 1).seconds);
        }
    }
    for (qsizetype i = 1; i < t.majors().size(); ++i) {
        const TimeTicks::Tick &a = t.majors().at(i - 1);
        const TimeTicks::Tick &b = t.majors().at(i);
        QVERIFY2(b.x - a.x >= (o.labelWidth(a.label) + o.labelWidth(b.label)) / 2 + o.labelGap,
            qPrintable(a.label + u" / "_s + b.label));
    }
    if (t.minorStep() > 0) {
        QVERIFY(t.minorStep() < t.majorStep());
        QVERIFY(t.minorStep() * m.pixelsPerSecond() >= o.minMinorSpacing);
    }
}

} // namespace

class TestTimeTicks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relativeLabel_data();
    void relativeLabel();
    void stepFollowsZoom_data();
    void stepFollowsZoom();
    void smallestStepThatFits();
    void constantLabelWidth();
    void wallClock_data();
    void wallClock();
    void wallClockHalfHourZone();
};

void TestTimeTicks::relativeLabel_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("step");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << 0.0 << 1.0 << u"0:00:00"_s;
    QTest::newRow("minutes") << 125.0 << 5.0 << u"0:02:05"_s;
    QTest::newRow("hours") << 3 * 3600 + 7.0 << 60.0 << u"3:00:07"_s;
    QTest::newRow("past a day") << 25 * 3600.0 << 3600.0 << u"25:00:00"_s;
    QTest::newRow("negative") << -5.0 << 5.0 << u"-0:00:05"_s;
    QTest::newRow("negative minutes") << -90.0 << 30.0 << u"-0:01:30"_s;
    QTest::newRow("half seconds") << 1.5 << 0.5 << u"0:00:01.5"_s;
    QTest::newRow("negative half second") << -0.5 << 0.5 << u"-0:00:00.5"_s;
    QTest::newRow("tenths keep their zero") << 2.0 << 0.2 << u"0:00:02.0"_s;
    QTest::newRow("hundredths") << 61.25 << 0.05 << u"0:01:01.25"_s;
    QTest::newRow("milliseconds") << 3600.007 << 0.001 << u"1:00:00.007"_s;
    QTest::newRow("negative milliseconds") << -0.002 << 0.002 << u"-0:00:00.002"_s;
    QTest::newRow("rounding to the millisecond") << 0.9999999 << 0.001 << u"0:00:01.000"_s;
}

void TestTimeTicks::relativeLabel()
{
    QFETCH(double, seconds);
    QFETCH(double, step);
    QFETCH(QString, expected);
    QCOMPARE(TimeTicks::relativeLabel(seconds, step), expected);
}

void TestTimeTicks::stepFollowsZoom_data()
{
    QTest::addColumn<TimeRange>("visible");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("majorStep");
    QTest::addColumn<QString>("firstLabel");

    // Labels are 7 px per character plus an 8 px gap.
    QTest::newRow("whole meeting over 1920 px") << TimeRange {-60, 4 * 3600} << 1920.0 << 600.0 << u"0:00:00"_s;
    QTest::newRow("whole meeting over 100 px") << TimeRange {-60, 4 * 3600} << 100.0 << 10800.0 << u"0:00:00"_s;
    QTest::newRow("a minute over 1920 px") << TimeRange {600, 660} << 1920.0 << 2.0 << u"0:10:00"_s;
    QTest::newRow("ten seconds before 0") << TimeRange {-10, 0} << 1920.0 << 0.5 << u"-0:00:10.0"_s;
    QTest::newRow("one second") << TimeRange {100, 101} << 1920.0 << 0.05 << u"0:01:40.00"_s;
    QTest::newRow("ten milliseconds") << TimeRange {100, 100.01} << 1920.0 << 0.001 << u"0:01:40.000"_s;
    QTest::newRow("one millisecond: a single tick")
        << TimeRange {100.0005, 100.0015} << 1920.0 << 0.001 << u"0:01:40.001"_s;
    QTest::newRow("across 0") << TimeRange {-3, 3} << 600.0 << 1.0 << u"-0:00:03"_s;
}

void TestTimeTicks::stepFollowsZoom()
{
    QFETCH(TimeRange, visible);
    QFETCH(double, width);
    QFETCH(double, majorStep);
    QFETCH(QString, firstLabel);
    const TimeMapping m = showing(visible, width);
    const TimeTicks::Options o = relativeOptions();
    const TimeTicks t = TimeTicks::compute(m, o);
    checkInvariants(m, t, o);
    QCOMPARE(t.majorStep(), majorStep);
    QVERIFY(!t.majors().isEmpty());
    QCOMPARE(t.majors().first().label, firstLabel);
    for (const TimeTicks::Tick &tick : t.majors()) {
        const double k = tick.seconds / majorStep;
        QVERIFY2(std::abs(k - std::round(k)) < 1e-6, qPrintable(tick.label));
    }
}

// The next smaller step on the ladder would make labels collide: it is the smallest that fits.
void TestTimeTicks::smallestStepThatFits()
{
    const TimeTicks::Options o = relativeOptions();
    for (double span : {4 * 3600.0, 1000.0, 77.0, 3.3, 0.4, 0.02}) {
        const TimeMapping m = showing({10, 10 + span}, 1280);
        const TimeTicks t = TimeTicks::compute(m, o);
        checkInvariants(m, t, o);
        const QList<double> &steps = TimeTicks::niceSteps();
        const qsizetype i = steps.indexOf(t.majorStep());
        QVERIFY(i >= 0);
        if (i > 0) {
            const double smaller = steps.at(i - 1);
            const double widest = sevenPerChar(TimeTicks::relativeLabel(10 + span, smaller));
            QVERIFY2(smaller * m.pixelsPerSecond() < widest + o.labelGap, qPrintable(QString::number(span)));
        }
    }
}

void TestTimeTicks::constantLabelWidth()
{
    TimeTicks::Options o;
    o.maxLabelWidth = 100;
    o.labelGap = 0;
    const TimeMapping m = showing({0, 100}, 1000); // 10 px per second: 10 s is the first step of 100 px
    const TimeTicks t = TimeTicks::compute(m, o);
    QCOMPARE(t.majorStep(), 10.0);
    QCOMPARE(t.majors().size(), 11);
    QCOMPARE(t.minorStep(), 1.0);
    QCOMPARE(t.minors().size(), 90); // the majors are not repeated
}

void TestTimeTicks::wallClock_data()
{
    QTest::addColumn<QDateTime>("anchor");
    QTest::addColumn<TimeRange>("visible");
    QTest::addColumn<double>("majorStep");
    QTest::addColumn<QStringList>("firstLabels");

    // The recording started at 09:59:47.250 UTC, 10:59:47.250 at UTC+1.
    const QDateTime anchor(QDate(2026, 3, 2), QTime(9, 59, 47, 250), Qt::UTC);
    QTest::newRow("across the hour, seconds")
        << anchor << TimeRange {0, 30} << 1.0
        << QStringList {u"10:59:48"_s, u"10:59:49"_s, u"10:59:50"_s, u"10:59:51"_s, u"10:59:52"_s, u"10:59:53"_s,
               u"10:59:54"_s, u"10:59:55"_s, u"10:59:56"_s, u"10:59:57"_s, u"10:59:58"_s, u"10:59:59"_s, u"11:00:00"_s,
               u"11:00:01"_s};
    QTest::newRow("across the hour, minutes")
        << anchor << TimeRange {0, 600} << 30.0 << QStringList {u"11:00:00"_s, u"11:00:30"_s, u"11:01:00"_s};
    QTest::newRow("across the minute, sub-second")
        << anchor << TimeRange {12, 13.5} << 0.1 << QStringList {u"10:59:59.3"_s, u"10:59:59.4"_s};
    QTest::newRow("before the recording")
        << anchor << TimeRange {-47.25 - 600, -47.25} << 30.0 << QStringList {u"10:49:00"_s, u"10:49:30"_s};
    QTest::newRow("hours") << anchor << TimeRange {0, 4 * 3600} << 600.0 << QStringList {u"11:00"_s, u"11:10"_s};
}

void TestTimeTicks::wallClock()
{
    QFETCH(QDateTime, anchor);
    QFETCH(TimeRange, visible);
    QFETCH(double, majorStep);
    QFETCH(QStringList, firstLabels);
    TimeTicks::Options o = relativeOptions();
    o.wallClockAnchor = anchor;
    o.zone = QTimeZone(3600);
    const TimeMapping m = showing(visible, 1920);
    const TimeTicks t = TimeTicks::compute(m, o);
    checkInvariants(m, t, o);
    QCOMPARE(t.majorStep(), majorStep);
    QStringList labels;
    for (const TimeTicks::Tick &tick : t.majors().first(std::min(t.majors().size(), firstLabels.size())))
        labels << tick.label;
    QCOMPARE(labels, firstLabels);
    // Every major sits on a wall-clock multiple of its step.
    const qint64 stepMs = std::llround(majorStep * 1000);
    for (const TimeTicks::Tick &tick : t.majors()) {
        const qint64 localMs = anchor.toMSecsSinceEpoch() + std::llround(tick.seconds * 1000) + 3600 * 1000;
        QCOMPARE(localMs % stepMs, 0);
    }
}

// India is UTC+5:30: hour ticks fall on local hours, not on UTC ones.
void TestTimeTicks::wallClockHalfHourZone()
{
    const QTimeZone kolkata("Asia/Kolkata");
    if (!kolkata.isValid())
        QSKIP("no tz database entry for Asia/Kolkata");
    TimeTicks::Options o = relativeOptions();
    o.wallClockAnchor = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); // 14:30 local
    o.zone = kolkata;
    o.maxLabelWidth = 0;
    o.labelWidth = [](const QString &) { return 150.0; };
    const TimeMapping m = showing({0, 4 * 3600}, 1000); // 150 px = 2160 s: the next step is 1 h
    const TimeTicks t = TimeTicks::compute(m, o);
    QCOMPARE(t.majorStep(), 3600.0);
    QCOMPARE(t.majors().first().label, u"15:00"_s);
    QCOMPARE(t.majors().first().seconds, 1800.0);
}

QTEST_GUILESS_MAIN(TestTimeTicks)
#include "tst_timeticks.moc"
