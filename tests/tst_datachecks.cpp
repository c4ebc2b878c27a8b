#include "analysis/datachecks.h"
#include "meetingfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

using Kind = DataChecks::Kind;

namespace {

const DataChecks::Finding &findingOf(const QList<DataChecks::Finding> &findings, Kind kind)
{
    return findings.at(int(kind));
}

QString whats(const DataChecks::Finding &finding)
{
    QStringList out;
    for (const DataChecks::Location &l : finding.locations)
        out.append(l.what);
    return out.join(u" | "_s);
}

// "count" per check in Kind order, "-" for one that could not run: "0 1 0 - ...".
QString counts(const QList<DataChecks::Finding> &findings)
{
    QStringList out;
    for (const DataChecks::Finding &f : findings)
        out.append(f.applicable ? QString::number(f.count) : u"-"_s);
    return out.join(u' ');
}

} // namespace

class TestDataChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void everyCheckAtOnce_data();
    void everyCheckAtOnce();
    void locationsPointAtTheData();
    void locationsAreCappedButCounted();
    void thresholdsAreOptions();
    void noTimeline();
    void demoFeatures_data();
    void demoFeatures();
    void plainDemoMeetingIsClean();
    void demoMeetingWithLostEvents();
    void demoMeetingWithAShortParticipantsFile();
};

