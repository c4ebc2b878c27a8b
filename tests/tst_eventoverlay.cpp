#include "analysis/eventoverlay.h"
#include "analysis/presence.h"
#include "timeline/participantfiles.h"
#include "timelinefixture.h"

#include <QTest>

#include <random>

using namespace Qt::StringLiterals;

namespace {

// Four people: Ana (id 1), Ben (id 2), Ana again after rejoining under id 3, and Cy (id 4), who never
// speaks and so has no timeline row.
QByteArray person(int id)
{
    static const QList<QByteArray> names {"\"Ana\"", "\"Ben\"", "\"Ana\"", "\"Cy\""};
    return "{\"id\":" + QByteArray::number(id) + ",\"name\":" + names.at(id - 1)
        + ",\"is_host\":false,\"platform\":\"desktop\"}";
}

QByteArray isoAt(double relative)
{
    const qint64 us = TimelineFixture::recordingStartUs + qint64(std::llround(relative * 1e6));
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s).toLatin1()
        + 'Z';
}

// "12.5": both times; "a12.5": the absolute time only; "r12.5": the relative time only.
QByteArray stamp(const QString &time)
{
    if (time.startsWith(u'a'))
        return "{\"absolute\":\"" + isoAt(time.mid(1).toDouble()) + "\",\"relative\":null}";
    if (time.startsWith(u'r'))
        return "{\"absolute\":null,\"relative\":" + time.mid(1).toLatin1() + '}';
    return "{\"absolute\":\"" + isoAt(time.toDouble()) + "\",\"relative\":" + time.toLatin1() + '}';
}

// Speaker timeline: Ana#1 10-20, Ben 30-60 and 205-210, Ana#3 150-200; the meeting runs 0-210.
// withAbsolute false: no absolute times, so the file has no anchor.
std::shared_ptr<const TimelineDocument> timeline(bool withAbsolute = true)
{
    const QList<std::tuple<int, double, double>> segments {{1, 10, 20}, {2, 30, 60}, {3, 150, 200}, {2, 205, 210}};
    QByteArray json = "[";
    for (const auto &[id, start, end] : segments) {
        const auto time
            = [withAbsolute](double t) { return stamp((withAbsolute ? u""_s : u"r"_s) + QString::number(t)); };
        json += (json.size() > 1 ? "," : "") + "{\"participant\":"_ba + person(id)
            + ",\"start_timestamp\":" + time(start) + ",\"end_timestamp\":" + time(end) + '}';
    }
    return TimelineFixture::fromJson(json + ']');
}

// One event per item, "action id time [to:text]": "join 1 5", "chat_message 2 a40 everyone:Hi there".
QByteArray eventsJson(const QStringList &items)
{
    QByteArray json = "[";
    int n = 0;
    for (const QString &item : items) {
        const QStringList parts = item.split(u' ');
        QByteArray data = "null";
        if (parts.size() > 3) {
            const QString rest = parts.mid(3).join(u' ');
            const qsizetype colon = rest.indexOf(u':');
            data = "{\"text\":\"" + rest.mid(colon + 1).toUtf8() + "\",\"to\":\"" + rest.left(colon).toUtf8() + "\"}";
        }
        json += (json.size() > 1 ? "," : "") + "{\"id\":\"e"_ba + QByteArray::number(n++) + "\",\"action\":\""
            + parts.at(0).toUtf8() + "\",\"participant\":" + person(parts.at(1).toInt())
            + ",\"timestamp\":" + stamp(parts.at(2)) + ",\"data\":" + data + '}';
    }
    return json + ']';
}

MeetingFiles meeting(const QStringList &events, std::shared_ptr<const TimelineDocument> document = timeline())
{
    MeetingFiles files;
    files.document = std::move(document);
    ParticipantFilesParser::EventsResult parsed = ParticipantFilesParser::parseEvents(eventsJson(events));
    if (!parsed.ok() || parsed.skipped > 0)
        qFatal("the test's events did not parse");
    files.events = std::make_shared<const ParticipantEventsFile>(std::move(parsed.file));
    return files;
}

QString number(double t)
{
    return QString::number(t);
}

// "5-100", "~0-50" (no join seen), "25-210~" (no leave seen).
QString spans(std::span<const Presence::Span> list)
{
    QStringList out;
    for (const Presence::Span &s : list)
        out.append((s.openStart ? u"~"_s : QString()) + number(s.from) + u'-' + number(s.to)
            + (s.openEnd ? u"~"_s : QString()));
    return out.join(u' ');
}

