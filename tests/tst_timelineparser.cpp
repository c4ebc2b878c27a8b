#include "demo/meetinggenerator.h"
#include "timeline/timelineparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

// One segment of a hand-made file; times as JSON text so that every quirk can be written.
QByteArray seg(QByteArray participant, QByteArray start, QByteArray end)
{
    return R"({"participant":)" + participant + R"(,"start_timestamp":)" + start + R"(,"end_timestamp":)" + end + '}';
}

QByteArray who(int id, QByteArray name = "\"Dana\"")
{
    return R"({"id":)" + QByteArray::number(id) + R"(,"name":)" + name
        + R"(,"is_host":false,"platform":"desktop","extra_data":{"zoom":{"user_id":"x}{"}}})";
}

QByteArray at(double relative)
{
    const qint64 us = 1752710400000000 + qint64(relative * 1e6);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc());
    return R"({"absolute":")" + t.toString(u"yyyy-MM-ddTHH:mm:ss"_s).toLatin1() + '.'
        + QByteArray::number(us % 1000000).rightJustified(6, '0') + R"(Z","relative":)" + QByteArray::number(relative)
        + '}';
}

QByteArray list(const QList<QByteArray> &items)
{
    return '[' + items.join(',') + ']';
}

// "id name: start-end flags, ... | next row": what a test compares.
QString dump(const SpeakerTimeline &timeline)
{
    QStringList rows;
    for (qsizetype r = 0; r < timeline.rowCount(); ++r) {
        const TimelineParticipant &p = timeline.participants().at(r);
        QStringList segments;
        for (const TimelineSegment &s : timeline.row(r)) {
            QString flags;
            const std::pair<TimelineSegment::Flag, char16_t> letters[] = {{TimelineSegment::OpenEnded, u'o'},
                {TimelineSegment::NegativeStart, u'n'}, {TimelineSegment::StartAbsoluteMissing, u'a'},
                {TimelineSegment::EndAbsoluteMissing, u'b'}, {TimelineSegment::StartFromAbsolute, u's'},
                {TimelineSegment::EndFromAbsolute, u'e'}, {TimelineSegment::EndBeforeStart, u'x'}};
            for (const auto &[flag, letter] : letters) {
                if (s.has(flag))
                    flags += letter;
            }
            segments.append(QString::number(s.start) + u'-' + QString::number(s.end) + flags);
        }
        rows.append(QString::number(p.id) + u' ' + p.name.value_or(u"null"_s) + u": "_s + segments.join(u", "_s));
    }
    return rows.join(u" | "_s);
}

TimelineParser::Options oneElementWindows()
{
    TimelineParser::Options options;
    options.windowBytes = 1;
    return options;
}

} // namespace

class TestTimelineParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quirks_data();
    void quirks();
    void participantDetails();
    void broken_data();
    void broken();
    void truncated_data();
    void truncated();
    void wallClock();
    void cancelStopsEarly();
    void progressIsMonotonic();
    void demoMeetings_data();
    void demoMeetings();
};

