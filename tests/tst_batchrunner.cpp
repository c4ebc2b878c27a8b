#include "batch/batchjournal.h"
#include "batch/batchresultmodel.h"
#include "batch/batchrunner.h"
#include "batchworkspace.h"
#include "domain/metadatajson.h"
#include "edit/historystore.h"
#include "edit/savesemantics.h"
#include "testsettings.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The batch runner against the demo server: the dry run's verdicts, one PATCH per change and no more,
// and each fault of the issue (a 429 storm, a connection cut after a PATCH, a kill half-way, an
// artifact deleted or changed between dry run and run, a 400 on one artifact). The clock moves by
// hand (BatchWorkspace), so the pace the budget allows is measured in requests, never in wall time.
class TestBatchRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dryRunDecidesPerArtifact();
    void runSendsEachChangeOnceAndRecordsHistory();
    void usesTheFullPerIdBudgetWithoutThrottling();
    void rateLimitStormSlowsButFailsNothing();
    void cutAfterPatchRetriesWithTheSameKey();
    void killHalfWayResumesWithTheRest();
    void cancelThenResumeSendsTheRest();
    void changedSinceDryRunIsAConflict();
    void deletedSinceDryRunIsGoneAndBatchGoesOn();
    void badRequestOnOneIsReportedAndBatchGoesOn();
    void journalThatCannotBeWrittenStopsBeforeSending();
    void pauseLetsItemsInFlightFinishAndStartsNoMore();
    // review probes
    void clientDestroyedMidRunStopsTheRun();
    void mergingServerRecordsTheDryRunsBeforeInHistory();
    void mergingServerCancelBeforeFollowUpResumesWithoutConflict();
    void runnerDeletedWhenFinishedIsSafe();
    void finalRateLimitOnPatchStillSettles();
    void pauseCancelResumeCounts();
    void journalFailingMidRunThenResume();
    void resumeNeverReusesAKeyForAnotherBody();

private:
    Metadata serverMetadata(const QString &id) const;
    std::unique_ptr<BatchRunner> makeRunner();
    bool dryRun(BatchRunner &runner, const QStringList &ids, const QList<BatchOperation> &ops);
    bool runToEnd(BatchRunner &runner);
    // "team = blue" on a fresh workspace of this many artifacts: the dry run, then the run started with
    // both budgets drained, so that it goes at the steady pace from its first request.
    bool startSteadyRun(std::unique_ptr<BatchRunner> &runner, int artifacts);

    std::unique_ptr<BatchWorkspace> m_ws;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BatchJournal> m_journal;
    std::unique_ptr<HistoryStore> m_history;
};

void TestBatchRunner::initTestCase()
{
    // What the saver learns of a server (SaveSemantics) is kept in these settings, never the user's.
    useTestSettings(u"tst_batchrunner"_s);
}

void TestBatchRunner::init()
{
    QSettings().clear();
    m_ws = std::make_unique<BatchWorkspace>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journal = std::make_unique<BatchJournal>(m_dir->filePath(u"batches"_s));
    m_history = std::make_unique<HistoryStore>(m_dir->filePath(u"history"_s));
}

void TestBatchRunner::cleanup()
{
    if (m_ws) {
        m_ws->client.reset();
        m_ws->budget.reset();
        m_ws->server.reset();
    }
    m_ws.reset();
    m_history.reset();
    m_journal.reset();
    m_dir.reset();
}

Metadata TestBatchRunner::serverMetadata(const QString &id) const
{
    return MetadataJson::fromObject(m_ws->server->artifactJson(id).value(u"metadata"_s).toObject());
}

std::unique_ptr<BatchRunner> TestBatchRunner::makeRunner()
{
    auto runner = std::make_unique<BatchRunner>(m_ws->client.get(), m_journal.get());
    runner->setConnectionName(u"demo"_s);
    runner->setHistoryStore(m_history.get());
    return runner;
}

bool TestBatchRunner::dryRun(BatchRunner &runner, const QStringList &ids, const QList<BatchOperation> &ops)
{
    if (!runner.startDryRun(ids, ops))
        return false;
    return m_ws->driveUntil([&] { return runner.phase() != BatchRunner::Phase::DryRun; })
        && runner.phase() == BatchRunner::Phase::Reviewing;
}

bool TestBatchRunner::runToEnd(BatchRunner &runner)
{
    return m_ws->driveUntil([&] { return runner.phase() != BatchRunner::Phase::Running; });
}

