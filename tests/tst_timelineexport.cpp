#include "analysis/speakerstats.h"
#include "analysis/timelineexport.h"
#include "timeline/timelineparser.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A speaker timeline file as Recall writes it: a name with a comma and quotes, speech before the
// recording, an open-ended segment, a zero-length one, a null name.
// (Plain string literals: moc does not read raw ones.)
const QByteArray fileJson
    = "[\n"
      " {\"participant\":{\"id\":100,\"name\":\"Ruiz, Dana "
      "\\\"DR\\\"\",\"is_host\":true,\"platform\":\"desktop\",\"extra_data\":null},\n"
      "  \"start_timestamp\":{\"absolute\":\"2025-07-17T00:00:05.500000Z\",\"relative\":0.5},\n"
      "  \"end_timestamp\":{\"absolute\":\"2025-07-17T00:00:15.000000Z\",\"relative\":10.0}},\n"
      " {\"participant\":{\"id\":101,\"name\":\"Ana  "
      "Lima\",\"is_host\":false,\"platform\":\"desktop\",\"extra_data\":null},\n"
      "  \"start_timestamp\":{\"absolute\":\"2025-07-17T00:00:02.000000Z\",\"relative\":-3.0},\n"
      "  \"end_timestamp\":{\"absolute\":\"2025-07-17T00:00:07.000000Z\",\"relative\":2.0}},\n"
      " {\"participant\":{\"id\":101,\"name\":\"Ana  "
      "Lima\",\"is_host\":false,\"platform\":\"desktop\",\"extra_data\":null},\n"
      "  \"start_timestamp\":{\"absolute\":\"2025-07-17T00:00:20.000000Z\",\"relative\":15.0},\n"
      "  \"end_timestamp\":null},\n"
      " {\"participant\":{\"id\":102,\"name\":null,\"is_host\":null,\"platform\":null,\"extra_data\":null},\n"
      "  \"start_timestamp\":{\"absolute\":\"2025-07-17T00:00:25.000000Z\",\"relative\":20.0},\n"
      "  \"end_timestamp\":{\"absolute\":\"2025-07-17T00:00:25.000000Z\",\"relative\":20.0}},\n"
      " {\"participant\":{\"id\":102,\"name\":null,\"is_host\":null,\"platform\":null,\"extra_data\":null},\n"
      "  \"start_timestamp\":{\"absolute\":\"2025-07-17T00:00:25.000000Z\",\"relative\":20.0},\n"
      "  \"end_timestamp\":{\"absolute\":\"2025-07-17T00:00:30.000000Z\",\"relative\":25.0}}\n"
      "]\n";

SpeakerTimeline parsed()
{
    QByteArray bytes = fileJson;
    bytes.reserve(bytes.size() + TimelineParser::padding);
    TimelineParser::Result result = TimelineParser::parse(bytes);
    return result.timeline;
}

// RFC 4180 read back: quoted fields with doubled quotes, commas and line breaks inside; CRLF rows.
QList<QStringList> readCsv(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    const QString text = QString::fromUtf8(csv);
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestTimelineExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void segmentsCsvReadsBack();
    void statsCsvReadsBack();
    void rttmReadsBack();
    void audacityLabelsReadBack();
};

void TestTimelineExport::segmentsCsvReadsBack()
{
    const SpeakerTimeline timeline = parsed();
    QCOMPARE(timeline.segmentCount(), 5);
    const QList<QStringList> rows = readCsv(TimelineExport::segmentsCsv(timeline));
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.first(),
        (QStringList {u"participant_id"_s, u"name"_s, u"start"_s, u"end"_s, u"duration"_s, u"start_absolute"_s,
            u"end_absolute"_s, u"open_ended"_s}));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 8);
    // Every segment once, with both time forms; the name with its comma and quotes intact.
    bool sawDana = false;
    bool sawOpen = false;
    for (const QStringList &row : rows.mid(1)) {
        if (row.at(0) == "100"_L1) {
            sawDana = true;
            QCOMPARE(row.at(1), u"Ruiz, Dana \"DR\""_s);
            QCOMPARE(row.at(2).toDouble(), 0.5);
            QCOMPARE(row.at(3).toDouble(), 10.0);
            QCOMPARE(row.at(4).toDouble(), 9.5);
            QCOMPARE(row.at(5), u"2025-07-17T00:00:05.500000Z"_s);
            QCOMPARE(row.at(6), u"2025-07-17T00:00:15.000000Z"_s);
            QCOMPARE(row.at(7), u"false"_s);
        }
        if (row.at(7) == "true"_L1) {
            sawOpen = true;
            QCOMPARE(row.at(0), u"101"_s);
            QVERIFY(row.at(6).isEmpty()); // no end in the file
            QCOMPARE(row.at(3).toDouble(), timeline.recordingEnd());
        }
    }
    QVERIFY(sawDana);
    QVERIFY(sawOpen);
}

