#include "batchrunner.h"

#include "core/clock.h"
#include "edit/historystore.h"
#include "edit/metadatasaver.h"
#include "net/ratebudget.h"
#include "net/recallclient.h"
#include "net/requestbuilder.h"

#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr int progressIntervalMs = 250;
constexpr int journalDelayMs = 200;
constexpr qint64 defaultRetryAfterMs = 1000;
// Items in flight: enough for half a second of the per-id budget, so that the budget always has the
// next request queued when a token comes, and few enough that a pause or the user's own clicks wait
// behind at most a few seconds of batch.
constexpr double inFlightSeconds = 0.5;
constexpr int minInFlight = 4;
constexpr int maxInFlight = 64;

bool rateLimited(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 429;
}

QString keyErrorsText(const MetadataSaver::Failure &failure)
{
    QStringList parts;
    for (auto it = failure.keyErrors.cbegin(); it != failure.keyErrors.cend(); ++it)
        parts.append(BatchRunner::tr("%1: %2").arg(it.key(), it.value().join(u' ')));
    parts.append(failure.otherErrors);
    return parts.join(u"; "_s);
}

QString differencesText(const QList<MetadataVerify::Difference> &differences)
{
    QStringList keys;
    for (const MetadataVerify::Difference &d : differences)
        keys.append(d.key);
    return BatchRunner::tr("The server holds something else for %n key(s): %1", nullptr, static_cast<int>(keys.size()))
        .arg(keys.join(u", "_s));
}

} // namespace

// One artifact in flight: a Retrieve of the dry run, or a save of the run.
struct BatchRunner::Worker
{
    int index = -1; // the item; -1: idle
    RecallClient::RequestId fetch = 0; // dry run
    std::unique_ptr<MetadataSaver> saver; // run; made on first use, then reused
    MetadataSaver::Stage lastStage = MetadataSaver::Stage::Idle;
    bool followedUp = false; // removeKeptKeys() was sent for this item: never a second time
    bool busy() const { return index >= 0; }
};

BatchRunner::BatchRunner(RecallClient *client, BatchJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
    Q_ASSERT(journal);
    // The client's destructor drops every call without an answer: stop instead of waiting for them.
    if (client)
        connect(client, &QObject::destroyed, this, [this] { halt(); });
}

BatchRunner::~BatchRunner()
{
    // Nothing is written here: a runner torn down mid-run leaves the journal as its last step wrote
    // it, exactly as a kill would, and resume() takes it up from there.
    for (const auto &worker : m_workers) {
        if (worker->fetch && m_client)
            m_client->cancel(worker->fetch);
        if (worker->saver) {
            // The saver may be emitting right now (a slot of ours deleted us): it goes once it is done.
            worker->saver->disconnect(this);
            worker->saver->cancel();
            worker->saver.release()->deleteLater();
        }
    }
}

int BatchRunner::concurrency() const
{
    if (m_concurrency > 0)
        return m_concurrency;
    const int perMinute = m_client ? m_client->budget()->limits().perIdPerMinute : 300;
    const int wanted = static_cast<int>(std::ceil(perMinute / 60.0 * inFlightSeconds));
    return std::clamp(wanted, minInFlight, maxInFlight);
}

void BatchRunner::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    const QPointer<BatchRunner> self(this);
    Q_EMIT phaseChanged(phase);
    if (self) // a slot may have deleted the runner (it should use deleteLater())
        Q_EMIT progressChanged();
}

void BatchRunner::reset(Batch batch)
{
    cancel();
    m_batch = std::move(batch);
    m_queue.clear();
    m_settledInPhase = 0;
    m_totalInPhase = 0;
    m_requestTimesMs.clear();
    m_settleTimesMs.clear();
    Q_EMIT batchReset();
}

bool BatchRunner::startDryRun(const QStringList &artifactIds, const QList<BatchOperation> &operations)
{
    if (m_phase == Phase::DryRun || m_phase == Phase::Running || !m_client)
        return false;
    if (!BatchOps::firstProblem(operations).isEmpty())
        return false;
    Batch batch;
    batch.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.connection = m_connectionName;
    batch.createdAt = QDateTime::currentDateTimeUtc();
    batch.operations = operations;
    QSet<QString> seen;
    for (const QString &id : artifactIds) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        BatchItem item;
        item.artifactId = id;
        batch.items.append(item);
    }
    if (batch.items.isEmpty())
        return false;
    reset(std::move(batch));
    for (int i = 0; i < m_batch.items.size(); ++i)
        m_queue.push_back(i);
    m_totalInPhase = static_cast<int>(m_queue.size());
    m_phaseStartMs = m_client->budget()->clock()->nowMs();
    setPaused(false);
    setPhase(Phase::DryRun);
    pump();
    return true;
}