bool TestBatchRunner::startSteadyRun(std::unique_ptr<BatchRunner> &runner, int artifacts)
{
    if (!m_ws->start(artifacts))
        return false;
    runner = makeRunner();
    if (!dryRun(*runner, m_ws->server->artifactIds(), {BatchOperation::set(u"team"_s, u"blue"_s)}))
        return false;
    m_ws->drainBudgets();
    return runner->run();
}

void TestBatchRunner::dryRunDecidesPerArtifact()
{
    QVERIFY(m_ws->start(40));
    const QStringList ids = m_ws->server->artifactIds();
    const QString gone = ids.at(3);
    m_ws->server->purgeArtifact(gone);
    const QList<BatchOperation> ops
        = {BatchOperation::set(u"team"_s, u"blue"_s), BatchOperation::rename(u"ticket"_s, u"ticket_id"_s)};
    auto runner = makeRunner();
    BatchResultModel model(runner.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dryRun(*runner, ids, ops));
    QCOMPARE(model.rowCount(), ids.size());
    QCOMPARE(model.index(3, BatchResultModel::ArtifactColumn).data(BatchResultModel::ArtifactIdRole).toString(), gone);
    QCOMPARE(model.index(3, BatchResultModel::VerdictColumn).data(BatchResultModel::VerdictRole).toInt(),
        int(BatchVerdict::Gone));

    const Batch &batch = runner->batch();
    QCOMPARE(batch.items.size(), ids.size());
    QCOMPARE(batch.operations, ops);
    QCOMPARE(batch.connection, u"demo"_s);
    for (const BatchItem &item : batch.items) {
        if (item.artifactId == gone) {
            QCOMPARE(item.verdict, BatchVerdict::Gone);
            continue;
        }
        // The same decision BatchOps makes on the map the server holds: the dry run read the live map.
        // A deleted artifact is still readable but no longer changeable: gone already in the dry run.
        const Metadata before = serverMetadata(item.artifactId);
        QCOMPARE(item.before, before);
        const QJsonObject json = m_ws->server->artifactJson(item.artifactId);
        if (json.value("status"_L1).toObject().value("code"_L1).toString() == "deleted"_L1) {
            QCOMPARE(item.verdict, BatchVerdict::Gone);
            QVERIFY(!item.reason.isEmpty());
            continue;
        }
        const BatchOps::Applied expected = BatchOps::apply(before, ops);
        QCOMPARE(item.after, expected.after);
        QCOMPARE(item.verdict, expected.verdict);
        QCOMPARE(item.state, BatchItem::RunState::NotSent);
    }
    // Nothing was sent, nothing journaled.
    QCOMPARE(m_ws->count(u"PATCH"_s, 0), 0);
    QCOMPARE(m_ws->count(u"GET"_s, 200), ids.size() - 1);
    QVERIFY(m_journal->unfinished(u"demo"_s).isEmpty());
}

void TestBatchRunner::runSendsEachChangeOnceAndRecordsHistory()
{
    QVERIFY(m_ws->start(30));
    const QStringList ids = m_ws->server->artifactIds();
    const QList<BatchOperation> ops = {BatchOperation::set(u"team"_s, u"blue"_s)};
    auto runner = makeRunner();
    QSignalSpy fetched(runner.get(), &BatchRunner::artifactFetched);
    QVERIFY(dryRun(*runner, ids, ops));
    QCOMPARE(fetched.size(), ids.size()); // every dry run answer, for the list's rows
    const int toSend = runner->batch().toSend();
    QVERIFY(toSend > 20);
    QVERIFY(runner->run());
    QVERIFY(runToEnd(*runner));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);

    int done = 0;
    for (const BatchItem &item : runner->batch().items) {
        if (item.verdict != BatchVerdict::WillChange) {
            QCOMPARE(item.state, BatchItem::RunState::NotSent);
            QCOMPARE(m_ws->server->patchesApplied(item.artifactId), 0);
            continue;
        }
        if (item.state == BatchItem::RunState::Gone)
            continue; // a deleted artifact of the demo data: readable, no longer changeable
        QCOMPARE(item.state, BatchItem::RunState::Done);
        QCOMPARE(m_ws->server->patchesApplied(item.artifactId), 1);
        QCOMPARE(serverMetadata(item.artifactId), item.after);
        const HistoryStore::Listing history = m_history->entries(u"demo"_s, item.artifactId);
        QCOMPARE(history.entries.size(), 1);
        QCOMPARE(history.entries.first().before, item.before);
        QCOMPARE(history.entries.first().after, item.after);
        ++done;
    }
    QVERIFY(done > 20);
    QCOMPARE(m_ws->server->patchesApplied(), done);
    // Each answer is the artifact as the server holds it now.
    QCOMPARE(fetched.size(), ids.size() + done);
    const Artifact last = fetched.last().first().value<Artifact>();
    QCOMPARE(last.metadata, serverMetadata(last.id));
    // The journal says the batch is over: nothing to offer for resuming.
    const auto journaled = m_journal->load(runner->batch().id);
    QVERIFY(journaled);
    QVERIFY(journaled->finished);
    QVERIFY(m_journal->unfinished(u"demo"_s).isEmpty());
}