void TestDataChecks::check_data()
{
    QTest::addColumn<QString>("people");
    QTest::addColumn<QString>("segments");
    QTest::addColumn<QString>("participants");
    QTest::addColumn<QString>("events");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("count"); // -1: not applicable
    QTest::addColumn<QString>("expected"); // the locations' texts; "*" to leave them out

    const QString ana = u"100=Ana Silva;101=Bo Berg;102=Cy Diaz"_s;
    const auto add = [&](const char *name, const QString &segments, const QString &participants, const QString &events,
                         Kind kind, int count, const QString &expected) {
        QTest::newRow(name) << ana << segments << participants << events << int(kind) << count << expected;
    };

    // Speech outside presence: before the first join, after the last leave, between leave and rejoin.
    const QString inOut = u"join 100 10; leave 100 60"_s;
    add("outside: before joining", u"100:0-5 100:20-30"_s, u"none"_s, inOut, Kind::SpeechOutsidePresence, 1,
        u"Ana Silva 0:00:00.0\u20130:00:05.0, before joining"_s);
    add("outside: after leaving", u"100:20-30 100:70-75"_s, u"none"_s, inOut, Kind::SpeechOutsidePresence, 1,
        u"Ana Silva 0:01:10.0\u20130:01:15.0, after leaving"_s);
    add("outside: across the leave", u"100:55-65"_s, u"none"_s, inOut, Kind::SpeechOutsidePresence, 1,
        u"Ana Silva 0:00:55.0\u20130:01:05.0, after leaving"_s);
    add("outside: between leave and rejoin", u"100:10-20 100:35-40 100:60-70"_s, u"none"_s,
        u"join 100 0; leave 100 30; join 100 50; leave 100 100"_s, Kind::SpeechOutsidePresence, 1,
        u"Ana Silva 0:00:35.0\u20130:00:40.0, between leaving and rejoining"_s);
    add("outside: within the tolerance", u"100:9.5-20 100:50-60.8"_s, u"none"_s, inOut, Kind::SpeechOutsidePresence, 0,
        QString());
    add("outside: leave without a join", u"100:0-20 100:70-80"_s, u"none"_s, u"leave 100 60"_s,
        Kind::SpeechOutsidePresence, 1, u"Ana Silva 0:01:10.0\u20130:01:20.0, after leaving"_s);
    add("outside: a speaker without presence is not judged", u"100:0-5 101:0-5"_s, u"none"_s,
        u"join 101 0; leave 101 10"_s, Kind::SpeechOutsidePresence, 0, QString());
    add("outside: no events file", u"100:0-5"_s, u"100"_s, u"none"_s, Kind::SpeechOutsidePresence, -1, QString());
    add("outside: no join or leave events", u"100:0-5"_s, u"none"_s, u"speech_on 100 0; webcam_on 100 1"_s,
        Kind::SpeechOutsidePresence, -1, QString());

    add("end before start", u"100:10-5 100:20-30"_s, u"none"_s, u"none"_s, Kind::EndBeforeStart, 1,
        u"Ana Silva 0:00:10.0\u20130:00:05.0"_s);
    add("end before start: none", u"100:0-5 100:5-5"_s, u"none"_s, u"none"_s, Kind::EndBeforeStart, 0, QString());

    add("zero length", u"100:5-5 100:6-7 101:8-8"_s, u"none"_s, u"none"_s, Kind::ZeroLength, 2,
        u"Ana Silva 0:00:05.0\u20130:00:05.0 | Bo Berg 0:00:08.0\u20130:00:08.0"_s);
    add("zero length: open-ended at the end is not", u"100:0-5 101:5-"_s, u"none"_s, u"none"_s, Kind::ZeroLength, 0,
        QString());
    add("zero length: end before start is not", u"100:5-4"_s, u"none"_s, u"none"_s, Kind::ZeroLength, 0, QString());

    add("repeated", u"100:0-5 100:0-5 100:0-5 100:0-6 101:0-5 101:7-8 101:7-8"_s, u"none"_s, u"none"_s,
        Kind::RepeatedSegments, 3, u"*"_s);
    add("repeated: same start, other end", u"100:0-5 100:0-6 100:0-7"_s, u"none"_s, u"none"_s, Kind::RepeatedSegments,
        0, QString());
    add("repeated: same times, other rows", u"100:0-5 101:0-5"_s, u"none"_s, u"none"_s, Kind::RepeatedSegments, 0,
        QString());
    add("repeated: unsorted in the file", u"100:9-10 100:0-5 100:3-4 100:0-5"_s, u"none"_s, u"none"_s,
        Kind::RepeatedSegments, 1, u"Ana Silva 0:00:00.0\u20130:00:05.0"_s);

    add("missing from participants", u"100:0-5 101:6-8"_s, u"100 102"_s, u"none"_s,
        Kind::SpeakerMissingFromParticipants, 1, u"Bo Berg (id 101)"_s);
    add("missing from participants: all listed", u"100:0-5 101:6-8"_s, u"100 101"_s, u"none"_s,
        Kind::SpeakerMissingFromParticipants, 0, QString());
    add("missing from participants: no participants file", u"100:0-5"_s, u"none"_s, u"join 100 0"_s,
        Kind::SpeakerMissingFromParticipants, -1, QString());

    add("never spoke: participants file", u"100:0-5 101:1-2"_s, u"100 101 102"_s, u"none"_s,
        Kind::ParticipantNeverSpoke, 1, u"Cy Diaz (id 102)"_s);
    add("never spoke: events file", u"100:0-5"_s, u"none"_s, u"join 100 0; join 101 3"_s, Kind::ParticipantNeverSpoke,
        1, u"Bo Berg (id 101)"_s);
    add("never spoke: in both files, counted once", u"100:0-5"_s, u"100 101"_s, u"join 101 3"_s,
        Kind::ParticipantNeverSpoke, 1, u"Bo Berg (id 101)"_s);
    add("never spoke: everyone spoke", u"100:0-5 101:1-2"_s, u"100 101"_s, u"join 100 0"_s, Kind::ParticipantNeverSpoke,
        0, QString());
    add("never spoke: neither file", u"100:0-5"_s, u"none"_s, u"none"_s, Kind::ParticipantNeverSpoke, -1, QString());

    add("open-ended", u"100:0-5 101:3-"_s, u"none"_s, u"none"_s, Kind::OpenEnded, 1,
        u"Bo Berg 0:00:03.0\u20130:00:05.0"_s);
    add("open-ended: none", u"100:0-5 101:3-4"_s, u"none"_s, u"none"_s, Kind::OpenEnded, 0, QString());

    add("early speech", u"100:-70--65 100:-30--20 100:0-5"_s, u"none"_s, u"none"_s, Kind::EarlySpeech, 1,
        u"Ana Silva -0:01:10.0\u2013-0:01:05.0"_s);
    add("early speech: just within the minute", u"100:-60-0 100:1-5"_s, u"none"_s, u"none"_s, Kind::EarlySpeech, 0,
        QString());

    add("long silence", u"100:0-10 101:200-210 100:215-300"_s, u"none"_s, u"none"_s, Kind::LongSilence, 1,
        u"0:00:10.0\u20130:03:20.0 (190 s)"_s);
    add("long silence: before the first speech", u"100:150-160"_s, u"none"_s, u"none"_s, Kind::LongSilence, 1,
        u"0:00:00.0\u20130:02:30.0 (150 s)"_s);
    add("long silence: overlapping speech bridges it", u"100:0-100 101:90-250 100:260-270"_s, u"none"_s, u"none"_s,
        Kind::LongSilence, 0, QString());
    add("long silence: a long backwards segment is no speech", u"100:0-10 101:300-20 100:200-210"_s, u"none"_s,
        u"none"_s, Kind::LongSilence, 1, u"0:00:10.0\u20130:03:20.0 (190 s)"_s);
    add("long silence: exactly the threshold is not", u"100:0-10 101:130-140"_s, u"none"_s, u"none"_s,
        Kind::LongSilence, 0, QString());

    QTest::newRow("shared name: two timeline rows")
        << u"100=Ana;101=Ana;102=Bo"_s << u"100:0-5 101:6-8 102:1-2"_s << u"none"_s << u"none"_s
        << int(Kind::SharedName) << 2 << u"Ana (id 100) | Ana (id 101)"_s;
    QTest::newRow("shared name: across the files") << u"100=Ana;101=Ana"_s << u"100:0-5"_s << u"100 101"_s << u"none"_s
                                                   << int(Kind::SharedName) << 2 << u"Ana (id 100) | Ana (id 101)"_s;
    QTest::newRow("shared name: spaces around it") << u"100=Ana ;101= Ana"_s << u"100:0-5 101:6-8"_s << u"none"_s
                                                   << u"none"_s << int(Kind::SharedName) << 2 << u"*"_s;
    QTest::newRow("shared name: one id in every file")
        << u"100=Ana"_s << u"100:0-5"_s << u"100"_s << u"join 100 0"_s << int(Kind::SharedName) << 0 << QString();
    QTest::newRow("shared name: null and empty names")
        << u"100;101;102=;103="_s << u"100:0-5 101:6-8 102:1-2 103:3-4"_s << u"none"_s << u"none"_s
        << int(Kind::SharedName) << 0 << QString();
    QTest::newRow("shared name: case differs") << u"100=Ana;101=ana"_s << u"100:0-5 101:6-8"_s << u"none"_s << u"none"_s
                                               << int(Kind::SharedName) << 0 << QString();
}