bool BatchRunner::run()
{
    if (m_phase != Phase::Reviewing || !m_client || m_batch.toSend() == 0)
        return false;
    for (BatchItem &item : m_batch.items) {
        const bool send = item.verdict == BatchVerdict::WillChange;
        item.state = send ? BatchItem::RunState::Pending : BatchItem::RunState::NotSent;
        item.idempotencyKey = send ? RequestBuilder::newIdempotencyKey() : QByteArray();
        item.message.clear();
    }
    if (!writeJournal()) {
        for (BatchItem &item : m_batch.items) {
            item.state = BatchItem::RunState::NotSent;
            item.idempotencyKey.clear();
        }
        return false;
    }
    Q_EMIT batchReset();
    return startRun();
}

bool BatchRunner::resume(const Batch &batch)
{
    if (m_phase == Phase::DryRun || m_phase == Phase::Running || !m_client)
        return false;
    reset(batch);
    return startRun();
}

bool BatchRunner::resume()
{
    if (m_phase != Phase::Stopped || !m_client)
        return false;
    return startRun();
}

bool BatchRunner::startRun()
{
    m_queue.clear();
    m_settledInPhase = 0;
    for (int i = 0; i < m_batch.items.size(); ++i) {
        if (!m_batch.items.at(i).settled())
            m_queue.push_back(i);
    }
    m_totalInPhase = static_cast<int>(m_queue.size());
    m_phaseStartMs = m_client->budget()->clock()->nowMs();
    m_requestTimesMs.clear();
    m_settleTimesMs.clear();
    setPaused(false);
    setPhase(Phase::Running);
    pump();
    finishPhaseIfDone();
    return true;
}

void BatchRunner::pause()
{
    if (m_phase == Phase::DryRun || m_phase == Phase::Running)
        setPaused(true);
}

void BatchRunner::unpause()
{
    if (!m_paused)
        return;
    setPaused(false);
    pump();
}

void BatchRunner::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
    scheduleProgress();
}

void BatchRunner::cancel()
{
    // Items claimed for sending but never started go back to the line as they were.
    for (int index : m_queue) {
        if (m_batch.items.at(index).state == BatchItem::RunState::Sending) {
            m_batch.items[index].state = BatchItem::RunState::Pending;
            Q_EMIT itemChanged(index);
        }
    }
    dropWork();
    if (m_phase == Phase::DryRun) {
        setPhase(Phase::Idle);
    } else if (m_phase == Phase::Running) {
        // Items cut off keep their journaled state (Pending or Sending): resume() looks at them again.
        writeJournal();
        setPhase(Phase::Stopped);
    }
}

void BatchRunner::dropWork()
{
    for (const auto &worker : m_workers) {
        if (!worker->busy())
            continue;
        if (worker->fetch && m_client)
            m_client->cancel(worker->fetch);
        worker->fetch = 0;
        worker->index = -1; // before cancel(): the saver's stage change then counts for nobody
        if (worker->saver)
            worker->saver->cancel();
    }
    m_queue.clear();
    setPaused(false);
}

void BatchRunner::halt()
{
    // Nothing more may go out: a journal that cannot be written, or no client to send with. What is
    // on disk stays as it is, so that a resume starts from the last step that was recorded.
    dropWork();
    if (m_phase == Phase::DryRun)
        setPhase(Phase::Idle);
    else if (m_phase == Phase::Running)
        setPhase(Phase::Stopped);
}