void TestTimelineParser::quirks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("skipped");

    QTest::newRow("empty array") << QByteArray("[]") << QString() << 0;
    QTest::newRow("empty array with spaces") << QByteArray(" \n[ \t]\n") << QString() << 0;
    QTest::newRow("one segment") << list({seg(who(1), at(4.5), at(35.89))}) << u"1 Dana: 4.5-35.89"_s << 0;
    QTest::newRow("null end is open, ends at the recording end")
        << list({seg(who(1), at(1), "null"), seg(who(2, "\"Lee\""), at(2), at(9))}) << u"1 Dana: 1-9ob | 2 Lee: 2-9"_s
        << 0;
    QTest::newRow("open end after every other end: ends at its own start")
        << list({seg(who(1), at(1), at(3)), seg(who(2), at(7), "null")}) << u"1 Dana: 1-3 | 2 Dana: 7-7ob"_s << 0;
    QTest::newRow("missing end is open") << list(
        {R"({"participant":)" + who(1) + R"(,"start_timestamp":)" + at(2) + '}', seg(who(1), at(3), at(5))})
                                         << u"1 Dana: 2-5ob, 3-5"_s << 0;
    QTest::newRow("negative start kept") << list({seg(who(1), at(-2.5), at(1))}) << u"1 Dana: -2.5-1n"_s << 0;
    QTest::newRow("unsorted ends sorted per row")
        << list({seg(who(2, "\"B\""), at(9), at(10)), seg(who(1), at(5), at(6)), seg(who(2, "\"B\""), at(1), at(2)),
               seg(who(1), at(0.5), at(1)), seg(who(2, "\"B\""), at(4), at(5))})
        << u"2 B: 1-2, 4-5, 9-10 | 1 Dana: 0.5-1, 5-6"_s << 0;
    QTest::newRow("two people share a name: two rows")
        << list({seg(who(1, "\"Sam\""), at(1), at(2)), seg(who(2, "\"Sam\""), at(3), at(4))})
        << u"1 Sam: 1-2 | 2 Sam: 3-4"_s << 0;
    QTest::newRow("renamed id keeps the first name")
        << list({seg(who(1, "\"Old\""), at(1), at(2)), seg(who(1, "\"New\""), at(3), at(4))}) << u"1 Old: 1-2, 3-4"_s
        << 0;
    QTest::newRow("null name") << list({seg(who(7, "null"), at(1), at(2))}) << u"7 null: 1-2"_s << 0;
    QTest::newRow("empty name is not null") << list({seg(who(7, "\"\""), at(1), at(2))}) << u"7 : 1-2"_s << 0;
    QTest::newRow("non-ASCII name") << list({seg(who(3, u"\"Zoë 会議 📬\""_s.toUtf8()), at(1), at(2))})
                                    << u"3 Zoë 会議 📬: 1-2"_s << 0;
    QTest::newRow("escaped name") << list({seg(who(3, R"("A\u00e9\"B")"), at(1), at(2))}) << u"3 Aé\"B: 1-2"_s << 0;
    QTest::newRow("invalid UTF-8 name") << list({seg(who(3, "\"Caf\xE9\""), at(1), at(2))}) << u"3 Caf\uFFFD: 1-2"_s
                                        << 0;
    QTest::newRow("absolute missing or null")
        << list({seg(who(1), R"({"relative":1})", R"({"absolute":null,"relative":2})")}) << u"1 Dana: 1-2ab"_s << 0;
    QTest::newRow("members in any order, unknown ones ignored")
        << QByteArray(R"([{"x":[1,{"y":2}],"end_timestamp":{"relative":2,"absolute":"2025-07-17T00:00:02Z"},)"
                      R"("start_timestamp":{"relative":1,"absolute":1752710401},"participant":{"name":"N","id":4}}])")
        << u"4 N: 1-2"_s << 0;
    QTest::newRow("start only absolute (epoch seconds), derived from the anchor")
        << list({seg(who(1), at(10), at(11)), seg(who(1), R"({"absolute":1752710420.5,"relative":null})", at(22))})
        << u"1 Dana: 10-11, 20.5-22s"_s << 0;
    QTest::newRow("end only absolute (ISO), derived from the anchor")
        << list({seg(who(1), at(10), R"({"absolute":"2025-07-17T00:00:12.250000Z"})")}) << u"1 Dana: 10-12.25e"_s << 0;
    QTest::newRow("only absolute and no anchor: skipped")
        << list({seg(who(1), R"({"absolute":"2025-07-17T00:00:12Z"})", "null")}) << u"1 Dana: "_s << 1;
    QTest::newRow("end before start kept") << list({seg(who(1), at(5), at(4))}) << u"1 Dana: 5-4x"_s << 0;

    const QByteArray good = seg(who(1), at(1), at(2));
    const auto wrong = [&](const char *name, const QByteArray &bad) {
        QTest::newRow(name) << list({good, bad, seg(who(1), at(3), at(4))}) << u"1 Dana: 1-2, 3-4"_s << 1;
    };
    wrong("segment is a number", "42");
    wrong("segment is null", "null");
    wrong("participant is text", seg("\"Dana\"", at(1), at(2)));
    wrong("participant missing", R"({"start_timestamp":)" + at(1) + "}");
    wrong("participant id missing", seg(R"({"name":"Dana"})", at(1), at(2)));
    wrong("participant id is text", seg(R"({"id":"1"})", at(1), at(2)));
    wrong("participant id is a fraction", seg(R"({"id":1.5})", at(1), at(2)));
    wrong("participant id is null", seg(R"({"id":null})", at(1), at(2)));
    wrong("start relative is text", seg(who(1), R"({"relative":"4.5"})", at(2)));
    wrong("start is a number", seg(who(1), "4.5", at(2)));
    wrong("start null", seg(who(1), "null", at(2)));
    wrong("start missing", R"({"participant":)" + who(1) + R"(,"end_timestamp":)" + at(2) + "}");
    wrong("start without any time", seg(who(1), R"({"absolute":null,"relative":null})", at(2)));
    wrong("start absolute unreadable", seg(who(1), R"({"absolute":"yesterday"})", at(2)));
    wrong("end is text", seg(who(1), at(1), "\"later\""));
    wrong("end relative is true", seg(who(1), at(1), R"({"relative":true})"));
}

void TestTimelineParser::quirks()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(int, skipped);
    const TimelineParser::Result result = TimelineParser::parse(json);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : u"cancelled"_s));
    QCOMPARE(dump(result.timeline), expected);
    QCOMPARE(result.skipped, skipped);
    QCOMPARE(result.skipExamples.size(), std::min<qsizetype>(skipped, TimelineParser::maxSkipExamples));
    for (const QString &example : result.skipExamples)
        QVERIFY2(example.startsWith(u"segment 1 (byte "_s) || example.contains(u"absolute"_s), qPrintable(example));
    // A window per element reads the same.
    const TimelineParser::Result windowed = TimelineParser::parse(json, oneElementWindows());
    QCOMPARE(dump(windowed.timeline), expected);
    QCOMPARE(windowed.skipExamples, result.skipExamples);
}

