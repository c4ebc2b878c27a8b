#include "analysis/intervalset.h"
#include "analysis/speakerstats.h"
#include "timeline/speakertimeline.h"

#include <QTest>

#include <random>

using namespace Qt::StringLiterals;

namespace {

// A timeline written as text, one segment per item: "a:0-10" (row a speaks from 0 to 10 s),
// "b:5-" (open-ended: to the recording's end), "c:-3-2" (before the recording). Rows are named by
// letter, in order of first appearance.
SpeakerTimeline timelineOf(const QString &spec)
{
    QList<TimelineParticipant> participants;
    std::vector<TimelineSegment> segments;
    QList<QChar> letters;
    double end = 0;
    struct Pending
    {
        quint32 row;
        double start;
        std::optional<double> end;
    };
    QList<Pending> pending;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QChar letter = item.at(0);
        if (!letters.contains(letter)) {
            letters.append(letter);
            TimelineParticipant p;
            p.id = 100 + letters.size();
            p.name = QString(letter);
            participants.append(p);
        }
        const QString times = item.mid(2);
        // The separator is the '-' that follows a digit: "-3-2" is -3 to 2.
        qsizetype dash = -1;
        for (qsizetype i = 1; i < times.size(); ++i) {
            if (times.at(i) == u'-' && times.at(i - 1).isDigit()) {
                dash = i;
                break;
            }
        }
        const double start = times.left(dash).toDouble();
        const QString endText = times.mid(dash + 1);
        Pending p {quint32(letters.indexOf(letter)), start, std::nullopt};
        if (!endText.isEmpty()) {
            p.end = endText.toDouble();
            end = std::max(end, *p.end);
        }
        end = std::max(end, start);
        pending.append(p);
    }
    for (const Pending &p : pending) {
        TimelineSegment s;
        s.participant = p.row;
        s.start = p.start;
        s.end = p.end.value_or(end);
        if (!p.end)
            s.flags |= TimelineSegment::OpenEnded;
        if (p.start < 0)
            s.flags |= TimelineSegment::NegativeStart;
        segments.push_back(s);
    }
    return SpeakerTimeline(participants, std::move(segments), {}, std::nullopt);
}

// Exact answers the slow way: between every two consecutive instants where anything starts or ends,
// who speaks is constant, so each elementary piece is looked at once, at its middle.
struct Brute
{
    std::vector<double> talk;
    std::vector<double> overlap;
    std::vector<int> turns;
    std::vector<double> longest;
    double speech = 0;
    double several = 0;
};

Brute bruteForce(const SpeakerTimeline &timeline, double from, double to)
{
    const auto rows = static_cast<size_t>(timeline.rowCount());
    Brute b;
    b.talk.assign(rows, 0);
    b.overlap.assign(rows, 0);
    b.turns.assign(rows, 0);
    b.longest.assign(rows, 0);
    std::vector<double> cuts {from, to};
    for (const TimelineSegment &s : timeline.segments()) {
        for (double t : {s.start, s.end}) {
            if (t > from && t < to)
                cuts.push_back(t);
        }
    }
    std::sort(cuts.begin(), cuts.end());
    // A turn: a maximal run of pieces where the row speaks; pieces where it does not break it.
    std::vector<double> run(rows, 0);
    std::vector<bool> speaking(rows, false);
    for (size_t k = 0; k + 1 < cuts.size(); ++k) {
        const double a = cuts[k];
        const double c = cuts[k + 1];
        if (!(c > a))
            continue;
        const double mid = (a + c) / 2;
        std::vector<bool> now(rows, false);
        for (const TimelineSegment &s : timeline.segments()) {
            if (s.start < mid && mid < s.end)
                now[s.participant] = true;
        }
        const auto speakers = std::count(now.cbegin(), now.cend(), true);
        if (speakers >= 1)
            b.speech += c - a;
        if (speakers >= 2)
            b.several += c - a;
        for (size_t r = 0; r < rows; ++r) {
            if (now[r]) {
                b.talk[r] += c - a;
                if (speakers >= 2)
                    b.overlap[r] += c - a;
                if (!speaking[r]) {
                    ++b.turns[r];
                    run[r] = 0;
                }
                run[r] += c - a;
                b.longest[r] = std::max(b.longest[r], run[r]);
            }
            speaking[r] = now[r];
        }
    }
    return b;
}

} // namespace

class TestSpeakerStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intervalSetQueries();
    void wholeMeeting_data();
    void wholeMeeting();
    void rangeClipsEverything();
    void openEndedAndNegativeAreMarked();
    void emptyTimeline();
    void mergedRowsCountAsOneSpeaker();
    void rangesMatchBruteForceOnRandomTimelines();
};

void TestSpeakerStats::intervalSetQueries()
{
    const IntervalSet set(IntervalSet::unite({{5, 7}, {0, 2}, {1, 3}, {3, 4}, {10, 10}, {9, 8}}));
    // {0,2} {1,3} {3,4} join (overlap and touch); empty and reversed ones go.
    QCOMPARE(set.size(), 2);
    QCOMPARE(set.intervals()[0], (IntervalSet::Interval {0, 4}));
    QCOMPARE(set.intervals()[1], (IntervalSet::Interval {5, 7}));
    QCOMPARE(set.measure(-10, 10), 6.0);
    QCOMPARE(set.measure(1, 6), 4.0);
    QCOMPARE(set.measure(4, 5), 0.0);
    QCOMPARE(set.count(4, 5), 0);
    QCOMPARE(set.count(3.5, 5.5), 2);
    QCOMPARE(set.longest(-1, 100), 4.0);
    QCOMPARE(set.longest(2, 7), 2.0);
    double first = 0;
    double last = 0;
    QVERIFY(set.span(1, 6, &first, &last));
    QCOMPARE(first, 1.0);
    QCOMPARE(last, 6.0);
    QVERIFY(!set.span(4, 5, &first, &last));
    QCOMPARE(IntervalSet::intersect(set.intervals(), IntervalSet::unite({{3, 6}})).size(), size_t(2));
}

void TestSpeakerStats::wholeMeeting_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("row"); // the letter the expectations are about
    QTest::addColumn<double>("talk");
    QTest::addColumn<int>("turns");
    QTest::addColumn<double>("longest");
    QTest::addColumn<double>("overlap");
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("silence");

    // Two speakers taking turns with a gap: no overlap, 2 s of silence in 0..22.
    QTest::newRow("turns") << u"a:0-10 b:12-22"_s << u"a"_s << 10.0 << 1 << 10.0 << 0.0 << 0.5 << 2.0;
    // Talking over each other for 5 s.
    QTest::newRow("overlap") << u"a:0-10 b:5-15"_s << u"b"_s << 10.0 << 1 << 10.0 << 5.0 << 0.5 << 0.0;
    // A repeated segment counts once; touching segments are one turn.
    QTest::newRow("repeat") << u"a:0-4 a:0-4 a:4-6 b:8-10"_s << u"a"_s << 6.0 << 1 << 6.0 << 0.0 << 0.75 << 2.0;
    // Unsorted input: the same as sorted.
    QTest::newRow("unsorted") << u"a:20-25 b:0-5 a:6-8"_s << u"a"_s << 7.0 << 2 << 5.0 << 0.0 << 7.0 / 12 << 13.0;
    // End before start and zero length count nothing.
    QTest::newRow("broken") << u"a:10-5 a:3-3 a:0-2 b:0-4"_s << u"a"_s << 2.0 << 1 << 2.0 << 2.0 << 2.0 / 6 << 6.0;
    // A rejoin under a new id is another row: its own numbers.
    QTest::newRow("rejoin") << u"a:0-3 b:4-6 c:7-9"_s << u"c"_s << 2.0 << 1 << 2.0 << 0.0 << 2.0 / 7 << 2.0;
    // Three at once: each overlaps for the time at least one other speaks.
    QTest::newRow("three") << u"a:0-6 b:2-4 c:3-8"_s << u"a"_s << 6.0 << 1 << 6.0 << 4.0 << 6.0 / 13 << 0.0;
}