BatchRunner::Progress BatchRunner::progress() const
{
    Progress p;
    p.done = m_settledInPhase;
    p.total = m_totalInPhase;
    if (m_phase == Phase::Running || m_phase == Phase::Stopped || m_phase == Phase::Finished) {
        // A resumed run counts what earlier sessions settled too: "152 of 320", not "16 of 168".
        p.done = m_batch.settledToSend();
        p.total = m_batch.toSend();
    }
    p.inFlight = static_cast<int>(
        std::count_if(m_workers.cbegin(), m_workers.cend(), [](const auto &w) { return w->busy(); }));
    if (!m_client)
        return p;
    const qint64 now = m_client->budget()->clock()->nowMs();
    const auto inLastMinute = [now](const std::deque<qint64> &times) {
        return static_cast<int>(
            std::count_if(times.cbegin(), times.cend(), [now](qint64 t) { return now - t < minuteMs; }));
    };
    p.requestsLastMinute = inLastMinute(m_requestTimesMs);
    p.artifactsLastMinute = inLastMinute(m_settleTimesMs);
    const qint64 elapsed = now - m_phaseStartMs;
    if (elapsed > 0 && m_settledInPhase > 0)
        p.artifactsPerMinute = m_settledInPhase * double(minuteMs) / elapsed;
    const int left = p.total - p.done;
    if (left <= 0) {
        p.msLeft = 0;
    } else if (m_paused) {
        p.msLeft = -1; // nothing moves until the user says so
    } else if (m_phase == Phase::DryRun || m_phase == Phase::Running) {
        // The budget is the bottleneck by design: what is left costs one request (dry run) or two
        // (a GET and a PATCH) per artifact at the per-id limit. Once enough has been seen, the pace
        // actually measured wins (429s, a shared key or a slow server make it slower).
        const int perItem = m_phase == Phase::DryRun ? 1 : 2;
        const int perMinute = std::max(1, m_client->budget()->limits().perIdPerMinute);
        p.msLeft = qint64(left) * perItem * minuteMs / perMinute;
        if (m_settledInPhase >= 10 && elapsed >= 10 * 1000)
            p.msLeft = std::max(p.msLeft, static_cast<qint64>(left * minuteMs / p.artifactsPerMinute));
    }
    return p;
}

BatchRunner::Worker *BatchRunner::idleWorker()
{
    for (const auto &worker : m_workers) {
        if (!worker->busy())
            return worker.get();
    }
    if (static_cast<int>(m_workers.size()) >= concurrency())
        return nullptr;
    m_workers.push_back(std::make_unique<Worker>());
    return m_workers.back().get();
}

void BatchRunner::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while (!m_paused && !m_queue.empty() && (m_phase == Phase::DryRun || m_phase == Phase::Running)) {
        if (!m_client) {
            halt();
            break;
        }
        Worker *worker = idleWorker();
        if (!worker)
            break;
        const int index = m_queue.front();
        m_queue.pop_front();
        worker->index = index;
        if (m_phase == Phase::DryRun)
            startDryRunItem(worker);
        else if (!startRunItem(worker))
            break;
    }
    m_pumping = false;
    scheduleProgress();
}

void BatchRunner::startDryRunItem(Worker *worker)
{
    const int index = worker->index;
    worker->fetch = m_client->retrieveArtifact(
        m_batch.items.at(index).artifactId, this, [this, worker, index](const Result<Artifact> &fetched) {
            if (worker->index != index)
                return; // cancelled meanwhile
            worker->fetch = 0;
            noteRequest();
            onDryRunAnswer(worker, fetched);
        });
}

void BatchRunner::onDryRunAnswer(Worker *worker, const Result<Artifact> &fetched)
{
    const int index = worker->index;
    if (!fetched && rateLimited(fetched.error())) {
        // A 429 storm slows the batch down; it never fails an item. The client has retried already:
        // the class pauses again and the item goes back to the front of the line.
        m_client->budget()->pause(
            RateBudget::RequestClass::PerId, fetched.error().retryAfterMs.value_or(defaultRetryAfterMs));
        worker->index = -1;
        m_queue.push_front(index);
        pump();
        return;
    }
    if (fetched) {
        const QPointer<BatchRunner> self(this);
        Q_EMIT artifactFetched(fetched.value());
        if (!self)
            return;
    }
    BatchItem &item = m_batch.items[index];
    if (!fetched) {
        const ApiError &error = fetched.error();
        const bool gone = error.kind == ApiError::Kind::Http && error.httpStatus == 404;
        item.verdict = gone ? BatchVerdict::Gone : BatchVerdict::Failed;
        item.reason = gone ? tr("The artifact is gone (deleted, or not in this region).") : error.displayText();
    } else if (fetched->status.kind() == StatusKind::Deleted) {
        // Still readable, no longer changeable: the run would only meet a 404.
        item.before = fetched->metadata;
        item.after = fetched->metadata;
        item.verdict = BatchVerdict::Gone;
        item.reason = tr("The artifact is deleted: its metadata can no longer be changed.");
    } else if (fetched->metadataUnreadable) {
        item.before = fetched->metadata;
        item.after = fetched->metadata;
        item.verdict = BatchVerdict::Invalid;
        item.reason = tr("The server's metadata of this artifact could not be read; it is left alone.");
    } else {
        const BatchOps::Applied applied = BatchOps::apply(fetched->metadata, m_batch.operations);
        item.before = fetched->metadata;
        item.after = applied.after;
        item.verdict = applied.verdict;
        item.reason = applied.reason;
    }
    worker->index = -1;
    settle(index);
}

