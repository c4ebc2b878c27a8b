// Retrieve Bot's answer as the app reads it: only the recordings and their participant-events
// artifacts, whatever else the bot carries and whatever odd shapes those parts arrive in.
#include "domain/botparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One recording as Recall writes it, with participant_events given as raw JSON.
QByteArray recording(const QByteArray &id, const QByteArray &participantEvents)
{
    return R"({"id":")" + id
        + R"(","created_at":"2025-07-16T09:59:30.000000Z","started_at":"2025-07-16T10:00:00.250000Z",)"
          R"("completed_at":"2025-07-16T10:40:00Z","expires_at":"2025-07-23T10:40:00Z",)"
          R"("status":{"code":"done","sub_code":null},)"
          R"("media_shortcuts":{"video_mixed":null,"transcript":null,"participant_events":)"
        + participantEvents + "}}";
}

QByteArray artifact(const QByteArray &id)
{
    return R"({"id":")" + id
        + R"(","created_at":"2025-07-16T10:41:00Z","status":{"code":"done"},"metadata":{},)"
          R"("data":{"participant_events_download_url":"https://dl.example/e","speaker_timeline_download_url":null}})";
}

QByteArray bot(const QByteArray &recordings)
{
    return R"({"id":"b0000000-0000-4000-8000-000000000001","meeting_url":{"meeting_id":"abc","platform":"zoom"},)"
           R"("bot_name":"Notetaker","join_at":null,"status_changes":[{"code":"done"}],"recordings":)"
        + recordings + R"(,"automatic_leave":{"waiting_room_timeout":1200}})";
}

} // namespace

class TestBotParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data();
    void shapes();
    void timesAreRead();
    void brokenDocuments_data();
    void brokenDocuments();
    void invalidUtf8IsReadLeniently();
};

void TestBotParser::shapes_data()
{
    QTest::addColumn<QByteArray>("json");
    // One entry per recording read: "<recording id>:<artifact id or nothing>".
    QTest::addColumn<QStringList>("recordings");
    QTest::addColumn<int>("problems");

    const QByteArray a1 = "a1000000-0000-4000-8000-000000000001";
    const QByteArray a2 = "A2000000-0000-4000-8000-000000000002";
    QTest::newRow("one recording with participant events")
        << bot("[" + recording("r1", artifact(a1)) + "]") << QStringList {u"r1:"_s + QString::fromLatin1(a1)} << 0;
    QTest::newRow("two recordings, ids read lower-case")
        << bot("[" + recording("r1", artifact(a1)) + "," + recording("r2", artifact(a2)) + "]")
        << QStringList {u"r1:a1000000-0000-4000-8000-000000000001"_s, u"r2:a2000000-0000-4000-8000-000000000002"_s}
        << 0;
    QTest::newRow("no recordings yet") << bot("[]") << QStringList {} << 0;
    QTest::newRow("recordings null") << bot("null") << QStringList {} << 0;
    QTest::newRow("recordings missing") << QByteArray(R"({"id":"b","bot_name":"x"})") << QStringList {} << 0;
    QTest::newRow("recordings an object") << bot(R"({"id":"r1"})") << QStringList {} << 1;
    QTest::newRow("recordings a string") << bot(R"("r1")") << QStringList {} << 1;
    QTest::newRow("participant_events null (not captured)")
        << bot("[" + recording("r1", "null") + "]") << QStringList {u"r1:"_s} << 0;
    QTest::newRow("participant_events a string")
        << bot("[" + recording("r1", '"' + a1 + '"') + "]") << QStringList {u"r1:"_s} << 1;
    QTest::newRow("participant_events without id")
        << bot("[" + recording("r1", R"({"data":{}})") + "]") << QStringList {u"r1:"_s} << 1;
    QTest::newRow("participant_events id a number")
        << bot("[" + recording("r1", R"({"id":7})") + "]") << QStringList {u"r1:"_s} << 1;
    QTest::newRow("participant_events id empty")
        << bot("[" + recording("r1", R"({"id":" "})") + "]") << QStringList {u"r1:"_s} << 1;
    QTest::newRow("media_shortcuts missing")
        << bot(R"([{"id":"r1","started_at":"2025-07-16T10:00:00Z"}])") << QStringList {u"r1:"_s} << 0;
    QTest::newRow("media_shortcuts null")
        << bot(R"([{"id":"r1","media_shortcuts":null}])") << QStringList {u"r1:"_s} << 0;
    QTest::newRow("media_shortcuts a list")
        << bot(R"([{"id":"r1","media_shortcuts":[]}])") << QStringList {u"r1:"_s} << 1;
    QTest::newRow("a recording that is not an object is skipped, the rest read")
        << bot("[42," + recording("r2", artifact(a1)) + "]")
        << QStringList {u"r2:a1000000-0000-4000-8000-000000000001"_s} << 1;
    QTest::newRow("a recording without id still leads to its artifact")
        << bot(R"([{"media_shortcuts":{"participant_events":{"id":"a1"}}}])") << QStringList {u":a1"_s} << 1;
    QTest::newRow("unknown members everywhere are ignored")
        << QByteArray(R"({"id":"b","future":{"x":[1,2]},"recordings":[{"id":"r1","new_field":true,)"
                      R"("media_shortcuts":{"new_kind":{"id":"z"},"participant_events":{"id":"a1","format":"v2"}}}]})")
        << QStringList {u"r1:a1"_s} << 0;
}

