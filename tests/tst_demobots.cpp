// The demo workspace's bots over loopback sockets: Retrieve Bot as Recall serves it, the bots the
// tests rely on (one recording, two, none, one without participant events), and the same
// authentication, rate limits and 404s as the participant_events endpoints.
#include "core/clock.h"
#include "demo/demoserver.h"
#include "domain/botparser.h"
#include "serveranswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Reply = ServerAnswer;

QString botPath(const QString &id)
{
    return u"/api/v1/bot/"_s + id + u'/';
}

QStringList shortcutIds(const QJsonObject &bot)
{
    QStringList ids;
    for (const QJsonValue &recording : bot[u"recordings"_s].toArray())
        ids.append(recording[u"media_shortcuts"_s][u"participant_events"_s][u"id"_s].toString());
    return ids;
}

} // namespace

class TestDemoBots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void everyRecordingHasOneBot();
    void botOfOneRecording();
    void sharedRecordingLeadsToItsNewestArtifact();
    void botWithTwoRecordings();
    void botWithoutRecordings();
    void botWithoutParticipantEvents();
    void notFound_data();
    void notFound();
    void authentication();
    void onlyGet();
    void perIdRateClass();
    void deterministic();
    void smallWorkspace();

private:
    Reply send(const QByteArray &verb, const QString &path, const QByteArray &authorization);
    Reply get(const QString &path) { return send("GET", path, "Token " + m_server->token().toUtf8()); }
    int indexOf(const QString &artifactId) const { return int(m_server->artifactIds().indexOf(artifactId)); }

    QNetworkAccessManager m_nam;
    std::unique_ptr<DemoServer> m_server;
};

void TestDemoBots::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestDemoBots::cleanup()
{
    m_server.reset();
    m_nam.clearConnectionCache();
}

Reply TestDemoBots::send(const QByteArray &verb, const QString &path, const QByteArray &authorization)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    return ServerAnswer::from(m_nam.sendCustomRequest(request, verb));
}

void TestDemoBots::everyRecordingHasOneBot()
{
    const QStringList bots = m_server->botIds();
    const QStringList recordings = m_server->recordingIds();
    // Two recordings share a bot; three bots are extra (two recordings, none, not captured).
    QCOMPARE(bots.size(), recordings.size() - 2 + 3);
    QCOMPARE(QSet<QString>(bots.cbegin(), bots.cend()).size(), bots.size());
    QSet<QString> owners;
    for (const QString &recording : recordings) {
        const QString bot = m_server->botIdForRecording(recording);
        QVERIFY2(bots.contains(bot), qPrintable(recording));
        owners.insert(bot);
    }
    QCOMPARE(owners.size(), recordings.size() - 1);
    // Bot ids are ids of their own.
    for (const QString &id : m_server->artifactIds() + recordings)
        QVERIFY(!bots.contains(id));
    QVERIFY(m_server->botIdForRecording(u"00000000-0000-4000-8000-000000000000"_s).isEmpty());
}

void TestDemoBots::botOfOneRecording()
{
    // An artifact far beyond the first list page.
    const QString artifact = m_server->artifactIds().at(183);
    const QString recording = m_server->recordingIdOf(artifact);
    QVERIFY(indexOf(artifact) > 0 && m_server->recordingIdOf(m_server->artifactIds().at(182)) != recording);
    const QString botId = m_server->botIdForRecording(recording);

    const Reply reply = get(botPath(botId));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-type"), QByteArrayLiteral("application/json"));
    const QJsonObject bot = reply.object();
    QCOMPARE(bot[u"id"_s].toString(), botId);
    // Members the app does not use, as Recall sends them.
    QVERIFY(bot[u"meeting_url"_s].isObject());
    QVERIFY(bot[u"bot_name"_s].isString());
    QVERIFY(bot[u"status_changes"_s].isArray());
    const QJsonArray recordings = bot[u"recordings"_s].toArray();
    QCOMPARE(recordings.size(), 1);
    const QJsonObject r = recordings.first().toObject();
    QCOMPARE(r[u"id"_s].toString(), recording);
    for (const QString &key : {u"created_at"_s, u"started_at"_s, u"completed_at"_s, u"expires_at"_s})
        QVERIFY2(r[key].toString().endsWith(u'Z'), qPrintable(key));
    QVERIFY(r[u"created_at"_s].toString() < r[u"started_at"_s].toString());
    QVERIFY(r[u"started_at"_s].toString() < r[u"completed_at"_s].toString());
    const QJsonObject shortcuts = r[u"media_shortcuts"_s].toObject();
    QVERIFY(shortcuts[u"transcript"_s].isNull());
    QVERIFY(shortcuts[u"video_mixed"_s][u"id"_s].isString()); // another artifact's id: not ours

    // The shortcut is the artifact as Retrieve returns it, without its recording.
    QJsonObject events = shortcuts[u"participant_events"_s].toObject();
    QCOMPARE(events[u"id"_s].toString(), artifact);
    QJsonObject retrieved = m_server->artifactJson(artifact);
    retrieved.remove(u"recording"_s);
    const QJsonObject data = events.take(u"data"_s).toObject();
    const QJsonObject retrievedData = retrieved.take(u"data"_s).toObject();
    QCOMPARE(events, retrieved);
    QCOMPARE(data.keys(), retrievedData.keys());
    if (retrieved[u"status"_s][u"code"_s].toString() == u"done"_s)
        QVERIFY(QUrl(data[u"participant_events_download_url"_s].toString()).path().contains(artifact));
    QCOMPARE(get(u"/api/v1/participant_events/"_s + artifact + u'/').status, 200);

    // What the app reads of it.
    const Result<Bot> parsed = BotParser::parseBot(reply.body);
    QVERIFY(parsed.ok());
    QVERIFY2(parsed->problems.isEmpty(), qPrintable(parsed->problems.join(u'\n')));
    QCOMPARE(parsed->recordingsWithParticipantEvents().size(), 1);
    QCOMPARE(parsed->recordings.constFirst().participantEventsId, artifact);
}