// Per row with anything on it: "Ana#1 P 5-100 W 6-20 S 35-55 M chat_message@40>everyone:Hello".
QString dump(const EventOverlay &overlay)
{
    QStringList rows;
    const SpeakerTimeline &t = overlay.meeting().timeline();
    for (int row = 0; row < t.rowCount(); ++row) {
        QStringList parts;
        if (!overlay.present(row).empty())
            parts << u"P "_s + spans(overlay.present(row));
        if (!overlay.webcam(row).empty())
            parts << u"W "_s + spans(overlay.webcam(row));
        if (!overlay.screenshare(row).empty())
            parts << u"S "_s + spans(overlay.screenshare(row));
        QStringList markers;
        for (const EventOverlay::Marker &m : overlay.markers(row)) {
            QString text = overlay.actionText(m) + u'@' + number(m.at);
            if (m.kind == EventOverlay::MarkerKind::Chat)
                text += u'>' + overlay.recipientText(m) + u':' + overlay.chatText(m);
            if (m.kind == EventOverlay::MarkerKind::Unknown)
                text += u'?';
            if (m.row != row)
                text += u"(in row %1)"_s.arg(m.row);
            markers << text;
        }
        if (!markers.isEmpty())
            parts << u"M "_s + markers.join(u' ');
        if (!parts.isEmpty())
            rows << t.participants().at(row).name.value_or(QString()) + u'#'
                    + QString::number(t.participants().at(row).id) + u' ' + parts.join(u' ');
    }
    return rows.join(u" | "_s);
}

// "3r 5t": unplaced event indexes with r (no row) or t (no time).
QString unplaced(const EventOverlay &overlay)
{
    QStringList out;
    for (const EventOverlay::UnplacedEvent &u : overlay.unplaced())
        out << QString::number(u.event) + (u.reason == EventOverlay::Unplaced::NoRow ? u'r' : u't');
    return out.join(u' ');
}

} // namespace

class TestEventOverlay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overlay_data();
    void overlay();
    void recipients();
    void eventWithoutAnyTime();
    void presenceWithoutTimeline();
    void presenceEventIndexes();
    void markersInIsABinarySearch();
    void noEventsFile();
};

void TestEventOverlay::overlay_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("unplacedEvents");

    QTest::newRow("join and leave") << QStringList {u"join 1 5"_s, u"leave 1 100"_s} << u"Ana#1 P 5-100"_s << QString();
    QTest::newRow("rejoin under a new id with the same name")
        << QStringList {u"join 1 5"_s, u"leave 1 100"_s, u"join 3 140"_s, u"leave 3 205"_s}
        << u"Ana#1 P 5-100 | Ana#3 P 140-205"_s << QString();
    QTest::newRow("leave without join: present from the start")
        << QStringList {u"leave 2 50"_s} << u"Ben#2 P ~0-50"_s << QString();
    QTest::newRow("join without leave: present to the end")
        << QStringList {u"join 2 25"_s} << u"Ben#2 P 25-210~"_s << QString();
    QTest::newRow("repeated join stays open from the first")
        << QStringList {u"join 2 25"_s, u"join 2 40"_s, u"leave 2 90"_s} << u"Ben#2 P 25-90"_s << QString();
    QTest::newRow("repeated leave: the second opens at the first")
        << QStringList {u"join 2 25"_s, u"leave 2 50"_s, u"leave 2 90"_s} << u"Ben#2 P 25-50 ~50-90"_s << QString();
    QTest::newRow("two stays") << QStringList {u"join 2 25"_s, u"leave 2 50"_s, u"join 2 70"_s, u"leave 2 90"_s}
                               << u"Ben#2 P 25-50 70-90"_s << QString();
    QTest::newRow("events out of file order are paired in time order")
        << QStringList {u"leave 2 90"_s, u"join 2 25"_s} << u"Ben#2 P 25-90"_s << QString();
    QTest::newRow("webcam pairs, the last one still on at the end")
        << QStringList {u"join 1 5"_s, u"webcam_on 1 6"_s, u"webcam_off 1 20"_s, u"webcam_on 1 30"_s, u"leave 1 100"_s}
        << u"Ana#1 P 5-100 W 6-20 30-210~"_s << QString();
    QTest::newRow("webcam off without on") << QStringList {u"webcam_off 2 40"_s} << u"Ben#2 W ~0-40"_s << QString();
    QTest::newRow("screenshare") << QStringList {u"screenshare_on 2 35"_s, u"screenshare_off 2 55"_s}
                                 << u"Ben#2 S 35-55"_s << QString();
    QTest::newRow("chat to everyone and to only_bot")
        << QStringList {u"chat_message 2 40 everyone:Hello all"_s, u"chat_message 1 12 only_bot:bot, hi"_s}
        << u"Ana#1 M chat_message@12>only_bot:bot, hi | Ben#2 M chat_message@40>everyone:Hello all"_s << QString();
    QTest::newRow("unknown action kept as a marker with its raw text")
        << QStringList {u"raise_hand 1 15"_s, u"breakout_room_join 1 16"_s}
        << u"Ana#1 M raise_hand@15? breakout_room_join@16?"_s << QString();
    QTest::newRow("update") << QStringList {u"update 2 45"_s} << u"Ben#2 M update@45"_s << QString();
    QTest::newRow("markers sorted by time, ties in file order")
        << QStringList {u"chat_message 2 50 everyone:late"_s, u"raise_hand 2 20"_s, u"update 2 20"_s}
        << u"Ben#2 M raise_hand@20? update@20 chat_message@50>everyone:late"_s << QString();
    QTest::newRow("speech events are the timeline's: neither drawn nor listed")
        << QStringList {u"speech_on 1 10"_s, u"speech_off 1 20"_s, u"speech_on 4 30"_s} << QString() << QString();
    QTest::newRow("participant missing from the timeline") << QStringList {u"join 4 5"_s,
        u"chat_message 4 20 everyone:anyone?"_s, u"raise_hand 4 30"_s, u"join 1 6"_s, u"leave 4 90"_s}
                                                           << u"Ana#1 P 6-210~"_s << u"0r 1r 2r 4r"_s;
    QTest::newRow("absolute time only: placed via the anchor")
        << QStringList {u"chat_message 2 a40 everyone:Hi"_s, u"join 2 a25"_s}
        << u"Ben#2 P 25-210~ M chat_message@40>everyone:Hi"_s << QString();
    QTest::newRow("relative time only") << QStringList {u"update 2 r45.5"_s} << u"Ben#2 M update@45.5"_s << QString();
    QTest::newRow("before the recording")
        << QStringList {u"join 1 -3"_s, u"raise_hand 1 -2"_s} << u"Ana#1 P -3-210~ M raise_hand@-2?"_s << QString();
}