void TestBatchRunner::usesTheFullPerIdBudgetWithoutThrottling()
{
    // The figure: 1 000 artifacts at the default 300 per-id requests a minute keep at least 290
    // of them in use in every full minute of the batch, with no 429, no failure and no artifact
    // patched twice. Minute 0 is the budget's burst (a quiet client may use a whole minute's worth).
    QVERIFY(m_ws->start(1000));
    const QStringList ids = m_ws->server->artifactIds();
    auto runner = makeRunner();
    QVERIFY(dryRun(*runner, ids, {BatchOperation::set(u"reviewed_by"_s, u"batch"_s)}));
    QVERIFY(runner->run());
    QVERIFY(runToEnd(*runner));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);

    QCOMPARE(m_ws->count(u"GET"_s, 429) + m_ws->count(u"PATCH"_s, 429), 0);
    const Batch &batch = runner->batch();
    QCOMPARE(batch.count(BatchItem::RunState::Failed), 0);
    int changed = 0;
    for (const BatchItem &item : batch.items) {
        const int patches = m_ws->server->patchesApplied(item.artifactId);
        QVERIFY(patches <= 1);
        changed += patches;
        if (item.state == BatchItem::RunState::Done)
            QCOMPARE(patches, 1);
    }
    QCOMPARE(changed, batch.count(BatchItem::RunState::Done));
    QVERIFY(changed > 900);

    const qint64 start = m_ws->served.first().atMs;
    const qint64 end = m_ws->served.last().atMs;
    const int fullMinutes = static_cast<int>((end - start) / 60000);
    QVERIFY2(fullMinutes >= 8, qPrintable(QString::number(fullMinutes)));
    QList<int> perMinute(fullMinutes, 0);
    for (const auto &s : std::as_const(m_ws->served)) {
        const int minute = static_cast<int>((s.atMs - start) / 60000);
        if (minute < fullMinutes)
            ++perMinute[minute];
    }
    for (int minute = 1; minute < fullMinutes; ++minute) {
        QVERIFY2(perMinute.at(minute) >= 290 && perMinute.at(minute) <= 300,
            qPrintable(u"minute %1: %2 requests"_s.arg(minute).arg(perMinute.at(minute))));
    }
    qInfo("per-id requests per minute after the burst: %s", qPrintable([&] {
        QStringList parts;
        for (int minute = 1; minute < fullMinutes; ++minute)
            parts.append(QString::number(perMinute.at(minute)));
        return parts.join(u' ');
    }()));
}

void TestBatchRunner::rateLimitStormSlowsButFailsNothing()
{
    QVERIFY(m_ws->start(60));
    const QStringList ids = m_ws->server->artifactIds();
    auto runner = makeRunner();
    QVERIFY(dryRun(*runner, ids, {BatchOperation::set(u"team"_s, u"blue"_s)}));
    m_ws->drainBudgets();
    QVERIFY(runner->run());
    // Mid-run the server allows far less than the client's budget (someone else uses the key too).
    QVERIFY(m_ws->driveUntil([&] { return runner->progress().done >= 10; }));
    m_ws->server->setRateLimits(60, 20);
    QVERIFY(m_ws->driveUntil([&] { return m_ws->count(u"GET"_s, 429) + m_ws->count(u"PATCH"_s, 429) >= 5; }));
    m_ws->server->setRateLimits(60, 300);
    QVERIFY(runToEnd(*runner));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);
    QVERIFY(m_ws->count(u"PATCH"_s, 429) + m_ws->count(u"GET"_s, 429) >= 5);
    const Batch &batch = runner->batch();
    QCOMPARE(batch.count(BatchItem::RunState::Failed), 0);
    for (const BatchItem &item : batch.items) {
        if (item.state == BatchItem::RunState::Done)
            QCOMPARE(m_ws->server->patchesApplied(item.artifactId), 1);
    }
    QVERIFY(batch.count(BatchItem::RunState::Done) > 40);
}