void TestDemoBots::sharedRecordingLeadsToItsNewestArtifact()
{
    const QString newest = m_server->artifactIdWithQuirk(DemoServer::Quirk::SharedRecording);
    const QString recording = m_server->recordingIdOf(newest);
    const QStringList ids = m_server->artifactIds();
    QCOMPARE(m_server->recordingIdOf(ids.at(indexOf(newest) + 1)), recording);
    const Reply reply = get(botPath(m_server->botIdForRecording(recording)));
    QCOMPARE(reply.status, 200);
    QCOMPARE(shortcutIds(reply.object()), QStringList {newest});
}

void TestDemoBots::botWithTwoRecordings()
{
    const QString botId = m_server->botIdWithRecordings(2);
    QVERIFY(!botId.isEmpty());
    const Reply reply = get(botPath(botId));
    QCOMPARE(reply.status, 200);
    const QJsonObject bot = reply.object();
    const QJsonArray recordings = bot[u"recordings"_s].toArray();
    QCOMPARE(recordings.size(), 2);
    // The recording that started first comes first.
    QVERIFY(recordings[0][u"started_at"_s].toString() < recordings[1][u"started_at"_s].toString());
    const QStringList artifacts = shortcutIds(bot);
    QCOMPARE(artifacts.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(!artifacts[i].isEmpty());
        QCOMPARE(m_server->recordingIdOf(artifacts[i]), recordings[i][u"id"_s].toString());
        QCOMPARE(m_server->botIdForRecording(recordings[i][u"id"_s].toString()), botId);
        QCOMPARE(get(u"/api/v1/participant_events/"_s + artifacts[i] + u'/').status, 200);
    }
    QVERIFY(artifacts[0] != artifacts[1]);
    QCOMPARE(BotParser::parseBot(reply.body)->recordingsWithParticipantEvents().size(), 2);
}

void TestDemoBots::botWithoutRecordings()
{
    const Reply reply = get(botPath(m_server->botIdWithRecordings(0)));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.object()[u"recordings"_s].isArray());
    QVERIFY(reply.object()[u"recordings"_s].toArray().isEmpty());
}

void TestDemoBots::botWithoutParticipantEvents()
{
    const Reply reply = get(botPath(m_server->botIdWithoutParticipantEvents()));
    QCOMPARE(reply.status, 200);
    const QJsonArray recordings = reply.object()[u"recordings"_s].toArray();
    QCOMPARE(recordings.size(), 1);
    const QJsonObject shortcuts = recordings[0][u"media_shortcuts"_s].toObject();
    QVERIFY(shortcuts.contains(u"participant_events"_s));
    QVERIFY(shortcuts[u"participant_events"_s].isNull());
    // No artifact belongs to that recording, so the workspace does not list it.
    QVERIFY(!m_server->recordingIds().contains(recordings[0][u"id"_s].toString()));
    const Result<Bot> parsed = BotParser::parseBot(reply.body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->recordings.size(), 1);
    QVERIFY(parsed->recordingsWithParticipantEvents().isEmpty());
    QVERIFY(parsed->problems.isEmpty());
}

