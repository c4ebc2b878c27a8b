#pragma once

#include "batch/batchjournal.h"
#include "domain/result.h"
#include "edit/metadatasaver.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

class HistoryStore;
class RecallClient;

// Runs a batch edit: a dry run that fetches every artifact and applies the operations without
// sending anything, then the run, which sends each change through the same path as a single save
// (MetadataSaver: a fresh GET right before the PATCH, the full map, the item's Idempotency-Key, the
// answer verified). An artifact that changed since the dry run is never overwritten: it is a
// Conflict, for review in the editor. Every request goes through the client's rate budget; enough
// artifacts are in flight at once that the budget's per-id class is never idle while work is left,
// and never so many that it queues more than a few seconds' worth.
//
// The journal is written before each PATCH goes out and after its answer, so a batch stopped by a
// crash, a kill or cancel() resumes (resume()) without sending anything twice: an item journaled as
// Sending is looked at first, and one whose map already is the wanted one is not sent again. Each
// change is also recorded in the local history (HistoryStore), so one artifact can be reverted from
// the editor. No widgets; the batch dialog shows it.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Idle, // nothing started
        DryRun, // fetching and applying
        Reviewing, // the dry run is complete: run() sends, or the user leaves
        Running, // sending
        Stopped, // cancelled or stopped by a journal that could not be written: resume() goes on
        Finished, // every item settled
    };
    Q_ENUM(Phase)

    struct Progress
    {
        int done = 0; // items settled in this phase (dry run: fetched; run: settled of those to send)
        int total = 0; // items this phase works through
        int inFlight = 0; // items started and not yet settled (a pause waits for them)
        int requestsLastMinute = 0; // requests of this batch answered in the last minute of budget time
        int artifactsLastMinute = 0; // items settled in the last minute of budget time
        double artifactsPerMinute = 0; // settled items per minute of budget time since the phase began
        qint64 msLeft = -1; // estimate in budget-clock ms; -1 while unknown
        friend bool operator==(const Progress &, const Progress &) = default;
    };

    // Delete it with deleteLater() from a slot of its own signals.
    // journal: where batches are written; must outlive the runner. The client may go away (its
    // connection closed): the runner then stops.
    BatchRunner(RecallClient *client, BatchJournal *journal, QObject *parent = nullptr);
    ~BatchRunner() override;

    // The connection key journals, the history and the remembered save semantics are kept under.
    void setConnectionName(const QString &name) { m_connectionName = name; }
    QString connectionName() const { return m_connectionName; }
    // Where each change is recorded for the editor's history; nullptr: nowhere. Must outlive the runner.
    void setHistoryStore(HistoryStore *history) { m_history = history; }
    // Items in flight at once; 0 (the default): from the budget's per-id limit.
    void setConcurrency(int items) { m_concurrency = items; }
    int concurrency() const;

    // Starts a dry run of operations on these artifacts (duplicates dropped, order kept). False, and
    // nothing starts, when the operations have a problem (BatchOps::firstProblem) or ids is empty, or
    // while a run is under way.
    bool startDryRun(const QStringList &artifactIds, const QList<BatchOperation> &operations);
    // Reviewing: writes the journal, then sends every WillChange item. False in any other phase, or
    // when nothing is to be sent, or the journal could not be written (journalFailed()).
    bool run();
    // Takes up a journaled batch (BatchJournal::unfinished) or the one stopped here: items not
    // settled are sent (or checked first when journaled as Sending). False while something runs.
    bool resume(const Batch &batch);
    bool resume();

    // No further items start; those in flight finish. Only while DryRun or Running.
    void pause();
    void unpause();
    bool isPaused() const { return m_paused; }
    // Drops everything in flight. A dry run goes back to Idle; a run is Stopped (resumable).
    void cancel();

    Phase phase() const { return m_phase; }
    const Batch &batch() const { return m_batch; }
    Progress progress() const;

Q_SIGNALS:
    void phaseChanged(BatchRunner::Phase phase);
    void pausedChanged(bool paused);
    // The whole batch was replaced (a new dry run, a resume): views reset.
    void batchReset();
    void itemChanged(int index);
    // Counts moved; read progress(). At most about four times a second.
    void progressChanged();
    // The server's copy of an artifact as the batch just saw it (a dry run's GET, the answer to a
    // PATCH, or the GET that found it already as wanted): for the list's row and the details pane.
    void artifactFetched(const Artifact &artifact);
    // The journal could not be written (why: one translated sentence): the run stopped before sending
    // anything unrecorded, and is Stopped.
    void journalFailed(const QString &why);

private:
    struct Worker;
    void setPhase(Phase phase);
    void setPaused(bool paused);
    void reset(Batch batch);
    bool startRun();
    void dropWork();
    void halt();
    Worker *idleWorker();
    void pump();
    void startDryRunItem(Worker *worker);
    void onDryRunAnswer(Worker *worker, const Result<Artifact> &fetched);
    // A final 429: pauses the per-id class and puts the worker's item back first in line; false otherwise.
    bool requeueIfRateLimited(Worker *worker, const ApiError &error);
    bool startRunItem(Worker *worker);
    void onSaverStage(Worker *worker, MetadataSaver::Stage stage);
    void onSaved(Worker *worker, const MetadataSaver::Outcome &outcome);
    void onSaveFailed(Worker *worker, const MetadataSaver::Failure &failure);
    void settle(int index);
    void finishPhaseIfDone();
    bool writeJournal();
    void markJournalDirty();
    static void remember(std::deque<qint64> &times, qint64 nowMs); // and forget what is a minute old
    void noteRequest();
    void scheduleProgress();

    QPointer<RecallClient> m_client;
    BatchJournal *m_journal = nullptr;
    HistoryStore *m_history = nullptr;
    QString m_connectionName;
    int m_concurrency = 0;

    Phase m_phase = Phase::Idle;
    bool m_paused = false;
    Batch m_batch;
    std::deque<int> m_queue; // items of this phase not yet started
    std::vector<std::unique_ptr<Worker>> m_workers;
    int m_settledInPhase = 0;
    int m_totalInPhase = 0;
    qint64 m_phaseStartMs = 0;
    std::deque<qint64> m_requestTimesMs; // budget-clock times of answered requests, last minute
    std::deque<qint64> m_settleTimesMs; // budget-clock times of settled items, last minute
    bool m_pumping = false;
    bool m_journalDirty = false;
    bool m_progressQueued = false;
};
