#include "demo/demoserver.h"
#include "demoworkspace.h"
#include "models/statuspoller.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestStatusPoller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pollsWithGrowingInterval();
    void reportsWhenProcessingEnds();
    void unwatchedIdsAreNotPolled();
    void manualClockPollsOnlyWhenDue();
    void fewPollsInFlightAtOnce();
    void goneArtifactIsNotPolledAgain();
    void switchingClientDropsWatchedIds();
    void unwatchingFromASlotSticks();

private:
    QList<qint64> pollTimes(const QString &id) const;

    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RecallClient> m_client;
    QList<std::pair<QString, qint64>> m_served; // path, clock ms
    QString m_processingId;
};

void TestStatusPoller::init()
{
    QVERIFY(startDemoWorkspace(m_clock, m_server, m_budget, m_client));
    m_processingId = m_server->artifactIdWithQuirk(DemoServer::Quirk::Processing);
    QVERIFY(!m_processingId.isEmpty());
    m_served.clear();
    connect(m_server.get(), &DemoServer::requestServed, this, [this](const QString &, const QString &path, int) {
        m_served.append({path, m_clock->nowMs()});
    });
}

void TestStatusPoller::cleanup()
{
    m_client.reset();
    m_budget.reset();
    m_server.reset();
    m_clock.reset();
}

QList<qint64> TestStatusPoller::pollTimes(const QString &id) const
{
    QList<qint64> times;
    for (const auto &[path, at] : m_served) {
        if (path.contains(id))
            times.append(at);
    }
    return times;
}

void TestStatusPoller::pollsWithGrowingInterval()
{
    StatusPoller poller;
    poller.setIntervals({5000, 2.0, 60000});
    poller.setClient(m_client.get());
    QSignalSpy updated(&poller, &StatusPoller::artifactUpdated);
    const qint64 start = m_clock->nowMs();
    poller.setWatched({m_processingId});
    QTRY_VERIFY_WITH_TIMEOUT(pollTimes(m_processingId).size() >= 4, 10000);
    const QList<qint64> t = pollTimes(m_processingId);
    QVERIFY(t.at(0) - start >= 5000);
    // 5 s, then 10 s, then 20 s between polls: each gap at least the interval, and growing.
    QVERIFY2(t.at(1) - t.at(0) >= 10000, qPrintable(QString::number(t.at(1) - t.at(0))));
    QVERIFY2(t.at(2) - t.at(1) >= 20000, qPrintable(QString::number(t.at(2) - t.at(1))));
    QVERIFY(t.at(3) - t.at(2) >= 40000);
    QVERIFY(updated.count() >= 3);
    QCOMPARE(updated.first().first().value<Artifact>().id, m_processingId);
}

void TestStatusPoller::reportsWhenProcessingEnds()
{
    StatusPoller poller;
    poller.setIntervals({2000, 1.5, 10000});
    poller.setClient(m_client.get());
    QSignalSpy changed(&poller, &StatusPoller::statusChanged);
    poller.setWatched({m_processingId});
    QTRY_VERIFY(!pollTimes(m_processingId).isEmpty());
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_server->setArtifactStatus(m_processingId, u"done"_s));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
    const Artifact done = changed.first().at(0).value<Artifact>();
    QCOMPARE(done.id, m_processingId);
    QCOMPARE(done.status.kind(), StatusKind::Done);
    QCOMPARE(changed.first().at(1).toString(), u"processing"_s);
    QVERIFY(poller.watched().isEmpty());
}

void TestStatusPoller::unwatchedIdsAreNotPolled()
{
    StatusPoller poller;
    poller.setIntervals({2000, 1.0, 2000});
    poller.setClient(m_client.get());
    poller.setWatched({m_processingId});
    QTRY_VERIFY(pollTimes(m_processingId).size() >= 2);
    poller.setWatched({});
    QCOMPARE(poller.pollsInFlight(), 0);
    // A poll already on the wire when the id was dropped may still reach the server (the client only
    // stops listening); nothing after it may.
    const qsizetype polls = pollTimes(m_processingId).size();
    QTest::qWait(100); // 100 s of clock time: fifty intervals
    QVERIFY2(pollTimes(m_processingId).size() <= polls + 1,
        qPrintable(u"%1 polls when unwatched, %2 after"_s.arg(polls).arg(pollTimes(m_processingId).size())));
}

void TestStatusPoller::manualClockPollsOnlyWhenDue()
{
    ManualClock clock;
    RateBudget budget(&clock);
    RecallClient client(&budget);
    client.setConnection({m_server->baseUrl(), m_server->token()});
    StatusPoller poller;
    poller.setIntervals({5000, 2.0, 60000});
    poller.setClient(&client);
    poller.setWatched({m_processingId});
    QTest::qWait(50);
    QCOMPARE(pollTimes(m_processingId).size(), 0);
    clock.advance(4999);
    QTest::qWait(50);
    QCOMPARE(pollTimes(m_processingId).size(), 0);
    clock.advance(1);
    QTRY_COMPARE(pollTimes(m_processingId).size(), 1);
    QTRY_COMPARE(poller.pollsInFlight(), 0);
    clock.advance(9999);
    QTest::qWait(50);
    QCOMPARE(pollTimes(m_processingId).size(), 1);
    clock.advance(1);
    QTRY_COMPARE(pollTimes(m_processingId).size(), 2);
}

