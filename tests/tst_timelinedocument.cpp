#include "timeline/timelinedocument.h"

#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

// Participants "a", "b", "c"... with ids 100, 101, ...; a name "-" stands for null, "" for empty.
QList<TimelineParticipant> participants(const QStringList &names)
{
    QList<TimelineParticipant> list;
    for (qsizetype i = 0; i < names.size(); ++i) {
        TimelineParticipant p;
        p.id = 100 + i;
        if (names.at(i) != u"-")
            p.name = names.at(i);
        list.append(p);
    }
    return list;
}

// "0:1-5 1:3-8 0:10-?": participant index, start, end ("?" = open-ended), in any order.
std::vector<TimelineSegment> segments(const QString &spec)
{
    std::vector<TimelineSegment> list;
    for (const QString &part : spec.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        const qsizetype dash = part.indexOf(u'-', colon + 2);
        TimelineSegment s;
        s.participant = part.left(colon).toUInt();
        s.start = part.mid(colon + 1, dash - colon - 1).toDouble();
        const QString end = part.mid(dash + 1);
        if (end == u"?")
            s.flags |= TimelineSegment::OpenEnded;
        else
            s.end = end.toDouble();
        list.push_back(s);
    }
    return list;
}

TimelineDocument document(const QStringList &names, const QString &spec)
{
    auto doc = TimelineDocument::build(SpeakerTimeline(participants(names), segments(spec), {}, std::nullopt));
    Q_ASSERT(doc);
    return std::move(*doc);
}

} // namespace

class TestTimelineDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figures_data();
    void figures();
    void rowOrders_data();
    void rowOrders();
    void rowNames();
    void coverageMatchesRows();
    void cancelledBuildGivesNothing();
};

void TestTimelineDocument::figures_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("contentStart");
    QTest::addColumn<double>("contentEnd");
    QTest::addColumn<QList<double>>("talk");
    QTest::addColumn<double>("overlap");
    QTest::addColumn<int>("openEnded");

    QTest::newRow("empty") << QStringList {} << u""_s << 0.0 << 1.0 << QList<double> {} << 0.0 << 0;
    QTest::newRow("one participant, no speech")
        << QStringList {u"a"_s} << u""_s << 0.0 << 1.0 << QList<double> {0} << 0.0 << 0;
    QTest::newRow("one segment") << QStringList {u"a"_s} << u"0:2-7"_s << 0.0 << 7.0 << QList<double> {5} << 0.0 << 0;
    QTest::newRow("back to back turns do not overlap")
        << QStringList {u"a"_s, u"b"_s} << u"0:0-5 1:5-9 0:9-12"_s << 0.0 << 12.0 << QList<double> {8, 4} << 0.0 << 0;
    QTest::newRow("overlap of two") << QStringList {u"a"_s, u"b"_s} << u"0:0-5 1:3-8"_s << 0.0 << 8.0
                                    << QList<double> {5, 5} << 2.0 << 0;
    QTest::newRow("three at once counts once") << QStringList {u"a"_s, u"b"_s, u"c"_s} << u"0:0-10 1:2-6 2:4-8"_s << 0.0
                                               << 10.0 << QList<double> {10, 4, 4} << 6.0 << 0;
    QTest::newRow("self overlap is not overlap, talk counted once")
        << QStringList {u"a"_s, u"b"_s} << u"0:0-5 0:3-8 1:20-21"_s << 0.0 << 21.0 << QList<double> {8, 1} << 0.0 << 0;
    QTest::newRow("unsorted input") << QStringList {u"a"_s, u"b"_s} << u"1:6-7 0:4-5 0:0-1 1:0.5-2"_s << 0.0 << 7.0
                                    << QList<double> {2, 2.5} << 0.5 << 0;
    QTest::newRow("speech before the recording started")
        << QStringList {u"a"_s} << u"0:-3.5-2"_s << -3.5 << 2.0 << QList<double> {5.5} << 0.0 << 0;
    QTest::newRow("open-ended runs to the recording's end")
        << QStringList {u"a"_s, u"b"_s} << u"0:0-10 1:8-?"_s << 0.0 << 10.0 << QList<double> {10, 2} << 2.0 << 1;
    QTest::newRow("open-ended at the very end gets room to show")
        << QStringList {u"a"_s, u"b"_s} << u"0:0-100 1:100-?"_s << 0.0 << 102.0 << QList<double> {100, 0} << 0.0 << 1;
    QTest::newRow("zero-length segments")
        << QStringList {u"a"_s, u"b"_s} << u"0:3-3 1:3-3"_s << 0.0 << 3.0 << QList<double> {0, 0} << 0.0 << 0;
}