void TestEventOverlay::overlay()
{
    QFETCH(QStringList, events);
    QFETCH(QString, expected);
    QFETCH(QString, unplacedEvents);
    const EventOverlay overlay = EventOverlay::build(meeting(events));
    QCOMPARE(dump(overlay), expected);
    QCOMPARE(unplaced(overlay), unplacedEvents);
    QCOMPARE(overlay.unplacedWithoutRow(), qsizetype(unplacedEvents.count(u'r')));
    QCOMPARE(overlay.unplacedWithoutTime(), 0);
    qsizetype markers = 0;
    for (int row = 0; row < 3; ++row)
        markers += qsizetype(overlay.markers(row).size());
    QCOMPARE(overlay.markerCount(), markers);
    QCOMPARE(overlay.markerCountIn(-1e9, 1e9), markers);
    QCOMPARE(overlay.presence().meetingStart(), 0);
    QCOMPARE(overlay.presence().meetingEnd(), 210);
}

void TestEventOverlay::recipients()
{
    const EventOverlay overlay = EventOverlay::build(meeting({u"chat_message 2 40 everyone:a"_s,
        u"chat_message 2 41 only_bot:b"_s, u"chat_message 2 42 host:c"_s, u"update 2 43"_s}));
    const auto markers = overlay.markers(1);
    QCOMPARE(markers.size(), 4u);
    QCOMPARE(overlay.recipient(markers[0]), EventOverlay::Recipient::Everyone);
    QCOMPARE(overlay.recipient(markers[1]), EventOverlay::Recipient::OnlyBot);
    QCOMPARE(overlay.recipient(markers[2]), EventOverlay::Recipient::Other);
    QCOMPARE(overlay.recipientText(markers[2]), u"host"_s);
    QCOMPARE(overlay.recipient(markers[3]), EventOverlay::Recipient::None);
    QCOMPARE(overlay.chatText(markers[3]), QString());
    QCOMPARE(markers[2].event, 2);
    QCOMPARE(markers[2].kind, EventOverlay::MarkerKind::Chat);
    QCOMPARE(markers[3].kind, EventOverlay::MarkerKind::Update);
}

// A timeline without absolute times has no anchor: an event with only an absolute time cannot be put
// on its axis, and is listed (and Presence counts it) instead of guessed.
void TestEventOverlay::eventWithoutAnyTime()
{
    const auto doc = timeline(false);
    QVERIFY(doc);
    QVERIFY(!doc->timeline().anchorUs());
    const EventOverlay overlay = EventOverlay::build(
        meeting({u"join 2 a25"_s, u"raise_hand 2 a30"_s, u"leave 2 r90"_s, u"raise_hand 4 a31"_s}, doc));
    QCOMPARE(dump(overlay), u"Ben#2 P ~0-90"_s);
    QCOMPARE(unplaced(overlay), u"0t 1t 3r"_s);
    QCOMPARE(overlay.unplacedWithoutTime(), 2);
    QCOMPARE(overlay.unplacedWithoutRow(), 1);
    QCOMPARE(overlay.presence().eventsWithoutTime(), 3);
}