bool BatchRunner::startRunItem(Worker *worker)
{
    const int index = worker->index;
    BatchItem &item = m_batch.items[index];
    if (item.state != BatchItem::RunState::Sending) {
        // Journaled before anything about this item goes out: from here on, a resume checks the
        // server's map before it sends (and sends the same Idempotency-Key if it does). The items next
        // in line are claimed in the same write, so that a fast run writes once per round of items,
        // not once per item; one claimed and never started is checked the same way, at the cost of
        // nothing but its GET.
        QList<int> claimed = {index};
        for (auto it = m_queue.cbegin(); it != m_queue.cend() && claimed.size() < concurrency(); ++it) {
            if (m_batch.items.at(*it).state == BatchItem::RunState::Pending)
                claimed.append(*it);
        }
        for (int i : std::as_const(claimed))
            m_batch.items[i].state = BatchItem::RunState::Sending;
        if (!writeJournal()) {
            for (int i : std::as_const(claimed))
                m_batch.items[i].state = BatchItem::RunState::Pending;
            worker->index = -1;
            halt();
            return false;
        }
        for (int i : std::as_const(claimed))
            Q_EMIT itemChanged(i);
    }
    if (!worker->saver) {
        worker->saver = std::make_unique<MetadataSaver>(m_client, nullptr);
        worker->saver->setPreviewEnabled(false);
        connect(worker->saver.get(), &MetadataSaver::stageChanged, this,
            [this, worker](MetadataSaver::Stage stage) { onSaverStage(worker, stage); });
        connect(worker->saver.get(), &MetadataSaver::saved, this,
            [this, worker](const MetadataSaver::Outcome &outcome) { onSaved(worker, outcome); });
        connect(worker->saver.get(), &MetadataSaver::failed, this,
            [this, worker](const MetadataSaver::Failure &failure) { onSaveFailed(worker, failure); });
    }
    worker->saver->setConnectionName(m_connectionName);
    MetadataSaver::SaveRequest request;
    request.target = MetadataSaver::Target::Artifact;
    request.artifactId = item.artifactId;
    request.base = item.before;
    request.mine = item.after;
    request.idempotencyKey = item.idempotencyKey;
    request.onlyIfUnchanged = true;
    worker->lastStage = MetadataSaver::Stage::Idle;
    worker->followedUp = false;
    worker->saver->start(request);
    return true;
}

void BatchRunner::onSaverStage(Worker *worker, MetadataSaver::Stage stage)
{
    // A GET or a PATCH was answered when its stage is left for another than Idle (a cancel).
    const MetadataSaver::Stage was = worker->lastStage;
    worker->lastStage = stage;
    if ((was == MetadataSaver::Stage::Fetching || was == MetadataSaver::Stage::Sending)
        && stage != MetadataSaver::Stage::Idle)
        noteRequest();
}

void BatchRunner::onSaved(Worker *worker, const MetadataSaver::Outcome &outcome)
{
    const int index = worker->index;
    if (index < 0)
        return;
    if (outcome.hasKeptKeys() && !worker->followedUp && worker->saver->removeKeptKeys()) {
        worker->followedUp = true;
        return; // a server that merges kept removed keys: they go as null, then this comes again
    }
    BatchItem &item = m_batch.items[index];
    item.state = outcome.nothingSent ? BatchItem::RunState::AlreadyDone : BatchItem::RunState::Done;
    item.message = outcome.nothingSent  ? tr("The map already was as wanted; nothing was sent.")
        : outcome.differences.isEmpty() ? QString()
                                        : differencesText(outcome.differences);
    if (!outcome.nothingSent && m_history) {
        HistoryStore::Entry entry;
        entry.connection = m_connectionName;
        entry.target = {HistoryStore::TargetKind::Artifact, item.artifactId};
        entry.artifactId = item.artifactId;
        entry.savedAt = QDateTime::currentDateTimeUtc();
        entry.before = item.before; // live() is the merged intermediate map after removeKeptKeys()
        entry.after = outcome.answer;
        m_history->record(entry);
    }
    worker->index = -1;
    if (outcome.artifact) {
        const QPointer<BatchRunner> self(this);
        Q_EMIT artifactFetched(*outcome.artifact);
        if (!self)
            return;
    }
    settle(index);
}