void TestSpeakerStats::wholeMeeting()
{
    QFETCH(QString, spec);
    QFETCH(QString, row);
    QFETCH(double, talk);
    QFETCH(int, turns);
    QFETCH(double, longest);
    QFETCH(double, overlap);
    QFETCH(double, share);
    QFETCH(double, silence);
    const SpeakerTimeline timeline = timelineOf(spec);
    const SpeakerStats stats(timeline);
    const SpeakerStats::Result result = stats.whole();
    qsizetype index = -1;
    for (qsizetype i = 0; i < timeline.rowCount(); ++i) {
        if (timeline.participants().at(i).name == row)
            index = i;
    }
    QVERIFY(index >= 0);
    const SpeakerStats::Row &r = result.rows.at(index);
    QCOMPARE(r.talk, talk);
    QCOMPARE(r.turns, turns);
    QCOMPARE(r.longestTurn, longest);
    QCOMPARE(r.overlap, overlap);
    QVERIFY2(qAbs(r.share - share) < 1e-12, qPrintable(QString::number(r.share)));
    QCOMPARE(result.totals.silence, silence);
    QCOMPARE(result.totals.length, result.totals.to - result.totals.from);
}

void TestSpeakerStats::rangeClipsEverything()
{
    const SpeakerTimeline timeline = timelineOf(u"a:0-10 b:5-15 a:20-30"_s);
    const SpeakerStats stats(timeline);
    const SpeakerStats::Result r = stats.compute(8, 22);
    QCOMPARE(r.totals.length, 14.0);
    QCOMPARE(r.rows.at(0).talk, 4.0); // 8-10 and 20-22
    QCOMPARE(r.rows.at(0).turns, 2);
    QCOMPARE(r.rows.at(0).longestTurn, 2.0);
    QCOMPARE(r.rows.at(0).firstSpeech, std::optional<double>(8.0));
    QCOMPARE(r.rows.at(0).lastSpeech, std::optional<double>(22.0));
    QCOMPARE(r.rows.at(0).overlap, 2.0); // 8-10 with b
    QCOMPARE(r.rows.at(1).talk, 7.0); // 8-15
    QCOMPARE(r.totals.speech, 9.0); // 8-15, 20-22
    QCOMPARE(r.totals.silence, 5.0);
    QCOMPARE(r.totals.overlap, 2.0);
    // The other way round is the same range.
    QCOMPARE(stats.compute(22, 8).rows.at(0).talk, 4.0);
    // A range where b says nothing.
    const SpeakerStats::Result quiet = stats.compute(16, 19);
    QCOMPARE(quiet.rows.at(1).talk, 0.0);
    QVERIFY(!quiet.rows.at(1).firstSpeech);
    QCOMPARE(quiet.rows.at(1).share, 0.0);
    QCOMPARE(quiet.totals.silence, 3.0);
}

void TestSpeakerStats::openEndedAndNegativeAreMarked()
{
    const SpeakerTimeline timeline = timelineOf(u"a:-4-2 b:3-9 c:5-"_s);
    const SpeakerStats stats(timeline);
    QCOMPARE(stats.meetingStart(), -4.0);
    QCOMPARE(stats.meetingEnd(), 9.0);
    const SpeakerStats::Result whole = stats.whole();
    QVERIFY(whole.rows.at(0).beforeRecording);
    QCOMPARE(whole.rows.at(0).talk, 6.0); // negative time counts
    QVERIFY(!whole.rows.at(1).beforeRecording);
    QVERIFY(whole.rows.at(2).estimated);
    QCOMPARE(whole.rows.at(2).talk, 4.0); // up to the recording's end
    QVERIFY(whole.totals.estimated);
    // A range that leaves both out marks nothing.
    const SpeakerStats::Result middle = stats.compute(2.5, 4.5);
    QVERIFY(!middle.totals.estimated);
    QVERIFY(!middle.rows.at(0).beforeRecording);
}

void TestSpeakerStats::emptyTimeline()
{
    const SpeakerStats stats(timelineOf({}));
    const SpeakerStats::Result r = stats.whole();
    QVERIFY(r.rows.isEmpty());
    QCOMPARE(r.totals.length, 0.0);
    QCOMPARE(SpeakerStats().compute(0, 10).totals.silence, 10.0);
}

