// What an id from the Open field turns out to be, against the demo workspace: the order in which the
// resolver asks (artifact, bot, recording), what a bot leads to, and that a dropped question never
// answers.
#include "browse/openresolver.h"
#include "clientfixture.h"
#include "domain/artifactparser.h"
#include "models/artifactlistmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using Gap = OpenResolver::BotGap;

class TestOpenResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void unknownIdOfABotOpensItsArtifact();
    void botIdGoesStraightToRetrieveBot();
    void botWithTwoRecordingsOffersBoth();
    void botWithoutArtifacts_data();
    void botWithoutArtifacts();
    void botWhoseArtifactIsGone();
    void unknownBotId();
    void idThatIsNothingAsksAllThree();
    void recordingIdStillShowsItsRecording();
    void loadedRecordingAsksNoBot();
    void botErrorsFail();
    void droppedChainNeverAnswers_data();
    void droppedChainNeverAnswers();
    void retrieveBotIsPerIdClass();

private:
    // "GET /api/v1/bot/<id>/", ... for every API request the server saw.
    QStringList requests() const;
    static QString bot(const QString &id) { return u"GET /api/v1/bot/"_s + id + u'/'; }
    static QString artifact(const QString &id) { return u"GET /api/v1/participant_events/"_s + id + u'/'; }
    // How many of the resolver's outcome signals fired, in all.
    int outcomes() const;
    const Artifact &found() const;

    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
    std::unique_ptr<OpenResolver> m_resolver;
    std::unique_ptr<QSignalSpy> m_artifactFound;
    std::unique_ptr<QSignalSpy> m_recordingFound;
    std::unique_ptr<QSignalSpy> m_notFound;
    std::unique_ptr<QSignalSpy> m_botChoices;
    std::unique_ptr<QSignalSpy> m_botWithoutArtifacts;
    std::unique_ptr<QSignalSpy> m_botNotFound;
    std::unique_ptr<QSignalSpy> m_failed;
};

void TestOpenResolver::init()
{
    QVERIFY(startClientWorkspace(m_clock, m_server, m_budget, m_client));
    m_resolver = std::make_unique<OpenResolver>();
    m_resolver->setClient(m_client.get());
    OpenResolver *r = m_resolver.get();
    m_artifactFound = std::make_unique<QSignalSpy>(r, &OpenResolver::artifactFound);
    m_recordingFound = std::make_unique<QSignalSpy>(r, &OpenResolver::recordingFound);
    m_notFound = std::make_unique<QSignalSpy>(r, &OpenResolver::notFound);
    m_botChoices = std::make_unique<QSignalSpy>(r, &OpenResolver::botChoices);
    m_botWithoutArtifacts = std::make_unique<QSignalSpy>(r, &OpenResolver::botWithoutArtifacts);
    m_botNotFound = std::make_unique<QSignalSpy>(r, &OpenResolver::botNotFound);
    m_failed = std::make_unique<QSignalSpy>(r, &OpenResolver::failed);
}