void TestDemoBots::notFound_data()
{
    QTest::addColumn<QString>("path");
    const DemoServer twin;
    QTest::newRow("unknown uuid") << botPath(u"00000000-0000-4000-8000-000000000000"_s);
    QTest::newRow("an artifact id") << botPath(twin.artifactIds().at(5));
    QTest::newRow("a recording id") << botPath(twin.recordingIds().at(5));
    QTest::newRow("not a uuid") << botPath(u"my-bot"_s);
    QTest::newRow("no trailing slash") << botPath(twin.botIdWithRecordings(2)).chopped(1);
    QTest::newRow("the list of bots is not served") << u"/api/v1/bot/"_s;
}

void TestDemoBots::notFound()
{
    QFETCH(QString, path);
    const Reply reply = get(path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.body, QByteArray(R"({"detail":"Not found."})"));
}

void TestDemoBots::authentication()
{
    const QString path = botPath(m_server->botIdWithRecordings(2));
    const QByteArray bearer = "Bearer " + m_server->token().toUtf8();
    for (const QByteArray &header : {QByteArray(), QByteArray("Token wrong"), bearer}) {
        const Reply reply = send("GET", path, header);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.object()[u"detail"_s].toString(), u"Invalid token."_s);
    }
    // The keyword is case-insensitive, as for every other endpoint.
    QCOMPARE(send("GET", path, "token " + m_server->token().toUtf8()).status, 200);
}

void TestDemoBots::onlyGet()
{
    const QString path = botPath(m_server->botIdWithRecordings(1));
    for (const QByteArray &verb : {QByteArray("PATCH"), QByteArray("DELETE"), QByteArray("POST")}) {
        const Reply reply = send(verb, path, "Token " + m_server->token().toUtf8());
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.headers.value("allow"), QByteArrayLiteral("GET"));
    }
    QCOMPARE(get(path).status, 200); // nothing changed
}

void TestDemoBots::perIdRateClass()
{
    ManualClock clock;
    m_server->setClock(&clock);
    m_server->setRateLimits(1, 3);
    const QString bot = botPath(m_server->botIdWithRecordings(2));
    // The list budget is spent; bots are not in it.
    QCOMPARE(get(u"/api/v1/participant_events/"_s).status, 200);
    QCOMPARE(get(u"/api/v1/participant_events/"_s).status, 429);
    QCOMPARE(get(bot).status, 200);
    QCOMPARE(get(bot).status, 200);
    // Bots share the per-id budget with Retrieve.
    QCOMPARE(get(u"/api/v1/participant_events/"_s + m_server->artifactIds().first() + u'/').status, 200);
    const Reply throttled = get(bot);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.headers.value("retry-after"), QByteArrayLiteral("20"));
    clock.advance(20000);
    QCOMPARE(get(bot).status, 200);
}

void TestDemoBots::deterministic()
{
    const DemoServer twin;
    QCOMPARE(twin.botIds(), m_server->botIds());
    DemoServer::Options otherSeed;
    otherSeed.seed = 7;
    const DemoServer other(otherSeed);
    QVERIFY(other.botIds() != m_server->botIds());

    // Everything but the signed download links (port and secret differ).
    const auto withoutLinks = [](QJsonObject bot) {
        QJsonArray recordings = bot.take(u"recordings"_s).toArray();
        for (QJsonValueRef recording : recordings) {
            QJsonObject r = recording.toObject();
            QJsonObject shortcuts = r[u"media_shortcuts"_s].toObject();
            QJsonObject events = shortcuts[u"participant_events"_s].toObject();
            events.remove(u"data"_s);
            shortcuts[u"participant_events"_s] = events;
            r[u"media_shortcuts"_s] = shortcuts;
            recording = r;
        }
        bot[u"recordings"_s] = recordings;
        return bot;
    };
    for (const QString &id : {m_server->botIdWithRecordings(1), m_server->botIdWithRecordings(2),
             m_server->botIdWithRecordings(0), m_server->botIdWithoutParticipantEvents()}) {
        QVERIFY(!m_server->botJson(id).isEmpty());
        QCOMPARE(withoutLinks(twin.botJson(id)), withoutLinks(m_server->botJson(id)));
    }
    QVERIFY(m_server->botJson(u"00000000-0000-4000-8000-000000000000"_s).isEmpty());
}

void TestDemoBots::smallWorkspace()
{
    DemoServer::Options options;
    options.artifactCount = 3;
    DemoServer small(options);
    QVERIFY(small.start());
    // Too small for the two-recording bot (artifacts 2 and 3): each recording keeps its own.
    QVERIFY(small.botIdWithRecordings(2).isEmpty());
    QCOMPARE(small.botIds().size(), small.recordingIds().size() + 2);
    for (const QString &recording : small.recordingIds())
        QCOMPARE(shortcutIds(small.botJson(small.botIdForRecording(recording))).size(), 1);
    QVERIFY(!small.botJson(small.botIdWithRecordings(0)).isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoBots)
#include "tst_demobots.moc"