void TestBatchRunner::cutAfterPatchRetriesWithTheSameKey()
{
    QVERIFY(m_ws->start(12));
    const QStringList ids = m_ws->server->artifactIds();
    auto runner = makeRunner();
    runner->setConcurrency(1); // one request at a time: the answer cut is the PATCH's
    QVERIFY(dryRun(*runner, ids, {BatchOperation::set(u"team"_s, u"blue"_s)}));
    const int getsBefore = m_ws->count(u"GET"_s, 0);
    QString cutFor;
    QObject::connect(
        m_ws->server.get(), &DemoServer::requestServed, [&](const QString &method, const QString &path, int) {
            // The third GET of the run is followed by its PATCH: the server applies it, and the
            // answer breaks on the wire.
            if (method == "GET"_L1 && cutFor.isEmpty() && m_ws->count(u"GET"_s, 0) == getsBefore + 3) {
                cutFor = path.section(u'/', 4, 4);
                m_ws->server->cutNextApiBodies(1);
            }
        });
    QVERIFY(runner->run());
    QVERIFY(runToEnd(*runner));
    QVERIFY(!cutFor.isEmpty());
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);

    const auto patches = [&] {
        QList<QByteArray> keys;
        for (const auto &r : m_ws->server->apiRequests()) {
            if (r.method == "PATCH" && r.path.contains(cutFor))
                for (const auto &[name, value] : r.headers)
                    if (name.compare("Idempotency-Key", Qt::CaseInsensitive) == 0)
                        keys.append(value);
        }
        return keys;
    }();
    QCOMPARE(patches.size(), 2); // the one cut and its retry
    QCOMPARE(patches.at(0), patches.at(1));
    QCOMPARE(m_ws->server->patchesApplied(cutFor), 1); // the server holds one change
    for (const BatchItem &item : runner->batch().items) {
        if (item.artifactId == cutFor) {
            QCOMPARE(item.state, BatchItem::RunState::Done);
            QVERIFY(patches.first().startsWith(QByteArray(item.idempotencyKey + '-')));
        }
    }
}

void TestBatchRunner::killHalfWayResumesWithTheRest()
{
    QVERIFY(m_ws->start(40));
    const QStringList ids = m_ws->server->artifactIds();
    auto runner = makeRunner();
    QVERIFY(dryRun(*runner, ids, {BatchOperation::set(u"team"_s, u"blue"_s)}));
    const int toSend = runner->batch().toSend();
    m_ws->drainBudgets();
    QVERIFY(runner->run());
    QVERIFY(m_ws->driveUntil([&] { return runner->progress().done >= toSend / 2; }));
    // Kill: the runner goes without a word and every reply on the way is dropped (a PATCH the server
    // took may never be answered); the journal holds whatever the last step wrote.
    QVERIFY(runner->progress().inFlight > 0);
    runner.reset();
    m_ws->client->cancelAll();
    m_ws->settle();
    const int patchedBeforeKill = m_ws->server->patchesApplied();
    QVERIFY(patchedBeforeKill < toSend);

    const QList<Batch> unfinished = m_journal->unfinished(u"demo"_s);
    QCOMPARE(unfinished.size(), 1);
    auto resumed = makeRunner();
    QVERIFY(resumed->resume(unfinished.first()));
    QVERIFY(runToEnd(*resumed));
    QCOMPARE(resumed->phase(), BatchRunner::Phase::Finished);

    // Every change is on the server exactly once, whoever sent it.
    int done = 0;
    for (const BatchItem &item : resumed->batch().items) {
        if (item.verdict != BatchVerdict::WillChange)
            continue;
        QVERIFY2(item.settled(), qPrintable(item.artifactId));
        if (item.state == BatchItem::RunState::Gone)
            continue;
        QVERIFY(item.state == BatchItem::RunState::Done || item.state == BatchItem::RunState::AlreadyDone);
        QCOMPARE(m_ws->server->patchesApplied(item.artifactId), 1);
        QCOMPARE(serverMetadata(item.artifactId), item.after);
        ++done;
    }
    QCOMPARE(m_ws->server->patchesApplied(), done);
    QCOMPARE(m_ws->count(u"PATCH"_s, 200), done);
    QVERIFY(m_journal->unfinished(u"demo"_s).isEmpty());
}

