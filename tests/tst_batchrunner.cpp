#include "batch/batchjournal.h"
#include "batch/batchrunner.h"
#include "batchworkspace.h"
#include "domain/metadatajson.h"
#include "edit/historystore.h"

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

private:
    Metadata serverMetadata(const QString &id) const;
    std::unique_ptr<BatchRunner> makeRunner();
    bool dryRun(BatchRunner &runner, const QStringList &ids, const QList<BatchOperation> &ops);
    bool runToEnd(BatchRunner &runner);

    std::unique_ptr<BatchWorkspace> m_ws;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BatchJournal> m_journal;
    std::unique_ptr<HistoryStore> m_history;
};

void TestBatchRunner::init()
{
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

void TestBatchRunner::dryRunDecidesPerArtifact()
{
    QVERIFY(m_ws->start(40));
    const QStringList ids = m_ws->server->artifactIds();
    const QString gone = ids.at(3);
    m_ws->server->purgeArtifact(gone);
    const QList<BatchOperation> ops
        = {BatchOperation::set(u"team"_s, u"blue"_s), BatchOperation::rename(u"ticket"_s, u"ticket_id"_s)};
    auto runner = makeRunner();
    QVERIFY(dryRun(*runner, ids, ops));

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
        const Metadata before = serverMetadata(item.artifactId);
        const BatchOps::Applied expected = BatchOps::apply(before, ops);
        QCOMPARE(item.before, before);
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
    QVERIFY(dryRun(*runner, ids, ops));
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
    QVERIFY(runner->run());
    // Mid-run the server allows far less than the client's budget (someone else uses the key too).
    QVERIFY(m_ws->driveUntil([&] { return runner->progress().done >= 10; }));
    m_ws->server->setRateLimits(60, 20);
    QVERIFY(m_ws->driveUntil([&] { return m_ws->count(u"GET"_s, 429) + m_ws->count(u"PATCH"_s, 429) >= 20; }));
    m_ws->server->setRateLimits(60, 300);
    QVERIFY(runToEnd(*runner));
    QCOMPARE(runner->phase(), BatchRunner::Phase::Finished);
    QVERIFY(m_ws->count(u"PATCH"_s, 429) + m_ws->count(u"GET"_s, 429) >= 20);
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
            QCOMPARE(item.idempotencyKey, patches.first());
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
    QVERIFY(m_ws->start(30));
    auto runner = makeRunner();
    QVERIFY(dryRun(*runner, m_ws->server->artifactIds(), {BatchOperation::set(u"team"_s, u"blue"_s)}));
    QVERIFY(runner->run());
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
            QVERIFY2(item.message.contains(u"valid string"_s), qPrintable(item.message));
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

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