void TestTimelineExport::statsCsvReadsBack()
{
    const SpeakerTimeline timeline = parsed();
    const SpeakerStats stats(timeline);
    const SpeakerStats::Result whole = stats.whole();
    const QList<QStringList> rows = readCsv(TimelineExport::statsCsv(timeline, whole));
    QCOMPARE(rows.size(), timeline.rowCount() + 2);
    QCOMPARE(rows.first().size(), 11);
    for (qsizetype r = 0; r < timeline.rowCount(); ++r) {
        const QStringList &row = rows.at(r + 1);
        QCOMPARE(row.at(0).toLongLong(), timeline.participants().at(r).id);
        QVERIFY(qAbs(row.at(2).toDouble() - whole.rows.at(r).talk) < 1e-6);
        QCOMPARE(row.at(4).toInt(), whole.rows.at(r).turns);
    }
    const QStringList &total = rows.last();
    QCOMPARE(total.at(0), u"total"_s);
    QVERIFY(qAbs(total.at(2).toDouble() - whole.totals.speech) < 1e-6);
    QCOMPARE(total.at(7).toDouble(), whole.totals.from);
    QCOMPARE(total.at(8).toDouble(), whole.totals.to);
    QCOMPARE(total.at(9), u"true"_s); // the open-ended segment makes it an estimate
}

void TestTimelineExport::rttmReadsBack()
{
    const SpeakerTimeline timeline = parsed();
    const QByteArray text = TimelineExport::rttm(timeline, u"meeting 42"_s);
    const QList<QByteArray> lines = text.split('\n');
    QCOMPARE(lines.last(), QByteArray()); // ends with a newline
    QList<QList<QByteArray>> records;
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            records.append(line.split(' '));
    }
    // The zero-length segment is left out; the one before the recording is cut at 0.
    QCOMPARE(records.size(), 4);
    double total = 0;
    for (const QList<QByteArray> &r : records) {
        QCOMPARE(r.size(), 10);
        QCOMPARE(r.at(0), QByteArray("SPEAKER"));
        QCOMPARE(r.at(1), QByteArray("meeting_42"));
        QCOMPARE(r.at(2), QByteArray("1"));
        QVERIFY(r.at(3).toDouble() >= 0);
        QVERIFY(r.at(4).toDouble() > 0);
        QCOMPARE(r.at(5), QByteArray("<NA>"));
        QVERIFY(!r.at(7).contains(' '));
        total += r.at(4).toDouble();
        if (r.at(7).startsWith("101_") && r.at(3).toDouble() == 0)
            QCOMPARE(r.at(4).toDouble(), 2.0); // -3..2 cut to 0..2
    }
    QSet<QByteArray> speakers;
    for (const QList<QByteArray> &r : records)
        speakers.insert(r.at(7));
    QCOMPARE(speakers, (QSet<QByteArray> {"100_Ruiz,_Dana_\"DR\"", "101_Ana_Lima", "102"}));
    // The audio's speech: the stats of 0..end, per segment (none of these overlap within a speaker).
    const SpeakerStats::Result audible = SpeakerStats(timeline).compute(0, timeline.recordingEnd());
    double speech = 0;
    for (const SpeakerStats::Row &row : audible.rows)
        speech += row.talk;
    QVERIFY(qAbs(total - speech) < 0.01);
    QCOMPARE(TimelineExport::speakerLabel(7, std::nullopt), u"7"_s);
    QCOMPARE(TimelineExport::speakerLabel(101, u" Ana  Lima "_s), u"101_Ana_Lima"_s);
}

void TestTimelineExport::audacityLabelsReadBack()
{
    const SpeakerTimeline timeline = parsed();
    const QList<QByteArray> lines = TimelineExport::audacityLabels(timeline).split('\n');
    QStringList labels;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split('\t');
        QCOMPARE(fields.size(), 3);
        QVERIFY(fields.at(1).toDouble() > fields.at(0).toDouble());
        labels.append(QString::fromUtf8(fields.at(2)));
    }
    QCOMPARE(labels.size(), 4);
    QVERIFY(labels.contains(u"Ruiz, Dana \"DR\" (100)"_s));
    QVERIFY(labels.contains(u"Ana Lima (101)"_s));
    QVERIFY(labels.contains(u"102"_s)); // no name: the id
}

QTEST_GUILESS_MAIN(TestTimelineExport)
#include "tst_timelineexport.moc"