void TestDataChecks::check()
{
    QFETCH(QString, people);
    QFETCH(QString, segments);
    QFETCH(QString, participants);
    QFETCH(QString, events);
    QFETCH(int, kind);
    QFETCH(int, count);
    QFETCH(QString, expected);

    const MeetingFiles meeting = MeetingFixture::handMade(people, segments, participants, events);
    QVERIFY(meeting.document);
    const QList<DataChecks::Finding> findings = DataChecks::run(meeting);
    QCOMPARE(findings.size(), DataChecks::kindCount);
    const DataChecks::Finding &f = findingOf(findings, Kind(kind));
    QCOMPARE(int(f.kind), kind);
    QVERIFY(!f.title.isEmpty());
    QVERIFY(!f.explanation.isEmpty());
    if (count < 0) {
        QVERIFY(!f.applicable);
        QVERIFY(!f.reason.isEmpty());
        return;
    }
    QVERIFY2(f.applicable, qPrintable(f.reason));
    QCOMPARE(f.count, count);
    QCOMPARE(f.locations.size(), count);
    if (expected != u"*")
        QCOMPARE(whats(f), expected);
}

void TestDataChecks::everyCheckAtOnce_data()
{
    QTest::addColumn<QString>("people");
    QTest::addColumn<QString>("segments");
    QTest::addColumn<QString>("participants");
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("expected"); // counts in Kind order

    QTest::newRow("clean meeting, all files")
        << u"100=Ana;101=Bo"_s << u"100:0-10 101:12-20 100:25-40"_s << u"100 101"_s
        << u"join 100 0; join 101 0; leave 100 50"_s << u"0 0 0 0 0 0 0 0 0 0"_s;
    QTest::newRow("timeline alone") << u"100=Ana;101=Bo"_s << u"100:0-10 101:12-20"_s << u"none"_s << u"none"_s
                                    << u"- 0 0 0 - - 0 0 0 0"_s;
    QTest::newRow("a bit of everything") << u"100=Ana;101=Bo;102=Ana;103=Cy"_s
                                         << u"100:-90--80 100:0-10 100:0-10 101:12-8 101:15-15 102:140-150 100:148-"_s
                                         << u"100 101 103"_s << u"join 100 0; join 101 0; join 102 145; join 103 0"_s
                                         << u"2 1 1 1 1 1 1 1 1 2"_s;
}