void BatchRunner::onSaveFailed(Worker *worker, const MetadataSaver::Failure &failure)
{
    const int index = worker->index;
    if (index < 0)
        return;
    if (rateLimited(failure.error)) {
        // The GET before the PATCH gave up on a 429 storm: wait as the server asks, then the item goes
        // again (still journaled as Sending, with the same key).
        m_client->budget()->pause(
            RateBudget::RequestClass::PerId, failure.error.retryAfterMs.value_or(defaultRetryAfterMs));
        worker->index = -1;
        m_queue.push_front(index);
        pump();
        return;
    }
    BatchItem &item = m_batch.items[index];
    if (failure.changed) {
        item.state = BatchItem::RunState::Conflict;
        item.message = tr("Changed on the server since the dry run; not overwritten. Review it in the editor.");
    } else if (failure.gone) {
        item.state = BatchItem::RunState::Gone;
        item.message = tr("The artifact is gone (deleted, or not in this region).");
    } else {
        item.state = BatchItem::RunState::Failed;
        const QString details = keyErrorsText(failure);
        item.message = details.isEmpty() ? failure.message : failure.message % u' ' % details;
    }
    worker->index = -1;
    settle(index);
}

void BatchRunner::settle(int index)
{
    ++m_settledInPhase;
    if (m_client)
        remember(m_settleTimesMs, m_client->budget()->clock()->nowMs());
    if (m_phase == Phase::Running)
        markJournalDirty();
    const QPointer<BatchRunner> self(this);
    Q_EMIT itemChanged(index);
    if (!self)
        return;
    pump();
    finishPhaseIfDone();
}

void BatchRunner::finishPhaseIfDone()
{
    if (!m_queue.empty() || std::any_of(m_workers.cbegin(), m_workers.cend(), [](const auto &w) { return w->busy(); }))
        return;
    if (m_phase == Phase::DryRun) {
        setPaused(false);
        setPhase(Phase::Reviewing);
    } else if (m_phase == Phase::Running) {
        setPaused(false);
        m_batch.finished = std::all_of(
            m_batch.items.cbegin(), m_batch.items.cend(), [](const BatchItem &item) { return item.settled(); });
        writeJournal();
        setPhase(m_batch.finished ? Phase::Finished : Phase::Stopped);
    }
}

bool BatchRunner::writeJournal()
{
    m_journalDirty = false;
    QString why;
    if (m_journal->save(m_batch, &why))
        return true;
    Q_EMIT journalFailed(tr("The batch journal could not be written (%1). The batch stopped before sending anything "
                            "it could not record.")
                             .arg(why));
    return false;
}

void BatchRunner::markJournalDirty()
{
    // The answers of PATCHes are journaled with the next write, at the latest journalDelayMs later:
    // losing them to a crash costs one GET each on resume (the item is looked at again), never a resend.
    if (m_journalDirty)
        return;
    m_journalDirty = true;
    QTimer::singleShot(journalDelayMs, this, [this] {
        if (m_journalDirty && !writeJournal())
            halt();
    });
}

void BatchRunner::remember(std::deque<qint64> &times, qint64 nowMs)
{
    times.push_back(nowMs);
    while (!times.empty() && nowMs - times.front() >= minuteMs)
        times.pop_front();
}

void BatchRunner::noteRequest()
{
    if (!m_client)
        return;
    remember(m_requestTimesMs, m_client->budget()->clock()->nowMs());
}

void BatchRunner::scheduleProgress()
{
    if (m_progressQueued)
        return;
    m_progressQueued = true;
    QTimer::singleShot(progressIntervalMs, this, [this] {
        m_progressQueued = false;
        Q_EMIT progressChanged();
    });
}