void TestSpeakerStats::mergedRowsCountAsOneSpeaker()
{
    // a and c are one person who rejoined (c overlaps a's last turn: a repeated stretch, not overlap
    // with someone else); b speaks over both.
    const SpeakerTimeline timeline = timelineOf(u"a:0-10 b:8-12 c:9-20 a:30-31"_s);
    const std::vector<int> groups {7, -1, 7};
    const SpeakerStats stats(timeline, groups);
    const SpeakerStats::Result result = stats.whole();
    QCOMPARE(result.rows.size(), 2);
    const SpeakerStats::Row &merged = result.rows.at(0);
    QCOMPARE(merged.row, 0);
    QCOMPARE(merged.members, (QList<qsizetype> {0, 2}));
    QCOMPARE(merged.talk, 21.0); // 0-20 and 30-31
    QCOMPARE(merged.turns, 2);
    QCOMPARE(merged.longestTurn, 20.0);
    QCOMPARE(merged.overlap, 4.0); // with b, 8-12
    QCOMPARE(merged.firstSpeech, 0.0);
    QCOMPARE(merged.lastSpeech, 31.0);
    const SpeakerStats::Row &b = result.rows.at(1);
    QCOMPARE(b.members, (QList<qsizetype> {1}));
    QCOMPARE(b.overlap, 4.0);
    QCOMPARE(result.totals.overlap, 4.0);
    QCOMPARE(merged.share + b.share, 1.0);

    // Unmerged, c overlaps both a (9-10) and b (9-12).
    const SpeakerStats::Result apart = SpeakerStats(timeline).whole();
    QCOMPARE(apart.rows.size(), 3);
    QCOMPARE(apart.rows.at(2).overlap, 3.0);
    QCOMPARE(apart.totals.overlap, 4.0);
    QCOMPARE(apart.totals.speech, result.totals.speech);
}

void TestSpeakerStats::rangesMatchBruteForceOnRandomTimelines()
{
    std::mt19937 rng(20250717);
    const auto uniform = [&rng](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    for (int round = 0; round < 300; ++round) {
        const int rows = 1 + int(rng() % 5);
        const int count = int(rng() % 40);
        QStringList items;
        for (int i = 0; i < count; ++i) {
            const QChar letter(u'a' + int(rng() % rows));
            // Whole and half seconds make touching and repeated segments common.
            const double start = std::round(uniform(-5, 60) * 2) / 2;
            const double length = std::round(uniform(-1, 10) * 2) / 2;
            items.append(u"%1:%2-%3"_s.arg(letter).arg(start).arg(start + length));
        }
        const SpeakerTimeline timeline = timelineOf(items.join(u' '));
        const SpeakerStats stats(timeline);
        for (int q = 0; q < 5; ++q) {
            double from = std::round(uniform(-8, 70) * 4) / 4;
            double to = std::round(uniform(-8, 70) * 4) / 4;
            if (to < from)
                std::swap(from, to);
            const SpeakerStats::Result got = stats.compute(from, to);
            const Brute want = bruteForce(timeline, from, to);
            const QString where = u"round %1, range %2..%3: %4"_s.arg(round).arg(from).arg(to).arg(items.join(u' '));
            QVERIFY2(qAbs(got.totals.speech - want.speech) < 1e-9, qPrintable(where));
            QVERIFY2(qAbs(got.totals.overlap - want.several) < 1e-9, qPrintable(where));
            for (qsizetype r = 0; r < timeline.rowCount(); ++r) {
                const auto i = static_cast<size_t>(r);
                QVERIFY2(qAbs(got.rows.at(r).talk - want.talk[i]) < 1e-9, qPrintable(where));
                QVERIFY2(qAbs(got.rows.at(r).overlap - want.overlap[i]) < 1e-9, qPrintable(where));
                QVERIFY2(got.rows.at(r).turns == want.turns[i], qPrintable(where));
                QVERIFY2(qAbs(got.rows.at(r).longestTurn - want.longest[i]) < 1e-9, qPrintable(where));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestSpeakerStats)
#include "tst_speakerstats.moc"