void TestTimelineParser::participantDetails()
{
    const QByteArray json = list({seg(R"({"id":5,"name":"A","is_host":true,"platform":"dial-in"})", at(1), at(2)),
        seg(R"({"id":6,"name":null,"is_host":null,"platform":null})", at(1), at(2)),
        seg(R"({"id":5,"name":"B","is_host":false,"platform":"x"})", at(3), at(4)),
        seg(R"({"id":9007199254740993})", at(3), at(4))});
    const TimelineParser::Result result = TimelineParser::parse(json);
    QVERIFY(result.ok());
    QCOMPARE(result.renamedParticipants, 1);
    QCOMPARE(result.timeline.participants(),
        (QList<TimelineParticipant> {{5, u"A"_s, true, u"dial-in"_s}, {6, std::nullopt, std::nullopt, QString()},
            {9007199254740993, std::nullopt, std::nullopt, QString()}}));
    QCOMPARE(result.timeline.rowOf(6), 1);
    QCOMPARE(result.timeline.rowOf(8), std::nullopt);
    QCOMPARE(result.timeline.rowBegin(1), 2);
    QCOMPARE(result.timeline.minStart(), 1.0);
    QCOMPARE(result.timeline.recordingEnd(), 4.0);
}

void TestTimelineParser::broken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("keptSegments");

    const QByteArray a = seg(who(1), at(1), at(2));
    QTest::newRow("empty file") << QByteArray() << u"the file is empty: expected '[' at byte 0"_s << 0;
    QTest::newRow("an object") << QByteArray(" {}") << u"expected '[' (a list of segments) at byte 1"_s << 0;
    QTest::newRow("missing comma between segments")
        << '[' + a + ' ' + a + ']' << u"expected ',' or ']' at byte %1"_s.arg(a.size() + 2) << 1;
    QTest::newRow("text after the list") << list({a}) + " x"
                                         << u"expected the end of the file after ']' at byte %1"_s.arg(a.size() + 3)
                                         << 1;
}

void TestTimelineParser::broken()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QFETCH(int, keptSegments);
    for (const TimelineParser::Options &options : {TimelineParser::Options {}, oneElementWindows()}) {
        const TimelineParser::Result result = TimelineParser::parse(json, options);
        QVERIFY(result.error);
        QCOMPARE(result.error->message, message);
        QCOMPARE(result.timeline.segmentCount(), keptSegments);
    }
}

void TestTimelineParser::truncated_data()
{
    QTest::addColumn<int>("cut");
    const QByteArray json = list({seg(who(1), at(1), at(2)), seg(who(2), at(3), "null"), seg(who(1), at(5), at(6))});
    const auto row = [&](const char *name, qsizetype cut) { QTest::newRow(name) << int(cut); };
    row("after '['", 1);
    row("inside a key", json.indexOf("participant") + 4);
    row("inside a name", json.indexOf("Dana") + 2);
    row("inside an absolute", json.indexOf("2025-07") + 6);
    row("inside a number", json.indexOf("\"relative\":1") + 12);
    row("after a member's colon", json.indexOf("\"end_timestamp\":") + 16);
    row("after the first segment", json.indexOf("},{\"participant\"") + 1);
    row("after the comma", json.indexOf("},{\"participant\"") + 2);
    row("in the middle", json.size() / 2);
    row("before the last ']'", json.size() - 1);
}

