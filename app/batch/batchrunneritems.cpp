#include "batchrunner_p.h"
#include "core/clock.h"
#include "edit/historystore.h"
#include "net/ratebudget.h"

using namespace Qt::StringLiterals;
using BatchRunnerDetail::defaultRetryAfterMs;

namespace {

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

bool BatchRunner::requeueIfRateLimited(Worker *worker, const ApiError &error)
{
    if (!rateLimited(error))
        return false;
    // A 429 storm slows the batch down; it never fails an item. The client has retried already: the
    // class pauses again as the server asks, and the item goes back to the front of the line.
    m_client->budget()->pause(RateBudget::RequestClass::PerId, error.retryAfterMs.value_or(defaultRetryAfterMs));
    m_queue.push_front(worker->index);
    worker->index = -1;
    pump();
    return true;
}

void BatchRunner::onDryRunAnswer(Worker *worker, const Result<Artifact> &fetched)
{
    const int index = worker->index;
    if (!fetched && requeueIfRateLimited(worker, fetched.error()))
        return;
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
    if (requeueIfRateLimited(worker, failure.error)) // a run's item stays journaled as Sending, same key
        return;
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