void TestStatusPoller::unwatchingFromASlotSticks()
{
    // A slot that stops watching the artifact it just heard about: the poller must not bring it back.
    StatusPoller poller;
    poller.setIntervals({2000, 1.6, 60000});
    poller.setClient(m_client.get());
    int updates = 0;
    connect(&poller, &StatusPoller::artifactUpdated, this, [&] {
        ++updates;
        poller.setWatched({});
    });
    poller.setWatched({m_processingId});
    QTRY_COMPARE(updates, 1);
    QVERIFY(poller.watched().isEmpty());
    const qsizetype polls = pollTimes(m_processingId).size();
    QTest::qWait(100); // 100 s of clock time
    QCOMPARE(updates, 1);
    QVERIFY(poller.watched().isEmpty());
    QCOMPARE(pollTimes(m_processingId).size(), polls);
}

QTEST_GUILESS_MAIN(TestStatusPoller)
#include "tst_statuspoller.moc"

void TestStatusPoller::fewPollsInFlightAtOnce()
{
    // Twelve processing rows on screen: each is polled, but never more than two wait at once, so the
    // connections stay free for what the user asks for.
    QStringList ids;
    for (const QString &id : m_server->artifactIds()) {
        if (ids.size() < 12 && m_server->setArtifactStatus(id, u"processing"_s))
            ids.append(id);
    }
    QCOMPARE(ids.size(), 12);
    m_server->setLatencyMs(20);
    StatusPoller poller;
    QCOMPARE(poller.maxInFlight(), 2);
    poller.setIntervals({1000, 1.0, 1000});
    poller.setClient(m_client.get());
    int mostInFlight = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { mostInFlight = std::max(mostInFlight, poller.pollsInFlight()); });
    sampler.start(1);
    QSet<QString> polled;
    connect(&poller, &StatusPoller::artifactUpdated, this, [&](const Artifact &a) {
        mostInFlight = std::max(mostInFlight, poller.pollsInFlight() + 1);
        polled.insert(a.id);
    });
    poller.setWatched(ids);
    QTRY_COMPARE_WITH_TIMEOUT(polled.size(), ids.size(), 15000);
    QCOMPARE(mostInFlight, 2);
}

void TestStatusPoller::goneArtifactIsNotPolledAgain()
{
    StatusPoller poller;
    poller.setIntervals({1000, 1.0, 1000});
    poller.setClient(m_client.get());
    QSignalSpy failed(&poller, &StatusPoller::pollFailed);
    m_server->purgeArtifact(m_processingId);
    poller.setWatched({m_processingId});
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).value<ApiError>().httpStatus, 404);
    QVERIFY(poller.watched().isEmpty());
    poller.setWatched({m_processingId}); // the row is still in view
    QVERIFY(poller.watched().isEmpty());
    QTest::qWait(50); // fifty intervals of clock time
    QCOMPARE(pollTimes(m_processingId).size(), 1);
    QCOMPARE(failed.count(), 1);
}

void TestStatusPoller::switchingClientDropsWatchedIds()
{
    // Another workspace (another seed: other ids, another key) on its own server.
    DemoServer::Options options;
    options.seed = 4242;
    DemoServer other(options);
    other.setClock(m_clock.get());
    QVERIFY(other.start());
    RateBudget otherBudget(m_clock.get());
    RecallClient otherClient(&otherBudget);
    otherClient.setConnection({other.baseUrl(), other.token()});

    StatusPoller poller;
    poller.setIntervals({1000, 1.0, 1000});
    poller.setClient(m_client.get());
    m_server->setLatencyMs(20); // so that a poll is on the wire when the workspace changes
    poller.setWatched({m_processingId});
    QTRY_COMPARE(poller.pollsInFlight(), 1);

    poller.setClient(&otherClient);
    QCOMPARE(m_client->requestsInFlight(), 0);
    QTest::qWait(100); // a hundred intervals of clock time
    QCOMPARE(other.apiRequests().size(), 0);
    QVERIFY(poller.watched().isEmpty());
    QCOMPARE(poller.pollsInFlight(), 0);

    // The browser then watches the new workspace's rows, and only those are polled there.
    const QString otherProcessingId = other.artifactIdWithQuirk(DemoServer::Quirk::Processing);
    QVERIFY(!otherProcessingId.isEmpty());
    QVERIFY(otherProcessingId != m_processingId);
    poller.setWatched({otherProcessingId});
    QTRY_VERIFY(!other.apiRequests().isEmpty());
    const auto seen = other.apiRequests();
    for (const auto &request : seen)
        QVERIFY2(request.path.contains(otherProcessingId), qPrintable(request.path));
}