void TestTimelineParser::truncated()
{
    QFETCH(int, cut);
    const QByteArray json = list({seg(who(1), at(1), at(2)), seg(who(2), at(3), "null"), seg(who(1), at(5), at(6))});
    const QByteArray head = json.left(cut);
    const TimelineParser::Result result = TimelineParser::parse(head);
    const TimelineParser::Result windowed = TimelineParser::parse(head, oneElementWindows());
    QCOMPARE(windowed.error, result.error);
    QCOMPARE(windowed.timeline.segmentCount(), result.timeline.segmentCount());
    QVERIFY(result.error);
    QVERIFY2(result.error->message.startsWith(u"the file ends early: expected "_s), qPrintable(result.error->message));
    QCOMPARE(result.error->offset, cut);
    QVERIFY2(result.error->message.endsWith(u" at byte %1"_s.arg(cut)), qPrintable(result.error->message));
    // Segments complete before the cut are kept (one cut inside its last member may be, too).
    const qsizetype complete = head.count("},{\"participant\"") + (cut == json.size() - 1 ? 1 : 0);
    QVERIFY2(result.timeline.segmentCount() >= complete && result.timeline.segmentCount() <= complete + 1,
        qPrintable(u"%1 segments, %2 complete"_s.arg(result.timeline.segmentCount()).arg(complete)));
}

void TestTimelineParser::wallClock()
{
    const QByteArray json = list({seg(who(1), R"({"absolute":"2025-07-17T00:00:09.730066Z","relative":4.5})",
                                      R"({"absolute":1752710441.118204,"relative":35.89})"),
        seg(who(1), R"({"relative":40})", R"({"absolute":"2025-07-17T02:00:50.5+02:00","relative":45})"),
        seg(who(1), R"({"absolute":"not a time","relative":50})", "null")});
    const TimelineParser::Result result = TimelineParser::parse(json);
    QVERIFY(result.ok());
    const SpeakerTimeline &t = result.timeline;
    QCOMPARE(t.wallClockUs(0, false), 1752710409730066);
    QCOMPARE(t.wallClockUs(0, true), 1752710441118204);
    QCOMPARE(t.wallClock(0, false), QDateTime(QDate(2025, 7, 17), QTime(0, 0, 9, 730), QTimeZone::utc()));
    QCOMPARE(t.wallClockUs(1, false), std::nullopt);
    QVERIFY(!t.wallClock(1, false).isValid());
    QCOMPARE(t.wallClockUs(1, true), 1752710450500000);
    QCOMPARE(t.wallClockUs(2, false), std::nullopt); // unreadable
    QCOMPARE(t.wallClockUs(2, true), std::nullopt); // open-ended
    QCOMPARE(t.wallClockUs(3, false), std::nullopt); // no such segment
    QCOMPARE(t.anchorUs(), 1752710405230066);
}

namespace {
QByteArray manySegments(int count)
{
    QList<QByteArray> items;
    for (int i = 0; i < count; ++i)
        items.append(seg(who(i % 7), at(i), at(i + 0.5)));
    return list(items);
}
} // namespace

void TestTimelineParser::cancelStopsEarly()
{
    std::atomic<bool> cancel = false;
    TimelineParser::Options options;
    options.cancel = &cancel;
    int calls = 0;
    options.progress = [&](qint64 done, qint64) {
        ++calls;
        if (done > 0)
            cancel = true;
    };
    const TimelineParser::Result result = TimelineParser::parse(manySegments(5000), options);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QVERIFY(!result.error);
    QVERIFY(calls >= 2);
    QVERIFY2(result.timeline.segmentCount() < 500, qPrintable(QString::number(result.timeline.segmentCount())));

    cancel = true; // before it starts
    QVERIFY(TimelineParser::parse(manySegments(10), options).cancelled);
}