void TestDataChecks::everyCheckAtOnce()
{
    QFETCH(QString, people);
    QFETCH(QString, segments);
    QFETCH(QString, participants);
    QFETCH(QString, events);
    QFETCH(QString, expected);
    QCOMPARE(counts(DataChecks::run(MeetingFixture::handMade(people, segments, participants, events))), expected);
}

void TestDataChecks::locationsPointAtTheData()
{
    const MeetingFiles meeting = MeetingFixture::handMade(
        u"100=Ana;101=Bo"_s, u"100:0-10 101:12-20 101:30-"_s, u"100"_s, u"join 101 0; leave 101 15"_s);
    const QList<DataChecks::Finding> findings = DataChecks::run(meeting);
    const SpeakerTimeline &t = meeting.timeline();
    const qsizetype bo = *t.rowOf(101);

    const DataChecks::Finding &open = findingOf(findings, Kind::OpenEnded);
    QCOMPARE(open.locations.size(), 1);
    const DataChecks::Location &l = open.locations.first();
    QCOMPARE(l.row, bo);
    QCOMPARE(l.from, 30.0);
    QCOMPARE(l.to, t.recordingEnd());
    QVERIFY(t.segments()[size_t(l.segment)].has(TimelineSegment::OpenEnded));

    // Outside presence: the segment, and the leave event that ended the presence.
    const DataChecks::Finding &outside = findingOf(findings, Kind::SpeechOutsidePresence);
    QCOMPARE(outside.count, 2); // 12-20 crosses the leave at 15, 30- comes after it
    QCOMPARE(outside.locations.first().segment, t.rowBegin(bo));
    const qsizetype leave = outside.locations.first().event;
    QVERIFY(leave >= 0);
    QCOMPARE(meeting.events->events[size_t(leave)].action, ParticipantEvent::Action::Leave);

    // A row's finding covers its speech.
    const DataChecks::Finding &missing = findingOf(findings, Kind::SpeakerMissingFromParticipants);
    QCOMPARE(missing.count, 1);
    QCOMPARE(missing.locations.first().row, bo);
    QCOMPARE(missing.locations.first().from, 12.0);
    QCOMPARE(missing.locations.first().to, t.recordingEnd());
}