// Without a timeline the meeting runs from the earliest to the latest event (never ending before 0);
// spans are kept per events participant, and no row has any.
void TestEventOverlay::presenceWithoutTimeline()
{
    const Presence presence
        = Presence::build(meeting({u"join 1 5"_s, u"leave 1 30"_s, u"leave 2 10"_s, u"webcam_on 2 r2"_s}, nullptr));
    QVERIFY(presence.hasEvents());
    QCOMPARE(presence.meetingStart(), 0);
    QCOMPARE(presence.meetingEnd(), 30);
    QCOMPARE(presence.participants().size(), 2u);
    QCOMPARE(presence.participants()[0].id, 1);
    QCOMPARE(presence.participants()[0].row, std::nullopt);
    QCOMPARE(spans(presence.participants()[0].present), u"5-30"_s);
    QCOMPARE(spans(presence.participants()[1].present), u"~0-10"_s);
    QCOMPARE(spans(presence.participants()[1].webcam), u"2-30~"_s);
    QCOMPARE(presence.forRow(0), nullptr);
    QCOMPARE(presence.eventsWithoutTime(), 0);
}

void TestEventOverlay::presenceEventIndexes()
{
    const Presence presence = Presence::build(
        meeting({u"join 2 25"_s, u"leave 2 50"_s, u"leave 2 90"_s, u"webcam_on 2 30"_s, u"join 1 5"_s}));
    const Presence::Participant *ben = presence.forRow(1);
    QVERIFY(ben);
    QCOMPARE(ben->id, 2);
    QCOMPARE(ben->row, std::optional<qsizetype>(1));
    QCOMPARE(ben->present.size(), 2u);
    QCOMPARE(ben->present[0].startEvent, 0);
    QCOMPARE(ben->present[0].endEvent, 1);
    QCOMPARE(ben->present[1].startEvent, -1);
    QCOMPARE(ben->present[1].endEvent, 2);
    QCOMPARE(ben->webcam[0].startEvent, 3);
    QCOMPARE(ben->webcam[0].endEvent, -1);
    QVERIFY(ben->webcam[0].openEnd);
    const Presence::Participant *ana = presence.forRow(0);
    QVERIFY(ana);
    QCOMPARE(ana->id, 1);
    QCOMPARE(presence.forRow(2), nullptr); // Ana#3 has no events
    QCOMPARE(presence.forRow(3), nullptr);
    QCOMPARE(presence.forRow(-1), nullptr);
}

void TestEventOverlay::markersInIsABinarySearch()
{
    QStringList events;
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> time(0, 210);
    for (int i = 0; i < 2000; ++i)
        events
            << (i % 3 ? u"raise_hand 2 %1"_s : u"chat_message 2 %1 everyone:m"_s).arg(std::round(time(rng) * 10) / 10);
    const EventOverlay overlay = EventOverlay::build(meeting(events));
    const auto all = overlay.markers(1);
    QCOMPARE(all.size(), 2000u);
    QVERIFY(std::is_sorted(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.at < b.at; }));
    for (int round = 0; round < 200; ++round) {
        double from = std::round(time(rng) * 10) / 10;
        double to = std::round(time(rng) * 10) / 10;
        if (to < from)
            std::swap(from, to);
        const auto found = overlay.markersIn(1, from, to);
        const auto expected
            = std::count_if(all.begin(), all.end(), [&](const auto &m) { return m.at >= from && m.at <= to; });
        QCOMPARE(qsizetype(found.size()), qsizetype(expected));
        QCOMPARE(overlay.markerCountIn(from, to), qsizetype(expected));
        for (const EventOverlay::Marker &m : found)
            QVERIFY(m.at >= from && m.at <= to);
    }
    QVERIFY(overlay.markersIn(1, 50, 40).empty());
    QVERIFY(overlay.markersIn(7, 0, 210).empty());
}

void TestEventOverlay::noEventsFile()
{
    MeetingFiles files;
    files.document = timeline();
    const EventOverlay overlay = EventOverlay::build(files);
    QVERIFY(!overlay.hasEvents());
    QCOMPARE(overlay.markerCount(), 0);
    QVERIFY(overlay.present(0).empty());
    QVERIFY(overlay.markers(0).empty());
    QVERIFY(overlay.unplaced().empty());
}

QTEST_GUILESS_MAIN(TestEventOverlay)
#include "tst_eventoverlay.moc"