void TestBatchRunner::cancelThenResumeSendsTheRest()
{
    std::unique_ptr<BatchRunner> runner;
    QVERIFY(startSteadyRun(runner, 30));
    QVERIFY(m_ws->driveUntil([&] { return runner->progress().done >= 8; }));
    runner->cancel();
    QCOMPARE(runner->phase(), BatchRunner::Phase::Stopped);
    m_ws->settle();
    const auto journaled = m_journal->load(runner->batch().id);
    QVERIFY(journaled);
    QVERIFY(!journaled->finished);
    QVERIFY(runner->resume());
    QVERIFY(runToEnd(*runner));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);
    int done = 0;
    for (const BatchItem &item : runner->batch().items) {
        if (item.state == BatchItem::RunState::Done || item.state == BatchItem::RunState::AlreadyDone) {
            QCOMPARE(m_ws->server->patchesApplied(item.artifactId), 1);
            ++done;
        }
    }
    QCOMPARE(m_ws->server->patchesApplied(), done);
}

void TestBatchRunner::changedSinceDryRunIsAConflict()
{
    QVERIFY(m_ws->start(10));
    const QStringList ids = m_ws->server->artifactIds();
    auto runner = makeRunner();
    QVERIFY(dryRun(*runner, ids, {BatchOperation::set(u"team"_s, u"blue"_s)}));
    // Someone else edits one artifact between the dry run and the run.
    const QString changed = ids.at(2);
    Metadata theirs = serverMetadata(changed);
    theirs.insert(u"team"_s, MetadataValue(u"red"_s));
    bool patched = false;
    m_ws->client->updateMetadata(changed, theirs, m_ws->client.get(), [&](const Result<Artifact> &r) {
        QVERIFY(r.ok());
        patched = true;
    });
    QVERIFY(m_ws->driveUntil([&] { return patched; }));
    QVERIFY(runner->run());
    QVERIFY(runToEnd(*runner));
    for (const BatchItem &item : runner->batch().items) {
        if (item.artifactId == changed) {
            QCOMPARE(item.state, BatchItem::RunState::Conflict);
            QVERIFY(!item.message.isEmpty());
        }
    }
    QCOMPARE(serverMetadata(changed), theirs); // never overwritten
    QCOMPARE(m_ws->server->patchesApplied(changed), 1); // theirs only
    QVERIFY(runner->batch().count(BatchItem::RunState::Done) >= 7);
}

void TestBatchRunner::deletedSinceDryRunIsGoneAndBatchGoesOn()
{
    QVERIFY(m_ws->start(10));
    const QStringList ids = m_ws->server->artifactIds();
    auto runner = makeRunner();
    QVERIFY(dryRun(*runner, ids, {BatchOperation::set(u"team"_s, u"blue"_s)}));
    m_ws->server->purgeArtifact(ids.at(1));
    QVERIFY(runner->run());
    QVERIFY(runToEnd(*runner));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);
    for (const BatchItem &item : runner->batch().items) {
        if (item.artifactId == ids.at(1))
            QCOMPARE(item.state, BatchItem::RunState::Gone);
    }
    QVERIFY(runner->batch().count(BatchItem::RunState::Done) >= 7);
}

void TestBatchRunner::badRequestOnOneIsReportedAndBatchGoesOn()
{
    QVERIFY(m_ws->start(200));
    // An artifact whose stored values are numbers and lists: the batch keeps them as they are, and
    // the server refuses them with a 400 naming the keys.
    m_ws->server->setMalformedArtifacts(true);
    const QString bad = m_ws->server->artifactIdWithMalformation(DemoServer::Malformation::RawMetadataValues);
    QVERIFY(!bad.isEmpty());
    QStringList ids = m_ws->server->artifactIds().mid(0, 8);
    ids.append(bad);
    auto runner = makeRunner();
    QVERIFY(dryRun(*runner, ids, {BatchOperation::set(u"team"_s, u"blue"_s)}));
    QVERIFY(runner->run());
    QVERIFY(runToEnd(*runner));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);
    for (const BatchItem &item : runner->batch().items) {
        if (item.artifactId == bad) {
            QCOMPARE(item.state, BatchItem::RunState::Failed);
            QVERIFY2(item.message.contains(u"400"_s), qPrintable(item.message));
        }
    }
    QCOMPARE(m_ws->server->patchesApplied(bad), 0);
    QVERIFY(runner->batch().count(BatchItem::RunState::Done) >= 6);
}