void TestDataChecks::locationsAreCappedButCounted()
{
    QString segments;
    for (int i = 0; i < 50; ++i)
        segments += u"100:%1-%1 "_s.arg(i);
    const MeetingFiles meeting = MeetingFixture::handMade(u"100=Ana"_s, segments, u"none"_s, u"none"_s);
    DataChecks::Options options;
    options.maxLocations = 7;
    const QList<DataChecks::Finding> findings = DataChecks::run(meeting, options); // outlives the reference below
    const DataChecks::Finding &zero = findingOf(findings, Kind::ZeroLength);
    QCOMPARE(zero.count, 50);
    QCOMPARE(zero.locations.size(), 7);
    QCOMPARE(zero.locations.last().from, 6.0);
}

void TestDataChecks::thresholdsAreOptions()
{
    const MeetingFiles meeting = MeetingFixture::handMade(
        u"100=Ana"_s, u"100:-50--45 100:0-10 100:40-50 100:200-210 100:600-610"_s, u"none"_s, u"none"_s);
    DataChecks::Options options;
    QCOMPARE(findingOf(DataChecks::run(meeting, options), Kind::LongSilence).count, 2); // 150 s and 390 s
    QCOMPARE(findingOf(DataChecks::run(meeting, options), Kind::EarlySpeech).count, 0);
    options.silenceLongerThan = 20;
    options.earlySpeechBefore = 30;
    const QList<DataChecks::Finding> findings = DataChecks::run(meeting, options);
    QCOMPARE(findingOf(findings, Kind::LongSilence).count, 4); // and 30 s (10-40) and 45 s (-45-0)
    QCOMPARE(findingOf(findings, Kind::EarlySpeech).count, 1);
    QVERIFY(findingOf(findings, Kind::LongSilence).title.contains(u"20"_s));
    options.silenceLongerThan = 1000;
    QCOMPARE(findingOf(DataChecks::run(meeting, options), Kind::LongSilence).count, 0);
}

void TestDataChecks::noTimeline()
{
    MeetingFiles meeting;
    const QList<DataChecks::Finding> findings = DataChecks::run(meeting);
    QCOMPARE(findings.size(), DataChecks::kindCount);
    for (const DataChecks::Finding &f : findings) {
        QVERIFY(!f.applicable);
        QVERIFY(!f.reason.isEmpty());
    }
}

void TestDataChecks::demoFeatures_data()
{
    QTest::addColumn<int>("feature");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("count");

    QTest::newRow("open-ended") << int(OpenEndedFeature) << int(Kind::OpenEnded) << 1;
    QTest::newRow("rejoin: one name, two ids") << int(RejoinFeature) << int(Kind::SharedName) << 2;
    QTest::newRow("same name") << int(SameNameFeature) << int(Kind::SharedName) << 2;
}

void TestDataChecks::demoFeatures()
{
    QFETCH(int, feature);
    QFETCH(int, kind);
    QFETCH(int, count);
    const MeetingFiles without = MeetingFixture::demo(MeetingFixture::demoMeeting(0));
    const MeetingFiles with = MeetingFixture::demo(MeetingFixture::demoMeeting(quint16(feature)));
    QVERIFY(with.document && with.participants && with.events);
    QCOMPARE(findingOf(DataChecks::run(without), Kind(kind)).count, 0);
    QCOMPARE(findingOf(DataChecks::run(with), Kind(kind)).count, count);
}