void TestTimelineDocument::figures()
{
    QFETCH(QStringList, names);
    QFETCH(QString, spec);
    QFETCH(double, contentStart);
    QFETCH(double, contentEnd);
    QFETCH(QList<double>, talk);
    QFETCH(double, overlap);
    QFETCH(int, openEnded);

    const TimelineDocument doc = document(names, spec);
    QCOMPARE(doc.rowCount(), names.size());
    QCOMPARE(doc.content().start, contentStart);
    QCOMPARE(doc.content().end, contentEnd);
    for (qsizetype row = 0; row < talk.size(); ++row)
        QCOMPARE(doc.talkTime(row), talk.at(row));
    QCOMPARE(doc.overlapSeconds(), overlap);
    QCOMPARE(int(doc.openEnded().size()), openEnded);
    for (qsizetype index : doc.openEnded())
        QVERIFY(doc.timeline().segments()[size_t(index)].has(TimelineSegment::OpenEnded));
}

void TestTimelineDocument::rowOrders_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("order");
    QTest::addColumn<std::vector<int>>("expected");

    const QStringList names {u"Zoe"_s, u"adam"_s, u"Émile"_s, u"-"_s};
    const QString spec = u"0:10-11 1:5-6 1:20-40 2:0-3"_s; // row 3 never speaks
    QTest::newRow("first speech, silent last")
        << names << spec << int(TimelineDocument::RowOrder::FirstSpeech) << std::vector<int> {2, 1, 0, 3};
    QTest::newRow("talk time, silent last")
        << names << spec << int(TimelineDocument::RowOrder::TalkTime) << std::vector<int> {1, 2, 0, 3};
    QTest::newRow("name, ties keep file order") << QStringList {u"b"_s, u"a"_s, u"b"_s} << u""_s
                                                << int(TimelineDocument::RowOrder::Name) << std::vector<int> {1, 0, 2};
    QTest::newRow("equal talk time keeps file order")
        << QStringList {u"a"_s, u"b"_s, u"c"_s} << u"0:0-1 1:5-6 2:9-10"_s << int(TimelineDocument::RowOrder::TalkTime)
        << std::vector<int> {0, 1, 2};
}

void TestTimelineDocument::rowOrders()
{
    QFETCH(QStringList, names);
    QFETCH(QString, spec);
    QFETCH(int, order);
    QFETCH(std::vector<int>, expected);
    QCOMPARE(document(names, spec).rowOrder(TimelineDocument::RowOrder(order)), expected);
}

void TestTimelineDocument::rowNames()
{
    const TimelineDocument doc = document({u"Dana Ruiz"_s, u"-"_s, u""_s, u"  "_s, u"李雷"_s}, u""_s);
    QCOMPARE(doc.rowName(0), u"Dana Ruiz"_s);
    QCOMPARE(doc.rowName(1), u"(no name) #101"_s);
    QCOMPARE(doc.rowName(2), u"(no name) #102"_s);
    QCOMPARE(doc.rowName(3), u"(no name) #103"_s);
    QCOMPARE(doc.rowName(4), u"李雷"_s);
}

// Each row's coverage is that row's segments and nothing else (drawn fitted on 100 px).
void TestTimelineDocument::coverageMatchesRows()
{
    const TimelineDocument doc = document({u"a"_s, u"b"_s}, u"0:0-10 1:50-60 0:90-?"_s);
    const TimeMapping fitted(TimeRange {0, 100}, 100);
    QCOMPARE(doc.coverage(0).pixelSpans(fitted, 100).size(), 2);
    QCOMPARE(doc.coverage(1).pixelSpans(fitted, 100).size(), 1);
    QCOMPARE(doc.overlap().pixelSpans(fitted, 100).size(), 0);
}

void TestTimelineDocument::cancelledBuildGivesNothing()
{
    std::atomic<bool> cancel {true};
    QVERIFY(!TimelineDocument::build(
        SpeakerTimeline(participants({u"a"_s}), segments(u"0:0-1"_s), {}, std::nullopt), &cancel));
    cancel = false;
    QVERIFY(TimelineDocument::build(
        SpeakerTimeline(participants({u"a"_s}), segments(u"0:0-1"_s), {}, std::nullopt), &cancel));
}

QTEST_GUILESS_MAIN(TestTimelineDocument)
#include "tst_timelinedocument.moc"