void TestBatchRunner::journalThatCannotBeWrittenStopsBeforeSending()
{
    QVERIFY(m_ws->start(10));
    // The journal's folder is a file: nothing can be written there.
    QFile blocker(m_dir->filePath(u"blocked"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    BatchJournal journal(blocker.fileName());
    BatchRunner runner(m_ws->client.get(), &journal);
    QSignalSpy failed(&runner, &BatchRunner::journalFailed);
    QVERIFY(dryRun(runner, m_ws->server->artifactIds(), {BatchOperation::set(u"team"_s, u"blue"_s)}));
    QVERIFY(!runner.run());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    m_ws->settle();
    QCOMPARE(m_ws->count(u"PATCH"_s, 0), 0);
}

void TestBatchRunner::pauseLetsItemsInFlightFinishAndStartsNoMore()
{
    std::unique_ptr<BatchRunner> runner;
    QVERIFY(startSteadyRun(runner, 30));
    QVERIFY(m_ws->driveUntil([&] { return runner->progress().done >= 5; }));
    // Each settled artifact of the run cost a GET and a PATCH, all within the last minute.
    const BatchRunner::Progress early = runner->progress();
    QCOMPARE(early.artifactsLastMinute, early.done);
    QVERIFY(early.requestsLastMinute >= 2 * early.done);
    QSignalSpy paused(runner.get(), &BatchRunner::pausedChanged);
    runner->pause();
    QCOMPARE(paused.size(), 1);
    QVERIFY(runner->isPaused());
    QVERIFY(m_ws->driveUntil([&] { return runner->progress().inFlight == 0; }));
    const int doneWhenPaused = runner->progress().done;
    const int patches = m_ws->count(u"PATCH"_s, 0);
    // Ten minutes later nothing more has gone out.
    m_ws->clock.advance(10 * 60 * 1000);
    m_ws->settle();
    QCOMPARE(m_ws->count(u"PATCH"_s, 0), patches);
    QCOMPARE(runner->progress().done, doneWhenPaused);
    QCOMPARE(runner->phase(), BatchRunner::Phase::Running);
    runner->unpause();
    QVERIFY(runToEnd(*runner));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);
}

void TestBatchRunner::clientDestroyedMidRunStopsTheRun()
{
    // The header: "The client may go away (its connection closed): the runner then stops."
    std::unique_ptr<BatchRunner> runner;
    QVERIFY(startSteadyRun(runner, 30));
    QVERIFY(m_ws->driveUntil([&] { return runner->progress().done >= 5; }));
    QVERIFY(runner->progress().inFlight > 0);
    m_ws->client.reset(); // the connection closed: every call is dropped without an answer
    for (int i = 0; i < 20; ++i) {
        m_ws->clock.advance(1000);
        QTest::qWait(10);
    }
    qInfo("phase %s, inFlight %d", QMetaEnum::fromType<BatchRunner::Phase>().valueToKey(int(runner->phase())),
        runner->progress().inFlight);
    QCOMPARE(runner->phase(), BatchRunner::Phase::Stopped);
    QCOMPARE(runner->progress().inFlight, 0);
}

void TestBatchRunner::mergingServerRecordsTheDryRunsBeforeInHistory()
{
    QVERIFY(m_ws->start(10));
    SaveSemantics::remember(u"demo"_s, SaveSemantics::Patch::Unknown);
    m_ws->server->setMergeOnPatch(true);
    const QString id = m_ws->server->artifactIds().first();
    const Metadata before = serverMetadata(id);
    QVERIFY(!before.isEmpty());
    const QString removed = before.firstKey();
    auto runner = makeRunner();
    QVERIFY(dryRun(*runner, {id}, {BatchOperation::set(u"team"_s, u"blue"_s), BatchOperation::remove(removed)}));
    QCOMPARE(runner->batch().items.first().verdict, BatchVerdict::WillChange);
    QVERIFY(runner->run());
    QVERIFY(runToEnd(*runner));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);
    const BatchItem item = runner->batch().items.first();
    QCOMPARE(item.state, BatchItem::RunState::Done);
    QCOMPARE(serverMetadata(id), item.after);
    qInfo("patches applied: %d", m_ws->server->patchesApplied(id));
    const HistoryStore::Listing history = m_history->entries(u"demo"_s, id);
    QCOMPARE(history.entries.size(), 1);
    qInfo("history before has '%s': %d, team: %d", qPrintable(removed),
        int(history.entries.first().before.contains(removed)), int(history.entries.first().before.contains(u"team"_s)));
    SaveSemantics::remember(u"demo"_s, SaveSemantics::Patch::Unknown);
    QCOMPARE(history.entries.first().before, item.before); // what "revert" goes back to
}