void TestTimelineParser::progressIsMonotonic()
{
    const QByteArray json = manySegments(20000);
    QList<qint64> seen;
    TimelineParser::Options options;
    options.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, json.size());
        seen.append(done);
    };
    const TimelineParser::Result result = TimelineParser::parse(json, options);
    QVERIFY(result.ok());
    QCOMPARE(result.timeline.segmentCount(), 20000);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY2(seen.size() > 20 && seen.size() <= 103, qPrintable(QString::number(seen.size())));
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), json.size());
}

void TestTimelineParser::demoMeetings_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<int>("participants");
    const int zoom = int(MeetingPlatform::Zoom);
    const int meet = int(MeetingPlatform::GoogleMeet);
    QTest::newRow("zoom-like") << zoom << 8;
    QTest::newRow("meet-like") << meet << 6;
    QTest::newRow("zoom-like, 40 speakers") << zoom << 40;
}

void TestTimelineParser::demoMeetings()
{
    QFETCH(int, platform);
    QFETCH(int, participants);
    MeetingSpec spec;
    spec.seed = 42 + quint64(participants);
    spec.platform = MeetingPlatform(platform);
    spec.participantCount = participants;
    spec.durationUs = 45 * 60 * qint64(1000000);
    spec.features = 0x3ff; // every feature
    spec.recordingStartUs = 1752710400000000;
    const QByteArray json = speakerTimelineFileJson(generateMeeting(spec));

    // The reference: QJsonDocument over the same bytes.
    struct Totals
    {
        int count = 0;
        double seconds = 0;
        QJsonValue name;
    };
    QMap<qint64, Totals> expected;
    double recordingEnd = -1e300;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QVERIFY(!array.isEmpty());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        recordingEnd = std::max(recordingEnd, o[u"start_timestamp"].toObject()[u"relative"].toDouble());
        if (o[u"end_timestamp"].isObject())
            recordingEnd = std::max(recordingEnd, o[u"end_timestamp"].toObject()[u"relative"].toDouble());
    }
    int openEnded = 0;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const qint64 id = o[u"participant"].toObject()[u"id"].toInteger();
        const double start = o[u"start_timestamp"].toObject()[u"relative"].toDouble();
        const bool open = o[u"end_timestamp"].isNull();
        openEnded += open;
        const double end = open ? recordingEnd : o[u"end_timestamp"].toObject()[u"relative"].toDouble();
        Totals &t = expected[id];
        if (t.count == 0)
            t.name = o[u"participant"].toObject()[u"name"];
        ++t.count;
        t.seconds += end - start;
    }

    const TimelineParser::Result result = TimelineParser::parse(json);
    QVERIFY(result.ok());
    QCOMPARE(result.skipped, 0);
    const SpeakerTimeline &timeline = result.timeline;
    QCOMPARE(timeline.segmentCount(), array.size());
    QCOMPARE(timeline.rowCount(), expected.size());
    QCOMPARE(timeline.recordingEnd(), recordingEnd);
    int open = 0;
    for (qsizetype r = 0; r < timeline.rowCount(); ++r) {
        const TimelineParticipant &p = timeline.participants().at(r);
        const Totals t = expected.value(p.id);
        double seconds = 0;
        const auto row = timeline.row(r);
        for (const TimelineSegment &s : row) {
            seconds += s.end - s.start;
            open += s.has(TimelineSegment::OpenEnded);
        }
        QCOMPARE(row.size(), std::size_t(t.count));
        QVERIFY(std::is_sorted(row.begin(), row.end(), [](auto &a, auto &b) { return a.start < b.start; }));
        QVERIFY2(std::abs(seconds - t.seconds) < 1e-6, qPrintable(u"%1 vs %2"_s.arg(seconds).arg(t.seconds)));
        QCOMPARE(p.name ? QJsonValue(*p.name) : QJsonValue(QJsonValue::Null), t.name);
    }
    QCOMPARE(open, openEnded);
    QVERIFY(openEnded > 0);
    QVERIFY(timeline.minStart() < 0);
    // A tooltip's wall-clock time is the file's own, to the microsecond.
    const qsizetype last = timeline.segmentCount() - 1;
    const TimelineSegment &s = timeline.segments()[std::size_t(last)];
    QCOMPARE(timeline.wallClockUs(last, false), spec.recordingStartUs + std::llround(s.start * 1e6));
}

QTEST_GUILESS_MAIN(TestTimelineParser)
#include "tst_timelineparser.moc"