void TestDataChecks::plainDemoMeetingIsClean()
{
    // The generator keeps speech within presence and lists every speaker: on its meetings these
    // checks must stay quiet, whatever the features.
    for (const quint16 features : {quint16(0), quint16(NegativeStartFeature | OpenEndedFeature | RejoinFeature),
             quint16(SameNameFeature | NullNameFeature | DialInFeature | OverlapFeature | UpdateEventFeature),
             quint16(UnsortedTimelineFeature | ChatFeature)}) {
        for (const MeetingPlatform platform : {MeetingPlatform::Zoom, MeetingPlatform::GoogleMeet}) {
            const MeetingFiles meeting = MeetingFixture::demo(
                MeetingFixture::demoMeeting(features, 6, 20 * 60 * qint64(1000000), 11, platform));
            const QList<DataChecks::Finding> findings = DataChecks::run(meeting);
            for (const Kind kind : {Kind::SpeechOutsidePresence, Kind::EndBeforeStart, Kind::ZeroLength,
                     Kind::RepeatedSegments, Kind::SpeakerMissingFromParticipants, Kind::EarlySpeech}) {
                const DataChecks::Finding &f = findingOf(findings, kind);
                QVERIFY2(f.applicable && f.count == 0,
                    qPrintable(u"%1 on features %2: %3"_s.arg(f.title).arg(features).arg(whats(f))));
            }
        }
    }
    // The negative start is a few seconds before the recording: early speech only below a minute.
    DataChecks::Options options;
    options.earlySpeechBefore = 1;
    const MeetingFiles negative = MeetingFixture::demo(MeetingFixture::demoMeeting(NegativeStartFeature));
    QCOMPARE(findingOf(DataChecks::run(negative, options), Kind::EarlySpeech).count, 1);
    QCOMPARE(findingOf(DataChecks::run(negative), Kind::EarlySpeech).count, 0);
}

void TestDataChecks::demoMeetingWithLostEvents()
{
    // The host's join arrives late and a guest's leave early: their speech outside is found.
    Meeting meeting = MeetingFixture::demoMeeting(0);
    const qint64 minute = 60 * qint64(1000000);
    int moved = 0;
    for (MeetingEvent &e : meeting.events) {
        if (e.participant == 0 && e.action == u"join"_s) {
            e.atUs = 5 * minute;
            ++moved;
        } else if (e.participant == 1 && e.action == u"leave"_s) {
            e.atUs = meeting.participants.at(1).joinUs + minute;
            ++moved;
        }
    }
    QCOMPARE(moved, 2);
    const MeetingFiles files = MeetingFixture::demo(meeting);
    const QList<DataChecks::Finding> findings = DataChecks::run(files);
    const DataChecks::Finding &outside = findingOf(findings, Kind::SpeechOutsidePresence);
    QVERIFY(outside.count > 0);
    const qsizetype host = *files.timeline().rowOf(100);
    const qsizetype guest = *files.timeline().rowOf(101);
    qsizetype before = 0;
    qsizetype after = 0;
    for (const DataChecks::Location &l : outside.locations) {
        QVERIFY(l.row == host || l.row == guest);
        if (l.row == host) {
            QVERIFY(l.from < 5 * 60 - 1);
            QVERIFY(l.what.endsWith(u"before joining"_s));
            ++before;
        } else {
            QVERIFY(l.to > double(meeting.participants.at(1).joinUs) / 1e6 + 60);
            QVERIFY(l.what.endsWith(u"after leaving"_s));
            ++after;
        }
    }
    QVERIFY(before > 0);
    QVERIFY(after > 0);
    QCOMPARE(before + after, outside.count);
}

void TestDataChecks::demoMeetingWithAShortParticipantsFile()
{
    // A participants file that lost its first entry: the host speaks but is not listed.
    const Meeting meeting = MeetingFixture::demoMeeting(0);
    QJsonArray participants = QJsonDocument::fromJson(participantsFileJson(meeting)).array();
    participants.removeFirst();
    const MeetingFiles files = MeetingFixture::fromJson(speakerTimelineFileJson(meeting),
        QJsonDocument(participants).toJson(QJsonDocument::Compact), participantEventsFileJson(meeting));
    const QList<DataChecks::Finding> findings = DataChecks::run(files);
    const DataChecks::Finding &missing = findingOf(findings, Kind::SpeakerMissingFromParticipants);
    QCOMPARE(missing.count, 1);
    QCOMPARE(missing.locations.first().row, *files.timeline().rowOf(100));
    QVERIFY(missing.locations.first().what.contains(meeting.participants.first().name));
}

QTEST_GUILESS_MAIN(TestDataChecks)
#include "tst_datachecks.moc"