void TestBatchRunner::mergingServerCancelBeforeFollowUpResumesWithoutConflict()
{
    QVERIFY(m_ws->start(10));
    SaveSemantics::remember(u"demo"_s, SaveSemantics::Patch::Unknown);
    m_ws->server->setMergeOnPatch(true);
    const QString id = m_ws->server->artifactIds().first();
    const QString removed = serverMetadata(id).firstKey();
    auto runner = makeRunner();
    runner->setConcurrency(1);
    QVERIFY(dryRun(*runner, {id}, {BatchOperation::set(u"team"_s, u"blue"_s), BatchOperation::remove(removed)}));
    m_ws->drainBudgets();
    QVERIFY(runner->run());
    // The first PATCH is answered (the server kept the removed key); its follow-up with the key as null
    // waits for the budget. The user cancels now (or the app is killed).
    QVERIFY(m_ws->driveUntil([&] { return m_ws->count(u"PATCH"_s, 200) == 1; }));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Running);
    runner->cancel();
    m_ws->settle();
    QCOMPARE(m_ws->count(u"PATCH"_s, 0), 1);
    QVERIFY(runner->resume());
    QVERIFY(runToEnd(*runner));
    const BatchItem item = runner->batch().items.first();
    qInfo("state %d (%s), server has '%s': %d", int(item.state), qPrintable(item.message), qPrintable(removed),
        int(serverMetadata(id).contains(removed)));
    SaveSemantics::remember(u"demo"_s, SaveSemantics::Patch::Unknown);
    QVERIFY(item.state == BatchItem::RunState::Done || item.state == BatchItem::RunState::AlreadyDone);
    QCOMPARE(serverMetadata(id), item.after);
}

void TestBatchRunner::runnerDeletedWhenFinishedIsSafe()
{
    // A dialog that lets its runner go as soon as the batch is over. Run under valgrind or ASan.
    QVERIFY(m_ws->start(6));
    auto runner = makeRunner();
    QVERIFY(dryRun(*runner, m_ws->server->artifactIds(), {BatchOperation::set(u"team"_s, u"blue"_s)}));
    QObject::connect(runner.get(), &BatchRunner::phaseChanged, [&](BatchRunner::Phase phase) {
        if (phase == BatchRunner::Phase::Finished)
            runner.reset();
    });
    QVERIFY(runner->run());
    QVERIFY(m_ws->driveUntil([&] { return !runner; }));
}

void TestBatchRunner::finalRateLimitOnPatchStillSettles()
{
    QVERIFY(m_ws->start(6));
    const QStringList ids = m_ws->server->artifactIds();
    auto runner = makeRunner();
    runner->setConcurrency(1);
    m_ws->client->setMaxRateLimitRetries(2); // the client gives up on the third 429: the saver re-issues
    QVERIFY(dryRun(*runner, ids, {BatchOperation::set(u"team"_s, u"blue"_s)}));
    const int getsBefore = m_ws->count(u"GET"_s, 0);
    bool armed = false;
    QObject::connect(m_ws->server.get(), &DemoServer::requestServed, [&](const QString &method, const QString &, int) {
        if (!armed && method == "GET"_L1 && m_ws->count(u"GET"_s, 0) == getsBefore + 2) {
            armed = true;
            m_ws->server->failNextRequests(12, 429); // the PATCH and every retry of the client
        }
    });
    QVERIFY(runner->run());
    const bool ended
        = m_ws->driveUntil([&] { return runner->phase() != BatchRunner::Phase::Running; }, 24 * 3600 * 1000);
    qInfo("ended %d, clock %lld min, done %d/%d inFlight %d", int(ended), m_ws->clock.nowMs() / 60000,
        runner->progress().done, runner->progress().total, runner->progress().inFlight);
    qInfo("429s %d, phase %d", m_ws->count(u"PATCH"_s, 429), int(runner->phase()));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);
    for (const BatchItem &item : runner->batch().items)
        if (item.state == BatchItem::RunState::Done)
            QCOMPARE(m_ws->server->patchesApplied(item.artifactId), 1);
}