void TestBotParser::shapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, recordings);
    QFETCH(int, problems);
    const Result<Bot> parsed = BotParser::parseBot(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().displayText()));
    QStringList read;
    for (const BotRecording &r : parsed->recordings)
        read.append(r.id + u':' + r.participantEventsId);
    QCOMPARE(read, recordings);
    QVERIFY2(parsed->problems.size() == problems, qPrintable(parsed->problems.join(u" | "_s)));
    for (const QString &problem : parsed->problems)
        QVERIFY2(problem.contains(u"could not be read"_s), qPrintable(problem));
    qsizetype withEvents = 0;
    for (const QString &r : recordings)
        withEvents += r.endsWith(u':') ? 0 : 1;
    QCOMPARE(parsed->recordingsWithParticipantEvents().size(), withEvents);
}

void TestBotParser::timesAreRead()
{
    const Result<Bot> parsed
        = BotParser::parseBot(bot("[" + recording("r1", "null") + R"(,{"id":"r2","created_at":1752660000.5}])"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->id, u"b0000000-0000-4000-8000-000000000001"_s);
    QCOMPARE(parsed->recordings.size(), 2);
    const BotRecording &first = parsed->recordings.at(0);
    QCOMPARE(first.startedAt, QDateTime(QDate(2025, 7, 16), QTime(10, 0, 0, 250), Qt::UTC));
    QCOMPARE(first.createdAt, QDateTime(QDate(2025, 7, 16), QTime(9, 59, 30), Qt::UTC));
    QCOMPARE(first.completedAt, QDateTime(QDate(2025, 7, 16), QTime(10, 40), Qt::UTC));
    QCOMPARE(first.time(), first.startedAt);
    // No started_at: the recording is told apart by when it was created (epoch seconds accepted).
    const BotRecording &second = parsed->recordings.at(1);
    QVERIFY(!second.startedAt.isValid());
    QCOMPARE(second.time(), QDateTime::fromMSecsSinceEpoch(1752660000500, Qt::UTC));

    const Result<Bot> odd = BotParser::parseBot(R"({"id":"b","recordings":[{"id":"r","started_at":[1]}]})");
    QVERIFY(odd.ok());
    QVERIFY(!odd->recordings.constFirst().startedAt.isValid());
    QCOMPARE(odd->problems.size(), 1);
    QVERIFY2(odd->problems.constFirst().contains(u"started_at"_s), qPrintable(odd->problems.constFirst()));
}

void TestBotParser::brokenDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("cut off") << bot("[" + recording("r1", "null") + "]").chopped(9);
    QTest::newRow("a list") << QByteArray("[]");
    QTest::newRow("a string") << QByteArray(R"("bot")");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
}

void TestBotParser::brokenDocuments()
{
    QFETCH(QByteArray, json);
    const Result<Bot> parsed = BotParser::parseBot(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestBotParser::invalidUtf8IsReadLeniently()
{
    // A Latin-1 byte in a member the app does not even use must not hide the recordings.
    const Result<Bot> parsed = BotParser::parseBot(R"({"id":"b","bot_name":"Caf)"
                                                   "\xe9"
                                                   R"(","recordings":[{"id":"r1","media_shortcuts":)"
                                                   R"({"participant_events":{"id":"a1"}}}]})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().displayText()));
    QCOMPARE(parsed->recordingsWithParticipantEvents().constFirst().participantEventsId, u"a1"_s);
}

QTEST_GUILESS_MAIN(TestBotParser)
#include "tst_botparser.moc"