void TestOpenResolver::cleanup()
{
    m_artifactFound.reset();
    m_recordingFound.reset();
    m_notFound.reset();
    m_botChoices.reset();
    m_botWithoutArtifacts.reset();
    m_botNotFound.reset();
    m_failed.reset();
    m_resolver.reset();
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

QStringList TestOpenResolver::requests() const
{
    QStringList seen;
    for (const DemoServer::RecordedRequest &r : m_server->apiRequests()) {
        const QString query = r.query.isEmpty() ? QString() : u'?' + r.query.query();
        seen.append(QString::fromLatin1(r.method) + u' ' + r.path + query);
    }
    return seen;
}

int TestOpenResolver::outcomes() const
{
    return int(m_artifactFound->size() + m_recordingFound->size() + m_notFound->size() + m_botChoices->size()
        + m_botWithoutArtifacts->size() + m_botNotFound->size() + m_failed->size());
}

const Artifact &TestOpenResolver::found() const
{
    return *static_cast<const Artifact *>(m_artifactFound->constFirst().constFirst().constData());
}

void TestOpenResolver::unknownIdOfABotOpensItsArtifact()
{
    // An artifact far beyond the first list page, reached through its recording's bot.
    const QString artifactId = m_server->artifactIds().at(183);
    const QString botId = m_server->botIdForRecording(m_server->recordingIdOf(artifactId));
    m_resolver->resolve(botId);
    QTRY_COMPARE(outcomes(), 1);
    QCOMPARE(m_artifactFound->size(), 1);
    QCOMPARE(found().id, artifactId);
    // Retrieved whole, as the pane shows it (the download links are signed afresh each time).
    Artifact expected = ArtifactParser::artifactFromJson(m_server->artifactJson(artifactId)).value();
    Artifact actual = found();
    QCOMPARE(actual.downloads.participants.path(), expected.downloads.participants.path());
    actual.downloads = expected.downloads = {};
    QCOMPARE(actual, expected);
    // Retrieve Bot comes before the list request that would look for a recording, which is not needed.
    QCOMPARE(requests(), QStringList({artifact(botId), bot(botId), artifact(artifactId)}));
    QVERIFY(!m_resolver->isBusy());
}

void TestOpenResolver::botIdGoesStraightToRetrieveBot()
{
    const QString artifactId = m_server->artifactIds().at(40);
    const QString botId = m_server->botIdForRecording(m_server->recordingIdOf(artifactId));
    m_resolver->resolveBot(botId);
    QTRY_COMPARE(outcomes(), 1);
    QCOMPARE(m_artifactFound->size(), 1);
    QCOMPARE(found().id, artifactId);
    QCOMPARE(requests(), QStringList({bot(botId), artifact(artifactId)}));
}

void TestOpenResolver::botWithTwoRecordingsOffersBoth()
{
    const QString botId = m_server->botIdWithRecordings(2);
    m_resolver->resolve(botId);
    QTRY_COMPARE(outcomes(), 1);
    QCOMPARE(m_botChoices->size(), 1);
    QCOMPARE(m_botChoices->constFirst().at(0).toString(), botId);
    const auto choices = m_botChoices->constFirst().at(1).value<QList<OpenRequest>>();
    // In the bot's order (the older recording first), as artifacts with their whole ids.
    const QStringList ids = m_server->artifactIds();
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices.at(0).kind, OpenRequest::Kind::Artifact);
    QCOMPARE(choices.at(1).kind, OpenRequest::Kind::Artifact);
    QCOMPARE(choices.at(0).id, ids.at(3));
    QCOMPARE(choices.at(1).id, ids.at(2));
    // Told apart by when their recordings started.
    QVERIFY2(choices.at(0).label.contains(u"2025-07-"_s), qPrintable(choices.at(0).label));
    QVERIFY(choices.at(0).label != choices.at(1).label);
    // Nothing is retrieved before the user chooses.
    QCOMPARE(requests(), QStringList({artifact(botId), bot(botId)}));
}

void TestOpenResolver::botWithoutArtifacts_data()
{
    QTest::addColumn<QString>("botId");
    QTest::addColumn<Gap>("gap");
    QTest::addColumn<int>("recordings");
    const DemoServer twin;
    QTest::newRow("no recording yet") << twin.botIdWithRecordings(0) << Gap::NoRecording << 0;
    QTest::newRow("participant events not captured") << twin.botIdWithoutParticipantEvents() << Gap::NotCaptured << 1;
}

void TestOpenResolver::botWithoutArtifacts()
{
    QFETCH(QString, botId);
    QFETCH(Gap, gap);
    QFETCH(int, recordings);
    for (const bool asBot : {true, false}) {
        m_server->clearRecordedRequests();
        m_botWithoutArtifacts->clear();
        asBot ? m_resolver->resolveBot(botId) : m_resolver->resolve(botId);
        QTRY_COMPARE(m_botWithoutArtifacts->size(), 1);
        const QList<QVariant> args = m_botWithoutArtifacts->constFirst();
        QCOMPARE(args.at(0).toString(), botId);
        QCOMPARE(args.at(1).value<Gap>(), gap);
        QCOMPARE(args.at(2).toInt(), recordings);
        QVERIFY(args.at(3).toString().isEmpty());
        QCOMPARE(requests().constLast(), bot(botId));
        QCOMPARE(outcomes(), 1);
    }
}

void TestOpenResolver::botWhoseArtifactIsGone()
{
    const QString artifactId = m_server->artifactIds().at(60);
    const QString botId = m_server->botIdForRecording(m_server->recordingIdOf(artifactId));
    m_server->purgeArtifact(artifactId);
    m_resolver->resolveBot(botId);
    QTRY_COMPARE(outcomes(), 1);
    QCOMPARE(m_botWithoutArtifacts->size(), 1);
    QCOMPARE(m_botWithoutArtifacts->constFirst().at(1).value<Gap>(), Gap::ArtifactNotFound);
    QCOMPARE(m_botWithoutArtifacts->constFirst().at(3).toString(), artifactId);
}

void TestOpenResolver::unknownBotId()
{
    const QString id = u"00000000-0000-4000-8000-0000000000b0"_s;
    m_resolver->resolveBot(id);
    QTRY_COMPARE(outcomes(), 1);
    QCOMPARE(m_botNotFound->size(), 1);
    QCOMPARE(m_botNotFound->constFirst().at(0).toString(), id);
    // Said to be a bot, it is asked about as one only.
    QCOMPARE(requests(), QStringList {bot(id)});
}