void TestBatchRunner::pauseCancelResumeCounts()
{
    std::unique_ptr<BatchRunner> runner;
    QVERIFY(startSteadyRun(runner, 30));
    QVERIFY(m_ws->driveUntil([&] { return runner->progress().done >= 5; }));
    runner->pause();
    runner->cancel();
    QVERIFY(!runner->isPaused());
    QCOMPARE(runner->phase(), BatchRunner::Phase::Stopped);
    m_ws->settle();
    QVERIFY(runner->resume());
    int unsettled = 0;
    for (const BatchItem &item : runner->batch().items)
        unsettled += item.settled() ? 0 : 1;
    // A resumed run counts the whole batch: what the first session settled is done already.
    const int toSend = runner->batch().toSend();
    QCOMPARE(runner->progress().total, toSend);
    QCOMPARE(runner->progress().done, toSend - unsettled);
    QVERIFY(unsettled > 0 && unsettled < toSend);
    QVERIFY(runToEnd(*runner));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);
    QCOMPARE(runner->progress().done, toSend);
    int done = 0;
    for (const BatchItem &item : runner->batch().items)
        if (item.state == BatchItem::RunState::Done || item.state == BatchItem::RunState::AlreadyDone)
            ++done;
    QCOMPARE(m_ws->server->patchesApplied(), done);
}

void TestBatchRunner::journalFailingMidRunThenResume()
{
    QVERIFY(m_ws->start(30));
    auto runner = makeRunner();
    QSignalSpy failed(runner.get(), &BatchRunner::journalFailed);
    QVERIFY(dryRun(*runner, m_ws->server->artifactIds(), {BatchOperation::set(u"team"_s, u"blue"_s)}));
    m_ws->drainBudgets();
    QVERIFY(runner->run());
    QVERIFY(m_ws->driveUntil([&] { return runner->progress().done >= 5; }));
    // The journal's folder goes away and a file takes its place.
    const QString folder = m_journal->folder();
    QVERIFY(QDir(folder).removeRecursively());
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(m_ws->driveUntil([&] { return runner->phase() != BatchRunner::Phase::Running; }));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Stopped);
    QVERIFY(failed.size() >= 1);
    m_ws->settle();
    QVERIFY(blocker.remove());
    // Resume from memory, then again from a fresh runner with what the memory wrote.
    QVERIFY(runner->resume());
    QVERIFY(runToEnd(*runner));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);
    int done = 0;
    for (const BatchItem &item : runner->batch().items)
        if (item.state == BatchItem::RunState::Done || item.state == BatchItem::RunState::AlreadyDone) {
            QCOMPARE(m_ws->server->patchesApplied(item.artifactId), 1);
            ++done;
        }
    QCOMPARE(m_ws->server->patchesApplied(), done);
    const auto journaled = m_journal->load(runner->batch().id);
    QVERIFY(journaled);
    QVERIFY(journaled->finished);
}

void TestBatchRunner::resumeNeverReusesAKeyForAnotherBody()
{
    QVERIFY(m_ws->start(10));
    SaveSemantics::remember(u"demo"_s, SaveSemantics::Patch::Unknown);
    m_ws->server->setMergeOnPatch(true);
    const QString id = m_ws->server->artifactIds().first();
    const QString removed = serverMetadata(id).firstKey();
    auto runner = makeRunner();
    runner->setConcurrency(1);
    QVERIFY(dryRun(*runner, {id}, {BatchOperation::remove(removed)}));
    m_ws->drainBudgets();
    QVERIFY(runner->run());
    // The first PATCH went out (and was answered); then the app is killed.
    QVERIFY(m_ws->driveUntil([&] { return m_ws->count(u"PATCH"_s, 200) == 1; }));
    runner.reset();
    m_ws->client->cancelAll();
    m_ws->settle();
    const QList<Batch> unfinished = m_journal->unfinished(u"demo"_s);
    QCOMPARE(unfinished.size(), 1);
    auto resumed = makeRunner();
    QVERIFY(resumed->resume(unfinished.first()));
    QVERIFY(runToEnd(*resumed));
    SaveSemantics::remember(u"demo"_s, SaveSemantics::Patch::Unknown);
    QHash<QByteArray, QSet<QByteArray>> bodiesByKey;
    for (const auto &r : m_ws->server->apiRequests()) {
        if (r.method != "PATCH")
            continue;
        for (const auto &[name, value] : r.headers)
            if (name.compare("Idempotency-Key", Qt::CaseInsensitive) == 0)
                bodiesByKey[value].insert(r.body);
    }
    for (auto it = bodiesByKey.cbegin(); it != bodiesByKey.cend(); ++it) {
        qInfo("key %s: %d bodies", it.key().left(8).constData(), int(it.value().size()));
        for (const QByteArray &b : it.value())
            qInfo("   %s", b.left(200).constData());
    }
    qInfo("state %d, patches applied %d", int(resumed->batch().items.first().state), m_ws->server->patchesApplied(id));
    for (auto it = bodiesByKey.cbegin(); it != bodiesByKey.cend(); ++it)
        QCOMPARE(it.value().size(), 1);
}

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