void TestOpenResolver::idThatIsNothingAsksAllThree()
{
    const QString id = u"00000000-0000-4000-8000-0000000000b0"_s;
    m_resolver->resolve(id);
    QTRY_COMPARE(outcomes(), 1);
    QCOMPARE(m_notFound->size(), 1);
    QCOMPARE(requests(), QStringList({artifact(id), bot(id), u"GET /api/v1/participant_events/?recording_id="_s + id}));
}

void TestOpenResolver::recordingIdStillShowsItsRecording()
{
    const QString recording = m_server->recordingIdOf(m_server->artifactIds().at(200));
    m_resolver->resolve(recording);
    QTRY_COMPARE(outcomes(), 1);
    QCOMPARE(m_recordingFound->size(), 1);
    QCOMPARE(m_recordingFound->constFirst().at(0).toString(), recording);
    QCOMPARE(requests().size(), 3);
    QCOMPARE(requests().at(1), bot(recording));
}

void TestOpenResolver::loadedRecordingAsksNoBot()
{
    const Artifact loaded
        = ArtifactParser::artifactFromJson(m_server->artifactJson(m_server->artifactIds().at(7))).value();
    ArtifactListModel model(nullptr);
    model.insertArtifact(loaded);
    m_resolver->setLoaded(&model);
    m_resolver->resolve(loaded.recording.id);
    QTRY_COMPARE(outcomes(), 1);
    QCOMPARE(m_recordingFound->size(), 1);
    QCOMPARE(requests(), QStringList {artifact(loaded.recording.id)});
    m_resolver->setLoaded(nullptr);
}

void TestOpenResolver::botErrorsFail()
{
    const QString botId = m_server->botIdWithRecordings(2);
    m_server->failNextRequests(1, 500); // not transient: not retried
    m_resolver->resolveBot(botId);
    QTRY_COMPARE(outcomes(), 1);
    QCOMPARE(m_failed->size(), 1);
    QCOMPARE(m_failed->constFirst().at(0).value<ApiError>().httpStatus, 500);

    // In the middle of the chain too: an unknown id whose bot question fails does not go on guessing.
    m_server->clearRecordedRequests();
    m_server->setLatencyMs(150);
    m_resolver->resolve(u"00000000-0000-4000-8000-0000000000b0"_s);
    QTRY_COMPARE(requests().size(), 1);
    m_server->failNextRequests(1, 500); // the next request: Retrieve Bot
    QTRY_COMPARE(outcomes(), 2);
    QCOMPARE(m_failed->size(), 2);
    QCOMPARE(requests().size(), 2);
}

void TestOpenResolver::droppedChainNeverAnswers_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("cancel") << u"cancel"_s;
    QTest::newRow("client switch") << u"client"_s;
    QTest::newRow("no client") << u"none"_s;
}

void TestOpenResolver::droppedChainNeverAnswers()
{
    QFETCH(QString, how);
    const QString artifactId = m_server->artifactIds().at(90);
    const QString botId = m_server->botIdForRecording(m_server->recordingIdOf(artifactId));
    m_server->setLatencyMs(150);
    m_resolver->resolve(botId);
    // Dropped while Retrieve Bot, the second question of the chain, is on its way.
    QTRY_COMPARE(requests().size(), 2);
    QCOMPARE(requests().constLast(), bot(botId));
    QVERIFY(m_resolver->isBusy());
    RecallClient other(m_budget.get());
    if (how == u"cancel"_s)
        m_resolver->cancel();
    else
        m_resolver->setClient(how == u"client"_s ? &other : nullptr);
    QVERIFY(!m_resolver->isBusy());
    QTest::qWait(400);
    QCOMPARE(outcomes(), 0);
    QCOMPARE(requests().size(), 2); // the bot's artifact was never asked for
    m_resolver->setClient(nullptr);
}

void TestOpenResolver::retrieveBotIsPerIdClass()
{
    m_budget->setLimits({1, 1});
    Outcome<Bot> first;
    Outcome<Bot> second;
    m_client->retrieveBot(m_server->botIdWithRecordings(2), nullptr, first.callback());
    m_client->retrieveBot(m_server->botIdWithRecordings(0), nullptr, second.callback());
    QCOMPARE(m_budget->state().perId.queued, 1);
    QCOMPARE(m_budget->state().list.queued, 0);
    QTRY_VERIFY(first.done() && second.done());
    QVERIFY2(first.ok(), qPrintable(first.errorText()));
    QCOMPARE(first.value().recordingsWithParticipantEvents().size(), 2);
    QVERIFY2(second.ok(), qPrintable(second.errorText()));
    QVERIFY(second.value().recordings.isEmpty());
    const QString unknown = u"00000000-0000-4000-8000-0000000000b0"_s;
    Outcome<Bot> missing;
    m_client->retrieveBot(unknown, nullptr, missing.callback());
    QTRY_VERIFY(missing.done());
    QCOMPARE(missing.error().httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestOpenResolver)
#include "tst_openresolver.moc"
